import Foundation
import Testing
@testable import Rego

/// `yaml.unmarshal`, `yaml.is_valid` and METADATA read YAML as OPA does: sigs.k8s.io/yaml over
/// go-yaml v2 (YAML 1.1 scalars, merge keys, only the first document, non-string keys turned into
/// strings, JSON's limits). Expectations are go-yaml v2's `resolve` rules and sigs.k8s.io/yaml's
/// `convertToJSONableObject`, not this reader's output.
@Suite struct YAMLUnmarshalTests {
    func unmarshal(_ text: String) throws -> RegoValue {
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        let results = try engine.evaluate(query: "x := yaml.unmarshal(input.text)", input: .object([.string("text"): .string(text)]))
        return try #require(results.first?["x"])
    }

    func isValid(_ text: String) throws -> Bool {
        let engine = try RegoEngine(modules: [])
        let results = try engine.evaluate(query: "x := yaml.is_valid(input.text)", input: .object([.string("text"): .string(text)]))
        return try #require(results.first?["x"]) == .bool(true)
    }

    func json(_ text: String) throws -> RegoValue { try RegoValue(jsonString: text) }

    @Test func blockScalarsKeepTheirLinesInsideSequencesAndMappings() throws {
        // A policy module embedded in a list, as in a ConfigMap or OPA's own test files.
        let text = "modules:\n  - |\n    package x\n\n    p := 1\n  - |-\n    q\n    r\nfolded: >\n  a\n  b\n\n  c\n"
        #expect(try unmarshal(text) == json(#"{"modules": ["package x\n\np := 1\n", "q\nr"], "folded": "a b\nc\n"}"#))
    }

    @Test func plainScalarsFollowYAML11AsGoYAMLv2() throws {
        let text = """
            t: [y, Y, yes, On, TRUE, true]
            f: [n, NO, off, False]
            s: [yES, "yes", 'on', tRUE]
            nulls: [~, null, Null, NULL]
            empty:
            ints: [0x1F, 0o17, 017, -0b101, +12, 1_000]
            floats: [1.5, .5, -2.5e3, 1e6, 1.0]
            strings: [1e400, 08x, 2001-12-14, 1:20, 0x]
            big: 18446744073709551615
            """
        #expect(try unmarshal(text) == json("""
            {"t": [true, true, true, true, true, true], "f": [false, false, false, false],
             "s": ["yES", "yes", "on", "tRUE"], "nulls": [null, null, null, null], "empty": null,
             "ints": [31, 15, 15, -5, 12, 1000], "floats": [1.5, 0.5, -2500, 1000000, 1],
             "strings": ["1e400", "08x", "2001-12-14", "1:20", "0x"], "big": 18446744073709551615}
            """))
    }

    @Test func keysBecomeStringsAsGoPrintsThem() throws {
        #expect(try unmarshal("1: a\ntrue: b\n1.5: c\n1e6: d\n0.1: e\n\"2\": f\nno: g\n")
                == json(#"{"1": "a", "true": "b", "1.5": "c", "1e+06": "d", "0.1": "e", "2": "f", "false": "g"}"#))
    }

    @Test func anchorsAliasesAndMergeKeys() throws {
        let text = """
            base: &b {p: 1, q: 2}
            copy: *b
            over:
              <<: *b
              q: 3
            many:
              <<: [*b, {p: 9, r: 1}]
            y: the key is the boolean true, printed
            """
        #expect(try unmarshal(text) == json("""
            {"base": {"p": 1, "q": 2}, "copy": {"p": 1, "q": 2}, "over": {"p": 1, "q": 3},
             "many": {"p": 1, "q": 2, "r": 1}, "true": "the key is the boolean true, printed"}
            """))
    }

    @Test func tagsDecideTheType() throws {
        #expect(try unmarshal("a: !!str 12\nb: !!int \"12\"\nc: !!binary aGVsbG8=\nd: !custom 5\ne: !!float 3\n")
                == json(#"{"a": "12", "b": 12, "c": "hello", "d": "5", "e": 3}"#))
        #expect(throws: (any Error).self) { try unmarshal("a: !!int abc\n") }
    }

    @Test func onlyTheFirstDocumentIsRead() throws {
        #expect(try unmarshal("a: 1\n---\nb: 2\n") == json(#"{"a": 1}"#))
        #expect(try unmarshal("") == .null)
        #expect(try unmarshal("# only a comment\n") == .null)
    }

    @Test func whatJSONCannotHoldIsAnError() throws {
        for text in ["a: .inf\n", "a: -.Inf\n", "a: .nan\n", "~: a\n", "[1]: a\n"] {
            #expect(throws: (any Error).self, "\(text)") { try unmarshal(text) }
            #expect(try !isValid(text) || text.hasPrefix("~") || text.hasPrefix("["), "\(text)")
        }
    }

    @Test func malformedDocumentsAreErrorsNamingTheLine() throws {
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        do {
            _ = try engine.evaluate(query: #"x := yaml.unmarshal("a: 1\nb: [1, 2\n")"#, input: nil)
            Issue.record("an unterminated flow sequence must fail")
        } catch {
            #expect("\(error)".contains("line"), "\(error)")
        }
        #expect(try !isValid("a: [1, 2\n"))
        #expect(try !isValid("a: 'x\n"))
        #expect(try isValid("a: b\n"))
    }

    @Test func aliasBombsAndDeepNestingStopEarly() throws {
        // Nine levels of nine references: a billion leaves if expanded.
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        for level in 1..<names.count {
            let refs = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ")
            bomb += "\(names[level]): &\(names[level]) [\(refs)]\n"
        }
        let started = Date()
        #expect(throws: (any Error).self) { try unmarshal(bomb) }
        #expect(Date().timeIntervalSince(started) < 60, "the expansion must stop at its budget")
        // Nesting far beyond any real document is refused before the recursive reader sees it.
        #expect(throws: (any Error).self) { try unmarshal(String(repeating: "[", count: 100_000)) }
        #expect(throws: (any Error).self) { try unmarshal(String(repeating: "- ", count: 100_000) + "x\n") }
        var deepBlock = ""
        for depth in 0..<5_000 { deepBlock += String(repeating: " ", count: depth) + "k:\n" }
        #expect(throws: (any Error).self) { try unmarshal(deepBlock) }
        // The expansion budget refuses aliasing, never a large plain document.
        let manyValues = "[" + Array(repeating: "0", count: 5_000).joined(separator: ",") + "]"
        #expect(try YAML.parse(manyValues, minimumBudget: 10).arrayValue?.count == 5_000)
        #expect(throws: (any Error).self) { try YAML.parse("a: &a [1, 2, 3, 4]\nb: [*a, *a, *a, *a, *a, *a, *a, *a]\n", minimumBudget: 10) }
        // Aliases nesting deeper than the text: each line wraps the previous anchor once more.
        var chain = "a0: &a0 [x]\n"
        for level in 1...3_000 { chain += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        #expect(throws: (any Error).self) { try unmarshal(chain) }
        // Moderate nesting is fine.
        #expect(try unmarshal(String(repeating: "[", count: 50) + String(repeating: "]", count: 50)) != .null)
    }

    @Test func marshalledStringsReadBackAsStrings() throws {
        let engine = try RegoEngine(modules: [])
        let value = #"{"a": ["y", "n", "0x1F", "1_000", ".5", "+12", "1e6", "on", "~", "", "plain", "a: b", "- x", "?"]}"#
        let r = try engine.evaluate(query: "x := yaml.unmarshal(yaml.marshal(\(value)))", input: nil)
        #expect(r.first?["x"] == (try json(value)))
    }

    @Test func marshalWritesWhatGoYAMLv2Writes() throws {
        // go-yaml v2's choices: natural key order, indentless sequences in mappings, double quotes
        // for strings that would read back as something else, single quotes where libyaml's
        // emitter does not allow plain, literal blocks for several lines, %g floats.
        let engine = try RegoEngine(modules: [])
        let r = try engine.evaluate(query: #"x := yaml.marshal({"b": [1, 2.5, "y", "a: b", "multi\nline\n", "", null, {"k": []}], "a10": 1, "a2": "plain text", "f": 123456789.5, "u": "héllo"})"#, input: nil)
        #expect(r.first?["x"] == .string("""
            a2: plain text
            a10: 1
            b:
            - 1
            - 2.5
            - "y"
            - 'a: b'
            - |
              multi
              line
            - ""
            - null
            - k: []
            f: 1.234567895e+08
            u: héllo

            """))
        #expect(YAML.goKeyLess("a2", "a10") && !YAML.goKeyLess("a10", "a2") && YAML.goKeyLess("B", "a") && YAML.goKeyLess("_x", "a"))
        #expect(YAML.goFloat64(1e6) == "1e+06" && YAML.goFloat64(123456) == "123456" && YAML.goFloat64(0.0001) == "0.0001"
                && YAML.goFloat64(0.00001) == "1e-05" && YAML.goFloat64(-2.5) == "-2.5")
    }

    @Test func metadataAnnotationsAreReadWithTheSameRules() throws {
        let module = """
            package p

            # METADATA
            # title: No privileged pods
            # description: yes
            # organizations: [2024, acme]
            # custom:
            #   enabled: on
            #   items:
            #     - |
            #       line one
            allow := rego.metadata.rule()
            """
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: module)])
        let result = try #require(try engine.evaluate(query: "x := data.p.allow", input: nil).first?["x"])
        #expect(result["title"] == .string("No privileged pods"))
        // String fields take YAML 1.1 scalars back as text, as sigs.k8s.io/yaml does for a string target.
        #expect(result["description"] == .string("true"))
        #expect(result["organizations"] == .array([.string("2024"), .string("acme")]))
        #expect(result["custom"]?["enabled"] == .bool(true))
        #expect(result["custom"]?["items"] == .array([.string("line one\n")]))
    }
}
