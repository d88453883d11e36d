import Foundation

/// Compiled patterns (and compile errors) by source text, shared by every evaluation thread.
/// Bounded: once `capacity` patterns are held, the cache starts over.
final class RegexpCache: @unchecked Sendable {
    static let shared = RegexpCache(capacity: 1000)

    private let capacity: Int
    private let lock = NSLock()
    private var entries: [String: Result<Regexp, RegexError>] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func regexp(_ pattern: String) throws(RegexError) -> Regexp {
        if let cached = lock.withLock({ entries[pattern] }) { return try cached.get() }
        // Compiled outside the lock: another thread may compile the same pattern, which is harmless.
        let result = Result { () throws(RegexError) in try Regexp(pattern) }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[pattern] = result
        }
        return try result.get()
    }
}
