import Foundation
import Testing
@testable import Rego

/// Rule heads whose meaning OPA's parser fixes by their shape (`parseRules`, `parseHead`,
/// `ParsePartialSetDocRuleFromTerm`): what v0 policies written before `contains` and `if` rely on.
@Suite struct V0HeadTests {
    func document(_ source: String, version: RegoOptions.RegoVersion = .v0) throws -> RegoValue? {
        let engine = try RegoEngine(modules: [RegoModule(path: "t.rego", source: source)], options: RegoOptions(regoVersion: version))
        return try engine.evaluate(query: "x := data.t", input: .object([.string("a"): .array([.number(.int(1)), .number(.int(2))])])).first?["x"]
    }

    @Test func aTwoTermHeadWithoutAValueIsAPartialSet() throws {
        let doc = try #require(try document("""
            package t

            p["x"]
            p[v] { v := input.a[_] }
            q.r { true }
            a.b.c { true }
            o["k"] = 1
            """))
        #expect(doc["p"] == .set([.string("x"), .number(.int(1)), .number(.int(2))]))
        #expect(doc["q"] == .set([.string("r")]), "two terms written with a dot are a set too")
        #expect(doc["a"] == .object([.string("b"): .object([.string("c"): .bool(true)])]), "three terms are a rule with value true")
        #expect(doc["o"] == .object([.string("k"): .number(.int(1))]), "with a value, an object")
    }

    @Test func withIfTheSameHeadsMeanWhatTheyMeanInV1() throws {
        // OPA's parseRules: "p[x] if ... becomes a single-value rule p[x]", also in a v0 module.
        let doc = try #require(try document("""
            package t
            import future.keywords.if

            q.r if { true }
            s[v] if { v := input.a[_] }
            """))
        #expect(doc["q"] == .object([.string("r"): .bool(true)]))
        #expect(doc["s"] == .object([.number(.int(1)): .bool(true), .number(.int(2)): .bool(true)]))
    }

    @Test func aFunctionHeadWithoutArgumentsIsARule() throws {
        for version in [RegoOptions.RegoVersion.v0, .v1] {
            let source = version == .v0 ? "package t\n\nf() = 1\ng := f\n" : "package t\n\nf() := 1\ng := f\n"
            let doc = try #require(try document(source, version: version))
            #expect(doc == .object([.string("f"): .number(.int(1)), .string("g"): .number(.int(1))]), "\(version)")
            // Not callable, as in OPA: `f()` names no function.
            #expect(throws: RegoError.self) { _ = try document(source + "h := f()\n", version: version) }
        }
    }

    @Test func deprecatedBuiltinsStillWork() throws {
        let engine = try RegoEngine(modules: [], options: RegoOptions(regoVersion: .v0))
        let r = try engine.evaluate(query: #"a := set_diff({1, 2, 3}, {2}); b := net.cidr_overlap("10.0.0.0/8", "10.1.2.3"); c := net.cidr_overlap("10.0.0.0/8", "11.0.0.1")"#, input: nil)
        #expect(r.first?["a"] == .set([.number(.int(1)), .number(.int(3))]))
        #expect(r.first?["b"] == .bool(true))
        #expect(r.first?["c"] == .bool(false))
    }
}
