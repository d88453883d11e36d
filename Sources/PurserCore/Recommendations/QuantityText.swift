import Foundation

/// Kubernetes quantity text for recommended sizes, rounded up so a recommendation never
/// undercuts its own target: CPU in millicores (`250m`, whole cores as `2`), memory in MiB
/// (`700Mi`, whole GiB as `3Gi`).
enum QuantityText {
    static func cpu(_ cores: Double) -> String {
        let millis = Int((cores * 1000 - 1e-6).rounded(.up))
        let rounded = max(millis, 1)
        return rounded % 1000 == 0 ? String(rounded / 1000) : "\(rounded)m"
    }

    static func memory(_ bytes: Double) -> String {
        let mebibytes = max(Int((bytes / 1_048_576 - 1e-6).rounded(.up)), 1)
        return mebibytes % 1024 == 0 ? "\(mebibytes / 1024)Gi" : "\(mebibytes)Mi"
    }

    static func cores(_ value: Double) -> String { String(format: "%.3f cores", value) }
    static func mebibytes(_ bytes: Double) -> String { String(format: "%.0f MiB", bytes / 1_048_576) }
    static func days(_ seconds: Double) -> String { String(format: "%.1f d", seconds / 86_400) }
}
