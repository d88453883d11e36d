import Foundation
import Testing
@testable import PurserModel

@Suite struct DiagnosticListingTests {
    static let padding = String(repeating: "  # \(String(repeating: "-", count: 60))\n", count: 9)

    /// A valid component with `count` unknown fields under metadata, each followed by nine comment
    /// lines, so field `i` is on line 4 + 10 i of a file over a megabyte for 2,000 fields.
    static func componentWithUnknownFields(_ count: Int) -> SourceFile {
        let extra = (0..<count).map { "  extra\($0): vàlue-\($0)\n" + padding }.joined()
        return SourceFile(path: "components/big.yaml", text: replacing("metadata:\n", with: "metadata:\n" + extra))
    }

    @Test func twoThousandDiagnosticsRenderInLinearTime() throws {
        let file = Self.componentWithUnknownFields(2_000)
        let diagnostics = FleetDecoder.decode(componentFiles: [file], settingsFile: nil).diagnostics
        #expect(diagnostics.count == 2_000)
        let started = ContinuousClock.now
        let blocks = diagnostics.map { $0.rendered(source: file) }
        // Scanning the file from its start for each diagnostic's line took minutes for this file.
        #expect(ContinuousClock.now - started < .seconds(10))
        for (i, block) in blocks.enumerated() {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 3)
            let line = 4 + 10 * i
            #expect(lines[0].hasPrefix("components/big.yaml:\(line):3: error: metadata.extra\(i): unknown field 'extra\(i)'"))
            #expect(lines[1] == " \(line) |   extra\(i): vàlue-\(i)")
            #expect(lines[2] == " \(String(repeating: " ", count: String(line).count)) |   ^")
        }
    }

    @Test func textShowsAHundredPerFileThenCountsTheRest() throws {
        let file = Self.componentWithUnknownFields(2_000)
        let other = SourceFile(path: "components/other.yaml", text: "kind: 1\n")
        let fleet = FleetDecoder.decode(componentFiles: [file, other], settingsFile: nil)
        let text = DiagnosticListing.text(for: fleet.diagnostics, sources: [file.path: file, other.path: other])
        let lines = text.split(separator: "\n")
        let headers = lines.filter { $0.hasPrefix("components/big.yaml:") }
        #expect(headers.count == 100)
        #expect(headers.last?.hasPrefix("components/big.yaml:994:3:") == true)
        #expect(lines.contains("… and 1900 more in components/big.yaml"))
        #expect(lines.filter { $0.hasPrefix("components/other.yaml:") }.count == fleet.diagnostics.filter { $0.location.file == "components/other.yaml" }.count)
        #expect(!text.contains("more in components/other.yaml"))
        #expect(DiagnosticListing.text(for: fleet.diagnostics, sources: [:], limitPerFile: 5_000).split(separator: "\n").count == fleet.diagnostics.count)
    }
}

@Suite struct LongLineRenderingTests {
    @Test func aLongLineIsShownAroundTheColumn() throws {
        let value = String(repeating: "x", count: 5_000)
        let file = SourceFile(path: "components/a.yaml", text: "a: 1\nname: \(value)é:bad\n")
        let d = Diagnostic(code: .invalidValue, location: SourceLocation(file: file.path, line: 2, column: 5_008), message: "m")
        let lines = d.rendered(source: file).split(separator: "\n")
        #expect(lines[1].count < 200)
        #expect(lines[1].hasPrefix(" 2 | …xxx") && lines[1].hasSuffix("xxxé:bad"))
        // The caret still sits under the ":" after "é".
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        #expect(Array(lines[1])[offset] == ":")
    }

    @Test func aHugeValueIsQuotedByItsStartOnly() throws {
        let yaml = MarkedYAML(replacing("  namespace: ai-prod", with: "  namespace: 1️⃣\(String(repeating: "Q", count: 1 << 20))"))
        let d = try #require(yaml.decode().diagnostics.first)
        #expect(d.location == yaml.markers["1️⃣"])
        #expect(d.message.count < 300)
        #expect(d.message.hasPrefix("'\(String(repeating: "Q", count: 80))…' is not a DNS-1123 label"))
    }
}
