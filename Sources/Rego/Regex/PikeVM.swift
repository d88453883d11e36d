import Dispatch
/// Runs a `RegexProgram` over scalars by simulating all threads in lockstep (Pike's VM): time is
/// O(instructions × input) whatever the pattern, and captures follow Go's leftmost-first priorities.
/// One machine serves successive searches over the same input (find all, replace all) without
/// reallocating; it is not shared between threads.
final class PikeVM {
    /// The threads alive at one input position, in priority order, each with its capture slots.
    private struct ThreadList {
        var mark: [UInt32]
        var generation: UInt32 = 1
        var pcs: [Int] = []
        var slots: [Int] = []

        init(size: Int) { mark = Array(repeating: 0, count: size) }

        /// Marks `pc` as visited at this position; false if it already was.
        mutating func visit(_ pc: Int) -> Bool {
            if mark[pc] == generation { return false }
            mark[pc] = generation
            return true
        }

        mutating func clear() {
            pcs.removeAll(keepingCapacity: true)
            slots.removeAll(keepingCapacity: true)
            generation &+= 1
            if generation == 0 {
                for i in mark.indices { mark[i] = 0 }
                generation = 1
            }
        }
    }

    private enum Pending {
        case explore(Int)
        case restore(slot: Int, value: Int)
    }

    /// What zero-width assertions can see at a position: the scalars on either side.
    private struct Context {
        let previous: UInt32?
        let next: UInt32?

        func satisfies(_ assertion: RegexAssertion) -> Bool {
            switch assertion {
            case .beginText: previous == nil
            case .endText: next == nil
            case .beginLine: previous == nil || previous == 10
            case .endLine: next == nil || next == 10
            case .wordBoundary: isWord(previous) != isWord(next)
            case .notWordBoundary: isWord(previous) == isWord(next)
            }
        }

        private func isWord(_ c: UInt32?) -> Bool {
            guard let c else { return false }
            return (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) || c == 95
        }
    }

    private let program: RegexProgram
    private let code: [RegexInstruction]
    private let slotCount: Int
    private var run: ThreadList
    private var next: ThreadList
    private var scratch: [Int]
    private var pending: [Pending] = []
    /// `DispatchTime` uptime (ns) after which a search stops; `.max` for none.
    private let deadline: UInt64
    /// Thread steps since the clock was last read.
    private var work = 0

    /// The search ran past its deadline: linear time is still `input × pattern`, which for a large
    /// pattern over a large input can outlast a policy evaluation's time limit.
    struct DeadlineExceeded: Error {}

    /// Counts work and reads the clock every 2^20 units of it.
    private func spend(_ units: Int) throws(DeadlineExceeded) {
        guard deadline != .max else { return }
        work += units
        if work > 1 << 20 {
            work = 0
            if DispatchTime.now().uptimeNanoseconds > deadline { throw DeadlineExceeded() }
        }
    }

    /// - Parameter slotCount: capture slots to track (0 when only "is there a match" matters, 2 for
    ///   the match bounds, 2·groups for every submatch).
    init(program: RegexProgram, slotCount: Int, deadline: UInt64 = .max) {
        self.deadline = deadline
        self.program = program
        self.code = program.instructions
        self.slotCount = min(slotCount, 2 * program.groupCount)
        self.run = ThreadList(size: program.instructions.count)
        self.next = ThreadList(size: program.instructions.count)
        self.scratch = Array(repeating: -1, count: self.slotCount)
    }

    /// The leftmost-first match starting at or after `start`: capture slots (-1 for a group that did not
    /// participate; empty when `slotCount` is 0), or nil for no match.
    /// Assertions see the whole input, so `^` never matches at `start > 0` and `\b` looks behind `start`.
    func firstMatch(in input: [UInt32], from start: Int) throws(DeadlineExceeded) -> [Int]? {
        let n = input.count
        var matched: [Int]? = nil
        var pos = start
        run.clear()
        next.clear()
        // Seeding threads walks up to the whole program: count it, or many short searches in a row
        // (one per empty match) would never reach a check.
        try spend(code.count)

        func context(_ at: Int) -> Context {
            Context(previous: at > 0 && at <= n ? input[at - 1] : nil, next: at < n ? input[at] : nil)
        }

        while true {
            if run.pcs.isEmpty {
                if matched != nil || (program.anchoredAtStart && pos > 0) { break }
                if let first = program.startScalars {
                    while pos < n && !first.contains(input[pos]) { pos += 1 }
                }
            }
            if matched == nil && (!program.anchoredAtStart || pos == 0) {
                for i in scratch.indices { scratch[i] = -1 }
                add(to: &run, 0, at: pos, context(pos))
            }
            let c: UInt32? = pos < n ? input[pos] : nil
            let nextContext = context(pos + 1)
            threads: for j in run.pcs.indices {
                let pc = run.pcs[j]
                let advances: Bool
                switch code[pc] {
                case .match:
                    matched = Array(run.slots[(j * slotCount)..<((j + 1) * slotCount)])
                    if slotCount == 0 { return [] }
                    // Leftmost-first: the threads after this one have lower priority; drop them.
                    break threads
                case .scalar(let s): advances = c == s
                case .scalarSet(let set): advances = c.map(set.contains) ?? false
                case .anyScalar: advances = c != nil
                case .anyScalarExceptNewline: advances = c != nil && c != 10
                default: advances = false
                }
                if advances {
                    for k in 0..<slotCount { scratch[k] = run.slots[j * slotCount + k] }
                    add(to: &next, pc + 1, at: pos + 1, nextContext)
                }
            }
            if pos >= n { break }
            try spend(run.pcs.count + 1)
            pos += 1
            swap(&run, &next)
            next.clear()
        }
        return matched
    }

    /// Follows jumps, splits, saves and assertions from `start` (in priority order) and queues every
    /// instruction reached that consumes input or matches, with the capture slots of its path
    /// (`scratch` on entry, restored on exit).
    private func add(to list: inout ThreadList, _ start: Int, at pos: Int, _ ctx: Context) {
        pending.append(.explore(start))
        while let item = pending.popLast() {
            switch item {
            case .restore(let slot, let value):
                scratch[slot] = value
            case .explore(let pc):
                guard list.visit(pc) else { continue }
                switch code[pc] {
                case .jump(let target):
                    pending.append(.explore(target))
                case .split(let preferred, let alternative):
                    pending.append(.explore(alternative))
                    pending.append(.explore(preferred))
                case .save(let slot):
                    if slot < slotCount {
                        pending.append(.restore(slot: slot, value: scratch[slot]))
                        scratch[slot] = pos
                    }
                    pending.append(.explore(pc + 1))
                case .assert(let condition):
                    if ctx.satisfies(condition) { pending.append(.explore(pc + 1)) }
                case .scalar, .scalarSet, .anyScalar, .anyScalarExceptNewline, .match:
                    list.pcs.append(pc)
                    list.slots.append(contentsOf: scratch)
                }
            }
        }
    }
}
