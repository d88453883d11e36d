import Foundation

/// Semantic versions (semver.org 2.0.0).
enum SemverBuiltins {
    struct Version {
        var major: Int, minor: Int, patch: Int
        var pre: [String]
    }

    static func parse(_ s: String) -> Version? {
        var core = s
        if let plus = core.firstIndex(of: "+") { core = String(core[..<plus]) }
        var pre: [String] = []
        if let dash = core.firstIndex(of: "-") {
            pre = core[core.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if pre.contains(where: { $0.isEmpty }) { return nil }
            core = String(core[..<dash])
        }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var nums: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.allSatisfy(\.isNumber), !(p.count > 1 && p.hasPrefix("0")), let n = Int(p) else { return nil }
            nums.append(n)
        }
        return Version(major: nums[0], minor: nums[1], patch: nums[2], pre: pre)
    }

    static func compare(_ a: Version, _ b: Version) -> Int {
        for (x, y) in [(a.major, b.major), (a.minor, b.minor), (a.patch, b.patch)] where x != y { return x < y ? -1 : 1 }
        if a.pre.isEmpty && b.pre.isEmpty { return 0 }
        if a.pre.isEmpty { return 1 }
        if b.pre.isEmpty { return -1 }
        for (x, y) in zip(a.pre, b.pre) where x != y {
            switch (Int(x), Int(y)) {
            case (let i?, let j?): return i < j ? -1 : 1
            case (.some, nil): return -1
            case (nil, .some): return 1
            default: return x < y ? -1 : 1
            }
        }
        return a.pre.count == b.pre.count ? 0 : (a.pre.count < b.pre.count ? -1 : 1)
    }

    static let all: [String: BuiltinFn] = [
        "semver.is_valid": { _, a in
            guard case .string(let s) = a[0] else { return .bool(false) }
            return .bool(parse(s) != nil)
        },
        "semver.compare": { c, a in
            let x = try c.string(a, 0), y = try c.string(a, 1)
            guard let vx = parse(x) else { throw c.fail("operand 1: string \"\(x)\" is not a valid SemVer") }
            guard let vy = parse(y) else { throw c.fail("operand 2: string \"\(y)\" is not a valid SemVer") }
            return .int(compare(vx, vy))
        },
    ]
}
