import Foundation

/// Exact branch and bound for `PlacementProblem`. Options are ordered by weight per unit of
/// throughput (the LP relaxation's order); each node fixes the replicas of one option, largest
/// first, and is pruned when its cost plus the LP relaxation of what remains (the remaining
/// demand filled fractionally from the cheapest-per-throughput options within their limits)
/// cannot beat the incumbent. The LP bound is a true lower bound, so a finished search is optimal.
public struct PlacementOptimizer: Sendable {
    /// Nodes explored before the search stops with the best found (bounded time on hostile input).
    public var nodeLimit: Int

    public init(nodeLimit: Int = 2_000_000) {
        self.nodeLimit = nodeLimit
    }

    /// Relative slack when comparing throughput against demand (floating-point sums).
    static let tolerance = 1e-9

    public func solve(_ problem: PlacementProblem) -> Result<PlacementSolution, PlacementInfeasibility> {
        let all = problem.options
        let usable = all.indices.filter { all[$0].throughput > 0 && all[$0].throughput.isFinite && (all[$0].maxReplicas ?? 1) > 0 }
        let demand = max(problem.demand, 0)
        if demand == 0 {
            return .success(PlacementSolution(replicas: Array(repeating: 0, count: all.count), hourlyCost: 0, gramsCO2ePerHour: 0,
                                              objective: 0, throughput: 0, bestSingle: nil, provenOptimal: true, nodes: 0))
        }
        guard !usable.isEmpty else { return .failure(.noOptions) }
        let required = demand * (1 - Self.tolerance)
        // Replicas beyond ceil(demand / throughput) never help a minimal solution.
        func cap(_ i: Int) -> Int {
            let useful = Int(min((demand / all[i].throughput).rounded(.up), 1e9))
            return min(all[i].maxReplicas ?? useful, useful)
        }
        let maximum = usable.reduce(0.0) { $0 + Double(cap($1)) * all[$1].throughput }
        guard maximum >= required else {
            let limits = usable.map { "\(all[$0].name) ≤ \(all[$0].maxReplicas.map(String.init) ?? "∞")" }
            return .failure(.capacity(demand: demand, maximum: maximum, limits: limits))
        }
        let order = usable.sorted {
            let a = problem.weight(all[$0]) / all[$0].throughput, b = problem.weight(all[$1]) / all[$1].throughput
            return a != b ? a < b : $0 < $1
        }
        let weights = order.map { problem.weight(all[$0]) }
        let rates = order.map { all[$0].throughput }
        let caps = order.map(cap)

        var best = Double.infinity
        var bestCounts: [Int] = []
        let single = bestSingle(problem, usable: usable, cap: cap)
        if let single {
            best = single.objective
            bestCounts = order.map { $0 == single.option ? single.replicas : 0 }
        }
        var counts = Array(repeating: 0, count: order.count)
        var nodes = 0
        var stopped = false

        // The LP relaxation of covering `remaining` with options from `k` on.
        func relaxation(_ k: Int, _ remaining: Double) -> Double {
            var left = remaining, cost = 0.0
            var i = k
            while left > 0, i < order.count {
                let take = min(Double(caps[i]) * rates[i], left)
                cost += take / rates[i] * weights[i]
                left -= take
                i += 1
            }
            return left > required * Self.tolerance ? .infinity : cost
        }

        func search(_ k: Int, _ remaining: Double, _ cost: Double) {
            nodes += 1
            if nodes > nodeLimit { stopped = true; return }
            if remaining <= demand * Self.tolerance {
                if cost < best - 1e-12 { best = cost; bestCounts = counts }
                return
            }
            guard k < order.count, cost + relaxation(k, remaining) < best - 1e-12 else { return }
            let most = min(caps[k], Int((remaining / rates[k] - Self.tolerance).rounded(.up)))
            var x = most
            while x >= 0, !stopped {
                counts[k] = x
                search(k + 1, remaining - Double(x) * rates[k], cost + Double(x) * weights[k])
                x -= 1
            }
            counts[k] = 0
        }
        search(0, demand, 0)

        var replicas = Array(repeating: 0, count: all.count)
        for (position, index) in order.enumerated() where position < bestCounts.count { replicas[index] = bestCounts[position] }
        let cost = all.indices.reduce(0.0) { $0 + Double(replicas[$1]) * all[$1].hourlyCost }
        let grams = all.indices.reduce(0.0) { $0 + Double(replicas[$1]) * all[$1].gramsCO2ePerHour }
        let served = all.indices.reduce(0.0) { $0 + Double(replicas[$1]) * max(all[$1].throughput, 0) }
        return .success(PlacementSolution(replicas: replicas, hourlyCost: cost, gramsCO2ePerHour: grams,
                                          objective: cost + problem.carbonWeight * grams, throughput: served,
                                          bestSingle: single, provenOptimal: !stopped, nodes: nodes))
    }

    private func bestSingle(_ problem: PlacementProblem, usable: [Int], cap: (Int) -> Int) -> PlacementSolution.Single? {
        var best: PlacementSolution.Single?
        for i in usable {
            let option = problem.options[i]
            let needed = Int(min((problem.demand / option.throughput * (1 - Self.tolerance)).rounded(.up), 1e9))
            guard needed <= cap(i) else { continue }
            let objective = Double(needed) * problem.weight(option)
            if best == nil || objective < best!.objective {
                best = .init(option: i, replicas: needed, hourlyCost: Double(needed) * option.hourlyCost, objective: objective)
            }
        }
        return best
    }
}
