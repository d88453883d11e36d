import Foundation

/// The resource limits of one query evaluation (`RegoOptions`): steps, wall-clock time and the
/// size of values built. Reaching one is an `eval_limit_error` that halts evaluation, so a deny
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

    func checkString(_ bytes: Int, _ loc: SourceLocation?) throws {
        if bytes > maxStringBytes {
            throw RegoError(.limit, "a string of \(bytes) bytes exceeds the limit of \(maxStringBytes) (RegoOptions.maxStringBytes)", at: loc)
        }
    }

    /// Checks a value a built-in returned: its size (the top level: nested values were checked when
    /// built) and that a number is finite, since OPA's big numbers have no infinity.
    func checkResult(_ v: RegoValue, _ loc: SourceLocation?) throws {
        switch v {
        case .array(let a): try checkCollection(a.count, loc)
        case .set(let s): try checkCollection(s.count, loc)
        case .object(let o): try checkCollection(o.count, loc)
        case .string(let s): try checkString(s.utf8.count, loc)
        case .number(.double(let d)) where !d.isFinite:
            throw RegoError(.builtin, "numeric result \(d) is out of range", at: loc)
        default: break
        }
    }
}
