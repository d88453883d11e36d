import Foundation
import Testing
@testable import PurserAnalytics

/// Properties of the Theta state-space models (Fiorucci et al. 2016) and of `AutoTheta`'s choice.
struct AutoThetaTests {
    @Test func theDynamicTrendLineIsTheLeastSquaresLineOfTheDataSoFar() {
        var rng = SplitMix64(seed: 3)
        var y: [Double] = []
        for _ in 0..<25 { y.append((y.last ?? 10) + rng.nextGaussian()) }
        for n in [2, 5, 12, 25] {
            let prefix = Array(y.prefix(n))
            let run = ThetaStateSpaceModel.filter(prefix, variant: .dynamicOptimized, line: (0, 0),
                                                  initialLevel: prefix[0], alpha: 0.4, theta: 3)
            // The ordinary least-squares line through (t, y_t), t = 1…n, computed directly.
            let ts = (1...n).map(Double.init)
            let tMean = ts.reduce(0, +) / Double(n), yMean = prefix.reduce(0, +) / Double(n)
            let slope = zip(ts, prefix).reduce(0) { $0 + ($1.0 - tMean) * ($1.1 - yMean) }
                / ts.reduce(0) { $0 + ($1 - tMean) * ($1 - tMean) }
            let intercept = yMean - slope * tMean
            #expect(abs(run.last.slope - slope) < 1e-9, "n = \(n): \(run.last.slope) vs \(slope)")
            #expect(abs(run.last.intercept - intercept) < 1e-9, "n = \(n)")
            let line = ThetaModel.trendLine(prefix)
            #expect(abs(line.slope - slope) < 1e-9 && abs(line.intercept - intercept) < 1e-9)
        }
    }

    @Test func anOptimisedThetaFitsAtLeastAsWellAsTheStandardOneItNests() throws {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<5 {
            var y: [Double] = []
            for t in 0..<30 {
                let x = Double(t)
                let trend: Double = 100 + 2 * x + 0.05 * x * x
                y.append(trend + 5 * rng.nextGaussian())
            }
            let stm = try #require(ThetaStateSpaceModel(y, variant: .standard))
            let otm = try #require(ThetaStateSpaceModel(y, variant: .optimized))
            let dstm = try #require(ThetaStateSpaceModel(y, variant: .dynamicStandard))
            let dotm = try #require(ThetaStateSpaceModel(y, variant: .dynamicOptimized))
            #expect(stm.theta == 2 && dstm.theta == 2)
            let slack: Double = 1 + 1e-6
            #expect(otm.sse <= stm.sse * slack, "OTM \(otm.sse) vs STM \(stm.sse)")
            #expect(dotm.sse <= dstm.sse * slack, "DOTM \(dotm.sse) vs DSTM \(dstm.sse)")
            for model in [stm, otm, dstm, dotm] {
                #expect(ThetaStateSpaceModel.alphaRange.contains(model.alpha) && model.theta >= 1)
            }
            // AutoTheta keeps the variant with the smallest in-sample error.
            let auto = try #require(AutoTheta().forecast(y, seasonLength: 1, horizon: 3))
            #expect(auto.model.sse == [stm, otm, dstm, dotm].map(\.sse).min())
        }
    }

    @Test func aStraightLineIsContinued() throws {
        let y = (0..<20).map { 40 + 3 * Double($0) }
        let fc = try #require(AutoTheta().forecast(y, seasonLength: 1, horizon: 5))
        for (i, value) in fc.mean.enumerated() {
            let truth = 40 + 3 * Double(20 + i)
            #expect(abs(value - truth) / truth < 0.01, "step \(i + 1): \(value) vs \(truth)")
        }
    }

    @Test func aMultiplicativeSeasonIsRemovedAndPutBack() throws {
        let season = [0.8, 1.3, 1.1, 0.8]
        let truth: (Int) -> Double = { t in (200 + 2 * Double(t)) * season[t % 4] }
        let y = (0..<40).map(truth)
        let fc = try #require(AutoTheta().forecast(y, seasonLength: 4, horizon: 8))
        for (i, value) in fc.mean.enumerated() {
            #expect(abs(value - truth(40 + i)) / truth(40 + i) < 0.03, "step \(i + 1): \(value) vs \(truth(40 + i))")
        }
        // The method on its own, through the forecaster.
        var forecaster = ETSForecaster()
        forecaster.method = .autoTheta
        let (alone, name) = try forecaster.forecast(y, seasonLength: 4, horizon: 8)
        #expect(name == fc.model.description)
        for i in 0..<8 { #expect(abs(alone.mean[i] - fc.mean[i]) < 1e-9 * max(1, abs(fc.mean[i]))) }
    }

    @Test func hostileSeriesGiveAFiniteForecastOrNone() {
        let hostile: [[Double]] = [[5], [1, 2], [1, 2, 3], [Double](repeating: 7, count: 30),
                                   (0..<30).map { $0 % 2 == 0 ? 1e300 : -1e300 }, (0..<30).map { $0 == 15 ? 1e12 : 0 },
                                   (0..<200).map { -Double($0) }, [0, .nan, 1], [1, .infinity, 2]]
        for series in hostile {
            if let fc = AutoTheta().forecast(series, seasonLength: 1, horizon: 4) {
                #expect(fc.mean.count == 4 && fc.mean.allSatisfy(\.isFinite), "\(series.prefix(3)): \(fc.mean)")
            }
        }
        #expect(AutoTheta().forecast([0, .nan, 1], seasonLength: 1, horizon: 2) == nil)
        let constant = AutoTheta().forecast([Double](repeating: 7, count: 30), seasonLength: 1, horizon: 3)
        #expect(constant?.mean.allSatisfy { abs($0 - 7) < 1e-6 } == true, "\(String(describing: constant?.mean))")
    }
}
