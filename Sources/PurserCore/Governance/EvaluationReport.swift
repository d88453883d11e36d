import Crypto
import Foundation
import PurserAnalytics
import PurserModel

/// A governance evaluation report: a model version measured on a prediction log (fairness) and
/// against a reference sample (drift). Stored as JSON under `reports/`; its id is derived from the
/// SHA-256 of its bytes, so a report cannot change without changing its id.
public struct EvaluationReport: Sendable, Hashable {
    /// `aar-` followed by the first 16 hex digits of the SHA-256 of the file.
    public var id: String
    public var path: String
    public var model: String
    public var version: String
    /// When the measurement was taken (UTC).
    public var createdAt: Date
    /// Fairness metric → measured value.
    public var fairness: [FairnessMetric: Double]
    /// Whether the drift test flagged the current sample (nil when not measured).
    public var drifted: Bool?
    /// Per-group rates, for reports `purser govern evaluate` wrote (empty for hand-written ones).
    public var groups: [GroupRates] = []
    /// Groups below the minimum size, listed but not used.
    public var excludedGroups: [GroupRates] = []
    /// Each drift test, for computed reports.
    public var driftFeatures: [EvaluationDocument.Feature] = []

    struct Document: Decodable {
        struct Model: Decodable { var name: String; var version: String }
        struct Drift: Decodable { var drifted: Bool?; var features: [EvaluationDocument.Feature]? }
        struct Detail: Decodable { var groups: [GroupRates]?; var excludedGroups: [GroupRates]? }
        var kind: String
        var model: Model
        var createdAt: String
        var fairness: [String: Double]?
        var fairnessDetail: Detail?
        var drift: Drift?
    }

    /// Decodes a report file; problems become diagnostics at the file.
    public static func decode(path: String, data: Data) -> Result<EvaluationReport, Diagnostic> {
        let location = SourceLocation(file: path, line: 1, column: 1)
        let document: Document
        do { document = try JSONDecoder().decode(Document.self, from: data) } catch {
            return .failure(Diagnostic(code: .invalidValue, location: location, message: "not an evaluation report: \(Self.describe(error))"))
        }
        guard document.kind == "EvaluationReport" else {
            return .failure(Diagnostic(code: .wrongKind, location: location, path: "kind", message: "kind '\(document.kind)' is not EvaluationReport"))
        }
        let formatter = ISO8601DateFormatter()
        guard let created = formatter.date(from: document.createdAt) else {
            return .failure(Diagnostic(code: .invalidValue, location: location, path: "createdAt", message: "'\(document.createdAt)' is not an ISO 8601 UTC timestamp such as 2026-11-20T09:00:00Z"))
        }
        var fairness: [FairnessMetric: Double] = [:]
        for (key, value) in document.fairness ?? [:] {
            guard let metric = FairnessMetric(rawValue: key) else {
                return .failure(Diagnostic(code: .unknownField, location: location, path: "fairness.\(key)", message: "unknown fairness metric '\(key)'",
                                           hint: DidYouMean.suggestion(for: key, among: FairnessMetric.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }))
            }
            fairness[metric] = value
        }
        let digest = SHA256.hash(data: data).hex
        return .success(EvaluationReport(id: "aar-" + digest.prefix(16), path: path, model: document.model.name, version: document.model.version,
                                         createdAt: created, fairness: fairness, drifted: document.drift?.drifted,
                                         groups: document.fairnessDetail?.groups ?? [], excludedGroups: document.fairnessDetail?.excludedGroups ?? [],
                                         driftFeatures: document.drift?.features ?? []))
    }

    /// Whether this report shows the component's thresholds met: differences at most their
    /// threshold, ratios at least theirs, and no drift.
    public func meets(_ thresholds: [FairnessMetric: Double]) -> (met: Bool, failures: [String]) {
        var failures: [String] = []
        for (metric, limit) in thresholds.sorted(by: { $0.key < $1.key }) {
            guard let value = fairness[metric] else {
                failures.append("\(metric.rawValue) was not measured")
                continue
            }
            let ok = metric.isMinimum ? value >= limit : value <= limit
            if !ok {
                let margin = abs(value - limit)
                failures.append("\(metric.rawValue) \(Self.format(value)) \(metric.isMinimum ? "<" : ">") \(Self.format(limit)) (by \(Self.format(margin)))")
            }
        }
        if drifted == true { failures.append("the current sample drifted from the reference") }
        return (failures.isEmpty, failures)
    }

    /// Up to 4 decimals, without trailing zeros.
    static func format(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted(let context): context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        default: "\(error)"
        }
    }
}
