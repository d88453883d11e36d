import Foundation
import PurserAnalytics
import PurserCost
import PurserModel

/// What every advisor needs: the thresholds, prices and how a saving is turned into money.
struct RecommendationContext {
    var thresholds: RecommendationSettings.Thresholds
    var catalog: PricingCatalog
    var estimator: CostEstimator

    init(settings: RecommendationSettings, catalog: PricingCatalog) {
        thresholds = settings.thresholds
        self.catalog = catalog
        estimator = CostEstimator(catalog: catalog)
    }

    var policy: RightsizingPolicy {
        var policy = RightsizingPolicy()
        policy.cpuPercentile = thresholds.cpuPercentile
        policy.memoryPeaksPercentile = thresholds.memoryPeaksPercentile
        policy.safetyMargin = thresholds.safetyMargin
        policy.halfLife = thresholds.halfLife
        policy.minimumCPUCores = thresholds.minimumCPU
        policy.minimumMemoryBytes = thresholds.minimumMemory
        policy.minimumHistory = thresholds.minimumHistory
        policy.minimumSamples = thresholds.minimumSamples
        return policy
    }

    func hourly(_ limits: ResourceLimits) -> Decimal { estimator.replicaCost(limits).total }

    /// Hourly amount × replicas × 730 h, rounded to cents.
    func monthly(_ hourly: Decimal, replicas: Double) -> Money {
        Money(hourly * Decimal(replicas) * ComponentCost.hoursPerMonth)
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
