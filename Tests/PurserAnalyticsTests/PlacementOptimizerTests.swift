import Foundation
import Testing
import PurserAnalytics

/// Every replica vector up to the bounds; the cheapest that covers the demand.
private func bruteForce(_ problem: PlacementProblem, bound: Int) -> Double? {
    var best: Double?
    var counts = Array(repeating: 0, count: problem.options.count)
    func visit(_ k: Int) {
        if k == counts.count {
            let served = zip(counts, problem.options).reduce(0.0) { $0 + Double($1.0) * $1.1.throughput }
            guard served >= problem.demand * (1 - 1e-9) else { return }
            let cost = zip(counts, problem.options).reduce(0.0) { $0 + Double($1.0) * problem.weight($1.1) }
            if best == nil || cost < best! { best = cost }
            return
        }
        for x in 0...min(bound, problem.options[k].maxReplicas ?? bound) {
            counts[k] = x
            visit(k + 1)
        }
        counts[k] = 0
    }
    visit(0)
    return best
}

/// A deterministic generator, so a failing instance can be replayed.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct PlacementOptimizerTests {
    @Test func matchesBruteForceOnSmallInstances() throws {
        var random = SplitMix(state: 42)
        for _ in 0..<150 {
            let count = Int.random(in: 1...4, using: &random)
            let options = (0..<count).map { i in
                PlacementOption(name: "a\(i)", hourlyCost: Double(Int.random(in: 5...1200, using: &random)) / 100,
                                throughput: Double(Int.random(in: 10...120, using: &random)) / 10,
                                gramsCO2ePerHour: Double(Int.random(in: 0...500, using: &random)),
                                maxReplicas: Bool.random(using: &random) ? Int.random(in: 0...6, using: &random) : nil)
            }
            let problem = PlacementProblem(demand: Double(Int.random(in: 1...150, using: &random)) / 10, options: options,
                                           carbonWeight: Bool.random(using: &random) ? 0 : 0.001)
            // Throughput ≥ 1 and demand ≤ 15: no minimal solution uses more than 15 of one option.
            let expected = bruteForce(problem, bound: 15)
            switch PlacementOptimizer().solve(problem) {
            case .success(let solution):
                let optimum = try #require(expected, "brute force found nothing where the optimiser found \(solution)")
                #expect(abs(solution.objective - optimum) < 1e-6, "instance \(problem)")
                #expect(solution.provenOptimal)
                #expect(solution.throughput >= problem.demand * (1 - 1e-9))
                if let single = solution.bestSingle { #expect(single.objective >= solution.objective - 1e-9) }
            case .failure:
                #expect(expected == nil, "instance \(problem)")
            }
        }
    }

    @Test func mixesTypesWhenThatIsCheaperAndReportsTheSaving() throws {
        // 10 req/s: 2 × big (12 req/s, $8) or 4 × small… but small is capped at 3 (7.5 req/s):
        // the optimum is 1 big + 2 small (6 + 5 = 11 req/s) for $7.
        let problem = PlacementProblem(demand: 10, options: [
            PlacementOption(name: "big", hourlyCost: 4, throughput: 6),
            PlacementOption(name: "small", hourlyCost: 1.5, throughput: 2.5, maxReplicas: 3),
        ])
        let solution = try PlacementOptimizer().solve(problem).get()
        #expect(solution.replicas == [1, 2])
        #expect(solution.hourlyCost == 7)
        #expect(solution.bestSingle?.option == 0 && solution.bestSingle?.replicas == 2)
        #expect(solution.savingAgainstBestSingle == 1)
    }

    @Test func infeasibleNamesTheBindingLimits() {
        let problem = PlacementProblem(demand: 50, options: [
            PlacementOption(name: "l4", hourlyCost: 1, throughput: 2, maxReplicas: 4),
            PlacementOption(name: "a100", hourlyCost: 4, throughput: 6, maxReplicas: 2),
        ])
        guard case .failure(let why) = PlacementOptimizer().solve(problem) else { Issue.record("expected infeasible"); return }
        #expect(why == .capacity(demand: 50, maximum: 20, limits: ["l4 ≤ 4", "a100 ≤ 2"]))
        #expect(why.description == "the demand of 50 req/s exceeds the 20 req/s the replica limits allow (l4 ≤ 4, a100 ≤ 2)")
        guard case .failure(.noOptions) = PlacementOptimizer().solve(PlacementProblem(demand: 1, options: [])) else { Issue.record("expected no options"); return }
    }

    @Test func carbonWeightCanChangeTheChoice() throws {
        let options = [
            PlacementOption(name: "cheap-dirty", hourlyCost: 1.0, throughput: 1, gramsCO2ePerHour: 1000),
            PlacementOption(name: "clean", hourlyCost: 1.2, throughput: 1, gramsCO2ePerHour: 100),
        ]
        #expect(try PlacementOptimizer().solve(PlacementProblem(demand: 3, options: options)).get().replicas == [3, 0])
        // $1,000 per tonne is $0.001 per gram: 1.0 + 1.0 > 1.2 + 0.1.
        #expect(try PlacementOptimizer().solve(PlacementProblem(demand: 3, options: options, carbonWeight: 0.001)).get().replicas == [0, 3])
    }

    @Test func hostileInputStopsAtTheNodeLimit() throws {
        let options = (0..<6).map { PlacementOption(name: "o\($0)", hourlyCost: 1 + Double($0) * 1e-7, throughput: 1 + Double($0) * 1e-7) }
        let solution = try PlacementOptimizer(nodeLimit: 1000).solve(PlacementProblem(demand: 1e6, options: options)).get()
        #expect(solution.nodes <= 1001)
        #expect(solution.throughput >= 1e6 * (1 - 1e-9))
    }
}
