import Foundation
import Testing
import PurserCore

@Suite struct MoneyTests {
    @Test func roundsHalfUpToItsPlacesAndPrintsThemAll() {
        #expect(Money(Decimal(string: "78.905")!).description == "78.91")
        #expect(Money(Decimal(string: "-3.5")!).description == "-3.50")
        #expect(Money(Decimal(string: "0.0200425")!, places: 6).description == "0.020043")
        #expect(Money(Decimal(string: "-0.001")!).description == "0.00")
        #expect(Money(12).description == "12.00")
    }

    /// The text form is the decimal's own text padded to `places` decimals, for amounts of every
    /// size, scale and sign (the fast path from the significand must agree with `Decimal.description`).
    @Test func textIsTheDecimalsTextPaddedToItsPlaces() {
        func reference(_ money: Money) -> String {
            var text = money.amount.description
            guard money.places > 0 else { return text }
            if let dot = text.firstIndex(of: ".") {
                text += String(repeating: "0", count: max(0, money.places - text.distance(from: dot, to: text.endIndex) + 1))
            } else {
                text += "." + String(repeating: "0", count: money.places)
            }
            return text
        }
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 11 }
        for _ in 0..<5_000 {
            var text = String(next() % (next() % 4 == 0 ? 1_000_000_000_000_000 : 10_000_000))
            let scale = Int(next() % 12)
            if scale > 0 {
                text = String(repeating: "0", count: max(0, scale + 1 - text.count)) + text
                text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
            }
            if next() % 3 == 0 { text = "-" + text }
            let shift = next() % 5 == 0 ? Decimal(sign: .plus, exponent: Int(next() % 12), significand: 1) : 1
            let amount = Decimal(string: text)! * shift
            for places in [0, 2, 6] {
                let money = Money(amount, places: places)
                #expect(money.description == reference(money), "\(text) × \(shift) at \(places) places")
            }
        }
        // Beyond 64 bits of significand: the general path.
        let huge = Money(Decimal(string: "123456789012345678901234567890.5")!)
        #expect(huge.description == reference(huge) && huge.description.hasSuffix(".50"))
    }

    @Test func displaysInTheGivenCurrency() {
        let amount = Money(Decimal(string: "1234567.891")!)
        #expect(amount.display(currency: "USD") == "$1,234,567.89")
        #expect(amount.display(currency: "EUR") == "EUR 1,234,567.89")
        #expect(Money(-3.5).display(currency: "USD") == "-$3.50")
        #expect(Money(12).signed(currency: "GBP") == "+GBP 12.00")
        #expect(Money.zero.signed(currency: "USD") == "$0.00")
    }

    @Test func jsonIsThePlainDecimalStringAndReadsBack() throws {
        let values = [Money(Decimal(string: "2400.32")!), Money(Decimal(string: "0.822028")!, places: 6)]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self) == #"["2400.32","0.822028"]"#)
        let back = try JSONDecoder().decode([Money].self, from: data)
        #expect(back == values && back.map(\.places) == [2, 6])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data(#"["$1,234.00"]"#.utf8)) }
    }

    @Test func doubleValueIsTheNearestDouble() {
        for text in ["78.91", "2224.14", "0.96", "19.73", "106.9", "0.1", "123456789.01"] {
            #expect(Money(Decimal(string: text)!).doubleValue == Double(text)!, "\(text)")
        }
    }

    @Test func arithmeticIsExact() {
        let a = Money(Decimal(string: "0.10")!), b = Money(Decimal(string: "0.20")!)
        #expect((a + b) == Money(Decimal(string: "0.30")!))
        #expect((a - b).magnitude == a)
        #expect(a < b)
    }
}
