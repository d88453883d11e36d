import Foundation
import Testing
@testable import PurserLedger

@Suite struct MoneyTests {
    @Test(arguments: [
        ("0", Int64(0)), ("12.5", 12_500_000_000), ("-0.0000004", -400), ("1.5E-7", 150), ("2e3", 2_000_000_000_000),
        ("0.00000080000", 800), ("30.841317", 30_841_317_000), ("+3", 3_000_000_000), (".5", 500_000_000),
        ("0.0000000005", 0), ("0.0000000015", 2), ("0.00000000150001", 2), ("0.0000000025", 2), ("-0.0000000035", -4),
        ("1234567890.123456789", 1_234_567_890_123_456_789),
    ])
    func parsesExactly(text: String, nanos: Int64) {
        #expect(Money(text)?.nanos == nanos)
    }

    @Test(arguments: ["", "abc", "NaN", "nan", "Infinity", "-", "1,000.00", "$5", "1.2.3", "1e", "12 "])
    func rejectsNonNumbers(text: String) {
        #expect(Money(text) == nil)
    }

    @Test func rejectsOverflow() {
        #expect(Money("99999999999") == nil)
    }

    @Test func formatsExactText() {
        #expect(Money(nanos: 12_500_000_000).description == "12.5")
        #expect(Money(nanos: -400).description == "-0.0000004")
        #expect(Money(nanos: 1_005_000_000).formatted(places: 2) == "1.00")
        #expect(Money(nanos: 1_015_000_000).formatted(places: 2) == "1.02")
        #expect(Money(nanos: -2_345_000_000).formatted(places: 1) == "-2.3")
        #expect(Money(nanos: 3_000_000_000).formatted(places: 2) == "3.00")
    }

    @Test func sumsWithoutFloatingPointDrift() {
        // 0.1 added ten million times is exactly 1,000,000 in fixed point.
        var total = Money.zero
        let dime = Money("0.1")!
        for _ in 0..<10_000_000 { total = total + dime }
        #expect(total == Money("1000000")!)
    }

    @Test func encodesAsDecimalText() throws {
        let data = try JSONEncoder().encode([Money("0.3")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["0.3"]"#)
        #expect(Money("0.3")!.decimal == Decimal(string: "0.3")!)
    }
}

@Suite struct MoneyConversionTests {
    @Test func fromDecimalAndDouble() {
        #expect(Money(decimal: Decimal(string: "250.75")!) == Money("250.75")!)
        #expect(Money(double: 0.1) == Money("0.1")!)
        #expect(Money(double: 1e-7) == Money(nanos: 100))
        #expect(Money(double: .nan) == nil)
        #expect(Money(double: 1e20) == nil)
    }
}

@Suite struct MoneyDecimalTests {
    @Test func unlabeledDecimal() {
        let planned: Decimal = Decimal(string: "103.68")!
        #expect(Money(planned) == Money("103.68")!)
        #expect(Money(Decimal(string: "-0.0000000015")!) == Money(nanos: -2))
    }
}
