import Foundation
import Testing
@testable import PurserModel

@Suite struct SourceFileTests {
    @Test func linesSplitOnEveryBreakLibyamlCounts() {
        let file = SourceFile(path: "x.yaml", text: "one\ntwo\r\nthree\rfour\u{85}five\u{2028}six\u{2029}sévèn")
        #expect((1...7).map { file.line($0) } == ["one", "two", "three", "four", "five", "six", "sévèn"])
        #expect(file.line(0) == nil && file.line(8) == nil)
        #expect(SourceFile(path: "x", text: "").line(1) == "")
        #expect(SourceFile(path: "x", text: "a\n").line(2) == "")
    }

    @Test func lineNumbersAgreeWithYamsOnCarriageReturns() throws {
        let text = "apiVersion: v1\r\nkind: x\r\nmetadata: {name: [unclosed\r\n"
        let d = try #require(YAMLParser.documents(of: SourceFile(path: "x.yaml", text: text)).diagnostics.first)
        let file = SourceFile(path: "x.yaml", text: text)
        #expect(d.location.line == 4)
        #expect(file.line(3) == "metadata: {name: [unclosed")
    }

    @Test func aUTF8OffsetBecomesALineAndAScalarColumn() {
        let file = SourceFile(path: "x.yaml", text: "a: 1\nnamé: 😀x\n")
        #expect(file.location(ofUTF8Offset: 0) == SourceLocation(file: "x.yaml", line: 1, column: 1))
        #expect(file.location(ofUTF8Offset: 5) == SourceLocation(file: "x.yaml", line: 2, column: 1))
        // "namé: " is 7 bytes and 6 scalars, the emoji 4 bytes and 1 scalar.
        #expect(file.location(ofUTF8Offset: 5 + 7 + 4) == SourceLocation(file: "x.yaml", line: 2, column: 8))
    }

    @Test func invalidUTF8IsReportedAtItsFirstBadByte() throws {
        var bytes = Array("apiVersion: v1\nkind: café".utf8)
        bytes += [0xC3, 0x28] // a lead byte followed by no continuation
        bytes += Array(" more\n\u{FF}".utf8)
        guard case .failure(let d) = SourceFile.decoding(Data(bytes), path: "components/a.yaml") else {
            Issue.record("expected a diagnostic"); return
        }
        #expect(d.location == SourceLocation(file: "components/a.yaml", line: 2, column: 11))
        #expect(d.message == "the file is not valid UTF-8 text: the byte 0xC3 at offset 26 does not begin a valid character")
    }

    @Test func invalidUTF8AfterACarriageReturnLineIsOnTheNextLine() throws {
        guard case .failure(let d) = SourceFile.decoding(Data([0x61, 0x0D, 0x0A, 0x62, 0x0D, 0xFF]), path: "p.yaml") else {
            Issue.record("expected a diagnostic"); return
        }
        #expect(d.location == SourceLocation(file: "p.yaml", line: 3, column: 1))
    }

    @Test func utf16IsNamed() throws {
        guard case .failure(let d) = SourceFile.decoding(Data([0xFF, 0xFE, 0x61, 0x00]), path: "p.yaml") else {
            Issue.record("expected a diagnostic"); return
        }
        #expect(d.location.line == 1 && d.location.column == 1)
        #expect(d.message.hasSuffix("the file looks like UTF-16: save it as UTF-8"))
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let file = try SourceFile.decoding(Data([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)), path: "p.yaml").get()
        #expect(file.text == "a: 1\n")
    }

    @Test func changingTheTextRebuildsTheLineIndex() {
        var file = SourceFile(path: "x", text: "a")
        file.text = "b\nc"
        #expect(file.line(2) == "c")
    }
}
