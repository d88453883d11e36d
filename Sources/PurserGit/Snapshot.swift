import Foundation

/// The files of a fleet at one revision (or in the working tree), keyed by path relative to the
/// fleet root. Only what Purser reads is loaded: `purser.yaml`, `pricing.yaml`,
/// `components/**/*.y{a,}ml`, `policies/**/*.rego` (and `.json` data) and `reports/**/*.json`.
public struct Snapshot: Sendable {
    /// The commit id, or nil for the working tree.
    public var revision: String?
    /// File contents by relative path.
    public var files: [String: Data]

    public init(revision: String?, files: [String: Data]) {
        self.revision = revision
        self.files = files
    }

    /// Whether Purser reads a file at this fleet-relative path. Hidden files, and files in hidden
    /// folders, are not read.
    public static func isFleetFile(_ path: String) -> Bool {
        if isHidden(path) { return false }
        if path == "purser.yaml" || path == "pricing.yaml" { return true }
        if path.hasPrefix("components/") { return path.hasSuffix(".yaml") || path.hasSuffix(".yml") }
        if path.hasPrefix("policies/") {
            // Rego modules and their data, and OPA Gatekeeper ConstraintTemplates and constraints.
            return path.hasSuffix(".rego") || path.hasSuffix(".json") || path.hasSuffix(".yaml") || path.hasSuffix(".yml")
        }
        if path.hasPrefix("reports/") { return path.hasSuffix(".json") }
        return false
    }

    /// Whether any component of a fleet-relative path starts with a dot.
    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    static let topLevelFiles: Set<String> = ["purser.yaml", "pricing.yaml"]

    /// Whether a fleet-relative path is one of `roots` or inside one of its folders.
    static func isUnderRoots(_ path: String) -> Bool {
        roots.contains { path == $0 || (!topLevelFiles.contains($0) && path.hasPrefix($0 + "/")) }
    }
    static let roots = ["purser.yaml", "pricing.yaml", "components", "policies", "reports"]
}
