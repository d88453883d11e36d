import Foundation

/// Maps over an array on all cores, keeping the order of the input.
public enum ConcurrentMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        // Each result is written once, in place, into the array returned: no optional slots to
        // unwrap and copy afterwards (that copy ran on one core, and large results are mostly
        // reference counts).
        return [R](unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
            nonisolated(unsafe) let results = buffer
            // One iteration per item: libdispatch hands iterations to its workers as they free up,
            // so items of different cost (files of different sizes) and a worker that starts late do
            // not leave a core idle, as a fixed share per worker did.
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                (results.baseAddress! + index).initialize(to: transform(items[index]))
            }
            initializedCount = items.count
        }
    }
}
