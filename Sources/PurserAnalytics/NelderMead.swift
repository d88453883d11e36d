import Foundation

/// A small derivative-free minimiser (Nelder–Mead simplex with standard coefficients).
///
/// Used to fit smoothing parameters and initial states; the objective returns `.infinity`
/// outside the admissible region, which the simplex treats as a wall.
struct NelderMead {
    var maxEvaluations = 2_000
    var tolerance = 1e-8
    var initialStep = 0.1

    struct Result {
        var x: [Double]
        var value: Double
        var evaluations: Int
    }

    func minimize(_ start: [Double], steps: [Double]? = nil, _ f: ([Double]) -> Double) -> Result {
        let n = start.count
        var evaluations = 0
        func eval(_ p: [Double]) -> Double {
            evaluations += 1
            let v = f(p)
            return v.isNaN ? .infinity : v
        }
        guard n > 0 else { return Result(x: start, value: eval(start), evaluations: evaluations) }
        var simplex = [start]
        for i in 0..<n {
            var p = start
            let step = steps?[i] ?? initialStep
            p[i] += step == 0 ? initialStep : step
            simplex.append(p)
        }
        var values = simplex.map(eval)
        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let best = values[0], worst = values[n]
            if abs(worst - best) <= tolerance * (abs(best) + tolerance), worst.isFinite { break }
            var centroid = [Double](repeating: 0, count: n)
            for p in simplex.dropLast() { for i in 0..<n { centroid[i] += p[i] / Double(n) } }
            func along(_ t: Double) -> [Double] {
                (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }
            }
            let reflected = along(-1)
            let fr = eval(reflected)
            if fr < values[0] {
                let expanded = along(-2)
                let fe = eval(expanded)
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let contracted = fr < worst ? along(-0.5) : along(0.5)
                let fc = eval(contracted)
                if fc < min(fr, worst) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    // Shrink toward the best vertex.
                    for j in 1...n {
                        for i in 0..<n { simplex[j][i] = simplex[0][i] + 0.5 * (simplex[j][i] - simplex[0][i]) }
                        values[j] = eval(simplex[j])
                    }
                }
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] }!
        return Result(x: simplex[bestIndex], value: values[bestIndex], evaluations: evaluations)
    }
}
