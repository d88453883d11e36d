/// `graph.reachable` and `graph.reachable_paths` over a graph given as an object from each
/// node to an array or set of its neighbours, as OPA's reference defines them: a start node
/// counts as reached only if it is a key of the graph; paths end at a node without edges, at
/// a node outside the graph (which is left out), or at a node already expanded by the same walk
/// (which also stops cycles).
enum GraphBuiltins {
    static func vertices(_ c: BuiltinCall, _ v: RegoValue, operand: Int) throws -> [RegoValue] {
        switch v {
        case .array(let a): return a
        case .set(let s): return s.sorted()
        default: throw c.typeError(operand, v, "one of {array, set}")
        }
    }

    private static func neighbours(_ v: RegoValue?) -> [RegoValue]? {
        switch v {
        case .array(let a)?: return a
        case .set(let s)?: return s.sorted()
        case nil: return nil
        default: return []
        }
    }

    static let all: [String: BuiltinFn] = [
        "graph.reachable": { c, a in
            let graph = try c.object(a, 0)
            var queue = try vertices(c, a[1], operand: 2)
            var reached = Set<RegoValue>()
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                guard !reached.contains(node), let edges = neighbours(graph[node]) else { continue }
                reached.insert(node)
                try c.reserveElements(queue.count + edges.count)
                queue.append(contentsOf: edges.filter { !reached.contains($0) })
            }
            return .set(reached)
        },
        "graph.reachable_paths": { c, a in
            let graph = try c.object(a, 0)
            var paths = Set<RegoValue>()
            // As OPA: one depth-first walk per edge of a start node, whose `reached` set is shared
            // by all its branches (not undone on the way back), so a branch that meets a node an
            // earlier branch expanded ends there. Paths are not every simple path.
            var reached = Set<RegoValue>()
            func walk(_ node: RegoValue, _ path: [RegoValue]) throws {
                try c.reserveElements(paths.count + 1)
                if StackGuard().exhausted() { throw c.halt("the graph is too deep to list its paths") }
                guard let edges = neighbours(graph[node]) else { paths.insert(.array(path)); return }
                let path = path + [node]
                if edges.isEmpty { paths.insert(.array(path)); return }
                for next in edges {
                    if reached.contains(next) {
                        paths.insert(.array(path))
                    } else {
                        reached.insert(node)
                        try walk(next, path)
                    }
                }
            }
            for start in try vertices(c, a[1], operand: 2) {
                guard let edges = neighbours(graph[start]) else { continue }
                if edges.isEmpty { paths.insert(.array([start])); continue }
                for next in edges {
                    reached = [start]
                    try walk(next, [start])
                }
            }
            return .set(paths)
        },
    ]
}
