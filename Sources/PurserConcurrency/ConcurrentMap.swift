import Foundation

/// Maps over an array on all cores, keeping the order of the input.
public enum ConcurrentMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount))
        nonisolated(unsafe) let buffer = results
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                buffer[index] = transform(items[index])
                index += workers
            }
        }
        return results.map { $0! }
    }
}
