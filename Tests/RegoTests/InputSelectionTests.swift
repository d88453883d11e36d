import Foundation
import PurserTestSupport
import Rego
import Testing

/// `RegoQuery.inputSelection` and `RegoValue(json:selecting:)`: an input parsed through a query's
/// selection gives that query the same answer as the whole input, and malformed JSON is rejected
/// wherever it is.
@Suite("Rego input selection")
struct InputSelectionTests {
    func query(_ src: String, _ q: String = "data.p.deny", v0: Bool = false) throws -> RegoQuery {
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: src)], options: RegoOptions(regoVersion: v0 ? .v0 : .v1))
        return try engine.prepare(query: "x := \(q)")
    }

    @Test func constantPathsAreSelectedAndTheRestIsSkipped() throws {
        let q = try query("""
            package p
            deny contains "pod" if input.request.kind.kind == "Pod"
            deny contains "team" if not input.request.object.metadata.labels["team"]
            """)
        #expect(q.inputSelection.description == #"input["request"]["kind"]["kind"], input["request"]["object"]["metadata"]["labels"]["team"]"#)
        let text = #"{"request": {"kind": {"kind": "Pod", "group": ""}, "uid": "1", "object": {"metadata": {"labels": {"app": "a"}}, "spec": {"x": [1, 2]}}}}"#
        let selected = try RegoValue(jsonString: text, selecting: q.inputSelection)
        #expect(selected == ["request": ["kind": ["kind": "Pod"], "object": ["metadata": ["labels": [:]]]]])
        #expect(try q.evaluate(input: selected) == q.evaluate(input: RegoValue(jsonString: text)))
    }

    @Test func aVariableDeclaredFromAnInputReferenceIsFollowed() throws {
        let q = try query("""
            package p
            deny contains msg if {
                container := input.spec.containers[_]
                to_number(container.resources.requests["nvidia.com/gpu"]) > 2
                msg := sprintf("%v wants GPUs", [input.name])
            }
            """)
        #expect(q.inputSelection.description == #"input["name"], input["spec"]["containers"][_]["resources"]["requests"]["nvidia.com/gpu"]"#)
        let input: RegoValue = ["name": "n", "spec": ["containers": [
            ["name": "a", "image": "i", "resources": ["requests": ["nvidia.com/gpu": "4", "cpu": "1"]]],
            ["name": "b", "resources": ["limits": ["cpu": "1"]]],
        ]]]
        let selected = try RegoValue(jsonString: input.jsonString(), selecting: q.inputSelection)
        #expect(selected == ["name": "n", "spec": ["containers": [["resources": ["requests": ["nvidia.com/gpu": "4"]]], ["resources": [:]]]]])
        #expect(try q.evaluate(input: selected) == q.evaluate(input: input))
        #expect(try q.evaluate(input: selected).first?["x"] == .set(["n wants GPUs"]))
    }

    @Test func aFollowedVariableUsedWholeKeepsItsWholeSubtree() throws {
        let q = try query("""
            package p
            deny contains c.name if {
                some c in input.items
                json.marshal(c) != "{}"
            }
            """)
        #expect(q.inputSelection.description == #"input["items"][_]"#)
    }

    @Test func iteratingWithoutReadingKeepsTheCount() throws {
        let q = try query("""
            package p
            n := count([1 | some _ in input.items])
            deny contains "many" if n > 1
            """, "data.p.n")
        let input: RegoValue = ["items": [["a": 1], 2, ["b": ["c": 3]]], "other": "x"]
        let selected = try RegoValue(jsonString: input.jsonString(), selecting: q.inputSelection)
        #expect(try q.evaluate(input: selected).first?["x"] == .int(3))
        #expect(try q.evaluate(input: selected) == q.evaluate(input: input))
    }

    @Test func aBareInputOrAComputedRootKeyReadsEverything() throws {
        #expect(try query("package p\ndeny contains k if walk(input, [k, _])").inputSelection == .everything)
        #expect(try query("package p\ndeny contains k if { some k; input[k] == 1 }").inputSelection.description == "input[_]")
        #expect(try query("package p\nx := input\ndeny contains 1 if x.a").inputSelection == .everything)
        #expect(try query("package p\ndeny contains 1 if { x := input; x.a == 1 }").inputSelection.description == #"input["a"]"#)
    }

    @Test func aNameDeclaredTwiceOrAnArgumentIsNotFollowed() throws {
        let twice = try query("""
            package p
            deny contains 1 if {
                c := input.a[_]
                c.x == 1
                ys := [c | some c in input.b; c.y]
            }
            """)
        // `c` is declared twice: each declaration keeps its whole source.
        #expect(twice.inputSelection.description == #"input["a"][_], input["b"]"#)
        let argument = try query("""
            package p
            f(c) if { c := input.a }
            deny contains 1 if f(1)
            """)
        #expect(argument.inputSelection.description == #"input["a"]"#)
    }

    @Test func aWithTargetIsNotARead() throws {
        let q = try query("""
            package p
            deny contains 1 if input.b == 1
            test_deny if deny with input as {"a": 1, "b": 1}
            test_part if deny with input.b as 1
            """)
        #expect(q.inputSelection.description == #"input["b"]"#)
    }

    @Test func queriesAddTheirOwnReferences() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package p\nq := input.a\n")])
        #expect(try engine.prepare(query: "x := data.p.q").inputSelection.description == #"input["a"]"#)
        #expect(try engine.prepare(query: "x := data.p.q; y := input.b.c").inputSelection.description == #"input["a"], input["b"]["c"]"#)
        // Every rule counts, reached from the query or not.
        #expect(try engine.prepare(query: "x := 1").inputSelection.description == #"input["a"]"#)
        let inert = try RegoEngine(modules: [RegoModule(path: "p.rego", source: "package p\nq := data.r\n")])
        #expect(try inert.prepare(query: "x := data.p.q").inputSelection == .nothing)
    }

    /// Every OPA conformance case with an input: the query gives the same results (or the same
    /// error) on the input parsed through its selection as on the whole input.
    @Test func conformanceCasesAnswerTheSameOnTheirSelectedInput() throws {
        var compared = 0, pruned = 0
        for c in ConformanceData.cases {
            let r = c.raw
            guard let given = r["input"], r["ignore"] != .bool(true) else { continue }
            var modules: [RegoModule] = []
            for (i, m) in (r["modules"]?.arrayValue ?? []).enumerated() { modules.append(RegoModule(path: "mod\(i).rego", source: m.stringValue ?? "")) }
            let options = RegoOptions(regoVersion: .v1, strictBuiltinErrors: r["strict_error"] == .bool(true))
            guard let engine = try? RegoEngine(modules: modules, data: r["data"] ?? .object([:]), options: options),
                  let q = try? engine.prepare(query: r["query"]?.stringValue ?? "") else { continue }
            // Every object of the input gets a field no policy names, so that there is something
            // to leave out at every level; the whole input compared against is this one too.
            func widened(_ v: RegoValue) -> RegoValue {
                switch v {
                case .object(let o):
                    var w = o.mapValues(widened)
                    w[.string("zz-unread")] = ["k": [1, "x"]]
                    return .object(w)
                case .array(let a): return .array(a.map(widened))
                default: return v
                }
            }
            let input = widened(given)
            let selected = try RegoValue(jsonString: input.jsonString(), selecting: q.inputSelection)
            func outcome(_ v: RegoValue) -> String {
                do { return RegoValue.array(try q.evaluate(input: v).map { b in .object(Dictionary(uniqueKeysWithValues: b.map { (.string($0.key), $0.value) })) }).jsonString() }
                catch { return "error: \(error)" }
            }
            compared += 1
            if selected != input { pruned += 1 }
            #expect(outcome(selected) == outcome(input), "\(c.category)/\(c.file) \(c.note): selection \(q.inputSelection)")
        }
        #expect(compared > 50 || !ConformanceData.checkPresence, "compared \(compared) cases")
        #expect(pruned > 10 || !ConformanceData.checkPresence, "only \(pruned) of \(compared) inputs were pruned")
    }

    @Test func malformedJSONIsRejectedInSkippedParts() throws {
        let selection = RegoInputSelection(path: [.field("a")])
        let bad = [
            #"{"a": 1, "b": [1, 2,]}"#, #"{"a": 1, "b": "\u12G4"}"#, #"{"a": 1, "b": "\q"}"#, "{\"a\": 1, \"b\": \"x\u{1}\"}",
            #"{"a": 1, "b": 01.2.3}"#, #"{"a": 1, "b": tru}"#, #"{"a": 1, "b": {"c" 1}}"#, #"{"a": 1, "b": {1: 2}}"#,
            #"{"a": 1, "b": [}"#, #"{"a": 1, "b": "unterminated}"#, #"{"a": 1} trailing"#,
            String(repeating: "[", count: 1200) + String(repeating: "]", count: 1200),
            #"{"a": 1, "b": "# + String(repeating: "[", count: 1200) + String(repeating: "]", count: 1200) + "}",
        ]
        for text in bad {
            #expect(throws: RegoError.self, "\(text.prefix(40))") { try RegoValue(jsonString: text) }
            #expect(throws: RegoError.self, "\(text.prefix(40))") { try RegoValue(jsonString: text, selecting: selection) }
        }
    }

    /// The parser's selection and `applied(to:)` (its definition on values) agree on random
    /// documents and selections.
    @Test func parsingThroughASelectionEqualsSelectingFromTheWholeValue() throws {
        var rng = SplitMix64(seed: 7)
        let keys = ["a", "b", "c", "d", "long-key-name-over-15-bytes"]
        func document(_ depth: Int) -> RegoValue {
            switch rng.next() % (depth > 3 ? 4 : 7) {
            case 0: return .null
            case 1: return .int(Int(rng.next() % 100))
            case 2: return .string(keys[Int(rng.next() % 5)] + "\"\\\u{e9}")
            case 3: return .double(Double(rng.next() % 1000) / 8)
            case 4, 5:
                var o: [RegoValue: RegoValue] = [:]
                for _ in 0..<Int(rng.next() % 5) { o[.string(keys[Int(rng.next() % 5)])] = document(depth + 1) }
                return .object(o)
            default: return .array((0..<Int(rng.next() % 4)).map { _ in document(depth + 1) })
            }
        }
        func selection(_ depth: Int) -> RegoInputSelection {
            if depth > 3 || rng.next() % 4 == 0 { return rng.next() % 2 == 0 ? .whole : .nothing }
            var fields: [String: RegoInputSelection] = [:]
            for _ in 0..<Int(rng.next() % 3) { fields[keys[Int(rng.next() % 5)]] = selection(depth + 1) }
            return .parts(fields: fields, each: rng.next() % 3 == 0 ? selection(depth + 1) : nil)
        }
        for _ in 0..<2000 {
            let doc = document(0), sel = selection(0)
            let parsed = try RegoValue(jsonString: doc.jsonString(), selecting: sel)
            #expect(parsed == sel.applied(to: doc), "\(doc.jsonString()) through \(sel)")
        }
    }
}
