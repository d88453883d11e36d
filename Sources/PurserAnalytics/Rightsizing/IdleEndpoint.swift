/// Whether an endpoint served (almost) nothing over the window: every request-rate sample at most
/// `threshold` requests per second, over at least `minimumHistory` seconds of samples.
public enum IdleEndpoint {
    public static func isIdle(_ requests: UsageSeries, threshold: Double, minimumHistory: Double) -> Bool {
        guard !requests.isEmpty, requests.span >= minimumHistory else { return false }
        return requests.values.allSatisfy { $0.isFinite && $0 <= threshold }
    }
}
