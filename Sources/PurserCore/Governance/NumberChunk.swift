/// A chunk of one drift column's numbers in its most compact exact form.
///
/// When every value is a short decimal (`m / 10^d` with |m| < 2^31 and d ≤ 6: what prediction
/// logs mostly hold) the chunk keeps the 4-byte integers `m` and `d`; division by 10^d gives back
/// exactly the double that was read (both are the correctly rounded m / 10^d), so nothing is
/// approximated (−0.0 comes back as 0.0, which compares equal). Other chunks keep the doubles.
enum NumberChunk {
    case decimals(Int, [Int32])
    case doubles([Double])

    static let maxDecimals = 6
    static let powersOfTen: [Double] = (0...maxDecimals).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    init(compacting values: [Double]) {
        if let (decimals, integers) = Self.shortDecimals(values) {
            self = .decimals(decimals, integers)
        } else {
            self = .doubles(values)
        }
    }

    var count: Int {
        switch self {
        case .decimals(_, let integers): integers.count
        case .doubles(let values): values.count
        }
    }

    var byteCount: Int {
        switch self {
        case .decimals(_, let integers): integers.count * MemoryLayout<Int32>.stride
        case .doubles(let values): values.count * MemoryLayout<Double>.stride
        }
    }

    func appendValues(to values: inout [Double]) {
        switch self {
        case .decimals(let decimals, let integers):
            let scale = Self.powersOfTen[decimals]
            values.append(contentsOf: integers.lazy.map { Double($0) / scale })
        case .doubles(let doubles):
            values.append(contentsOf: doubles)
        }
    }

    /// The values as `m / 10^d` for one `d`, when every value is exactly that.
    static func shortDecimals(_ values: [Double]) -> (Int, [Int32])? {
        var decimals = 0
        var integers = [Int32](repeating: 0, count: values.count)
        var k = 0
        var scale = 1.0
        while k < values.count {
            let v = values[k]
            let scaled = (v * scale).rounded()
            if abs(scaled) < 2_147_483_648, Double(Int32(scaled)) / scale == v {
                integers[k] = Int32(scaled)
                k += 1
                continue
            }
            // More decimals for this value: start over with them (a chunk rarely needs this twice).
            guard decimals < maxDecimals else { return nil }
            decimals += 1
            scale = powersOfTen[decimals]
            k = 0
        }
        return (decimals, integers)
    }
}
