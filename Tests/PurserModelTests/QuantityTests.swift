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
