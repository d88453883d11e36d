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

    /// Whether Purser reads a file at this fleet-relative path.
    public static func isFleetFile(_ path: String) -> Bool {
        if path == "purser.yaml" || path == "pricing.yaml" { return true }
        if path.hasPrefix("components/") { return path.hasSuffix(".yaml") || path.hasSuffix(".yml") }
        if path.hasPrefix("policies/") { return path.hasSuffix(".rego") || path.hasSuffix(".json") }
        if path.hasPrefix("reports/") { return path.hasSuffix(".json") }
        return false
    }

    static let roots = ["purser.yaml", "pricing.yaml", "components", "policies", "reports"]
}
