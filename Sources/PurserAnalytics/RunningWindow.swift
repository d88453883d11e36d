import Foundation

/// Running mean and standard deviation over the last `capacity` values.
struct RunningWindow {
    let capacity: Int
    private var buffer: [Double] = []
    private var head = 0
    private var sum = 0.0, sumSquares = 0.0

    init(capacity: Int) { self.capacity = max(capacity, 1) }

    var count: Int { buffer.count }
    var mean: Double { buffer.isEmpty ? 0 : sum / Double(buffer.count) }
    var standardDeviation: Double {
        guard buffer.count > 1 else { return 0 }
        let n = Double(buffer.count)
        return max((sumSquares - sum * sum / n) / (n - 1), 0).squareRoot()
    }

    mutating func push(_ x: Double) {
        if buffer.count == capacity {
            let old = buffer[head]
            sum -= old; sumSquares -= old * old
            buffer[head] = x
            head = (head + 1) % capacity
        } else {
            buffer.append(x)
        }
        sum += x; sumSquares += x * x
    }
}
