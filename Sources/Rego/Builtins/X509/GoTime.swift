import SwiftASN1

/// An X.509 UTCTime or GeneralizedTime as Go's `time.Time` marshals it: RFC 3339 in UTC with
/// `Z` and only the fractional digits that are not zero.
enum GoTime {
    static func value(_ node: ASN1Node) throws(DERError) -> RegoValue {
        let year, month, day, hours, minutes, seconds: Int
        var fraction = ""
        if node.identifier == .utcTime, let t = try? UTCTime(derEncoded: node) {
            (year, month, day, hours, minutes, seconds) = (t.year, t.month, t.day, t.hours, t.minutes, t.seconds)
        } else if node.identifier == .generalizedTime, let t = try? GeneralizedTime(derEncoded: node) {
            (year, month, day, hours, minutes, seconds) = (t.year, t.month, t.day, t.hours, t.minutes, t.seconds)
            if t.fractionalSeconds > 0 {
                var digits = String(Int((t.fractionalSeconds * 1e9).rounded()))
                digits = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                fraction = "." + digits
            }
        } else {
            throw DERError("x509: malformed validity")
        }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let y = String(year), paddedYear = String(repeating: "0", count: max(0, 4 - y.count)) + y
        return .string("\(paddedYear)-\(two(month))-\(two(day))T\(two(hours)):\(two(minutes)):\(two(seconds))\(fraction)Z")
    }
}
