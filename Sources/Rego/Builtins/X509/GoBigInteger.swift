/// A DER INTEGER as OPA shows Go's `*big.Int`: an exact number, beyond 64 bits too (most serial
/// numbers, every RSA modulus), as `encoding/json` writes it.
enum GoBigInteger {
    /// Larger integers are refused: decimal conversion is quadratic, and no key or serial
    /// number comes near 16,384 bits.
    static let maximumBytes = 2048

    static func value(_ twosComplement: ArraySlice<UInt8>) throws(DERError) -> RegoValue {
        guard twosComplement.count <= maximumBytes else { throw DERError("x509: integer of \(twosComplement.count) bytes is too large") }
        guard let first = twosComplement.first else { return .number(.int(0)) }
        let negative = first & 0x80 != 0
        var magnitude = Array(twosComplement)
        if negative {
            // Two's complement: invert and add one.
            for i in magnitude.indices { magnitude[i] = ~magnitude[i] }
            var i = magnitude.count - 1
            while i >= 0 {
                let (sum, carry) = magnitude[i].addingReportingOverflow(1)
                magnitude[i] = sum
                if !carry { break }
                i -= 1
            }
        }
        let significant = magnitude.drop { $0 == 0 }
        if significant.count <= 8 {
            var value: UInt64 = 0
            for byte in significant { value = value << 8 | UInt64(byte) }
            if negative, value <= UInt64(Int64.max) + 1 { return .number(.int(value == UInt64(Int64.max) + 1 ? Int.min : -Int(value))) }
            if !negative, value <= UInt64(Int64.max) { return .number(.int(Int(value))) }
        }
        return .number(.bigInt((negative ? "-" : "") + decimal(Array(significant))))
    }

    /// Decimal digits of a big-endian magnitude, by repeated division by 10^9.
    static func decimal(_ magnitude: [UInt8]) -> String {
        var words = magnitude.map { UInt32($0) }
        var chunks: [UInt32] = []
        while words.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for i in words.indices {
                let current = remainder << 8 | UInt64(words[i])
                words[i] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while words.first == 0 { words.removeFirst() }
        }
        guard let last = chunks.last else { return "0" }
        var text = String(last)
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
