/// A mapping's pairs in order, found by key: scanned while few (most mappings have a handful of
/// keys, and hashing each lookup cost more than comparing), indexed once there are many, so a
/// hostile mapping with thousands of keys stays linear to read.
struct YAMLPairIndex {
    private(set) var pairs: [YAMLPair] = []
    private var index: [String: Int] = [:]
    private static let indexedFrom = 16

    /// The first pair with this key, if any.
    subscript(key: String) -> YAMLPair? {
        if pairs.count < Self.indexedFrom { return pairs.first { $0.key.text == key } }
        return index[key].map { pairs[$0] }
    }

    /// Adds a pair; a key already present keeps pointing at its first pair.
    mutating func append(_ pair: YAMLPair) {
        pairs.append(pair)
        if pairs.count == Self.indexedFrom {
            for (offset, pair) in pairs.enumerated().reversed() { index[pair.key.text] = offset }
        } else if pairs.count > Self.indexedFrom, index[pair.key.text] == nil {
            index[pair.key.text] = pairs.count - 1
        }
    }
}
