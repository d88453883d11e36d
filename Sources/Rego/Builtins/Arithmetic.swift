import Foundation

/// Numbers: `+ - * / %`, rounding, ranges.
enum ArithmeticBuiltins {
    /// Elements of `numbers.range_step(x, y, step)`, without overflow (saturating at `Int.max`).
    static func rangeCount(_ x: Int, _ y: Int, step: Int) -> Int {
        let span = x <= y ? UInt(bitPattern: y &- x) : UInt(bitPattern: x &- y)
        return Int(min(span / UInt(step), UInt(Int.max) - 1) + 1)
    }

    static let all: [String: BuiltinFn] = [
        "plus": { c, a in .number(.add(try c.number(a, 0), try c.number(a, 1))) },
        "minus": { c, a in
            if case .set(let x) = a[0], case .set(let y) = a[1] { return .set(x.subtracting(y)) }
            if case .set = a[0] { throw c.typeError(2, a[1], "set") }
            if case .number = a[0] {} else if case .number = a[1] { throw c.typeError(1, a[0], "number") }
            else { throw c.typeError(1, a[0], "one of {number, set}") }
            return .number(.sub(try c.number(a, 0), try c.number(a, 1)))
        },
        "mul": { c, a in .number(.mul(try c.number(a, 0), try c.number(a, 1))) },
        "div": { c, a in
            let x = try c.number(a, 0), y = try c.number(a, 1)
            if y.doubleValue == 0 { throw c.fail("divide by zero") }
            return .number(.div(x, y))
        },
        "rem": { c, a in
            let x = try c.number(a, 0), y = try c.number(a, 1)
            guard let xi = x.intValue, let yi = y.intValue else {
                throw c.fail("modulo on floating-point number")
            }
            if yi == 0 { throw c.fail("modulo by zero") }
            return .int(xi.remainderReportingOverflow(dividingBy: yi).partialValue)
        },
        "abs": { c, a in
            let x = try c.number(a, 0)
            if case .int(let i) = x, i != Int.min { return .int(abs(i)) }
            return .double(abs(x.doubleValue))
        },
        "round": { c, a in
            let x = try c.number(a, 0)
            if case .int = x { return .number(x) }
            return .double(x.doubleValue.rounded(.toNearestOrAwayFromZero))
        },
        "ceil": { c, a in
            let x = try c.number(a, 0)
            if case .int = x { return .number(x) }
            return .double(x.doubleValue.rounded(.up))
        },
        "floor": { c, a in
            let x = try c.number(a, 0)
            if case .int = x { return .number(x) }
            return .double(x.doubleValue.rounded(.down))
        },
        "numbers.range": { c, a in
            let x = try c.int(a, 0), y = try c.int(a, 1)
            try c.reserveElements(rangeCount(x, y, step: 1))
            return .array(x <= y ? (x...y).map { .int($0) } : stride(from: x, through: y, by: -1).map { .int($0) })
        },
        "numbers.range_step": { c, a in
            let x = try c.int(a, 0), y = try c.int(a, 1), s = try c.int(a, 2)
            guard s > 0 else { throw c.fail("step must be a positive number above zero") }
            try c.reserveElements(rangeCount(x, y, step: s))
            return .array(x <= y ? stride(from: x, through: y, by: s).map { .int($0) } : stride(from: x, through: y, by: -s).map { .int($0) })
        },
        "rand.intn": { c, a in
            let s = try c.string(a, 0)
            let n = try c.intOperand(a, 1)
            if n == 0 { return .int(0) }
            var h: UInt64 = 1469598103934665603
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
            return .int(Int(h % UInt64(n.magnitude)))
        },
    ]
}
