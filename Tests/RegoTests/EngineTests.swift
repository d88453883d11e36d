import Foundation
import Rego
import Testing

@Suite("Rego engine")
struct EngineTests {
    func engine(_ src: String, v0: Bool = false, data: RegoValue = .object([:])) throws -> RegoEngine {
        try RegoEngine(modules: [RegoModule(path: "test.rego", source: src)], data: data,
                       options: RegoOptions(regoVersion: v0 ? .v0 : .auto))
    }

    @Test func v1PartialSetAndCompleteRule() throws {
        let e = try engine("""
            package purser
            deny contains msg if {
                some c in input.containers
                c.gpus > 2
                msg := sprintf("%s wants %d GPUs", [c.name, c.gpus])
            }
            allow := count(deny) == 0
            """)
        let input: RegoValue = ["containers": [["name": "a", "gpus": 4], ["name": "b", "gpus": 1]]]
        #expect(try e.evaluateRef("data.purser.deny", input: input) == .set(["a wants 4 GPUs"]))
        #expect(try e.evaluateRef("data.purser.allow", input: input) == .bool(false))
    }

    @Test func v0PartialSetSyntax() throws {
        let e = try engine("""
            package kubernetes.admission
            deny[msg] {
                not input.annotations["ai-alignment-report-id"]
                msg := "missing annotation"
            }
            """, v0: true)
        #expect(try e.evaluateRef("data.kubernetes.admission.deny", input: ["annotations": [:]]) == .set(["missing annotation"]))
        #expect(try e.evaluateRef("data.kubernetes.admission.deny", input: ["annotations": ["ai-alignment-report-id": "x"]]) == .set([]))
    }

    /// A rule with a ref head collects many elements under a few keys (each insert grows the
    /// set in place; it used to copy it, quadratic in the element count).
    @Test func refHeadPartialSetsCollectEveryElementUnderItsKey() throws {
        let e = try engine("""
            package p
            q[x].items contains y if {
                some x in numbers.range(1, 2)
                some y in numbers.range(1, 20000)
            }
            r[x][y] := x * y if {
                some x in numbers.range(1, 3)
                some y in numbers.range(1, 3000)
            }
            """)
        #expect(try e.evaluate(query: "x := count(data.p.q[1].items) + count(data.p.q[2].items)", input: nil).first?["x"] == .int(40000))
        #expect(try e.evaluate(query: "x := data.p.q[2].items[19999]", input: nil).first?["x"] == .int(19999))
        #expect(try e.evaluate(query: "x := [count(data.p.r[3]), data.p.r[3][3000]]", input: nil).first?["x"] == [3000, 9000])
        // Conflicting values under one key are still an error, and leave nothing half-inserted behind.
        let conflict = try engine("package p\nq[1] := 1\nq[1] := 2\n")
        #expect(throws: RegoError.self) { try conflict.evaluateRef("data.p.q", input: nil) }
        let mixed = try engine("package p\nq[1].a contains 1 if true\nq[1] := 2 if true\n")
        #expect(throws: RegoError.self) { try mixed.evaluateRef("data.p.q", input: nil) }
    }

    @Test func undefinedIsNotFalse() throws {
        let e = try engine("package p\nq if input.x == 1\n")
        #expect(try e.evaluateRef("data.p.q", input: ["x": 2]) == nil)
        #expect(try e.evaluateRef("data.p.q", input: ["x": 1]) == .bool(true))
    }

    @Test func defaultElseAndFunctions() throws {
        let e = try engine("""
            package p
            default tier := "small"
            tier := "large" if input.n > 10
            size(n) := "big" if n > 5
            size(n) := "tiny" if n <= 5
            grade := "a" if { input.s > 90 } else := "b" if { input.s > 80 } else := "c"
            """)
        #expect(try e.evaluateRef("data.p.tier", input: ["n": 3]) == "small")
        #expect(try e.evaluateRef("data.p.tier", input: ["n": 30]) == "large")
        #expect(try e.evaluate(query: "x := data.p.size(7)", input: nil) == [["x": "big"]])
        #expect(try e.evaluateRef("data.p.grade", input: ["s": 85]) == "b")
        #expect(try e.evaluateRef("data.p.grade", input: ["s": 10]) == "c")
    }

    @Test func comprehensionsEveryAndWith() throws {
        let e = try engine("""
            package p
            names := {n | some c in input.cs; n := c.name}
            all_small if { every c in input.cs { c.size < 10 } }
            check if { all_small with input as {"cs": [{"size": 1}]} }
            """)
        let input: RegoValue = ["cs": [["name": "a", "size": 20], ["name": "b", "size": 1]]]
        #expect(try e.evaluateRef("data.p.names", input: input) == .set(["a", "b"]))
        #expect(try e.evaluateRef("data.p.all_small", input: input) == nil)
        #expect(try e.evaluateRef("data.p.check", input: input) == .bool(true))
    }

    /// A comprehension reads the enclosing body's variables, also those bound by unification or
    /// by a call's output argument (OPA's closures), and runs after the expressions binding them;
    /// a variable declared with `:=` after the comprehension is a different one.
    @Test func comprehensionsCloseOverUnifiedAndOutputVariables() throws {
        let e = try engine("""
            package p
            xs := ["a", "b"]
            unified := z if {
                y = data.p.xs
                z := [v | v := y[_]]
            }
            reordered := z if {
                z := [v | v := y[_]]
                y = data.p.xs
            }
            output := z if {
                split("a,b,c", ",", parts)
                z := {p | p := parts[_]; p != "b"}
            }
            shadowed := x if {
                ys := {x | data.p.xs[x]}
                x := count(ys)
            }
            """)
        #expect(try e.evaluateRef("data.p.unified", input: nil) == ["a", "b"])
        #expect(try e.evaluateRef("data.p.reordered", input: nil) == ["a", "b"])
        #expect(try e.evaluateRef("data.p.output", input: nil) == .set(["a", "c"]))
        #expect(try e.evaluateRef("data.p.shadowed", input: nil) == 2)
    }

    @Test func dataDocumentsAndObjects() throws {
        let e = try engine("""
            package p
            limits[team] := n if { some team, n in data.quota; n > 1 }
            """, data: ["quota": ["ml": 4, "web": 1]])
        #expect(try e.evaluateRef("data.p.limits", input: nil) == ["ml": 4])
    }

    @Test func syntaxVersionSelection() throws {
        let v0 = "package p\nallow { input.ok }\n"
        // Strict v1 rejects a body without `if` and says how to fix it.
        do {
            _ = try RegoEngine(modules: [RegoModule(path: "old.rego", source: v0)], options: RegoOptions(regoVersion: .v1))
            Issue.record("expected a parse error")
        } catch let e as RegoError {
            #expect(e.code == .parse)
            #expect(e.message.contains("v0"))
        }
        // `import rego.v1` wins over the v0 option.
        let v1 = try RegoEngine(modules: [RegoModule(path: "new.rego", source: "package p\nimport rego.v1\nallow if input.ok\n")],
                                options: RegoOptions(regoVersion: .v0))
        #expect(try v1.evaluateRef("data.p.allow", input: ["ok": true]) == .bool(true))
        let auto = try engine(v0)
        #expect(try auto.evaluateRef("data.p.allow", input: ["ok": true]) == .bool(true))
    }

    @Test func concurrentEvaluationsShareOneEngine() async throws {
        let e = try engine("package p\ndouble := input.n * 2\n")
        let results = try await withThrowingTaskGroup(of: (Int, RegoValue?).self) { group in
            for n in 0..<32 {
                group.addTask { (n, try e.evaluateRef("data.p.double", input: ["n": .int(n)])) }
            }
            var out: [Int: RegoValue?] = [:]
            for try await (n, v) in group { out[n] = v }
            return out
        }
        for n in 0..<32 { #expect(results[n] == .some(.int(2 * n))) }
    }

    @Test func stringInterpolationAndPrint() throws {
        let lines = LockedLines()
        let e = try RegoEngine(modules: [RegoModule(path: "t.rego", source: """
            package p
            msg := $"{input.name} asks for {input.gpus} GPUs" if print("checking", input.name)
            """)], options: RegoOptions(printHandler: { lines.append($0) }))
        #expect(try e.evaluateRef("data.p.msg", input: ["name": "trainer", "gpus": 4]) == "trainer asks for 4 GPUs")
        #expect(lines.all == ["checking trainer"])
    }

    @Test func runsTestRules() throws {
        let e = try engine("""
            package p
            allow if input.ok
            test_allow if allow with input as {"ok": true}
            test_fails if allow with input as {"ok": false}
            """)
        let results = e.runTests()
        #expect(results.map(\.name) == ["data.p.test_allow", "data.p.test_fails"])
        #expect(results.map(\.passed) == [true, false])
    }
}

@Suite("Rego bad input")
struct BadInputTests {
    func compileError(_ src: String) -> RegoError? {
        do {
            _ = try RegoEngine(modules: [RegoModule(path: "bad.rego", source: src)], options: RegoOptions(regoVersion: .v1))
            return nil
        } catch let e as RegoError { return e } catch { return nil }
    }

    @Test func syntaxErrorHasLocationAndCaret() throws {
        let err = try #require(compileError("package p\n\nallow if {\n  input.x == \n}\n"))
        #expect(err.code == .parse)
        #expect(err.file == "bad.rego")
        #expect(err.line == 5)
        #expect(err.description.contains("bad.rego:5:1: rego_parse_error"))
        #expect(err.description.contains("^"))
    }

    @Test func unknownBuiltinAndArity() throws {
        let unknown = try #require(compileError("package p\nx := nosuch.fn(1)\n"))
        #expect(unknown.message.contains("undefined function nosuch.fn"))
        #expect(unknown.line == 2)
        let arity = try #require(compileError("package p\nx := count(1, 2, 3)\n"))
        #expect(arity.message.contains("arity"))
    }

    @Test func unsafeVariable() throws {
        let err = try #require(compileError("package p\nallow if { x > 1 }\n"))
        #expect(err.code == .unsafeVar)
        #expect(err.message.contains("var x is unsafe"))
    }

    @Test func unsafeComprehensionHead() throws {
        let err = try #require(compileError("package p\nxs := [y | z := input.a[_]]\n"))
        #expect(err.code == .unsafeVar)
        #expect(err.message.contains("var y is unsafe"))
        #expect(err.line == 2)
    }

    @Test func conflictAndRecursion() throws {
        let e = try RegoEngine(modules: [RegoModule(path: "c.rego", source: "package p\nx := 1 if input.a\nx := 2 if input.a\n")])
        #expect(throws: RegoError.self) { try e.evaluateRef("data.p.x", input: ["a": true]) }
        let r = try RegoEngine(modules: [RegoModule(path: "r.rego", source: "package p\na if b\nb if a\n")])
        do {
            _ = try r.evaluateRef("data.p.a", input: nil)
            Issue.record("expected a recursion error")
        } catch let err as RegoError {
            #expect(err.code == .recursion)
        }
    }

    @Test func builtinErrorsStrictAndLenient() throws {
        let src = [RegoModule(path: "s.rego", source: "package p\nn := to_number(input.s)\n")]
        let lenient = try RegoEngine(modules: src)
        #expect(try lenient.evaluateRef("data.p.n", input: ["s": "abc"]) == nil)
        let strict = try RegoEngine(modules: src, options: RegoOptions(strictBuiltinErrors: true))
        #expect(throws: RegoError.self) { try strict.evaluateRef("data.p.n", input: ["s": "abc"]) }
    }

    @Test func deepNestingIsAnError() throws {
        let deepJSON = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: RegoError.self) { try RegoValue(json: Data(deepJSON.utf8)) }
        let deepRego = "package p\nx := " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        #expect(compileError(deepRego) != nil)
    }

    @Test func malformedJSONIsAnError() {
        #expect(throws: RegoError.self) { try RegoValue(json: Data(#"{"a": [1, 2}"#.utf8)) }
    }

    @Test func largeInputEvaluates() throws {
        // About 50 MB of JSON: parsed and evaluated without crashing.
        let item = #"{"name":"container-with-a-fairly-long-name","gpus":1,"labels":{"team":"ml","env":"prod"}},"#
        var text = "{\"items\":["
        let n = 50_000_000 / item.utf8.count
        text.reserveCapacity(50_100_000)
        for _ in 0..<n { text += item }
        text += #"{"name":"last","gpus":3}]}"#
        let input = try RegoValue(json: Data(text.utf8))
        // No wall-clock limit: this checks the result, and a loaded machine must not turn it into a timeout.
        let e = try RegoEngine(modules: [RegoModule(path: "big.rego", source: "package p\nover contains i.name if { some i in input.items; i.gpus > 2 }\n")],
                               options: RegoOptions(timeout: nil))
        #expect(try e.evaluateRef("data.p.over", input: input) == .set(["last"]))
    }
}

/// Collects `print` output from the handler (which may be called from any thread).
final class LockedLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func append(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

@Suite("Rego stack limits")
struct StackLimitTests {
    /// A rule body of 4,000 chained expressions: deep recursion in the evaluator.
    static let longBody: String = {
        var lines = ["package p", "q := x if {", "  x0 := 0"]
        for i in 1..<4000 { lines.append("  x\(i) := x\(i - 1) + 1") }
        lines += ["  x := x3999", "}"]
        return lines.joined(separator: "\n")
    }()

    func check(_ e: RegoEngine) {
        do {
            let v = try e.evaluateRef("data.p.q", input: nil)
            #expect(v == .int(3999))
        } catch let err as RegoError {
            #expect(err.code == .tooDeep)
        } catch { Issue.record("unexpected \(error)") }
    }

    /// 4,000 chained expressions: OPA's answer (3999), or where the stack is too small for that in
    /// this build, a clean `eval_depth_error`; any other value, error or a crash fails.
    @Test func longBodyGivesTheAnswerOrACleanDepthError() throws {
        check(try RegoEngine(modules: [RegoModule(path: "long.rego", source: Self.longBody)]))
    }

    /// On a small stack: OPA's answer or a clean `tooDeep` error, never a crash.
    @Test func longBodyOnASmallStackThread() throws {
        let e = try RegoEngine(modules: [RegoModule(path: "long.rego", source: Self.longBody)])
        let done = DispatchSemaphore(value: 0)
        let t = Thread { self.check(e); done.signal() }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
    }
}
