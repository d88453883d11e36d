import Foundation
import PurserLedger

extension FocusGenerator {
    /// SplitMix64: small, fast and identical on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    struct Resource {
        var sku: Sku
        var component: String?
        var team, env, account, accountName, region, regionName, id, name: String
        var baseQuantity: Int
        var discountPermille: Int64
    }

    /// Weekday usage factors, Monday first: business traffic dips at the weekend.
    static let weekly: [Double] = [1.0, 1.04, 1.06, 1.03, 0.97, 0.72, 0.66]

    func resources(_ rng: inout Random) -> [Resource] {
        var out: [Resource] = []
        let owners: [String?] = components.flatMap { c in Array(repeating: Optional(c), count: resourcesPerComponent) }
            + Array(repeating: nil, count: untaggedResources)
        var used: [String: Int] = [:]
        for (k, component) in owners.enumerated() {
            var sku = rng.pick(Self.catalog)
            if let component, let wanted = skus[component], used[component, default: 0] < wanted.count,
               let hint = Self.catalog.first(where: { $0.sku == wanted[used[component, default: 0]] }) {
                sku = hint
            }
            if let component { used[component, default: 0] += 1 }
            let account = rng.pick(Self.accounts[sku.provider]!)
            let region = rng.pick(Self.regions[sku.provider]!)
            let env = component.map { $0.hasPrefix("ai-staging/") ? "staging" : "prod" } ?? rng.pick(["prod", "dev"])
            let short = (component ?? "shared/untagged").split(separator: "/").last.map(String.init) ?? "r"
            let name = "\(short)-\(sku.sku.replacingOccurrences(of: ".", with: "-"))-\(k)"
            let id = sku.provider == "AWS" ? "arn:aws:ec2:\(region.id):\(account.id):instance/i-\(String(rng.next() >> 4, radix: 16))"
                : "//compute.googleapis.com/projects/\(account.id)/locations/\(region.id)/\(sku.resourceType.lowercased().replacingOccurrences(of: " ", with: "-"))s/\(name)"
            out.append(Resource(sku: sku, component: component, team: rng.pick(Self.teams), env: env, account: account.id,
                                accountName: account.name, region: region.id, regionName: region.name, id: id, name: name,
                                baseQuantity: rng.int(sku.quantity), discountPermille: Int64(rng.int(60...140))))
        }
        return out
    }

    func generate(_ emit: (String) throws -> Void) throws {
        var rng = Random(state: seed)
        let pool = resources(&rng)
        guard let first = Day(start)?.number else { throw GeneratorError(description: "start must be YYYY-MM-DD, got \(start)") }
        let incidentDays = incidents.map { i in (i, Day(i.day)?.number ?? Int.min) }
        for day in first..<(first + days) {
            let weekday = ((day % 7) + 10) % 7  // 1970-01-01 was a Thursday; 0 = Monday
            let trend = 1 + 0.002 * Double(day - first)
            var dayTotal: Int64 = 0
            for r in pool {
                var factor = Self.weekly[weekday] * trend * (0.94 + 0.12 * rng.unit())
                for (incident, d0) in incidentDays where incident.component == r.component && day >= d0 && day < d0 + incident.days {
                    factor *= incident.factor
                }
                let millis = max(1, Int64((Double(r.baseQuantity) * 1000 * factor).rounded()))
                let unitMicros = r.sku.listMicros * (1000 - r.discountPermille) / 1000
                let cost = unitMicros * millis  // 10⁻⁹ USD
                dayTotal += cost
                try emit(usageRow(r, day: day, millis: millis, unitMicros: unitMicros, cost: cost))
            }
            // Untagged overheads: sales tax on the day's usage, a monthly support plan, rare credits.
            try emit(chargeRow(category: "Tax", day: day, nanos: dayTotal / 20, description: "Sales tax", service: "Amazon Elastic Compute Cloud"))
            if Day(number: day).description.hasSuffix("-01") {
                try emit(chargeRow(category: "Purchase", day: day, nanos: 1_000_000_000_000, description: "Prepaid monthly support plan", service: "AWS Support (Business)"))
            }
            if rng.unit() < 0.05 {
                try emit(chargeRow(category: "Credit", day: day, nanos: -Int64(rng.int(5_000...50_000)) * 1_000_000, description: "Promotional credit", service: "Compute Engine"))
            }
        }
    }

    static func decimal(_ nanos: Int64) -> String { Money(nanos: nanos).description }

    static func timestamp(_ day: Int) -> String { Day(number: day).description + "T00:00:00Z" }

    static func billingPeriod(_ day: Int) -> (String, String) {
        let date = Day(number: day)
        let startDay = day - (date.civil.day - 1)
        return (timestamp(startDay), timestamp(startDay + date.daysInMonth))
    }

    static func csv(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    func usageRow(_ r: Resource, day: Int, millis: Int64, unitMicros: Int64, cost: Int64) -> String {
        var f = [String: String]()
        let (bpStart, bpEnd) = Self.billingPeriod(day)
        let list = r.sku.listMicros * millis
        let qty = Self.decimal(millis * 1_000_000)
        f["AvailabilityZone"] = ""
        f["BilledCost"] = Self.decimal(cost); f["EffectiveCost"] = f["BilledCost"]; f["ContractedCost"] = f["BilledCost"]
        f["PricingCurrencyEffectiveCost"] = f["BilledCost"]
        f["ListCost"] = Self.decimal(list)
        f["ListUnitPrice"] = Self.decimal(r.sku.listMicros * 1000); f["PricingCurrencyListUnitPrice"] = f["ListUnitPrice"]
        f["ContractedUnitPrice"] = Self.decimal(unitMicros * 1000); f["PricingCurrencyContractedUnitPrice"] = f["ContractedUnitPrice"]
        f["ChargeCategory"] = "Usage"; f["ChargeFrequency"] = "Usage-Based"; f["PricingCategory"] = "Standard"
        f["ChargeDescription"] = "\(r.sku.sku) \(r.sku.unit) in \(r.region)"
        f["ConsumedQuantity"] = qty; f["PricingQuantity"] = qty; f["ConsumedUnit"] = r.sku.unit; f["PricingUnit"] = r.sku.unit
        f["ResourceId"] = r.id; f["ResourceName"] = r.name; f["ResourceType"] = r.sku.resourceType
        f["ServiceName"] = r.sku.service; f["ServiceCategory"] = r.sku.category; f["ServiceSubcategory"] = r.sku.subcategory
        f["SkuId"] = r.sku.sku.uppercased(); f["SkuPriceId"] = r.sku.sku.uppercased() + "-OD"; f["SkuMeter"] = r.sku.unit
        f["SkuPriceDetails"] = r.sku.gpus > 0 ? "{\"x_GpuCount\":\(r.sku.gpus),\"x_InstanceType\":\"\(r.sku.sku)\"}" : "{}"
        f["RegionId"] = r.region; f["RegionName"] = r.regionName
        f["SubAccountId"] = r.account; f["SubAccountName"] = r.accountName
        var tags = "\"team\":\"\(r.team)\",\"env\":\"\(r.env)\""
        if let c = r.component { tags = "\"purser.io/component\":\"\(c)\"," + tags }
        f["Tags"] = "{\(tags)}"
        return line(f, provider: r.sku.provider, day: day, bp: (bpStart, bpEnd))
    }

    func chargeRow(category: String, day: Int, nanos: Int64, description: String, service: String) -> String {
        var f = [String: String]()
        let amount = Self.decimal(nanos)
        f["BilledCost"] = amount; f["ContractedCost"] = amount; f["ListCost"] = amount
        f["EffectiveCost"] = category == "Purchase" ? "0" : amount
        f["PricingCurrencyEffectiveCost"] = f["EffectiveCost"]
        f["ChargeCategory"] = category; f["ChargeDescription"] = description
        f["ChargeFrequency"] = category == "Credit" ? "One-Time" : "Recurring"
        f["ServiceName"] = service; f["ServiceCategory"] = category == "Purchase" ? "Management and Governance" : "Compute"
        f["ServiceSubcategory"] = category == "Purchase" ? "Support" : "Virtual Machines"
        f["SubAccountId"] = "210987654321"; f["SubAccountName"] = "ml-prod"
        let provider = service == "Compute Engine" ? "Google Cloud" : "AWS"
        return line(f, provider: provider, day: day, bp: Self.billingPeriod(day))
    }

    func line(_ values: [String: String], provider: String, day: Int, bp: (String, String)) -> String {
        var f = values
        f["BillingAccountId"] = provider == "AWS" ? "123456789012" : "01A2B3-C4D5E6-F7A8B9"
        f["BillingAccountName"] = provider == "AWS" ? "Acme Corp Payer" : "Acme GCP Billing"
        f["BillingAccountType"] = "Billing Account"; f["BillingCurrency"] = "USD"; f["PricingCurrency"] = "USD"
        f["BillingPeriodStart"] = bp.0; f["BillingPeriodEnd"] = bp.1
        f["ChargePeriodStart"] = Self.timestamp(day); f["ChargePeriodEnd"] = Self.timestamp(day + 1)
        f["InvoiceIssuerName"] = provider; f["ProviderName"] = provider; f["PublisherName"] = provider
        f["SubAccountType"] = provider == "AWS" ? "Account" : "Project"
        return Self.columns.map { Self.csv(f[$0] ?? "") }.joined(separator: ",")
    }
}
