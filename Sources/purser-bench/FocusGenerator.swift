import Foundation
import PurserLedger

/// A deterministic generator of realistic FOCUS 1.2 cost data (same configuration and seed →
/// byte-identical file), for benchmarks, demos and tests.
///
/// Each resource (a GPU instance, an inference endpoint, a bucket, ...) bills one Usage row per
/// UTC day: quantity × unit price with weekly seasonality (weekends lower), a slow trend and
/// noise; incidents multiply a component's usage on chosen days. Untagged resources, daily Tax,
/// a monthly support Purchase (EffectiveCost 0) and an occasional Credit row are added, so
/// allocation and the `__unallocated__` bucket get exercised. Costs are exact decimals.
public struct FocusGenerator: Sendable {
    /// A spike in one component's usage.
    public struct Incident: Sendable, Hashable {
        public var component: String
        /// First day (`YYYY-MM-DD`, UTC).
        public var day: String
        public var days: Int
        /// Usage multiplier during the incident (e.g. 3 = three times the usual usage).
        public var factor: Double
        public init(component: String, day: String, days: Int = 1, factor: Double) {
            self.component = component; self.day = day; self.days = days; self.factor = factor
        }
    }

    /// Component names (`namespace/name`) to tag resources with.
    public var components: [String]
    /// Resources per component (each is billed every day).
    public var resourcesPerComponent: Int
    /// Resources with no component tag.
    public var untaggedResources: Int
    /// First day (`YYYY-MM-DD`, UTC) and number of days.
    public var start: String
    public var days: Int
    public var incidents: [Incident]
    /// SKUs (e.g. `g5.xlarge`, `vertex-pred-l4`, `s3-standard`) for a component's resources, in
    /// order; components not listed, or with fewer SKUs than resources, get random ones.
    public var skus: [String: [String]]
    public var seed: UInt64

    public init(components: [String], resourcesPerComponent: Int = 3, untaggedResources: Int = 4,
                start: String, days: Int, incidents: [Incident] = [], skus: [String: [String]] = [:], seed: UInt64) {
        self.skus = skus
        self.components = components
        self.resourcesPerComponent = resourcesPerComponent
        self.untaggedResources = untaggedResources
        self.start = start
        self.days = days
        self.incidents = incidents
        self.seed = seed
    }

    /// The FOCUS 1.2 columns written, in order.
    public static let columns = [
        "AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingAccountType", "BillingCurrency",
        "BillingPeriodEnd", "BillingPeriodStart", "CapacityReservationId", "CapacityReservationStatus", "ChargeCategory",
        "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
        "CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName", "CommitmentDiscountQuantity",
        "CommitmentDiscountStatus", "CommitmentDiscountType", "CommitmentDiscountUnit", "ConsumedQuantity", "ConsumedUnit",
        "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceId", "InvoiceIssuerName", "ListCost",
        "ListUnitPrice", "PricingCategory", "PricingCurrency", "PricingCurrencyContractedUnitPrice",
        "PricingCurrencyEffectiveCost", "PricingCurrencyListUnitPrice", "PricingQuantity", "PricingUnit", "ProviderName",
        "PublisherName", "RegionId", "RegionName", "ResourceId", "ResourceName", "ResourceType", "ServiceCategory",
        "ServiceName", "ServiceSubcategory", "SkuId", "SkuMeter", "SkuPriceDetails", "SkuPriceId", "SubAccountId",
        "SubAccountName", "SubAccountType", "Tags",
    ]

    struct Sku {
        var provider, service, category, subcategory, resourceType, sku, unit: String
        var listMicros: Int64  // list unit price in 10⁻⁶ USD
        var quantity: ClosedRange<Int>  // daily quantity in pricing units
        var gpus: Int
    }

    static let catalog: [Sku] = [
        Sku(provider: "AWS", service: "Amazon Elastic Compute Cloud", category: "Compute", subcategory: "Virtual Machines", resourceType: "Virtual Machine", sku: "p5.48xlarge", unit: "Hours", listMicros: 98_320_000, quantity: 6...24, gpus: 8),
        Sku(provider: "AWS", service: "Amazon Elastic Compute Cloud", category: "Compute", subcategory: "Virtual Machines", resourceType: "Virtual Machine", sku: "g5.xlarge", unit: "Hours", listMicros: 1_006_000, quantity: 12...24, gpus: 1),
        Sku(provider: "AWS", service: "Amazon SageMaker", category: "AI and Machine Learning", subcategory: "Machine Learning", resourceType: "Endpoint", sku: "ml.g5.2xlarge", unit: "Hours", listMicros: 1_515_000, quantity: 24...24, gpus: 1),
        Sku(provider: "AWS", service: "Amazon Simple Storage Service", category: "Storage", subcategory: "Object Storage", resourceType: "Bucket", sku: "s3-standard", unit: "GB-Hours", listMicros: 32, quantity: 20_000...400_000, gpus: 0),
        Sku(provider: "AWS", service: "Amazon Elastic Compute Cloud", category: "Compute", subcategory: "Virtual Machines", resourceType: "Virtual Machine", sku: "m6i.large", unit: "Hours", listMicros: 96_000, quantity: 24...24, gpus: 0),
        Sku(provider: "Google Cloud", service: "Compute Engine", category: "Compute", subcategory: "Virtual Machines", resourceType: "VM Instance", sku: "a2-highgpu-1g", unit: "Hours", listMicros: 3_673_400, quantity: 8...24, gpus: 1),
        Sku(provider: "Google Cloud", service: "Vertex AI", category: "AI and Machine Learning", subcategory: "AI Platforms", resourceType: "Endpoint", sku: "vertex-pred-l4", unit: "Hours", listMicros: 1_140_000, quantity: 24...24, gpus: 1),
        Sku(provider: "Google Cloud", service: "Cloud Storage", category: "Storage", subcategory: "Object Storage", resourceType: "Bucket", sku: "gcs-standard", unit: "GB-Hours", listMicros: 27, quantity: 10_000...300_000, gpus: 0),
    ]

    static let accounts: [String: [(id: String, name: String)]] = [
        "AWS": [("210987654321", "ml-prod"), ("310987654321", "ml-staging"), ("410987654321", "platform-prod")],
        "Google Cloud": [("acme-serving-prod", "Serving Prod"), ("acme-ml-train-prod", "ML Training Prod")],
    ]
    static let regions: [String: [(id: String, name: String)]] = [
        "AWS": [("us-east-1", "US East (N. Virginia)"), ("us-west-2", "US West (Oregon)"), ("eu-west-1", "Europe (Ireland)")],
        "Google Cloud": [("us-central1", "Iowa"), ("europe-west4", "Netherlands")],
    ]
    static let teams = ["ml-platform", "search", "vision", "nlp", "risk", "speech"]

    /// Writes the CSV (LF line ends, header first) to `url`, streaming. Returns the data row count.
    @discardableResult
    public func write(to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw GeneratorError(description: "\(url.path): cannot create the output file")
        }
        defer { try? handle.close() }
        var out = Self.columns.joined(separator: ",") + "\n"
        var rows = 0
        try generate { line in
            out += line
            out += "\n"
            rows += 1
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
        return rows
    }
}

/// Why the generator could not write its sample.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String
}
