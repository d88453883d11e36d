import Foundation
import Rego
import Testing

/// Policies and inputs shaped to exhaust the parser's, compiler's or evaluator's stack: each must
/// evaluate or fail with a `RegoError`, on an ordinary thread and (policies) on a small-stack one.
@Suite("Hostile policy shapes")
struct HostilePolicyTests {
    struct Shape: CustomStringConvertible, Sendable {
        let name: String
        let source: String
        var input: RegoValue? = nil
        var description: String { name }
    }

    static func rep(_ s: String, _ n: Int, _ sep: String = "") -> String { Array(repeating: s, count: n).joined(separator: sep) }

    static let deepInput: RegoValue = (0..<999).reduce(RegoValue.array([1])) { v, _ in .array([v]) }

    static let shapes: [Shape] = [
        Shape(name: "array literal of 10,000 variables", source: "package p\nx := [" + rep("y", 10_000, ", ") + "] if y := 1\n"),
        Shape(name: "object literal of 10,000 variable values", source: "package p\nx := {" + (0..<10_000).map { "\"k\($0)\": y" }.joined(separator: ", ") + "} if y := 1\n"),
        Shape(name: "ground object nested 900 deep", source: "package p\nx := " + rep("{\"a\": ", 900) + "1" + rep("}", 900) + "\n"),
        Shape(name: "array nested 900 deep around a variable", source: "package p\nx := " + rep("[", 900) + "y" + rep("]", 900) + " if y := 1\n"),
        Shape(name: "comprehensions nested 300 deep", source: "package p\nx := " + rep("[y | y := ", 300) + "1" + rep("]", 300) + "\n"),
        Shape(name: "not nested 900 deep", source: "package p\nx if {\n" + rep("not ", 900) + "input.a\n}\n"),
        Shape(name: "parenthesised left chain 10,000 deep", source: "package p\nx := " + rep("(", 10_000) + "1" + rep(" + 1)", 10_000) + "\n"),
        Shape(name: "right-nested chain 10,000 deep", source: "package p\nx := " + rep("1 + (", 10_000) + "1" + rep(")", 10_000) + "\n"),
        Shape(name: "chain of chains", source: "package p\nx := " + rep(rep("2", 40, " * "), 250, " + ") + "\n"),
        Shape(name: "10,000 comparisons", source: "package p\nx := " + rep("1", 10_000, " == ") + "\n"),
        Shape(name: "10,000 else branches", source: "package p\nf(v) := 0 if v == -1\n" + (0..<10_000).map { "else := \($0) if v == \($0)" }.joined(separator: "\n") + "\nx := f(9999)\n"),
        Shape(name: "10,000 definitions of one rule", source: "package p\n" + (0..<10_000).map { "s contains \($0)" }.joined(separator: "\n") + "\nx := count(s)\n"),
        Shape(name: "10,000 with modifiers", source: "package p\nx := y if { y := input.a " + rep("with input.a as 1", 10_000, " ") + " }\n"),
        Shape(name: "ref of 10,000 brackets", source: "package p\nx := input" + rep("[0]", 10_000) + "\n", input: deepInput),
        Shape(name: "deep input walked", source: "package p\nx := count([p | walk(input, [p, _])])\n", input: deepInput),
        Shape(name: "deep input marshalled and compared", source: "package p\nx := json.unmarshal(json.marshal(input)) == input\n", input: deepInput),
        Shape(name: "deep input in a set and an object key", source: "package p\nx := {input: {input}}\n", input: deepInput),
        Shape(name: "deep input as YAML", source: "package p\nx := yaml.unmarshal(yaml.marshal(input)) == input\n", input: deepInput),
        Shape(name: "template strings nested", source: "package p\nx := " + rep("$\"{", 200) + "1" + rep("}\"", 200) + "\n"),
    ]

    static func outcome(_ s: Shape) -> String {
        do {
            let e = try RegoEngine(modules: [RegoModule(path: "hostile.rego", source: s.source)])
            return "value \(try e.evaluateRef("data.p.x", input: s.input).map { "\($0)".prefix(40) } ?? "undefined")"
        } catch let err as RegoError {
            return "error \(err.code)"
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test(arguments: shapes)
    func evaluatesOrFailsCleanly(_ s: Shape) {
        #expect(!Self.outcome(s).hasPrefix("unexpected"))
    }

    /// Values as deep as JSON input allows (1,000 levels) need more than 512 KB of stack in debug
    /// builds (hashing and comparing recurse per level), so deep inputs are left out here.
    @Test(arguments: shapes.filter { $0.input == nil })
    func evaluatesOrFailsCleanlyOnASmallStack(_ s: Shape) {
        let result = LockedLines()
        let done = DispatchSemaphore(value: 0)
        let t = Thread { result.append(Self.outcome(s)); done.signal() }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
        #expect(result.all.count == 1 && !result.all[0].hasPrefix("unexpected"))
    }

    @Test func flatShapesGiveOPAsAnswers() throws {
        func x(_ src: String) throws -> RegoValue? {
            try RegoEngine(modules: [RegoModule(path: "flat.rego", source: src)]).evaluateRef("data.p.x", input: nil)
        }
        #expect(try x("package p\nx := " + Self.rep(Self.rep("2", 40, " * "), 250, " + ") + "\n") == .int(250 * 1_099_511_627_776))
        #expect(try x("package p\nx := " + Self.rep("1", 10_000, " == ") + "\n") == false)
        #expect(try x("package p\n" + (0..<10_000).map { "s contains \($0)" }.joined(separator: "\n") + "\nx := count(s)\n") == 10_000)
    }
}
