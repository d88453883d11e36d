import PurserCore

extension AgentTool {
    static let costReport = AgentTool(
        name: "cost_report", title: "Cost report",
        summary: "Billed and effective cost from the ledger grouped by a dimension over an inclusive range of UTC days; unallocated spend "
            + "is a row of its own (`purser cost report --format json`).",
        effect: .read,
        parameters: [ToolParameter("by", .choice(CostDimension.allCases.map(\.rawValue)), "The grouping (default component)."),
                     ToolParameter("from", .day, "First UTC day included, YYYY-MM-DD."),
                     ToolParameter("to", .day, "Last UTC day included, YYYY-MM-DD.")]
    ) { arguments, workspace in
        let dimension = arguments.string("by").flatMap(CostDimension.init(rawValue:)) ?? .component
        let report = try workspace.ledger().costReport(by: dimension, from: arguments.day("from"), to: arguments.day("to"))
        return CostReportFormatter.json(report)
    }

    static let costAnomalies = AgentTool(
        name: "cost_anomalies", title: "Cost anomalies",
        summary: "Days whose spend falls outside the range the previous weeks predict (weekly seasonality and trend aware), with the "
            + "expected value, range, impact and severity (`purser cost anomalies --json`).",
        effect: .read,
        parameters: [ToolParameter("by", .choice(["component", "service"]), "One series per component (default) or per service."),
                     ToolParameter("from", .day, "First UTC day included, YYYY-MM-DD."),
                     ToolParameter("to", .day, "Last UTC day included, YYYY-MM-DD.")]
    ) { arguments, workspace in
        let dimension: CostDimension = arguments.string("by") == "service" ? .service : .component
        let anomalies = try CostInsights(ledger: workspace.ledger()).anomalies(by: dimension, from: arguments.day("from"), to: arguments.day("to"))
        return CostReportFormatter.json(anomalies)
    }

    static let costForecast = AgentTool(
        name: "cost_forecast", title: "Cost forecast",
        summary: "Daily spend forecast by exponential smoothing (model chosen by AICc) with 80 % and 95 % intervals, and the month end "
            + "projected against the daily budgets of the fleet at HEAD (`purser cost forecast --json`).",
        effect: .read,
        parameters: [ToolParameter("horizon", .integer(1...366), "Days to forecast (default 30)."),
                     ToolParameter("by", .choice(["component", "service"]), "Forecast each component or service instead of the total."),
                     ToolParameter("component", .component, "Forecast only this component, namespace/name.")]
    ) { arguments, workspace in
        let store = try workspace.ledger()
        let budgets = try await PlanRunner().run(path: workspace.fleet.path, revision: workspace.revision, base: nil).output.plan.dailyBudgets
        let component = arguments.string("component")
        let forecasts = try CostInsights(ledger: store).forecast(horizon: arguments.integer("horizon") ?? 30,
                                                                 by: component != nil ? .component : arguments.string("by").flatMap(CostDimension.init(rawValue:)),
                                                                 only: component, dailyBudgets: budgets)
        return CostReportFormatter.json(forecasts)
    }
}
