import Foundation

/// Display and JSON forms of exact money amounts. Totals stay `Decimal`; only output rounds.
public enum Money {
    /// Rounded half-up to `scale` decimals, as a plain string: "78.91", "-3.50".
    public static func string(_ amount: Decimal, scale: Int = 2) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, scale, .plain)
        // Decimal's description is locale-independent: digits, optional '-', optional '.'.
        var text = rounded.description
        if rounded.isZero { text = "0" }
        guard scale > 0 else { return text }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, scale - decimals))
        } else {
            text += "." + String(repeating: "0", count: scale)
        }
        return text
    }

    /// "$1,234.56" for people; negative as "-$3.50".
    public static func display(_ amount: Decimal, currency: String = "USD") -> String {
        let plain = string(amount < 0 ? -amount : amount)
        let parts = plain.split(separator: ".")
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        let symbol = currency == "USD" ? "$" : currency + " "
        return (amount < 0 ? "-" : "") + symbol + integer + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// "+$12.00" / "-$3.50" / "$0.00" for deltas.
    public static func signed(_ amount: Decimal, currency: String = "USD") -> String {
        amount > 0 ? "+" + display(amount, currency: currency) : display(amount, currency: currency)
    }
}
