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
        return .number(BigInteger(magnitude: magnitude.drop { $0 == 0 }, negative: negative).number)
    }
}
