import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FocusIngestor {
    /// The dimension index of the current row, or -(issue index + 1) when its dimension columns are
    /// invalid. The raw bytes of the dimension columns (with a quoted/unquoted bit, so the bare
    /// `NULL` token differs from the string "NULL") are the cache key.
    @inline(__always)
    mutating func dimension(_ r: CSVRecordReader, _ c: FocusColumns, _ fields: [Int]) -> Int {
        var h: UInt64 = 0x5045_5253
        for i in fields where i >= 0 {
            h = ByteScan.hash(r.starts[i], r.lengths[i], h ^ UInt64(r.flags[i] & 1))
        }
        var slot = Int(truncatingIfNeeded: h >> 20) & (cacheSlots.count - 1)
        while true {
            let e = cacheSlots[slot]
            if e < 0 { break }
            let entry = cacheEntries[e]
            if entry.hash == h && matches(entry.offset, r, fields) { return entry.value }
            slot = (slot + 1) & (cacheSlots.count - 1)
        }
        let value = resolve(r, c)
        let offset = arena.count
        for i in fields where i >= 0 {
            var header = UInt32(r.lengths[i]) | (UInt32(r.flags[i] & 1) << 31)
            withUnsafeBytes(of: &header) { arena.append(contentsOf: $0) }
            arena.append(contentsOf: UnsafeBufferPointer(start: r.starts[i], count: r.lengths[i]))
        }
        cacheEntries.append(CacheEntry(hash: h, offset: offset, value: value))
        cacheSlots[slot] = cacheEntries.count - 1
        if cacheEntries.count * 2 > cacheSlots.count { rehash() }
        return value
    }

    private func matches(_ offset: Int, _ r: CSVRecordReader, _ fields: [Int]) -> Bool {
        arena.withUnsafeBufferPointer { a in
            var o = offset
            for i in fields where i >= 0 {
                let header = UnsafeRawPointer(a.baseAddress! + o).loadUnaligned(as: UInt32.self)
                let n = r.lengths[i]
                guard header == UInt32(n) | (UInt32(r.flags[i] & 1) << 31) else { return false }
                guard memcmp(a.baseAddress! + o + 4, r.starts[i], n) == 0 else { return false }
                o += 4 + n
            }
            return true
        }
    }

    private mutating func rehash() {
        var slots = [Int](repeating: -1, count: cacheSlots.count * 2)
        for (k, entry) in cacheEntries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash >> 20) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = k
        }
        cacheSlots = slots
    }

    /// Decodes, validates and allocates a dimension combination seen for the first time.
    private mutating func resolve(_ r: CSVRecordReader, _ c: FocusColumns) -> Int {
        func text(_ i: Int) -> String { i < 0 || r.isNull(i) ? "" : r.string(i) }
        func fail(_ code: LedgerError.Code, _ column: String, _ message: String) -> Int {
            cachedIssues.append(Issue(code: code, column: column, message: message))
            return -cachedIssues.count
        }
        let currency = text(c.currency)
        if currency.isEmpty { return fail(.missingValue, "BillingCurrency", "BillingCurrency is required, found null") }
        let category = text(c.category)
        guard Self.allowedCategories.contains(category) else {
            return fail(.invalidValue, "ChargeCategory",
                        "ChargeCategory '\(category)' is not one of Usage, Purchase, Tax, Credit, Adjustment")
        }
        let service = text(c.service)
        if service.isEmpty { return fail(.missingValue, "ServiceName", "ServiceName is required, found null") }
        var tags: [String: String?] = [:]
        if c.tags >= 0 && !r.isNull(c.tags) {
            do { tags = try TagsJSON.parse(r.string(c.tags)) } catch {
                return fail(.malformedTags, "Tags", "Tags is not a flat JSON object: \(error.reason)")
            }
        }
        let allocation = options.allocation.allocate(tags)
        let chargeClass = text(c.chargeClass)
        let dim = Dim(currency: currency, category: category, chargeClass: chargeClass, provider: text(c.provider),
                      subAccount: text(c.subAccount), region: text(c.region), serviceCategory: text(c.serviceCategory),
                      service: service, component: allocation.component, team: allocation.team,
                      environment: allocation.environment, costCenter: allocation.costCenter)
        if let existing = dimIndex[dim] { return existing }
        dims.append(dim)
        allowsNegative.append(category == "Credit" || category == "Adjustment" || chargeClass == "Correction")
        dimIndex[dim] = dims.count - 1
        return dims.count - 1
    }
}
