import Foundation
import Testing
@testable import PurserModel

@Suite struct YAMLLimitsTests {
    /// `a: &a ["lol", …]`, then each level a list of `width` aliases of the one before: a few hundred
    /// bytes that describe width^levels scalars once aliases are copied.
    static func aliasBomb(levels: Int, width: Int = 9) -> String {
        let names = (0..<levels).map { String(UnicodeScalar(UInt8(97 + $0))) }
        var text = "a: &a [" + Array(repeating: "\"lol\"", count: width).joined(separator: ",") + "]\n"
        for level in 1..<levels {
            text += "\(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: width).joined(separator: ",") + "]\n"
        }
        return text
    }

    @Test func aliasBombIsALocatedDiagnosticNotUnboundedMemory() throws {
        let text = Self.aliasBomb(levels: 9)
        #expect(text.utf8.count < 400)
        let (components, diagnostics) = FleetDecoder.decodeFile(SourceFile(path: "components/lol.yaml", text: text))
        #expect(components.isEmpty)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == .limitExceeded)
        // Copies made for b…e add 74,718 nodes; the first alias of e (66,430 nodes) crosses 100,000.
        #expect(d.message.contains("more than 100000 nodes, the limit was reached at '*e'"))
        #expect(d.location == SourceLocation(file: "components/lol.yaml", line: 6, column: 8))
    }

    @Test func aliasExpansionCountsEveryCopy() throws {
        let limits = YAMLLimits(maxFileBytes: 1 << 20, maxNestingDepth: 64, maxAliasExpansionNodes: 1_000)
        // The copies for b and c add 90 + 819 nodes; the first alias in d adds 820 more.
        let fits = YAMLParser.documents(of: SourceFile(path: "x.yaml", text: Self.aliasBomb(levels: 3)), limits: limits)
        #expect(fits.diagnostics.isEmpty && fits.documents.count == 1)
        let over = YAMLParser.documents(of: SourceFile(path: "x.yaml", text: Self.aliasBomb(levels: 4)), limits: limits)
        #expect(over.documents.isEmpty)
        #expect(over.diagnostics.map(\.code) == [.limitExceeded])
        #expect(over.diagnostics.first?.location == SourceLocation(file: "x.yaml", line: 4, column: 8))
    }

    @Test func nestedAliasesInMappingKeysAreStoppedBeforeYamsHashesThem() throws {
        // Yams hashes every key to find duplicates, walking each copy an alias describes.
        var text = "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        for (previous, name) in zip("abcdefghi", "bcdefghij") {
            text += "? &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n: 1\n"
        }
        let started = ContinuousClock.now
        let (documents, diagnostics) = YAMLParser.documents(of: SourceFile(path: "x.yaml", text: text))
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(documents.isEmpty)
        #expect(diagnostics.map(\.code) == [.limitExceeded])
        #expect(diagnostics.first?.location == SourceLocation(file: "x.yaml", line: 10, column: 7))
    }

    @Test func anAliasOfAComponentPartStillDecodes() throws {
        let text = replacing("      resourceLimits:\n        cpu: \"2\"\n        memory: 8Gi\n", with: "      resourceLimits: *limits\n")
            .replacingOccurrences(of: "metadata:\n", with: "metadata:\n  annotations: {note: &limits {cpu: \"2\", memory: 8Gi}}\n")
        let fleet = MarkedYAML(text).decode()
        #expect(fleet.diagnostics.filter { $0.code != .typeMismatch } == [])
        // The anchor sits in annotations (a mapping of strings), so only that one value is rejected.
        #expect(fleet.diagnostics.map(\.path) == ["metadata.annotations.note"])
    }

    @Test func nestingDeeperThanTheLimitIsLocatedWhereItIsExceeded() throws {
        let text = "spec: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let (_, diagnostics) = FleetDecoder.decodeFile(SourceFile(path: "components/deep.yaml", text: text))
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == .limitExceeded)
        #expect(d.message == "lists and mappings nest deeper than 256 levels")
        // The root mapping is level 1 and the first "[" (column 7) level 2: level 257 opens at column 262.
        #expect(d.location == SourceLocation(file: "components/deep.yaml", line: 1, column: 262))
    }

    @Test(arguments: [5_000, 100_000])
    func nestingBeyondLibyamlsOwnCeilingIsTheSameDiagnostic(depth: Int) throws {
        let text = String(repeating: "- ", count: 3) + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (_, diagnostics) = FleetDecoder.decodeFile(SourceFile(path: "components/deep.yaml", text: text))
        #expect(diagnostics.map(\.code) == [.limitExceeded])
        #expect(diagnostics.first?.message == "lists and mappings nest deeper than 256 levels")
        // libyaml points at the outermost flow list it was reading.
        #expect(diagnostics.first?.location == SourceLocation(file: "components/deep.yaml", line: 1, column: 7))
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let line = "# " + String(repeating: "x", count: 1021) + "\n"
        let text = String(repeating: line, count: 4 * 1024) + "a: 1\n"
        #expect(text.utf8.count > YAMLLimits.standard.maxFileBytes)
        let (_, diagnostics) = FleetDecoder.decodeFile(SourceFile(path: "components/big.yaml", text: text))
        #expect(diagnostics == [Diagnostic(code: .limitExceeded, location: SourceLocation(file: "components/big.yaml", line: 1, column: 1),
                                           message: "the file is 4 MiB; YAML files may be at most 4 MiB")])
        let atLimit = String(text.utf8.prefix(YAMLLimits.standard.maxFileBytes))!
        #expect(YAMLParser.documents(of: SourceFile(path: "components/big.yaml", text: atLimit)).diagnostics == [])
    }

    @Test func aComplexKeyIsNamedInFlowStyle() throws {
        let (documents, diagnostics) = YAMLParser.documents(of: SourceFile(path: "x.yaml", text: "? [a, {b: c}]\n: 1\n"))
        #expect(diagnostics == [])
        guard case .mapping(let pairs, _) = try #require(documents.first) else { Issue.record("expected a mapping"); return }
        #expect(pairs.first?.key.text == "[a, {b: c}]")
    }

    @Test func aControlCharacterIsLocated() throws {
        let (_, diagnostics) = YAMLParser.documents(of: SourceFile(path: "x.yaml", text: "a: 1\nbé: c\u{1}d\n"))
        let d = try #require(diagnostics.first)
        #expect(d.code == .yamlSyntax)
        #expect(d.location == SourceLocation(file: "x.yaml", line: 2, column: 6))
        #expect(d.message == "unreadable YAML: control characters are not allowed (U+0001)")
    }
}
