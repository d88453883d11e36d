import Foundation
import PurserModel

/// Prices per hour in the catalog currency: CPU cores, GiB of memory, and accelerators by key.
public struct PricingCatalog: Sendable, Hashable {
    public var currency: String
    public var cpuCoreHour: Price
    public var memoryGiBHour: Price
    /// Accelerators by catalog key, e.g. `nvidia-l4`.
    public var accelerators: [String: Accelerator]

    /// One price and where it comes from.
    public struct Price: Sendable, Hashable {
        public var amount: Decimal
        public var source: String
        public var asOf: String
    }

    /// An accelerator's hourly price and how Kubernetes schedules it.
    public struct Accelerator: Sendable, Hashable {
        public var price: Price
        /// The extended resource name, e.g. `nvidia.com/gpu`, `amd.com/gpu`, `google.com/tpu`.
        public var resourceName: String
        /// Node labels that place a pod on this accelerator.
        public var nodeSelector: [String: String]
        /// Memory per accelerator in GiB (for GPU rightsizing); nil when the catalog does not say.
        public var memoryGiB: Double?
        /// Typical board power in watts (for the carbon estimate); nil when unknown.
        public var watts: Double?
        /// For a partition such as a MIG slice: the whole accelerator it is cut from and the share
        /// of its compute it gets (3g.40gb of an H100: 3/7).
        public var partitionOf: String?
        public var computeShare: Double?
    }

    /// The catalog shipped with Purser (`Resources/pricing-catalog.yaml`).
    public static let builtIn: PricingCatalog = {
        guard let url = Bundle.module.url(forResource: "pricing-catalog", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("the built-in pricing catalog is missing from the bundle")
        }
        let context = DecodingContext()
        let catalog = PricingCatalogDecoder.decode(SourceFile(path: "pricing-catalog.yaml", text: text), over: nil, context: context)
        precondition(context.diagnostics.isEmpty, "the built-in pricing catalog is invalid: \(context.diagnostics)")
        return catalog
    }()

    /// The built-in catalog with a fleet's `pricing.yaml` merged over it.
    public static func merged(overrides file: SourceFile?, context: DecodingContext) -> PricingCatalog {
        guard let file else { return builtIn }
        return PricingCatalogDecoder.decode(file, over: builtIn, context: context)
    }

    /// Kubernetes placement for every accelerator, for the renderer.
    public var placements: [String: AcceleratorPlacement] {
        accelerators.mapValues { AcceleratorPlacement(resourceName: $0.resourceName, nodeSelector: $0.nodeSelector) }
    }
}
