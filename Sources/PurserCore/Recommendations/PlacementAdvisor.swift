import Foundation
import PurserAnalytics
import PurserModel

/// The cheapest accelerator mix serving a component's demand at its latency SLO, from the
/// throughput profiles in `recommendations.placement` (`PlacementOptimizer`, exact), with the
/// carbon estimate beside the cost and, when `carbon.weightUSDPerTonne` is set, in the objective.
enum PlacementAdvisor {
    static func advise(_ target: RecommendationSettings.PlacementTarget, component: Component, usage: ComponentUtilization?,
                       carbon: RecommendationSettings.CarbonSettings?, context: RecommendationContext) -> RightsizingAdvisor.Outcome {
        func skip(_ reason: String) -> RightsizingAdvisor.Outcome { ([], [.init(component: component.id, kind: .placement, reason: reason)]) }
        let margin = context.thresholds.safetyMargin
        let demand: Double
        var evidence: [Recommendation.Evidence] = []
        if let given = target.demand {
            demand = given
            evidence.append(.init("demand", String(format: "%.4g req/s (purser.yaml)", given)))
        } else if let peak = usage?.total(.requests).peak {
            demand = peak * (1 + margin)
            evidence.append(.init("demand", String(format: "%.4g req/s: measured peak %.4g req/s plus %.0f%%", demand, peak, margin * 100)))
        } else {
            return skip("no demand: set recommendations.placement[].demand or provide \(UtilizationMetric.requests.rawValue)")
        }
        let limits = component.spec.governance.costOptimization.resourceLimits
        let options = target.profiles.map { profile -> PlacementOption in
            var replica = limits
            replica.accelerator = profile.accelerator
            replica.gpu = profile.count
            let hourly = RecommendationContext.double(context.hourly(replica))
            var grams = 0.0
            if let carbon, let intensity = carbon.intensity(for: profile.accelerator), let watts = context.catalog.accelerators[profile.accelerator]?.watts {
                grams = Double(profile.count) * watts / 1000 * intensity
            }
            return PlacementOption(name: "\(profile.count)× \(profile.accelerator)", hourlyCost: hourly, throughput: profile.requestsPerSecond,
                                   gramsCO2ePerHour: grams, maxReplicas: profile.maxReplicas)
        }
        let weight = (carbon?.weightUSDPerTonne ?? 0) / 1_000_000
        let problem = PlacementProblem(demand: demand, options: options, carbonWeight: weight)
        let solution: PlacementSolution
        switch PlacementOptimizer().solve(problem) {
        case .failure(let why): return skip(why.description)
        case .success(let s): solution = s
        }
        let currency = context.catalog.currency
        let used = options.indices.filter { solution.replicas[$0] > 0 }
        let mix = used.map { "\(solution.replicas[$0]) replica(s) of \(options[$0].name)" }.joined(separator: " + ")
        func money(_ hourly: Double) -> String { Money(Decimal(hourly), places: 2).display(currency: currency) }
        func rate(_ value: Double) -> String { String(format: "%.4g", value) }
        evidence.append(.init("optimum", "\(mix.isEmpty ? "none" : mix): \(rate(solution.throughput)) req/s for \(money(solution.hourlyCost))/h"))
        for option in options {
            let grams = option.gramsCO2ePerHour > 0 ? String(format: ", %.0f gCO2e/h", option.gramsCO2ePerHour) : ""
            evidence.append(.init(option.name, "\(rate(option.throughput)) req/s per replica at the SLO, \(money(option.hourlyCost))/h\(grams)"))
        }
        if let single = solution.bestSingle {
            let saving = context.monthly(Decimal(solution.savingAgainstBestSingle ?? 0), replicas: 1).display(currency: currency)
            evidence.append(.init("best single type", "\(single.replicas) replica(s) of \(options[single.option].name) for \(money(single.hourlyCost))/h; the optimum saves \(saving)/month against it"))
        } else {
            evidence.append(.init("best single type", "no single type meets the demand within its replica limit"))
        }
        if let carbon {
            evidence.append(.init("carbon", String(format: "%.0f gCO2e/h", solution.gramsCO2ePerHour) + " (weight \(carbon.weightUSDPerTonne) \(currency) per tonne)"))
        }
        evidence.append(.init("optimal", solution.provenOptimal ? "proven (branch and bound, \(solution.nodes) nodes)" : "best found within the node limit"))

        // Today: the component's own accelerator, as many replicas as its profile needs (or its maxReplicas).
        let currentHourly = RecommendationContext.double(context.hourly(limits))
        let currentProfile = target.profiles.first { $0.accelerator == limits.accelerator && $0.count == limits.gpu }
        let currentReplicas = currentProfile.map { Int((demand / $0.requestsPerSecond - 1e-9).rounded(.up)) } ?? component.spec.governance.costOptimization.autoscaling.maxReplicas
        let saving = context.monthly(Decimal(currentHourly * Double(currentReplicas) - solution.hourlyCost), replicas: 1)
        var changes: [SpecChange] = []
        var reasons: [String] = ["throughput profiles are measurements: re-measure after model or serving changes"]
        if used.count == 1, let i = used.first {
            let profile = target.profiles[i]
            if profile.accelerator != limits.accelerator {
                changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["accelerator"], current: limits.accelerator, proposed: profile.accelerator))
            }
            if profile.count != limits.gpu {
                changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["gpu"], current: String(limits.gpu), proposed: String(profile.count)))
            }
            let scaling = component.spec.governance.costOptimization.autoscaling
            let replicas = solution.replicas[i]
            if replicas != scaling.maxReplicas {
                changes.append(ComponentFields.change(component, ComponentFields.autoscaling + ["maxReplicas"], current: String(scaling.maxReplicas), proposed: String(replicas)))
            }
            if scaling.minReplicas > replicas {
                changes.append(ComponentFields.change(component, ComponentFields.autoscaling + ["minReplicas"], current: String(scaling.minReplicas), proposed: String(replicas)))
            }
        } else if used.count > 1 {
            reasons.append("a mix of accelerator types needs one component per type; a component holds one accelerator")
        }
        let rec = Recommendation(component: component.id, kind: .placement, summary: mix.isEmpty ? "no replicas needed" : mix, evidence: evidence,
                                 monthlySaving: saving,
                                 savingBasis: "against \(currentReplicas) replica(s) of today's \(limits.gpu)× \(limits.accelerator ?? "cpu") for the same demand, × 730 h",
                                 risk: used.count > 1 ? .high : .medium, riskReasons: reasons, changes: changes)
        return ([rec], [])
    }
}
