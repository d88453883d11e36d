import Foundation
import PurserAnalytics
import PurserModel

/// `purser recommend`: utilization in, recommendations with evidence, saving, risk and the
/// `SpecChange`s they imply out. Read-only: nothing is written.
public enum Recommendations {
    /// Loads the fleet, reads utilization where `recommendations:` in purser.yaml says (or from
    /// `file`, which wins), and computes.
    public static func run(root: URL, revision: String?, file: URL? = nil, now: Date = Date()) async throws -> RecommendationReport {
        let loaded = try await PlanRunner.loadFleet(root: root, revision: revision)
        let fleet = loaded.fleet
        if let error = fleet.diagnostics.first(where: { $0.severity == .error }) {
            throw RecommendationError(file: error.location.file, line: error.location.line, message: error.message)
        }
        let settings = fleet.settings.recommendations
        let data: UtilizationData
        if let file {
            data = try UtilizationFile.read(file, window: settings.window, shownPath: file.relativePath)
        } else if let path = settings.file {
            data = try UtilizationFile.read(root.appendingPathComponent(path), window: settings.window, shownPath: path)
        } else if let prometheus = settings.prometheus, let url = URL(string: prometheus) {
            let reader = PrometheusUtilization(client: PrometheusClient(url: url), step: settings.step, selector: settings.selector)
            data = try await reader.read(fleet.components, end: now, window: settings.window)
        } else {
            throw RecommendationError(file: FleetSettings.fileName, message: "no utilization source: set recommendations.prometheus or recommendations.file, or pass --utilization FILE")
        }
        return try compute(fleet: fleet, utilization: data)
    }

    /// Every recommendation for the fleet's components from `utilization`.
    public static func compute(fleet: Fleet, utilization: UtilizationData) throws -> RecommendationReport {
        let settings = fleet.settings.recommendations
        let context = RecommendationContext(settings: settings, catalog: fleet.catalog)
        let targets = try placementTargets(settings, fleet: fleet)
        var recommendations: [Recommendation] = []
        var skipped: [RecommendationReport.Skipped] = []
        for component in fleet.components.sorted(by: { $0.id < $1.id }) {
            guard let usage = utilization.components[component.id] else {
                skipped.append(.init(component: component.id, kind: .rightsize, reason: "no utilization series for \(component.id) in \(utilization.source)"))
                if let target = targets[component.id] {
                    let outcome = PlacementAdvisor.advise(target, component: component, usage: nil, carbon: settings.carbon, context: context)
                    recommendations += outcome.recommendations
                    skipped += outcome.skipped
                }
                continue
            }
            var outcomes = [RightsizingAdvisor.scaleToZero(component, usage, context: context)]
            let idle = outcomes[0].recommendations.contains { $0.kind == .scaleToZero }
            outcomes.append(RightsizingAdvisor.advise(component, usage, idle: idle, context: context))
            if let target = targets[component.id] {
                outcomes.append(PlacementAdvisor.advise(target, component: component, usage: usage, carbon: settings.carbon, context: context))
            } else {
                outcomes.append(AcceleratorAdvisor.advise(component, usage, context: context))
            }
            for outcome in outcomes {
                recommendations += outcome.recommendations
                skipped += outcome.skipped
            }
        }
        recommendations.sort { ($0.monthlySaving.amount, $1.component, $1.kind.rawValue) > ($1.monthlySaving.amount, $0.component, $0.kind.rawValue) }
        return RecommendationReport(fleet: fleet.name, currency: fleet.catalog.currency, source: utilization.source,
                                    windowStart: utilization.start, windowEnd: utilization.end, recommendations: recommendations, skipped: skipped)
    }

    /// Placement targets by component id; unknown components and accelerators are located errors.
    static func placementTargets(_ settings: RecommendationSettings, fleet: Fleet) throws -> [String: RecommendationSettings.PlacementTarget] {
        var targets: [String: RecommendationSettings.PlacementTarget] = [:]
        for target in settings.placement {
            let matches = fleet.components.filter { $0.id == target.component || (!target.component.contains("/") && $0.metadata.name == target.component) }
            guard matches.count == 1, let component = matches.first else {
                throw RecommendationError(file: target.location.file, line: target.location.line,
                                          message: matches.isEmpty ? "recommendations.placement: no component '\(target.component)'"
                                                                   : "recommendations.placement: '\(target.component)' names \(matches.count) components; write namespace/name")
            }
            for profile in target.profiles where fleet.catalog.accelerators[profile.accelerator] == nil {
                let hint = DidYouMean.suggestion(for: profile.accelerator, among: Array(fleet.catalog.accelerators.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                throw RecommendationError(file: profile.location.file, line: profile.location.line,
                                          message: "recommendations.placement: unknown accelerator '\(profile.accelerator)'\(hint)")
            }
            targets[component.id] = target
        }
        return targets
    }
}
