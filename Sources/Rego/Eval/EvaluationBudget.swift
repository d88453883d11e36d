import Foundation

/// The resource limits of one query evaluation (`RegoOptions`): steps, wall-clock time, the size
/// of each value built and the memory all of them take. Reaching one is an `eval_limit_error` that halts evaluation, so a deny
/// rule can never fail open by running out of budget.
struct EvaluationBudget {
    private(set) var steps = 0
    /// Where the latest located step was, for errors raised by steps without a location.
    private var lastLocation: SourceLocation?
    let maxSteps: Int
    /// `DispatchTime` uptime in nanoseconds after which evaluation stops.
    let deadline: UInt64
    let maxCollectionElements: Int
    let maxStringBytes: Int
    let maxAllocatedBytes: Int
    /// Estimated bytes of the values built so far (never reduced when they are freed).
    private(set) var allocatedBytes = 0

    /// Estimated cost of one element of an array, set or object: the value plus hashing overhead.
    static let bytesPerElement = 32

    /// The clock is read once per this many steps.
    private static let clockInterval = 1024

    init(_ options: RegoOptions) {
        maxSteps = options.maxEvaluationSteps ?? .max
        if let t = options.timeout {
            let now = DispatchTime.now().uptimeNanoseconds
            let ns = max(0, Double(t.components.seconds) * 1e9 + Double(t.components.attoseconds) / 1e9)
            deadline = ns < Double(UInt64.max - now) ? now + UInt64(ns) : .max
        } else {
            deadline = .max
        }
        maxCollectionElements = options.maxCollectionElements
        maxStringBytes = options.maxStringBytes
        maxAllocatedBytes = options.maxAllocatedBytes
    }

    @inline(__always)
    mutating func step(_ loc: SourceLocation?) throws {
        steps &+= 1
        if let loc { lastLocation = loc }
        if steps > maxSteps || steps % EvaluationBudget.clockInterval == 0 { try check(loc) }
    }

    private func check(_ loc: SourceLocation?) throws {
        let loc = loc ?? lastLocation
        if steps > maxSteps {
            throw RegoError(.limit, "evaluation exceeded \(maxSteps) steps (RegoOptions.maxEvaluationSteps)", at: loc)
        }
        if deadline != .max, DispatchTime.now().uptimeNanoseconds > deadline {
            throw RegoError(.limit, "evaluation exceeded its time limit (RegoOptions.timeout)", at: loc)
        }
    }

    func checkCollection(_ count: Int, _ loc: SourceLocation?) throws {
        if count > maxCollectionElements {
            throw RegoError(.limit, "a collection of \(count) elements exceeds the limit of \(maxCollectionElements) (RegoOptions.maxCollectionElements)", at: loc)
        }
    }

    /// Records one more element of a collection being built (comprehensions, partial set rules).
    mutating func addElement(collectionCount count: Int, _ loc: SourceLocation?) throws {
        try checkCollection(count, loc)
        try allocate(EvaluationBudget.bytesPerElement, loc)
    }

    mutating func allocate(_ bytes: Int, _ loc: SourceLocation?) throws {
        allocatedBytes = allocatedBytes.addingReportingOverflow(bytes).overflow ? .max : allocatedBytes + bytes
        if allocatedBytes > maxAllocatedBytes {
            throw RegoError(.limit, "values built during evaluation exceed \(maxAllocatedBytes) bytes (RegoOptions.maxAllocatedBytes)", at: loc ?? lastLocation)
        }
    }

    func checkString(_ bytes: Int, _ loc: SourceLocation?) throws {
        if bytes > maxStringBytes {
            throw RegoError(.limit, "a string of \(bytes) bytes exceeds the limit of \(maxStringBytes) (RegoOptions.maxStringBytes)", at: loc)
        }
    }

    /// Checks and records a value a built-in returned: its size (the top level: nested values were
    /// checked when built) and that a number is finite, since OPA's big numbers have no infinity.
    mutating func addResult(_ v: RegoValue, _ loc: SourceLocation?) throws {
        switch v {
        case .array(let a): try checkCollection(a.count, loc); try allocate(a.count * EvaluationBudget.bytesPerElement, loc)
        case .set(let s): try checkCollection(s.count, loc); try allocate(s.count * EvaluationBudget.bytesPerElement, loc)
        case .object(let o): try checkCollection(o.count, loc); try allocate(o.count * EvaluationBudget.bytesPerElement, loc)
        case .string(let s): try checkString(s.utf8.count, loc); try allocate(s.utf8.count, loc)
        case .number(.double(let d)) where !d.isFinite:
            throw RegoError(.builtin, "numeric result \(d) is out of range", at: loc)
        default: break
        }
    }
}
