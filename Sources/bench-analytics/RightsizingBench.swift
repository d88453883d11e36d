import Foundation
import PurserAnalytics

/// Times VPA-style rightsizing (CPU and memory histograms) over `days` of one-minute samples for
/// `containers` containers. Samples are generated one container at a time, outside the timing,
/// so memory stays at one container's series.
struct RightsizingBench {
    var containers: Int
    var days: Int

    func run() {
        let minutes = days * 1440
        let start = 1_790_000_000.0
        let timestamps = (0..<minutes).map { start + Double($0) * 60 }
        var generator = SystemRandomNumberGenerator()
        var seconds = 0.0
        var targets = 0.0
        for container in 0..<containers {
            let base = 0.05 + Double(container % 97) / 50
            var cpu = [Double](repeating: 0, count: minutes), memory = [Double](repeating: 0, count: minutes)
            for i in 0..<minutes {
                let daily = 0.6 + 0.4 * sin(Double(i % 1440) / 1440 * 2 * .pi)
                cpu[i] = base * daily * Double.random(in: 0.8...1.2, using: &generator)
                memory[i] = (2e8 + base * 1e9) * (0.9 + 0.1 * daily)
            }
            let cpuSeries = UsageSeries(timestamps: timestamps, values: cpu)
            let memorySeries = UsageSeries(timestamps: timestamps, values: memory)
            let clock = ContinuousClock.now
            let rightsizer = Rightsizer()
            if case .success(let c) = rightsizer.cpu([cpuSeries], step: 60) { targets += c.target }
            if case .success(let m) = rightsizer.memory([memorySeries], step: 60) { targets += m.target / 1e9 }
            let elapsed = ContinuousClock.now - clock
            seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        print(String(format: "rightsizing: %d containers × %d days of 1-minute samples (%d CPU + %d memory samples): %.3f s (checksum %.3f)",
                     containers, days, containers * minutes, containers * minutes, seconds, targets))
    }
}
