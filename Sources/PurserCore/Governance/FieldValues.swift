/// The distinct values of a column that takes few of them (a label, a prediction, a sensitive
/// group), each with a small id. The values seen first are recognised from the field's bytes, so
/// millions of rows do not each build a string.
struct FieldValues {
    private(set) var texts: [String] = []
    private var bytes: [[UInt8]] = []
    private var ids: [String: Int] = [:]

    /// Values compared byte for byte before a string is built.
    static let recognised = 16

    /// The id of field `i` of the log's current row (ids count up from 0 as values are first
    /// seen), or nil when the field is empty.
    mutating func id(_ i: Int, in log: PredictionLog) -> Int? {
        for k in 0..<min(bytes.count, Self.recognised) where !bytes[k].isEmpty && log.field(i, is: bytes[k]) { return k }
        guard let text = log.text(i) else { return nil }
        if let id = ids[text] { return id }
        let id = texts.count
        texts.append(text)
        // An empty or NULL text (quoted in the file) must not match an empty or bare NULL field,
        // which is no value: such texts are only found through `ids`.
        bytes.append(text == "NULL" ? [] : Array(text.utf8))
        ids[text] = id
        return id
    }
}
