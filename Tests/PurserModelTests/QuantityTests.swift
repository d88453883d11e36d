import Foundation
import Testing
import PurserModel

@Suite struct QuantityTests {
    @Test(arguments: [
        ("200m", "0.2"), ("2", "2"), ("1.5", "1.5"), ("512Mi", "536870912"), ("32Gi", "34359738368"),
        ("1G", "1000000000"), ("1e3", "1000"), ("1E-3", "0.001"), ("100k", "100000"), ("0.5Ki", "512"), ("+3", "3"),
    ])
    func parsesKubernetesQuantities(text: String, expected: String) throws {
        let q = try #require(Quantity(text))
        #expect(q.value == Decimal(string: expected)!)
        #expect(q.text == text)
    }

    @Test(arguments: ["abc", "", "1.2.3", "12Zi", "m", "1 Gi", "--1", "1e", "Gi"])
    func rejectsNonQuantities(text: String) {
        #expect(Quantity(text) == nil)
    }

    /// The digit-by-digit parse of common quantities gives exactly what `Decimal(string:)` times the
    /// suffix's multiplier gives, for random numbers of every length, scale, sign and suffix.
    @Test func exactParseEqualsDecimalArithmetic() throws {
        let multipliers: [String: Decimal] = [
            "": 1, "n": Decimal(string: "0.000000001")!, "u": Decimal(string: "0.000001")!, "m": Decimal(string: "0.001")!,
            "k": 1_000, "M": 1_000_000, "G": 1_000_000_000, "T": 1_000_000_000_000, "P": Decimal(string: "1000000000000000")!,
            "E": Decimal(string: "1000000000000000000")!, "Ki": 1024, "Mi": 1_048_576, "Gi": 1_073_741_824,
            "Ti": 1_099_511_627_776, "Pi": Decimal(string: "1125899906842624")!, "Ei": Decimal(string: "1152921504606846976")!,
        ]
        let suffixes = multipliers.keys.sorted()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            let whole = String((0..<(1 + next(12))).map { _ in Character(String(next(10))) })
            let fraction = next(3) == 0 ? "" : "." + String((0..<next(12)).map { _ in Character(String(next(10))) })
            let sign = ["", "", "-", "+"][next(4)]
            let number = sign + whole + fraction
            let suffix = suffixes[next(suffixes.count)]
            let q = try #require(Quantity(number + suffix), "\(number + suffix)")
            let expected = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX"))! * multipliers[suffix]!
            #expect(q.value == expected, "\(number + suffix): \(q.value) != \(expected)")
            #expect(q.value.isNaN == false)
        }
    }

    /// Amounts such as `costThresholdUSDPerDay` are read from their digits when they are plain
    /// decimals: the same value as `Decimal(string:)` for every length, scale and sign.
    @Test func plainDecimalsReadExactly() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["0", "-0", "0.000", "1.", ".5", "-.25", "+7", "1e3", "2.5E-2", "123456789012345678", "1234567890123456789", "0.1234567890123456789"]
        for _ in 0..<5_000 {
            let whole = String((0..<next(14)).map { _ in Character(String(next(10))) })
            let fraction = next(2) == 0 ? "" : "." + String((0..<next(14)).map { _ in Character(String(next(10))) })
            let text = ["", "-", "+"][next(3)] + (whole.isEmpty && fraction.count < 2 ? "1" : whole) + fraction
            texts.append(text)
        }
        let context = DecodingContext()
        for text in texts {
            let (documents, diagnostics) = YAMLParser.documents(of: SourceFile(path: "t.yaml", text: "v: \(text)\n"))
            #expect(diagnostics.isEmpty)
            guard case .mapping(let pairs, _) = try #require(documents.first) else { Issue.record("not a mapping"); continue }
            let value = context.decimal(pairs[0].value, path: "v")
            let expected = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
            #expect(value == expected, "\(text)")
            #expect(value?.isNaN != true, "\(text)")
        }
        #expect(context.diagnostics.isEmpty)
    }

    @Test func roundsUpToMillisLikeKubernetes() {
        #expect(Quantity("1.0001")?.milliValue == 1001)
        #expect(Quantity("250m")?.milliValue == 250)
    }

    @Test(arguments: [("200ms", 0.2), ("1.5s", 1.5), ("2m", 120), ("1h30m", 5400), ("500us", 0.0005)])
    func parsesDurations(text: String, seconds: Double) throws {
        let d = try #require(DurationValue(text))
        #expect(abs(d.seconds - seconds) < 1e-12)
    }

    @Test(arguments: ["200", "fast", "1.5", "s", "-1s", ""])
    func rejectsNonDurations(text: String) {
        #expect(DurationValue(text) == nil)
    }
}
