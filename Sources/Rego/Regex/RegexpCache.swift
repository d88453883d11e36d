import Foundation

/// Compiled patterns (and compile errors) by source text, shared by every evaluation thread.
/// Bounded in patterns and in total instructions (patterns may come from input): once either bound
/// would be passed, the cache starts over.
final class RegexpCache: @unchecked Sendable {
    static let shared = RegexpCache(capacity: 1000, instructionBudget: 2_000_000)

    private let capacity: Int
    private let instructionBudget: Int
    private let lock = NSLock()
    private var entries: [String: Result<Regexp, RegexError>] = [:]
    private var instructions = 0

    init(capacity: Int, instructionBudget: Int = .max) {
        self.capacity = capacity
        self.instructionBudget = instructionBudget
    }

    func regexp(_ pattern: String) throws(RegexError) -> Regexp {
        if let cached = lock.withLock({ entries[pattern] }) { return try cached.get() }
        // Compiled outside the lock: another thread may compile the same pattern, which is harmless.
        let result = Result { () throws(RegexError) in try Regexp(pattern) }
        let size = (try? result.get())?.program.instructions.count ?? 0
        lock.withLock {
            if entries.count >= capacity || instructions + size > instructionBudget {
                entries.removeAll(keepingCapacity: true)
                instructions = 0
            }
            if entries.updateValue(result, forKey: pattern) == nil { instructions += size }
        }
        return try result.get()
    }
}
