extension String {
    /// True for "data.…" names (user functions); avoids Foundation's slower `hasPrefix`.
    var isDataPath: Bool {
        var it = utf8.makeIterator()
        return it.next() == UInt8(ascii: "d") && it.next() == UInt8(ascii: "a") && it.next() == UInt8(ascii: "t")
            && it.next() == UInt8(ascii: "a") && it.next() == UInt8(ascii: ".")
    }
}

/// Variable bindings: a persistent linked list, so binding one variable is one small allocation
/// and continuations can share their parent's bindings.
struct Env: ExpressibleByDictionaryLiteral {
    final class Node {
        let name: String
        let value: RegoValue?   // nil hides an outer binding (`some x` re-declares x)
        let next: Node?
        init(_ name: String, _ value: RegoValue?, _ next: Node?) {
            self.name = name
            self.value = value
            self.next = next
        }
    }

    var head: Node?

    init() {}

    init(dictionaryLiteral elements: (String, RegoValue)...) {
        for (k, v) in elements { head = Node(k, v, head) }
    }

    subscript(name: String) -> RegoValue? {
        get {
            var n = head
            while let node = n {
                if node.name == name { return node.value }
                n = node.next
            }
            return nil
        }
        set { head = Node(name, newValue, head) }
    }

    mutating func removeValue(forKey name: String) {
        if self[name] != nil { head = Node(name, nil, head) }
    }
}
