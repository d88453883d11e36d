import Foundation
import PurserAnalytics

/// The file `purser govern evaluate` writes under `reports/`: what was measured, on which exact
/// inputs, against which thresholds, by which tool. The flat `fairness` map and `drift.drifted`
/// are what every report has (hand-written ones too); the rest is the computed detail.
public struct EvaluationDocument: Codable, Sendable {
    public var apiVersion = "purser.io/v1alpha1"
    public var kind = "EvaluationReport"
    public var model: Model
    /// The component (`namespace/name`) the evaluation was run for.
    public var component: String?
    /// ISO 8601 UTC.
    public var createdAt: String
    public var tool: Tool?
    public var inputs: Inputs?
    /// Metric name → value, for the metrics that could be computed.
    public var fairness: [String: Double]?
    public var fairnessDetail: FairnessDetail?
    public var drift: Drift?
    /// Each threshold of the component checked against its measured value.
    public var checks: [Check]?
    /// `pass` when every check passed and nothing drifted, else `fail`.
    public var verdict: String?

    public struct Model: Codable, Sendable { public var name: String; public var version: String }
    public struct Tool: Codable, Sendable { public var name: String; public var version: String }

    public struct Inputs: Codable, Sendable {
        public var predictions: InputFile
        public var reference: InputFile?
    }

    public struct InputFile: Codable, Sendable {
        /// The file name as given (no folders: reports are committed and shared).
        public var name: String
        public var sha256: String
        public var rows: Int
        public var format: String
    }

    public struct FairnessDetail: Codable, Sendable {
        public var labelColumn: String
        public var predictionColumn: String
        public var positiveValue: String
        public var sensitiveColumns: [String]
        public var minimumGroupSize: Int
        /// Rows without a usable label or prediction, not counted in any group.
        public var skippedRows: Int
        public var groups: [GroupRates]
        public var excludedGroups: [GroupRates]
        public var undefined: [String]
    }

    public struct Drift: Codable, Sendable {
        public var drifted: Bool?
        /// Share of features that drifted.
        public var share: Double?
        public var shareThreshold: Double?
        public var features: [Feature]?
        /// Shared columns not compared, with the reason (e.g. more distinct values than a category allows).
        public var ignored: [String: String]?
    }

    public struct Feature: Codable, Sendable, Hashable {
        public var name: String
        /// `numeric` or `categorical`.
        public var kind: String
        /// The test that decided: `ks`, `wasserstein`, `psi`, `chisquare` or `jensenshannon`.
        public var test: String
        public var value: Double
        public var threshold: Double
        public var drifted: Bool
        public var psi: Double
        public var referenceRows: Int
        public var currentRows: Int
        public var numeric: NumericDrift?
        public var categorical: CategoricalDrift?
    }

    public struct Check: Codable, Sendable, Hashable {
        public var metric: String
        public var value: Double?
        public var threshold: Double
        /// `<=` (a maximum) or `>=` (a minimum).
        public var comparison: String
        public var passed: Bool
    }
}
