/// A component's own verdict from its findings: `deny` with any error, `warn` with warnings, else `pass`.
public enum ComponentVerdict: String, Sendable {
    case pass, warn, deny

    public static func of(_ findings: [Plan.Finding]) -> ComponentVerdict {
        if findings.contains(where: { $0.severity == .error }) { return .deny }
        if findings.isEmpty { return .pass }
        return .warn
    }
}
