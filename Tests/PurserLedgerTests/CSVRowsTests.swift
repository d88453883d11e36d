import Crypto
import Foundation
import Testing
@testable import PurserLedger

/// The public CSV reader other inputs (prediction logs) use.
@Suite struct CSVRowsTests {
    func rows(_ text: String, name: String = "p.csv", onBlock: ((UnsafeRawBufferPointer) -> Void)? = nil) throws -> (CSVRows, Scratch) {
        let scratch = try Scratch()
        return (try CSVRows(file: try scratch.write(name, text), onBlock: onBlock), scratch)
    }

    @Test func readsHeaderAndFieldsWithQuotes() throws {
        let (csv, _) = try rows("a, b ,c\n1,\"x,\"\"y\"\"\",\n2,z,NULL\n")
        #expect(csv.header == ["a", "b", "c"])
        #expect(try csv.next())
        #expect(csv.string(1) == "x,\"y\"")
        #expect(csv.isNull(2))
        #expect(csv.row == 2)
        #expect(try csv.next())
        #expect(csv.fieldEquals(1, Array("z".utf8)) && csv.isNull(2))
        #expect(try !csv.next())
        try csv.finish()
    }

    @Test func numbersParseExactlyAsSwiftDoes() throws {
        var generator = SystemRandomNumberGenerator()
        var samples = ["0", "-0", "1.", ".5", "007.250", "123456789012345", "1234567890123456789", "0.1", "2.2250738585072014e-308",
                       "1e22", "1e23", "-3.4028235e38", "9007199254740993", "0.30000000000000004", " 42 ", "1e-400"]
        for _ in 0..<2000 {
            // From short decimals (the exact fast path) to 17 significant digits (strtod).
            let wholeDigits = Int.random(in: 1...9, using: &generator), fractionDigits = Int.random(in: 0...8, using: &generator)
            let whole = String((0..<wholeDigits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let fraction = String((0..<fractionDigits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            samples.append("\(Bool.random(using: &generator) ? "-" : "")\(whole)\(fraction.isEmpty ? "" : ".")\(fraction)")
        }
        let (csv, _) = try rows("v\n" + samples.joined(separator: "\n") + "\n")
        for text in samples {
            #expect(try csv.next())
            let expected = Double(text.trimmingCharacters(in: .whitespaces))
            #expect(csv.double(0) == expected, "\(text)")
            // A short decimal names the same number, exactly; anything else is left to double(_:).
            if let (mantissa, decimals) = csv.shortDecimal(0) {
                #expect(decimals <= 6)
                #expect(Double(mantissa) / pow(10, Double(decimals)) == expected, "\(text)")
            }
        }
    }

    @Test func shortDecimalsAreExactlyTheSmallOnes() throws {
        let texts = ["12.5", "-0.0071", "+3", "0", "-0", "2147483647", "2147483648", "-2147483648", "0.1234567", "1.",
                     ".25", "1e3", " 4", "-", ".", "1.2.3", "٣", "\"7\""]
        let (csv, _) = try rows("v\n" + texts.joined(separator: "\n") + "\n")
        var got: [String] = []
        for _ in texts {
            #expect(try csv.next())
            got.append(csv.shortDecimal(0).map { "\($0.mantissa)/\($0.decimals)" } ?? "nil")
        }
        #expect(got == ["125/1", "-71/4", "3/0", "0/0", "0/0", "2147483647/0", "nil", "nil", "nil", "1/0",
                        "25/2", "nil", "nil", "nil", "nil", "nil", "nil", "7/0"])
    }

    @Test func nonNumbersAreNotNumbers() throws {
        let texts = ["nan", "NaN", "inf", "-Infinity", "0x1p3", "1e", "--1", "1.2.3", "abc", "1e400", "\"1\"\"2\""]
        let (csv, _) = try rows("v\n" + texts.joined(separator: "\n") + "\n")
        for text in texts {
            #expect(try csv.next())
            #expect(csv.double(0) == nil, "\(text)")
        }
    }

    @Test func errorsNameTheFileRowAndColumn() throws {
        let (csv, _) = try rows("a,b\n1,2\n3\n")
        #expect(try csv.next())
        let short = try #require(throws: LedgerError.self) { try csv.next() }
        #expect(short.row == 3 && short.code == .malformedCSV && short.file?.hasSuffix("p.csv") == true)
        let missing = try #require(throws: LedgerError.self) { try csv.column("c") }
        #expect(missing.code == .missingColumn && missing.column == "c")
        let duplicate = try #require(throws: LedgerError.self) { try rows("a,a\n1,2\n") }
        #expect(duplicate.code == .duplicateColumn)
        let empty = try #require(throws: LedgerError.self) { try rows("") }
        #expect(empty.code == .emptyFile)
    }

    @Test func everyByteReachesTheBlockObserver() throws {
        let text = "a,b\n" + (0..<50_000).map { "\($0),row \($0)" }.joined(separator: "\n") + "\n"
        var hash = SHA256()
        var bytes = 0
        let (csv, _) = try rows(text, onBlock: { hash.update(bufferPointer: $0); bytes += $0.count })
        var count = 0
        while try csv.next() { count += 1 }
        try csv.finish()
        #expect(count == 50_000)
        #expect(bytes == text.utf8.count)
        #expect(hash.finalize() == SHA256.hash(data: Data(text.utf8)))
    }
}
