import Rego
import Testing

/// `graph.reachable` and `graph.reachable_paths`, from OPA's built-in reference: arrays or sets
/// of neighbours, start nodes outside the graph, cycles.
@Suite struct GraphBuiltinTests {
    func eval(_ expression: String) throws -> RegoValue? {
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        return try engine.evaluate(query: "x := \(expression)", input: nil).first?["x"]
    }

    let graph = #"{"api": ["auth", "db"], "auth": {"db"}, "db": [], "batch": ["queue"], "queue": ["batch"]}"#

    @Test func reachableFollowsEdgesFromTheStartNodes() throws {
        #expect(try eval(#"graph.reachable(\#(graph), ["api"])"#) == .set(["api", "auth", "db"]))
        #expect(try eval(#"graph.reachable(\#(graph), {"batch"})"#) == .set(["batch", "queue"]))
        #expect(try eval(#"graph.reachable(\#(graph), ["nowhere"])"#) == .set([]))
        #expect(throws: RegoError.self) { try eval(#"graph.reachable(\#(graph), "api")"#) }
    }

    @Test func reachablePathsEndAtLeavesAndCycles() throws {
        #expect(try eval(#"graph.reachable_paths(\#(graph), ["api"])"#) == .set([["api", "auth", "db"], ["api", "db"]]))
        #expect(try eval(#"graph.reachable_paths(\#(graph), ["batch"])"#) == .set([["batch", "queue"]]))
        #expect(try eval(#"graph.reachable_paths(\#(graph), ["db"])"#) == .set([["db"]]))
        // A neighbour outside the graph ends the path before it.
        #expect(try eval(#"graph.reachable_paths({"a": ["b"]}, ["a"])"#) == .set([["a"]]))
    }

    @Test func aLongChainIsAnErrorNotACrash() throws {
        let chain = (0..<200_000).map { "\"n\($0)\": [\"n\($0 + 1)\"]" }.joined(separator: ",")
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        let input = try RegoValue(jsonString: "{\(chain)}")
        #expect(try engine.evaluate(query: #"x := count(graph.reachable(input, ["n0"]))"#, input: input).first?["x"] == .number(.int(200_000)))
        _ = try? engine.evaluate(query: #"x := graph.reachable_paths(input, ["n0"])"#, input: input)
    }
}
