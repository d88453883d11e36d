import Foundation

/// When a feature, and a dataset, count as drifted; defaults are Evidently's.
///
/// With `method == .automatic`, Evidently's default choice of test by reference size: with at
/// most `smallSampleRows` reference rows, KS p-value < `pValue` (numeric) or chi-square p-value <
/// `pValue` (categorical); with more, normed Wasserstein ≥ `wasserstein` (numeric) or
/// Jensen–Shannon distance ≥ `jensenShannon` (categorical). With `method == .psi`, PSI ≥ `psi`.
/// A dataset drifts when the share of drifted features is at least `driftShare`.
///
/// Evidently also treats a numeric feature with at most 5 distinct values as categorical and uses
/// a proportion z-test for two categories; callers that want that pass such features as categories.
public struct DriftThresholds: Sendable, Codable, Hashable {
    /// Which test decides drift.
    public enum Method: String, Sendable, Codable {
        /// Evidently's default choice by reference size (see the type's documentation).
        case automatic
        /// The population stability index against `psi`.
        case psi
    }

    public var pValue: Double = 0.05
    public var wasserstein: Double = 0.1
    public var jensenShannon: Double = 0.1
    public var psi: Double = 0.1
    public var driftShare: Double = 0.5
    public var smallSampleRows: Int = 1000
    public var method: Method = .automatic

    public init(pValue: Double = 0.05, wasserstein: Double = 0.1, jensenShannon: Double = 0.1, psi: Double = 0.1,
                driftShare: Double = 0.5, smallSampleRows: Int = 1000, method: Method = .automatic) {
        self.pValue = pValue
        self.wasserstein = wasserstein
        self.jensenShannon = jensenShannon
        self.psi = psi
        self.driftShare = driftShare
        self.smallSampleRows = smallSampleRows
        self.method = method
    }

    /// Whether a numeric feature drifted, by which test (Evidently's names "ks", "wasserstein",
    /// "psi"), with the value compared and its threshold.
    public func drifted(_ d: NumericDrift) -> (drifted: Bool, test: String, value: Double, threshold: Double) {
        if method == .psi { return (d.psi >= psi, "psi", d.psi, psi) }
        if d.referenceCount <= smallSampleRows { return (d.ksPValue < pValue, "ks", d.ksPValue, pValue) }
        return (d.normedWasserstein >= wasserstein, "wasserstein", d.normedWasserstein, wasserstein)
    }

    /// Whether a categorical feature drifted, by which test ("chisquare", "jensenshannon", "psi"),
    /// with the value compared and its threshold.
    public func drifted(_ d: CategoricalDrift) -> (drifted: Bool, test: String, value: Double, threshold: Double) {
        if method == .psi { return (d.psi >= psi, "psi", d.psi, psi) }
        if d.referenceCount <= smallSampleRows { return (d.chiSquarePValue < pValue, "chisquare", d.chiSquarePValue, pValue) }
        return (d.jensenShannonDistance >= jensenShannon, "jensenshannon", d.jensenShannonDistance, jensenShannon)
    }

    /// Whether the dataset drifted: `driftedFeatures / totalFeatures >= driftShare` (false with no features).
    public func datasetDrifted(driftedFeatures: Int, totalFeatures: Int) -> Bool {
        totalFeatures > 0 && Double(driftedFeatures) / Double(totalFeatures) >= driftShare
    }
}
