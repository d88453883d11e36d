import Foundation

/// Maps over an array on all cores, keeping the order of the input.
public enum ConcurrentMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let buffer = results
        // One iteration per item: libdispatch hands iterations to its workers as they free up,
        // so items of different cost (files of different sizes) and a worker that starts late do
        // not leave a core idle, as a fixed share per worker did.
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            buffer[index] = transform(items[index])
        }
        return results.map { $0! }
    }
}
