import Foundation

/// Bitwise operations on integers.
enum BitsBuiltins {
    static let all: [String: BuiltinFn] = [
        "bits.and": { c, a in .int(try c.int(a, 0) & c.int(a, 1)) },
        "bits.or": { c, a in .int(try c.int(a, 0) | c.int(a, 1)) },
        "bits.xor": { c, a in .int(try c.int(a, 0) ^ c.int(a, 1)) },
        "bits.negate": { c, a in .int(~(try c.int(a, 0))) },
        "bits.lsh": { c, a in
            let x = try c.int(a, 0), s = try c.int(a, 1)
            if s < 0 { throw c.fail("shift must be positive") }
            if s >= 63 || (x != 0 && x.leadingZeroBitCount <= s + 1) {
                // Exact beyond 64 bits, as OPA; a shift too large to hold is a double (infinite).
                if s <= 32_768 { return .number(BigInteger(x).shiftedLeft(s).number) }
                return .double(Double(x) * Foundation.pow(2.0, Double(s)))
            }
            return .int(x << s)
        },
        "bits.rsh": { c, a in
            let x = try c.int(a, 0), s = try c.int(a, 1)
            if s < 0 { throw c.fail("shift must be positive") }
            return .int(s >= 64 ? (x < 0 ? -1 : 0) : x >> s)
        },
    ]
}
