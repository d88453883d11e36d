/// How Kubernetes schedules one kind of accelerator: the extended resource a container requests
/// and the node labels that select nodes holding it. The pricing catalog supplies these.
public struct AcceleratorPlacement: Sendable, Hashable {
    /// e.g. `nvidia.com/gpu`, `amd.com/gpu`, `google.com/tpu`.
    public var resourceName: String
    /// e.g. `cloud.google.com/gke-accelerator: nvidia-l4`.
    public var nodeSelector: [String: String]

    public init(resourceName: String, nodeSelector: [String: String]) {
        self.resourceName = resourceName
        self.nodeSelector = nodeSelector
    }
}
