import Synchronization

/// The memory the drift samples of one evaluation may keep; columns that find it spent go to
/// `SpilledNumbers` files. Shared by the readers of both samples, which run at once.
final class SpillBudget: Sendable {
    private let remaining: Atomic<Int>

    init(bytes: Int) { remaining = Atomic(bytes) }

    /// Takes `bytes` from the budget; false (and nothing taken) when fewer remain.
    func take(_ bytes: Int) -> Bool {
        var current = remaining.load(ordering: .relaxed)
        while current >= bytes {
            let (exchanged, original) = remaining.compareExchange(expected: current, desired: current - bytes, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }
}
