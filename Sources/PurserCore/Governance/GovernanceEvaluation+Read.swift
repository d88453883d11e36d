import Foundation
import PurserAnalytics

/// Reading the two inputs of an evaluation; each runs on its own core.
extension GovernanceEvaluation {
    /// The memory the drift columns of both files may hold before they spill to temporary files.
    /// With the two columns and a sort buffer each core compares at a time, it keeps an
    /// evaluation of 20 features of 5 million rows on each side under 1 GB.
    static let driftMemoryBudget = 512 << 20

    /// A prediction log read: the fairness counts and the drift columns.
    struct PredictionsRead: Sendable {
        var input: EvaluationDocument.InputFile
        var tally: FairnessTally
        var skipped: Int
        var features: [FeatureSample]
    }

    /// A reference sample read: its drift columns.
    struct SampleRead: Sendable {
        var input: EvaluationDocument.InputFile
        var features: [FeatureSample]
    }

    func readPredictions(_ file: URL, features: [String], budget: SpillBudget) throws -> PredictionsRead {
        let columns = settings.predictions
        let log = try PredictionLog(file: file)
        let label = try log.column(columns.label)
        let prediction = try log.column(columns.prediction)
        let sensitive = try columns.sensitive.map { try log.column($0) }
        let featureIndexes = try features.map { try log.column($0) }

        var samples = [FeatureSample](repeating: FeatureSample(budget: budget), count: features.count)
        var labels = BinaryColumn(name: columns.label, positive: columns.positive, file: log.name)
        var predictionsSeen = BinaryColumn(name: columns.prediction, positive: columns.positive, file: log.name)
        // Rows are counted per (group, label, prediction) by small ids; names are built once per group.
        var labelValues = FieldValues(), predictionValues = FieldValues()
        // Whether each value id is the positive one, filled when the id first counts (a value only
        // seen on skipped rows is never judged, as before the ids).
        var labelIsPositive: [Bool?] = [], predictionIsPositive: [Bool?] = []
        var groupValues = [FieldValues](repeating: FieldValues(), count: sensitive.count)
        var slots: [[Int]: Int] = [:]
        var slotCounts: [[Int]] = []
        var key = [Int](repeating: 0, count: sensitive.count)
        var skipped = 0
        var reporter = ProgressReporter(file: log.name, report: progress)
        rows: while try log.next() {
            reporter.row()
            try log.add(featureIndexes, to: &samples)
            guard let y = labelValues.id(label, in: log), let p = predictionValues.id(prediction, in: log) else { skipped += 1; continue }
            for (k, i) in sensitive.enumerated() {
                guard let value = groupValues[k].id(i, in: log) else { skipped += 1; continue rows }
                key[k] = value
            }
            if y >= labelIsPositive.count { labelIsPositive += [Bool?](repeating: nil, count: labelValues.texts.count - labelIsPositive.count) }
            if p >= predictionIsPositive.count { predictionIsPositive += [Bool?](repeating: nil, count: predictionValues.texts.count - predictionIsPositive.count) }
            if labelIsPositive[y] == nil { labelIsPositive[y] = try labels.read(labelValues.texts[y], row: log.position) }
            if predictionIsPositive[p] == nil { predictionIsPositive[p] = try predictionsSeen.read(predictionValues.texts[p], row: log.position) }
            let slot: Int
            if let known = slots[key] {
                slot = known
            } else {
                guard slots.count < Self.maxGroups else {
                    throw GovernanceError(file: log.name, line: log.position, column: columns.sensitive.joined(separator: ", "),
                                          message: "more than \(Self.maxGroups) sensitive groups: is the sensitive column an identifier or a continuous value?")
                }
                slot = slots.count
                slots[key] = slot
                slotCounts.append([0, 0, 0, 0])
            }
            slotCounts[slot][(labelIsPositive[y]! ? 2 : 0) + (predictionIsPositive[p]! ? 1 : 0)] += 1
        }
        var tally = FairnessTally()
        for (key, slot) in slots {
            let name = key.enumerated().map { groupValues[$0.offset].texts[$0.element] }.joined(separator: " × ")
            for (cell, count) in slotCounts[slot].enumerated() where count > 0 {
                tally.add(group: name, label: cell >= 2, prediction: cell % 2 == 1, count: count)
            }
        }
        let digest = try log.finish()
        reporter.finish()
        guard log.rows > 0 else { throw GovernanceError(file: log.name, message: "no prediction rows: nothing to measure") }
        guard tally.rows > 0 else {
            throw GovernanceError(file: log.name, message: "all \(log.rows) rows lack a label, a prediction or a sensitive value: nothing to measure")
        }
        return PredictionsRead(input: .init(name: log.name, sha256: digest, rows: log.rows, format: log.format),
                               tally: tally, skipped: skipped, features: samples)
    }

    func readSample(_ file: URL, features: [String], budget: SpillBudget) throws -> SampleRead {
        let log = try PredictionLog(file: file)
        let indexes = try features.map { try log.column($0) }
        var samples = [FeatureSample](repeating: FeatureSample(budget: budget), count: features.count)
        var reporter = ProgressReporter(file: log.name, report: progress)
        while try log.next() {
            reporter.row()
            try log.add(indexes, to: &samples)
        }
        let digest = try log.finish()
        reporter.finish()
        return SampleRead(input: .init(name: log.name, sha256: digest, rows: log.rows, format: log.format), features: samples)
    }
}

/// Counts rows and calls the progress callback at most every quarter second.
private struct ProgressReporter {
    let file: String
    let report: (@Sendable (EvaluationProgress) -> Void)?
    private var rows = 0
    private var next = ContinuousClock.now + .milliseconds(250)

    init(file: String, report: (@Sendable (EvaluationProgress) -> Void)?) {
        self.file = file
        self.report = report
    }

    @inline(__always) mutating func row() {
        rows += 1
        // The clock is read every 16,384 rows, not per row.
        guard rows & 0x3FFF == 0, let report, ContinuousClock.now >= next else { return }
        next = ContinuousClock.now + .milliseconds(250)
        report(EvaluationProgress(file: file, rows: rows, finished: false))
    }

    func finish() {
        report?(EvaluationProgress(file: file, rows: rows, finished: true))
    }
}
