import Crypto
import Foundation
import PurserAnalytics
import PurserConcurrency
import PurserModel

/// `purser govern evaluate`: measures a component's model version on its prediction log
/// (fairness per sensitive group) and, given a reference sample, the drift of every column the
/// two files share; binds the result to the inputs' SHA-256 and the model version, and produces
/// the content-addressed report to commit under `reports/`.
public struct GovernanceEvaluation: Sendable {
    public var component: Component
    public var settings: GovernanceSettings
    public var toolVersion: String
    /// Called while the files are read (from the thread reading each file).
    public var progress: (@Sendable (EvaluationProgress) -> Void)?

    /// The most distinct sensitive groups (or intersections) a log may have.
    public static let maxGroups = 10_000

    public init(component: Component, settings: GovernanceSettings, toolVersion: String) {
        self.component = component
        self.settings = settings
        self.toolVersion = toolVersion
    }

    /// A report ready to be written.
    public struct Result: Sendable {
        public var document: EvaluationDocument
        /// The file's bytes; the id is derived from them.
        public var bytes: Data
        /// `aar-` + the first 16 hex digits of the SHA-256 of `bytes`.
        public var id: String
        /// Fleet-relative: `reports/<namespace>/<name>/<model-version>/<id>.json`.
        public var path: String
        public var passed: Bool { document.verdict == "pass" }
    }

    /// Reads the files (streaming) and computes the report.
    /// - Throws: `GovernanceError` or `LedgerError` naming the file, row and column of bad input.
    public func run(predictions: URL, reference: URL?, now: Date = Date()) throws -> Result {
        // Drift compares every column the two files share: both headers are read first.
        var sharedColumns: [String] = []
        if let reference {
            let current = try PredictionLog(file: predictions), opened = try PredictionLog(file: reference)
            let referenceColumns = Set(opened.columns)
            sharedColumns = current.columns.filter { referenceColumns.contains($0) }
            if sharedColumns.isEmpty {
                throw GovernanceError(file: opened.name, message: "shares no column with \(current.name): nothing to compare for drift")
            }
        }
        // The two files are read at once, on two cores; their drift columns share one memory budget.
        let budget = SpillBudget(bytes: Self.driftMemoryBudget)
        let shared = sharedColumns
        let (read, referenceRead) = try Concurrently.both(
            { try self.readPredictions(predictions, features: shared, budget: budget) },
            { try reference.map { try self.readSample($0, features: shared, budget: budget) } })
        var current = read.features
        let tally = read.tally

        var inputs = EvaluationDocument.Inputs(predictions: read.input)
        var drift: EvaluationDocument.Drift?
        if var referenceRead {
            inputs.reference = referenceRead.input
            drift = try Self.drift(names: shared, reference: &referenceRead.features, current: &current, settings: settings.drift,
                                   file: referenceRead.input.name)
        }

        let columns = settings.predictions
        let metrics = tally.metrics(minimumGroupSize: settings.minimumGroupSize)
        let values = Self.values(metrics)
        let checks = (component.spec.governance.biasDetection?.thresholds ?? [:]).sorted { $0.key < $1.key }.map { metric, limit in
            let value = values[metric.rawValue]
            let passed = value.map { metric.isMinimum ? $0 >= limit : $0 <= limit } ?? false
            return EvaluationDocument.Check(metric: metric.rawValue, value: value, threshold: limit, comparison: metric.isMinimum ? ">=" : "<=", passed: passed)
        }
        let passed = checks.allSatisfy(\.passed) && drift?.drifted != true
        let document = EvaluationDocument(
            model: .init(name: component.spec.model.name, version: component.spec.model.version),
            component: component.id, createdAt: Self.timestamp(now), tool: .init(name: "purser", version: toolVersion),
            inputs: inputs, fairness: values,
            fairnessDetail: .init(labelColumn: columns.label, predictionColumn: columns.prediction, positiveValue: columns.positive,
                                  sensitiveColumns: columns.sensitive, minimumGroupSize: settings.minimumGroupSize, skippedRows: read.skipped,
                                  groups: metrics.groups, excludedGroups: metrics.excludedGroups, undefined: metrics.undefined),
            drift: drift, checks: checks, verdict: passed ? "pass" : "fail")
        let bytes = Data(try CanonicalJSON.text(document).utf8)
        let id = "aar-" + SHA256.hash(data: bytes).hex.prefix(16)
        let path = ["reports", Self.segment(component.metadata.namespace), Self.segment(component.metadata.name),
                    Self.segment(component.spec.model.version), id + ".json"].joined(separator: "/")
        return Result(document: document, bytes: bytes, id: id, path: path)
    }

    /// Writes the report under `root` (created folders included); the file is written whole or not at all.
    public static func write(_ result: Result, under root: URL) throws {
        let file = root.appendingPathComponent(result.path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try result.bytes.write(to: file, options: .atomic)
    }

    /// The metric values a report's `fairness` map holds: the computable ones.
    static func values(_ metrics: FairnessMetrics) -> [String: Double] {
        var values: [String: Double] = [:]
        values[FairnessMetric.demographicParityDifference.rawValue] = metrics.demographicParityDifference
        values[FairnessMetric.demographicParityRatio.rawValue] = metrics.demographicParityRatio
        values[FairnessMetric.equalOpportunityDifference.rawValue] = metrics.equalOpportunityDifference
        values[FairnessMetric.equalOpportunityRatio.rawValue] = metrics.equalOpportunityRatio
        values[FairnessMetric.equalizedOddsDifference.rawValue] = metrics.equalizedOddsDifference
        values[FairnessMetric.equalizedOddsRatio.rawValue] = metrics.equalizedOddsRatio
        return values
    }

    static func drift(names: [String], reference: inout [FeatureSample], current: inout [FeatureSample],
                      settings: GovernanceSettings.DriftSettings, file: String) throws -> EvaluationDocument.Drift {
        let thresholds = DriftThresholds(pValue: settings.pValue, wasserstein: settings.wasserstein, jensenShannon: settings.jensenShannon,
                                         psi: settings.psi, driftShare: settings.share, smallSampleRows: settings.smallSampleRows)
        var compared: [Int] = []
        var ignored: [String: String] = [:]
        for k in names.indices {
            if reference[k].isCategorical != current[k].isCategorical {
                try reference[k].makeCategorical()
                try current[k].makeCategorical()
            }
            if reference[k].tooManyCategories || current[k].tooManyCategories {
                ignored[names[k]] = "more than \(FeatureSample.maxCategories) distinct values: an identifier or free text, not a feature to compare"
                continue
            }
            guard reference[k].count > 0, current[k].count > 0 else {
                throw GovernanceError(file: file, column: names[k],
                                      message: "column '\(names[k])' has no values in \(reference[k].count == 0 ? "the reference" : "the current") sample: drift cannot be judged")
            }
            compared.append(k)
        }
        guard !compared.isEmpty else {
            throw GovernanceError(file: file, message: "no shared column can be compared for drift (\(ignored.keys.sorted().joined(separator: ", ")): \(ignored.values.first ?? ""))")
        }
        // Features are compared on all cores; each holds its two columns only while it is compared.
        let samples = compared.map { (names[$0], reference[$0], current[$0]) }
        reference = []
        current = []
        let results = ConcurrentMap.map(samples) { name, reference, current in
            Swift.Result { try feature(name: name, reference: reference, current: current, thresholds: thresholds) }
        }
        let features = try results.map { try $0.get() }
        let share = Double(features.filter(\.drifted).count) / Double(features.count)
        return .init(drifted: share >= settings.share, share: share, shareThreshold: settings.share, features: features,
                     ignored: ignored.isEmpty ? nil : ignored)
    }

    private static func feature(name: String, reference: FeatureSample, current: FeatureSample,
                                thresholds: DriftThresholds) throws -> EvaluationDocument.Feature {
        if reference.isCategorical {
            let result = try CategoricalDrift.compare(reference: reference.categories, current: current.categories)
            let decision = thresholds.drifted(result)
            return .init(name: name, kind: "categorical", test: decision.test, value: decision.value, threshold: decision.threshold,
                         drifted: decision.drifted, psi: result.psi, referenceRows: result.referenceCount, currentRows: result.currentCount,
                         numeric: nil, categorical: result)
        }
        let result = try NumericDrift.compare(sortedReference: reference.sortedNumbers(), sortedCurrent: current.sortedNumbers())
        let decision = thresholds.drifted(result)
        return .init(name: name, kind: "numeric", test: decision.test, value: decision.value, threshold: decision.threshold,
                     drifted: decision.drifted, psi: result.psi, referenceRows: result.referenceCount, currentRows: result.currentCount,
                     numeric: result, categorical: nil)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A path segment from a name or version: anything but letters, digits, `.`, `_` and `-` becomes `_`.
    static func segment(_ text: String) -> String {
        let safe = String(text.unicodeScalars.map { scalar -> Character in
            let v = scalar.value
            let ok = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 45 || v == 46 || v == 95
            return ok ? Character(scalar) : "_"
        })
        return safe.isEmpty || safe == "." || safe == ".." ? "_" : safe
    }
}

/// A label or prediction column that must hold exactly two values, one of them the positive one.
struct BinaryColumn {
    let name: String
    let positive: String
    let file: String
    private(set) var seen: [String] = []

    init(name: String, positive: String, file: String) {
        self.name = name
        self.positive = positive
        self.file = file
    }

    /// True for the positive value; a third distinct value is an error.
    mutating func read(_ value: String, row: Int) throws -> Bool {
        if value == positive { return true }
        if seen.first == value { return false }
        if seen.isEmpty { seen.append(value); return false }
        throw GovernanceError(file: file, line: row, column: name,
                              message: "'\(value.prefix(40))' is a third value in column '\(name)' (seen '\(positive)' as positive and '\(seen[0].prefix(40))'): fairness metrics need binary labels and predictions; set governance.predictions.positive")
    }
}

extension GovernanceEvaluation {
    /// The component a command names: `namespace/name`, or a name unique in the fleet.
    public static func component(named text: String, in fleet: Fleet) throws -> Component {
        if let exact = fleet.components.first(where: { $0.id == text }) { return exact }
        let byName = fleet.components.filter { $0.metadata.name == text }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw GovernanceError(message: "'\(text)' names \(byName.count) components (\(byName.map(\.id).sorted().joined(separator: ", "))): give namespace/name")
        }
        let known = fleet.components.map(\.id).sorted()
        throw GovernanceError(message: "no component '\(text)' in the fleet; it has: \(known.prefix(20).joined(separator: ", "))")
    }

    /// What a terminal shows after an evaluation: where the report went, each check, drift, the verdict.
    public static func summary(_ result: Result, written: Bool) -> String {
        let d = result.document
        var out = written ? "wrote \(result.path)\n" : "report \(result.id) (not written)\n"
        if let inputs = d.inputs {
            out += "predictions: \(inputs.predictions.name), \(inputs.predictions.rows) rows, sha256 \(inputs.predictions.sha256.prefix(12))…\n"
            if let r = inputs.reference { out += "reference: \(r.name), \(r.rows) rows, sha256 \(r.sha256.prefix(12))…\n" }
        }
        if let detail = d.fairnessDetail {
            let rows = [["GROUP", "ROWS", "SELECTION", "TPR", "FPR"]] + detail.groups.map { g in
                [g.group, String(g.count), EvaluationReport.format(g.selectionRate),
                 g.truePositiveRate.map(EvaluationReport.format) ?? "-", g.falsePositiveRate.map(EvaluationReport.format) ?? "-"]
            }
            out += TextTable.render(rows, rightAligned: [1, 2, 3, 4])
            for g in detail.excludedGroups { out += "excluded: group \(g.group) has \(g.count) rows, fewer than governance.minimumGroupSize \(detail.minimumGroupSize)\n" }
            if detail.skippedRows > 0 { out += "skipped: \(detail.skippedRows) rows without a label, prediction or sensitive value\n" }
            for reason in detail.undefined { out += "undefined: \(reason)\n" }
        }
        for check in d.checks ?? [] {
            let value = check.value.map(EvaluationReport.format) ?? "not measured"
            out += "\(check.passed ? "pass" : "FAIL")  \(check.metric) \(value) (\(check.comparison) \(EvaluationReport.format(check.threshold)))\n"
        }
        if let drift = d.drift, let features = drift.features {
            let drifted = features.filter(\.drifted)
            out += "drift: \(drifted.count) of \(features.count) features drifted"
            if !drifted.isEmpty { out += " (\(drifted.map { "\($0.name) \($0.test) \(EvaluationReport.format($0.value))" }.joined(separator: ", ")))" }
            out += drift.drifted == true ? ": the sample drifted\n" : "\n"
        }
        out += "verdict: \(d.verdict ?? "-")  id: \(result.id)\n"
        return out
    }
}
