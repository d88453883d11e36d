import Foundation
import PurserAnalytics

/// Reading the two inputs of an evaluation; each runs on its own core.
extension GovernanceEvaluation {
    /// The memory the drift columns of both files may hold before they spill to temporary files.
    /// With the two columns and a sort buffer each core compares at a time, it keeps an
    /// evaluation of 20 features of 5 million rows on each side under 1 GB.
    static let driftMemoryBudget = 256 << 20

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

        var tally = FairnessTally()
        var samples = [FeatureSample](repeating: FeatureSample(budget: budget), count: features.count)
        var labels = BinaryColumn(name: columns.label, positive: columns.positive, file: log.name)
        var predictionsSeen = BinaryColumn(name: columns.prediction, positive: columns.positive, file: log.name)
        var skipped = 0
        var group: [String] = []
        while try log.next() {
            try log.add(featureIndexes, to: &samples)
            guard let y = log.text(label), let p = log.text(prediction) else { skipped += 1; continue }
            group.removeAll(keepingCapacity: true)
            for i in sensitive {
                guard let value = log.text(i) else { break }
                group.append(value)
            }
            guard group.count == sensitive.count else { skipped += 1; continue }
            let isPositive = try labels.read(y, row: log.position)
            let predictedPositive = try predictionsSeen.read(p, row: log.position)
            let name = group.count == 1 ? group[0] : group.joined(separator: " × ")
            if tally.groupCount >= Self.maxGroups && !tally.contains(group: name) {
                throw GovernanceError(file: log.name, line: log.position, column: columns.sensitive.joined(separator: ", "),
                                      message: "more than \(Self.maxGroups) sensitive groups: is the sensitive column an identifier or a continuous value?")
            }
            tally.add(group: name, label: isPositive, prediction: predictedPositive)
        }
        let digest = try log.finish()
        guard log.rows > 0 else { throw GovernanceError(file: log.name, message: "no prediction rows: nothing to measure") }
        guard tally.rows > 0 else {
            throw GovernanceError(file: log.name, message: "all \(log.rows) rows lack a label, a prediction or a sensitive value: nothing to measure")
        }
        return PredictionsRead(input: .init(name: log.name, sha256: digest, rows: log.rows, format: log.format),
                               tally: tally, skipped: skipped, features: samples)
    }

    static func readSample(_ file: URL, features: [String], budget: SpillBudget) throws -> SampleRead {
        let log = try PredictionLog(file: file)
        let indexes = try features.map { try log.column($0) }
        var samples = [FeatureSample](repeating: FeatureSample(budget: budget), count: features.count)
        while try log.next() { try log.add(indexes, to: &samples) }
        let digest = try log.finish()
        return SampleRead(input: .init(name: log.name, sha256: digest, rows: log.rows, format: log.format), features: samples)
    }
}
