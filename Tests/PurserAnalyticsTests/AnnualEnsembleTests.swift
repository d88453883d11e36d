import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct AnnualEnsembleTests {
    /// A yearly-like series whose growth slows: the members disagree about the slope.
    func slowingGrowth(seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<24).map { t in
            let x = Double(t)
            let trend: Double = 200 + 12 * x - 0.25 * x * x
            return trend + 6 * rng.nextGaussian()
        }
    }

    @Test func theRandomWalksAreTheLastValueAndTheMeanYearlyChange() {
        let members = ETSForecaster().annualMembers([10, 12, 11, 16], horizon: 3)
        let naive = members.first { $0.kind == .randomWalk }
        let drift = members.first { $0.kind == .randomWalkWithDrift }
        #expect(naive?.mean == [16, 16, 16])
        // (16 − 10) / 3 = 2 a year.
        #expect(drift?.mean == [18, 20, 22])
        #expect(ETSForecaster().annualMembers([1, 2, 3], horizon: 0).allSatisfy { $0.mean.isEmpty })
    }

    @Test func onYearlyDataItIsTheMedianOfNineMembers() throws {
        let y = slowingGrowth(seed: 21)
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleAnnual
        let (ensemble, name) = try forecaster.forecast(y, seasonLength: 1, horizon: 5)
        // Each member fitted on its own.
        let (best, damped) = try forecaster.fitBest(y, seasonLength: 1)
        let arima = try #require(AutoARIMA().forecast(y, seasonLength: 1, horizon: 5))
        let ces = try #require(AutoCES().forecast(y, seasonLength: 1, horizon: 5))
        let autoTheta = try #require(AutoTheta().forecast(y, seasonLength: 1, horizon: 5))
        let last = y[y.count - 1]
        let slope: Double = (last - y[0]) / Double(y.count - 1)
        let drift: [Double] = (1...5).map { last + Double($0) * slope }
        let members: [[Double]] = [
            best.forecast(horizon: 5, levels: []).mean,
            ThetaModel(y, seasonLength: 1, optimized: true).mean(horizon: 5),
            try #require(damped).forecast(horizon: 5, levels: []).mean,
            arima.mean, ces.mean,
            ThetaModel(y, seasonLength: 1, optimized: false).mean(horizon: 5),
            autoTheta.mean,
            [Double](repeating: last, count: 5),
            drift,
        ]
        for step in 0..<5 {
            let sorted = members.map { $0[step] }.sorted()
            let tolerance: Double = 1e-9 * max(1, abs(sorted[4]))
            #expect(abs(ensemble.mean[step] - sorted[4]) < tolerance, "step \(step)")
        }
        #expect(name.hasSuffix("+Theta+\(autoTheta.model.description)+Naive+RWD"), "\(name)")
        // Nine members, not `.ensembleCES`'s five.
        forecaster.method = .ensembleCES
        let (five, _) = try forecaster.forecast(y, seasonLength: 1, horizon: 5)
        #expect(five.mean != ensemble.mean)
    }

    @Test func onSeasonalDataItIsTheCESEnsemble() throws {
        var rng = SplitMix64(seed: 4)
        let y: [Double] = (0..<60).map { t in
            let x = Double(t)
            let seasonal: Double = 8 * sin(x * Double.pi / 6)
            return 100 + 0.5 * x + seasonal + 2 * rng.nextGaussian()
        }
        var annual = ETSForecaster(), ces = ETSForecaster()
        annual.method = .ensembleAnnual
        ces.method = .ensembleCES
        let a = try annual.forecast(y, seasonLength: 12, horizon: 12)
        let c = try ces.forecast(y, seasonLength: 12, horizon: 12)
        #expect(a.forecast == c.forecast && a.model == c.model)
    }

    @Test func hostileYearlySeriesGiveFiniteForecasts() throws {
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleAnnual
        let hostile: [[Double]] = [[1, 2, 3], [Double](repeating: 7, count: 20), (0..<30).map { $0 % 2 == 0 ? 1e300 : -1e300 },
                                   [-Double.greatestFiniteMagnitude, 0, Double.greatestFiniteMagnitude],
                                   (0..<30).map { $0 == 15 ? 1e12 : 1 }, (0..<30).map { -Double($0) }]
        for series in hostile {
            let (fc, name) = try forecaster.forecast(series, seasonLength: 1, horizon: 4)
            #expect(fc.mean.count == 4 && fc.mean.allSatisfy(\.isFinite), "\(name): \(fc.mean)")
        }
    }
}
