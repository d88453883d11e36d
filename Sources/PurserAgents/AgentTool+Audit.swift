import PurserCore

extension AgentTool {
    static let auditLog = AgentTool(
        name: "audit_log", title: "Audit log",
        summary: "Events of the hash-chained audit trail, newest first (plans, admission decisions, ingests, approvals, approval "
            + "requests, seals), optionally only those about one subject or of one kind.",
        effect: .read,
        parameters: [ToolParameter("subject", .text(maxLength: 300), "Only events about this subject (a component id, recommendations/<change set>, a file)."),
                     ToolParameter("kind", .text(maxLength: 100), "Only events of this kind (plan, admission, ingest, approval, recommendation-approval, recommendation-approval-request, seal)."),
                     ToolParameter("limit", .integer(1...1000), "At most this many events (default 50).")]
    ) { arguments, workspace in
        let events = try workspace.auditTrail().events(subject: arguments.string("subject"), kind: arguments.string("kind"),
                                                       limit: arguments.integer("limit") ?? 50)
        return try CanonicalJSON.text(["events": events])
    }
}
