/// The little arbitrary-precision integer arithmetic OPA's numbers need beyond 64 bits: exact
/// sums, differences, products and left shifts of integers (division and non-integers stay
/// doubles). Magnitude in base 2^32, least significant limb first.
struct BigInteger: Equatable {
    var negative: Bool
    var limbs: [UInt32]

    init(_ value: Int) {
        negative = value < 0
        var m = value.magnitude
        limbs = []
        while m > 0 { limbs.append(UInt32(truncatingIfNeeded: m)); m >>= 32 }
    }

    /// Canonical decimal text (as `RegoNumber.bigInt` holds it).
    init?(decimal text: String) {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var limbs: [UInt32] = []
        for digit in digits.utf8 {
            var carry = UInt64(digit - 0x30)
            for i in limbs.indices {
                let v = UInt64(limbs[i]) * 10 + carry
                limbs[i] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
        }
        self.negative = negative
        self.limbs = limbs
        normalize()
    }

    /// A big-endian magnitude (as DER integers hold it after sign handling).
    init(magnitude bytes: some Collection<UInt8>, negative: Bool) {
        limbs = []
        var limb: UInt32 = 0, shift: UInt32 = 0
        for byte in bytes.reversed() {
            limb |= UInt32(byte) << shift
            shift += 8
            if shift == 32 { limbs.append(limb); limb = 0; shift = 0 }
        }
        if shift > 0 { limbs.append(limb) }
        self.negative = negative
        normalize()
    }

    init?(_ number: RegoNumber) {
        switch number {
        case .int(let i): self.init(i)
        case .bigInt(let text): self.init(decimal: text)
        case .double, .bigFloat: return nil
        }
    }

    mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
        if limbs.isEmpty { negative = false }
    }

    static func compareMagnitude(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return 0
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let v = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: v))
            carry = v >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return out
    }

    /// `a - b` for `a >= b`.
    static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var borrow: Int64 = 0
        for i in a.indices {
            var v = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            borrow = v < 0 ? 1 : 0
            if v < 0 { v += 1 << 32 }
            out.append(UInt32(v))
        }
        return out
    }

    static func + (a: BigInteger, b: BigInteger) -> BigInteger {
        var r: BigInteger
        if a.negative == b.negative {
            r = BigInteger(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs))
        } else if compareMagnitude(a.limbs, b.limbs) >= 0 {
            r = BigInteger(negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs))
        } else {
            r = BigInteger(negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs))
        }
        r.normalize()
        return r
    }

    static prefix func - (a: BigInteger) -> BigInteger {
        var r = a
        r.negative.toggle()
        r.normalize()
        return r
    }

    static func - (a: BigInteger, b: BigInteger) -> BigInteger { a + (-b) }

    static func * (a: BigInteger, b: BigInteger) -> BigInteger {
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in a.limbs.indices {
            var carry: UInt64 = 0
            for j in b.limbs.indices {
                let v = UInt64(a.limbs[i]) * UInt64(b.limbs[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
            }
            out[i + b.limbs.count] = UInt32(carry)
        }
        var r = BigInteger(negative: a.negative != b.negative, limbs: out)
        r.normalize()
        return r
    }

    func shiftedLeft(_ bits: Int) -> BigInteger {
        var out = [UInt32](repeating: 0, count: bits / 32)
        let shift = UInt32(bits % 32)
        var carry: UInt32 = 0
        for limb in limbs {
            out.append(shift == 0 ? limb : (limb << shift) | carry)
            carry = shift == 0 ? 0 : limb >> (32 - shift)
        }
        if carry > 0 { out.append(carry) }
        var r = BigInteger(negative: negative, limbs: out)
        r.normalize()
        return r
    }

    private init(negative: Bool, limbs: [UInt32]) {
        self.negative = negative
        self.limbs = limbs
    }

    var decimal: String {
        if limbs.isEmpty { return "0" }
        var chunks: [UInt32] = []
        var m = limbs
        while !m.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: m.count - 1, through: 0, by: -1) {
                let v = (remainder << 32) | UInt64(m[i])
                m[i] = UInt32(v / 1_000_000_000)
                remainder = v % 1_000_000_000
            }
            while m.last == 0 { m.removeLast() }
            chunks.append(UInt32(remainder))
        }
        var text = negative ? "-" : ""
        text += String(chunks.last!)
        for chunk in chunks.dropLast().reversed() {
            let s = String(chunk)
            text += String(repeating: "0", count: 9 - s.count) + s
        }
        return text
    }

    /// `.int` when it fits, else `.bigInt`.
    var number: RegoNumber {
        if limbs.count <= 2 {
            let m = limbs.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (32 * UInt64($1.offset)) }
            if negative, m <= UInt64(Int.max) + 1 { return .int(m == UInt64(Int.max) + 1 ? Int.min : -Int(m)) }
            if !negative, m <= UInt64(Int.max) { return .int(Int(m)) }
        }
        return .bigInt(decimal)
    }
}
