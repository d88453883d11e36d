import Foundation

/// Which change of a canary metric is bad (Kayenta's metric `direction`).
public enum MetricDirection: String, Sendable, Codable {
    /// Higher canary values are bad (latency, error rate).
    case increase
    /// Lower canary values are bad (throughput, success rate).
    case decrease
    /// A significant change either way is bad.
    case either
}
