import PurserRender

/// What the API server writes into an object that Purser never renders: bookkeeping removed
/// before comparing, and defaults it fills in.
///
/// The rule for a field present only in the live object: it is a default (ignored) when its path
/// ends like one of `defaults` and its value is that default (or any value, for fields the server
/// allocates such as `clusterIP`); a map is a default when everything in it is. Any other
/// live-only field is reported as added.
enum ServerPopulatedFields {
    static let metadataBookkeeping: Set<String> = ["managedFields", "resourceVersion", "uid", "generation", "creationTimestamp", "selfLink"]
    static let bookkeepingAnnotations: Set<String> = ["kubectl.kubernetes.io/last-applied-configuration", "deployment.kubernetes.io/revision"]

    /// Path suffix (list positions written `[]`) → the default values; nil for any value.
    static let defaults: [(suffix: String, values: [String]?)] = [
        ("spec.progressDeadlineSeconds", ["600"]),
        ("spec.revisionHistoryLimit", ["10"]),
        ("spec.strategy.type", ["RollingUpdate"]),
        ("spec.strategy.rollingUpdate.maxSurge", ["25%"]),
        ("spec.strategy.rollingUpdate.maxUnavailable", ["25%"]),
        ("spec.template.spec.dnsPolicy", ["ClusterFirst"]),
        ("spec.template.spec.restartPolicy", ["Always"]),
        ("spec.template.spec.schedulerName", ["default-scheduler"]),
        ("spec.template.spec.terminationGracePeriodSeconds", ["30"]),
        ("spec.template.spec.enableServiceLinks", ["true"]),
        ("spec.template.spec.automountServiceAccountToken", ["true"]),
        ("spec.template.spec.serviceAccount", nil),
        ("containers[].terminationMessagePath", ["/dev/termination-log"]),
        ("containers[].terminationMessagePolicy", ["File"]),
        ("containers[].imagePullPolicy", ["IfNotPresent", "Always"]),
        ("initContainers[].terminationMessagePath", ["/dev/termination-log"]),
        ("initContainers[].terminationMessagePolicy", ["File"]),
        ("initContainers[].imagePullPolicy", ["IfNotPresent", "Always"]),
        ("ports[].protocol", ["TCP"]),
        ("spec.clusterIP", nil),
        ("spec.clusterIPs", nil),
        ("spec.ipFamilies", nil),
        ("spec.ipFamilyPolicy", ["SingleStack"]),
        ("spec.internalTrafficPolicy", ["Cluster"]),
        ("spec.sessionAffinity", ["None"]),
        ("spec.type", ["ClusterIP"]),
        ("metadata.namespace", nil),
    ]

    /// The object without status and the metadata the server keeps for itself.
    static func stripped(_ body: ManifestValue) -> ManifestValue {
        guard case .map(let pairs) = body else { return body }
        return .map(pairs.compactMap { key, value in
            switch key {
            case "status": return nil
            case "metadata": return (key, strippedMetadata(value))
            default: return (key, value)
            }
        })
    }

    static func strippedMetadata(_ metadata: ManifestValue) -> ManifestValue {
        guard case .map(let pairs) = metadata else { return metadata }
        return .map(pairs.compactMap { key, value in
            if metadataBookkeeping.contains(key) { return nil }
            guard key == "annotations", case .map(let annotations) = value else { return (key, value) }
            let kept = annotations.filter { !bookkeepingAnnotations.contains($0.0) }
            return kept.isEmpty ? nil : (key, .map(kept))
        })
    }

    /// Whether a field found only in the live object is one the server defaulted.
    /// - Parameter pattern: the field's path with list positions written `[]`.
    static func isDefault(_ pattern: String, _ value: ManifestValue) -> Bool {
        switch value {
        case .map(let pairs):
            return pairs.allSatisfy { isDefault(pattern + "." + $0.0, $0.1) }
        default:
            for entry in defaults where pattern == entry.suffix || pattern.hasSuffix("." + entry.suffix) {
                guard let values = entry.values else { return true }
                if case .list = value { return false }
                return values.contains(ManifestComparison.scalarText(value))
            }
            return false
        }
    }
}
