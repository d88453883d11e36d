/// Fills one `NumberChunk` value by value, as short-decimal integers for as long as every value
/// is one (at the largest decimal count seen so far), else as doubles.
///
/// A value with more decimals than those before it rescales the integers already held (at most
/// `NumberChunk.maxDecimals` times a chunk); one that does not fit 32 bits at the chunk's decimal
/// count turns the chunk into doubles, which `take()` compacts again if it can.
struct NumberChunkBuilder {
    private var integers: [Int32] = []
    private var decimals = 0
    private var doubles: [Double]?

    var count: Int { doubles?.count ?? integers.count }
    var isEmpty: Bool { count == 0 }

    @inline(__always) mutating func append(mantissa: Int32, decimals d: Int) {
        if doubles == nil {
            if d == decimals { integers.append(mantissa); return }
            if d < decimals, let scaled = Int32(exactly: Int64(mantissa) * Self.factor(decimals - d)) {
                integers.append(scaled)
                return
            }
            if d > decimals, rescale(to: d) { integers.append(mantissa); return }
            switchToDoubles()
        }
        doubles!.append(Double(mantissa) / NumberChunk.powersOfTen[d])
    }

    @inline(__always) mutating func append(_ value: Double) {
        if doubles == nil { switchToDoubles() }
        doubles!.append(value)
    }

    /// The chunk so far, leaving the builder empty.
    mutating func take() -> NumberChunk {
        let chunk = snapshot()
        integers.removeAll(keepingCapacity: true)
        decimals = 0
        doubles = nil
        return chunk
    }

    func snapshot() -> NumberChunk {
        if let doubles { return NumberChunk(compacting: doubles) }
        return .decimals(decimals, integers)
    }

    private mutating func rescale(to d: Int) -> Bool {
        let factor = Self.factor(d - decimals)
        var rescaled = integers
        for k in rescaled.indices {
            guard let scaled = Int32(exactly: Int64(rescaled[k]) * factor) else { return false }
            rescaled[k] = scaled
        }
        integers = rescaled
        decimals = d
        return true
    }

    private mutating func switchToDoubles() {
        let scale = NumberChunk.powersOfTen[decimals]
        var values = [Double]()
        values.reserveCapacity(Swift.max(integers.capacity, 16))
        values.append(contentsOf: integers.lazy.map { Double($0) / scale })
        doubles = values
        integers = []
    }

    @inline(__always) private static func factor(_ exponent: Int) -> Int64 {
        var f: Int64 = 1
        for _ in 0..<exponent { f *= 10 }
        return f
    }
}
