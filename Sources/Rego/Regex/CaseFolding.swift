/// Simple (one scalar to one scalar) case-folding orbits, as Go's `unicode.SimpleFold` walks them:
/// `k`, `K` and KELVIN SIGN form one orbit, `s`, `S` and LONG S another, `ß` and `ẞ` a third.
enum CaseFolding {
    /// Every scalar that has case partners, mapped to its whole orbit (itself included), keyed and sorted.
    private static let orbits: [UInt32: [UInt32]] = {
        var byKey: [UInt32: [UInt32]] = [:]
        // Every cased scalar lies below U+20000; the dotted/dotless Turkish i fold only under
        // locale-specific rules, which Go does not apply either.
        for v in UInt32(0)..<0x20000 where v != 0x130 && v != 0x131 {
            guard let s = Unicode.Scalar(v), s.properties.changesWhenCaseMapped else { continue }
            byKey[key(s), default: []].append(v)
        }
        var out: [UInt32: [UInt32]] = [:]
        for (k, members) in byKey {
            var orbit = members
            if !orbit.contains(k) { orbit.append(k) }
            guard orbit.count > 1 else { continue }
            orbit.sort()
            for m in orbit { out[m] = orbit }
        }
        return out
    }()

    private static let sortedFoldable: [UInt32] = orbits.keys.sorted()

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        let scalars = mapping.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    private static func key(_ s: Unicode.Scalar) -> UInt32 {
        let upper = single(s.properties.uppercaseMapping) ?? s
        return (single(upper.properties.lowercaseMapping) ?? upper).value
    }

    /// The scalars that match `c` case-insensitively, `c` included.
    static func orbit(of c: UInt32) -> [UInt32] { orbits[c] ?? [c] }

    /// `set` plus every case partner of its members.
    static func closure(of set: ScalarSet) -> ScalarSet {
        var added: [ClosedRange<UInt32>] = []
        for r in set.ranges {
            var i = lowerIndex(r.lowerBound)
            while i < sortedFoldable.count, sortedFoldable[i] <= r.upperBound {
                for partner in orbits[sortedFoldable[i]]! where !r.contains(partner) { added.append(partner...partner) }
                i += 1
            }
        }
        return added.isEmpty ? set : set.union(ScalarSet(added))
    }

    private static func lowerIndex(_ v: UInt32) -> Int {
        var lo = 0, hi = sortedFoldable.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedFoldable[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
