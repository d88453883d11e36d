import Foundation

/// Utilization of a fleet's components over one window, from Prometheus or an export file.
public struct UtilizationData: Sendable {
    /// By component id (`namespace/name`).
    public var components: [String: ComponentUtilization]
    public var start: Date
    public var end: Date
    /// `prometheus <url>` or the file's path.
    public var source: String

    public init(components: [String: ComponentUtilization], start: Date, end: Date, source: String) {
        self.components = components
        self.start = start
        self.end = end
        self.source = source
    }
}
