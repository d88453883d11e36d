import Foundation

/// Two pieces of work at once, on two cores; the first error (of `a`, then of `b`) is thrown.
public enum Concurrently {
    public static func both<A: Sendable, B: Sendable>(_ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B) throws -> (A, B) {
        // Each slot is written by one iteration and read after `concurrentPerform` has returned.
        nonisolated(unsafe) var first: Result<A, any Error>?
        nonisolated(unsafe) var second: Result<B, any Error>?
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { first = Result(catching: a) } else { second = Result(catching: b) }
        }
        return (try first!.get(), try second!.get())
    }
}
