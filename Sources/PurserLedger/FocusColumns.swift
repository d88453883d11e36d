/// The FOCUS columns the ledger reads, resolved against a file's header.
///
/// Required (an ingest fails without them): BilledCost, EffectiveCost, BillingCurrency,
/// ChargePeriodStart, ChargePeriodEnd, ChargeCategory, ServiceName. Optional: ChargeClass,
/// ProviderName, SubAccountId, RegionId, ServiceCategory, Tags (null when absent). Other columns
/// are accepted and ignored, as are provider `x_` columns. A name may appear only once.
struct FocusColumns {
    static let required = ["BilledCost", "EffectiveCost", "BillingCurrency", "ChargePeriodStart",
                           "ChargePeriodEnd", "ChargeCategory", "ServiceName"]
    static let optional = ["ChargeClass", "ProviderName", "SubAccountId", "RegionId", "ServiceCategory", "Tags"]
    static let v11Only: Set<String> = ["CapacityReservationId", "CapacityReservationStatus", "CommitmentDiscountQuantity",
                                       "CommitmentDiscountUnit", "ServiceSubcategory", "SkuMeter", "SkuPriceDetails"]
    static let v12Only: Set<String> = ["BillingAccountType", "InvoiceId", "PricingCurrency", "PricingCurrencyContractedUnitPrice",
                                       "PricingCurrencyEffectiveCost", "PricingCurrencyListUnitPrice", "SubAccountType"]

    let names: [String]
    let billed: Int, effective: Int, currency: Int, start: Int, end: Int, category: Int, service: Int
    /// Optional columns: -1 when absent.
    let chargeClass: Int, provider: Int, subAccount: Int, region: Int, serviceCategory: Int, tags: Int
    /// "1.0", "1.1" or "1.2", from the columns present.
    let version: String

    /// The dimension columns hashed together to recognise a repeated row key (order matters).
    var dimensionFields: [Int] { [currency, category, chargeClass, provider, subAccount, region, serviceCategory, service, tags] }

    init(header: [String], file: String) throws {
        names = header
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if let first = index[name] {
                // Unnamed columns (a trailing comma) are never read, so repeats of "" are harmless.
                guard name.isEmpty else {
                    throw LedgerError(.duplicateColumn, file: file, row: 1, column: name,
                                      message: "column \(name) appears twice, at positions \(first + 1) and \(i + 1): which one holds the data is ambiguous")
                }
                continue
            }
            index[name] = i
        }
        let missing = Self.required.filter { index[$0] == nil }
        if !missing.isEmpty {
            var hint = ""
            let lowered = Dictionary(header.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
            let near = missing.compactMap { m in lowered[m.lowercased()].map { "\($0) (expected \(m))" } }
            if !near.isEmpty { hint = "; column names are case-sensitive: found " + near.joined(separator: ", ") }
            throw LedgerError(.missingColumn, file: file, row: 1, column: missing[0],
                              message: "missing required FOCUS column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))\(hint)")
        }
        billed = index["BilledCost"]!
        effective = index["EffectiveCost"]!
        currency = index["BillingCurrency"]!
        start = index["ChargePeriodStart"]!
        end = index["ChargePeriodEnd"]!
        category = index["ChargeCategory"]!
        service = index["ServiceName"]!
        chargeClass = index["ChargeClass"] ?? -1
        provider = index["ProviderName"] ?? -1
        subAccount = index["SubAccountId"] ?? -1
        region = index["RegionId"] ?? -1
        serviceCategory = index["ServiceCategory"] ?? -1
        tags = index["Tags"] ?? -1
        let names = Set(header)
        version = !names.isDisjoint(with: Self.v12Only) ? "1.2" : (!names.isDisjoint(with: Self.v11Only) ? "1.1" : "1.0")
    }
}
