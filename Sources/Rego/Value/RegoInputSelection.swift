/// The parts of `input` a compiled query can read. Parsing an input through a selection
/// (`RegoValue(json:selecting:)`) builds only those parts and checks the rest for
/// well-formedness without building it, so a policy that reads five fields of a 2 KB admission
/// review does not pay for the other fifty.
///
/// The selection is sound by construction (`RegoQuery.inputSelection`, `InputReads`): whatever
/// a reference to `input` can reach is kept; see `InputReads` for the rules.
public indirect enum RegoInputSelection: Sendable, Hashable, CustomStringConvertible {
    /// The value, whole.
    case whole
    /// Of an object, the named fields (each with what is read of it), and, when `each` is set,
    /// every field through `each` too; of an array, every element through `each` (or through
    /// `nothing` when unset: the array's existence is kept, its elements unread). Any other
    /// value is kept whole.
    case parts(fields: [String: RegoInputSelection], each: RegoInputSelection?)

    /// The whole input.
    public static let everything = RegoInputSelection.whole
    /// Nothing of it beyond its existence (a query that never reads `input`).
    public static let nothing = RegoInputSelection.parts(fields: [:], each: nil)

    /// One step of a path into the input: a named field, or every element or field.
    public enum Step: Sendable, Hashable {
        case field(String)
        case each
    }

    /// What a path reads: the subtree at its end, whole.
    public init(path: [Step]) { self = RegoInputSelection.along(path[...], then: .whole) }

    /// A selection of object-key paths, each kept whole.
    public init(paths: [[String]]) {
        var s = RegoInputSelection.nothing
        for p in paths { s = s.union(RegoInputSelection(path: p.map { .field($0) })) }
        self = s
    }

    /// `end` at the end of a path, and only the path's steps on the way there.
    static func along(_ path: ArraySlice<Step>, then end: RegoInputSelection) -> RegoInputSelection {
        guard let first = path.first else { return end }
        let rest = along(path.dropFirst(), then: end)
        switch first {
        case .field(let name): return .parts(fields: [name: rest], each: nil)
        case .each: return .parts(fields: [:], each: rest)
        }
    }

    public var readsEverything: Bool { self == .whole }

    /// Whether anything at or under `path` (object fields from the input's root) is read: a
    /// query whose selection does not read a path cannot tell two inputs apart that differ only
    /// there.
    public func reads(_ path: [String]) -> Bool {
        var selection = self
        for key in path {
            if selection == .whole { return true }
            guard let next = selection.field(key) else { return false }
            selection = next
        }
        return true
    }

    /// What either selection reads.
    public func union(_ other: RegoInputSelection) -> RegoInputSelection {
        guard case .parts(let f1, let e1) = self, case .parts(let f2, let e2) = other else { return .whole }
        let each: RegoInputSelection? = switch (e1, e2) {
        case (nil, nil): nil
        case (let x?, nil), (nil, let x?): x
        case (let x?, let y?): x.union(y)
        }
        return .parts(fields: f1.merging(f2) { $0.union($1) }, each: each)
    }

    /// What is read of a field named `key` of an object: nil when nothing.
    func field(_ key: String) -> RegoInputSelection? {
        guard case .parts(let fields, let each) = self else { return .whole }
        switch (fields[key], each) {
        case (nil, nil): return nil
        case (let x?, nil), (nil, let x?): return x
        case (let x?, let y?): return x.union(y)
        }
    }

    /// What is read of each element of an array.
    var element: RegoInputSelection {
        guard case .parts(_, let each) = self else { return .whole }
        return each ?? .nothing
    }

    /// The value with only the selected parts: what parsing it through this selection yields.
    public func applied(to value: RegoValue) -> RegoValue {
        guard case .parts = self else { return value }
        switch value {
        case .object(let o):
            var kept: [RegoValue: RegoValue] = [:]
            for (key, v) in o {
                guard case .string(let name) = key, let child = field(name) else { continue }
                kept[key] = child.applied(to: v)
            }
            return .object(kept)
        case .array(let items):
            let element = self.element
            return .array(items.map { element.applied(to: $0) })
        default:
            return value
        }
    }

    /// Paths in Rego ref syntax, sorted: `input.request.kind`, `input.items[_].name`, or `input`
    /// for everything; a path ending in `{}` keeps only its existence.
    public var description: String {
        var out: [String] = []
        func walk(_ s: RegoInputSelection, _ prefix: String) {
            guard case .parts(let fields, let each) = s else { out.append(prefix); return }
            if fields.isEmpty && each == nil { out.append(prefix + "{}"); return }
            for key in fields.keys.sorted() { walk(fields[key]!, prefix + "[\(RegoValue.string(key).jsonString())]") }
            if let each { walk(each, prefix + "[_]") }
        }
        walk(self, "input")
        return out.joined(separator: ", ")
    }
}
