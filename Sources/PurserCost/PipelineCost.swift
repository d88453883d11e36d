import Foundation
import PurserModel

/// What one run of a pipeline costs: each step's container priced like a component replica
/// (catalog price per hour of its resources) for its expected duration, summed over the steps.
public struct PipelineCost: Sendable, Hashable {
    public var id: String
    public var steps: [StepCost]
    public var budgetPerRun: Decimal?
    /// Runs in a 365-day year by the pipeline's schedule; nil for a pipeline that runs once.
    public var runsPerYear: Int?

    public struct StepCost: Sendable, Hashable {
        public var name: String
        public var hourly: ReplicaCost
        /// Expected duration in hours.
        public var hours: Decimal
        public var perRun: Decimal { hourly.total * hours }
    }

    public var perRun: Decimal { steps.reduce(0) { $0 + $1.perRun } }
    /// What the schedule spends in an average month (a twelfth of its year); nil without a schedule.
    public var monthly: Decimal? { runsPerYear.map { perRun * Decimal($0) / 12 } }
    /// True when the run's estimate exceeds `budgetPerRun`.
    public var breached: Bool { budgetPerRun.map { perRun > $0 } ?? false }
}

extension CostEstimator {
    public func estimate(_ pipeline: Pipeline) -> PipelineCost {
        let steps = pipeline.spec.steps.map { step in
            let seconds = Decimal(string: String(step.expectedDuration.seconds), locale: Locale(identifier: "en_US_POSIX")) ?? 0
            return PipelineCost.StepCost(name: step.name, hourly: replicaCost(step.resources), hours: seconds / 3600)
        }
        return PipelineCost(id: pipeline.id, steps: steps, budgetPerRun: pipeline.spec.budgetPerRun,
                            runsPerYear: pipeline.spec.schedule.flatMap(CronSchedule.runsPerYear))
    }
}
