import Foundation

/// One column's values collected for a drift test: numbers while every value is one, category
/// counts once any value is not (numbers seen before are then counted by their shortest text).
///
/// Numbers stay in memory, a `chunk` at a time in its compact form (`NumberChunk`: 4 bytes a
/// value for short decimals), while the evaluation's `SpillBudget` lasts; once it is spent, a
/// column's chunks go to a `SpilledNumbers` file and only the chunk being filled stays in memory,
/// whatever the column's length. `sortedNumbers()` reads a column back whole when it is compared.
struct FeatureSample {
    private var buffered = NumberChunkBuilder()
    /// Full chunks within the budget; every chunk after the first spilled one is spilled too.
    private var kept: [NumberChunk] = []
    private var keptCount = 0
    private var spilled: SpilledNumbers?
    private let budget: SpillBudget?
    private(set) var categories: [String: Int] = [:]
    private(set) var isCategorical = false
    private(set) var nulls = 0
    /// Set once a categorical column holds more than `maxCategories` distinct values (an id, a
    /// free-text field): it is not compared, and its values are dropped to bound memory.
    private(set) var tooManyCategories = false

    static let maxCategories = 100_000
    /// Values held in memory per column before they are written out (1 MiB).
    static let chunk = 131_072

    /// Without a budget, every full chunk is spilled.
    init(budget: SpillBudget? = nil) { self.budget = budget }

    var count: Int { isCategorical ? categories.values.reduce(0, +) : keptCount + (spilled?.count ?? 0) + buffered.count }

    /// Adds a value: `number` while the column is numeric, else its text (nil for an empty cell).
    mutating func add(number: Double?, text: () -> String?) throws {
        if !isCategorical, let number {
            try append(number)
        } else {
            try add(text: text())
        }
    }

    @inline(__always) mutating func append(_ number: Double) throws {
        buffered.append(number)
        if buffered.count == Self.chunk { try chunkFilled() }
    }

    /// Adds the number `mantissa / 10^decimals` (decimals ≤ `NumberChunk.maxDecimals`).
    @inline(__always) mutating func append(mantissa: Int32, decimals: Int) throws {
        buffered.append(mantissa: mantissa, decimals: decimals)
        if buffered.count == Self.chunk { try chunkFilled() }
    }

    private mutating func chunkFilled() throws {
        let chunk = buffered.take()
        if spilled == nil, budget?.take(chunk.byteCount) == true {
            kept.append(chunk)
            keptCount += chunk.count
            return
        }
        if spilled == nil { spilled = try SpilledNumbers() }
        try spilled!.append(chunk)
    }

    mutating func add(text value: String?) throws {
        guard !tooManyCategories else { return }
        guard let value else { nulls += 1; return }
        if !isCategorical {
            try makeCategorical()
            guard !tooManyCategories else { return }
        }
        categories[value, default: 0] += 1
        if categories.count > Self.maxCategories {
            tooManyCategories = true
            categories = [:]
        }
    }

    mutating func makeCategorical() throws {
        guard !isCategorical else { return }
        for value in try numbers() {
            categories[Self.text(of: value), default: 0] += 1
            if categories.count > Self.maxCategories { tooManyCategories = true; categories = [:]; break }
        }
        isCategorical = true
        buffered = NumberChunkBuilder()
        kept = []
        keptCount = 0
        spilled = nil
    }

    /// Every number added, in order.
    func numbers() throws -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(count)
        for chunk in try chunks() { chunk.appendValues(to: &values) }
        return values
    }

    /// Every number added, in ascending order.
    func sortedNumbers() throws -> [Double] {
        SortedColumn.values(of: try chunks())
    }

    private func chunks() throws -> [NumberChunk] {
        var all = kept
        if let spilled { all += try spilled.readBack() }
        if !buffered.isEmpty { all.append(buffered.snapshot()) }
        return all
    }

    /// A number as its category text: whole numbers without `.0`, others in their shortest form.
    static func text(of value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
