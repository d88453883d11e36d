import Foundation
import PurserAnalytics

/// Times exact placement for `models` models over `types` accelerator types (random but realistic
/// instances from a seed: prices and throughputs in the ranges of today's GPUs, some types capped)
/// and writes the instances with their optimum as JSON for `bench/recommend/check_ilp.py`, which
/// solves the same integer programmes with CBC and HiGHS.
struct PlacementBench {
    var models: Int
    var types: Int
    var seed: UInt64
    var output: String?
    /// Demands are drawn from 1 to this many requests per second.
    var maxDemand: Double = 200

    struct Instance: Codable {
        var demand: Double
        var costs: [Double]
        var throughputs: [Double]
        var maxReplicas: [Int?]
        var optimum: Double?
        var replicas: [Int]?
    }

    func run() {
        var random = SplitMix64(state: seed)
        let basePrices = [11.06, 3.93, 0.56, 1.006, 6.0, 1.2, 2.2, 0.9]
        var problems: [PlacementProblem] = []
        for _ in 0..<models {
            let size = Double.random(in: 0.2...3, using: &random)
            let options = (0..<types).map { t -> PlacementOption in
                let price = basePrices[t % basePrices.count] * Double.random(in: 0.9...1.1, using: &random) + 0.5
                // Throughput grows less than linearly with price: bigger GPUs are not proportionally faster.
                let throughput = (pow(price, 0.8) * 2 / size * Double.random(in: 0.7...1.3, using: &random) * 100).rounded() / 100
                let capped = Int.random(in: 0..<4, using: &random) == 0
                return PlacementOption(name: "t\(t)", hourlyCost: (price * 1000).rounded() / 1000, throughput: max(throughput, 0.05),
                                       maxReplicas: capped ? Int.random(in: 1...8, using: &random) : nil)
            }
            let demand = (Double.random(in: 1...max(maxDemand, 1), using: &random) * 10).rounded() / 10
            problems.append(PlacementProblem(demand: demand, options: options))
        }
        let optimizer = PlacementOptimizer()
        let clock = ContinuousClock.now
        let results = problems.map { optimizer.solve($0) }
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var total = 0.0, singles = 0.0, withSingle = 0, infeasible = 0, proven = 0, nodes = 0
        var instances: [Instance] = []
        for (problem, result) in zip(problems, results) {
            var instance = Instance(demand: problem.demand, costs: problem.options.map(\.hourlyCost),
                                    throughputs: problem.options.map(\.throughput), maxReplicas: problem.options.map(\.maxReplicas))
            switch result {
            case .success(let s):
                total += s.hourlyCost
                if let single = s.bestSingle {
                    singles += single.hourlyCost - s.hourlyCost
                    withSingle += 1
                }
                proven += s.provenOptimal ? 1 : 0
                nodes += s.nodes
                instance.optimum = s.objective
                instance.replicas = s.replicas
            case .failure:
                infeasible += 1
            }
            instances.append(instance)
        }
        print(String(format: "placement: %d models × %d types: %.4f s, %d proven optimal, %d infeasible, %d nodes; optimum $%.2f/h; the mixes save $%.2f/h against the best single type (%d models with one)",
                     models, types, seconds, proven, infeasible, nodes, total, singles, withSingle))
        if let output {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            guard let data = try? encoder.encode(instances), (try? data.write(to: URL(fileURLWithPath: output))) != nil else {
                fail("cannot write \(output)")
            }
            print("wrote \(instances.count) instances to \(output)")
        }
    }
}

/// A seeded generator, so the same seed gives the same instances.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
