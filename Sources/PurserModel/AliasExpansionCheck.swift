// CYaml is the libyaml build Yams compiles; reading its events directly is the only way to see
// aliases before Yams' composer resolves them.
import CYaml
import Foundation

/// Measures how many nodes a file's aliases would add once each is replaced by a copy of its
/// anchored node, from libyaml's event stream, before Yams composes anything.
///
/// The measure has to come first: Yams' composer shares the anchored node (cheap), but it hashes
/// every mapping key to find duplicates, and hashing a key that holds nested aliases walks every
/// copy they describe (a billion for nine short lines). `YAMLEventReader` then copies aliases
/// into the located tree, which the same count bounds.
enum AliasExpansionCheck {
    /// A diagnostic at the alias that takes the count past `limits.maxAliasExpansionNodes`, or nil.
    /// Syntax errors are left to Yams, which reports them with their context.
    static func check(_ file: SourceFile, limits: YAMLLimits) -> Diagnostic? {
        // Every alias starts with "*"; most fleet files have none and need no second parse.
        let hasAlias = file.text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 42, bytes.count) != nil } ?? false
        } ?? file.text.utf8.contains(42)
        guard hasAlias else { return nil }
        var text = file.text
        return text.withUTF8 { bytes -> Diagnostic? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var counter = Counter(limit: limits.maxAliasExpansionNodes)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_DOCUMENT_START_EVENT:
                    counter.anchors.removeAll()
                case YAML_SCALAR_EVENT:
                    counter.close(size: 1, anchor: name(event.data.scalar.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    counter.open(anchor: name(event.data.sequence_start.anchor))
                case YAML_MAPPING_START_EVENT:
                    counter.open(anchor: name(event.data.mapping_start.anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    counter.closeCollection()
                case YAML_ALIAS_EVENT:
                    guard let anchor = name(event.data.alias.anchor), counter.alias(anchor) else { continue }
                    let location = SourceLocation(file: file.path, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                    return Diagnostic(code: .limitExceeded, location: location,
                                      message: "aliases expand to more than \(limits.maxAliasExpansionNodes) nodes, the limit was reached at '*\(anchor)'; write the values out or nest fewer aliases")
                default:
                    continue
                }
            }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Node counts of the collections being read and of the anchored nodes of the document.
    private struct Counter {
        let limit: Int
        /// Nodes each anchored node stands for, its aliases' copies included.
        var anchors: [String: Int] = [:]
        /// For each open collection: its node count so far (itself included) and its anchor.
        var open: [(count: Int, anchor: String?)] = []
        var aliasNodes = 0

        init(limit: Int) { self.limit = limit }

        mutating func open(anchor: String?) { open.append((1, anchor)) }

        mutating func closeCollection() {
            guard let collection = open.popLast() else { return }
            close(size: collection.count, anchor: collection.anchor)
        }

        mutating func close(size: Int, anchor: String?) {
            if let anchor { anchors[anchor] = size }
            if !open.isEmpty { open[open.count - 1].count += size }
        }

        /// Counts an alias's copy; true when that passes the limit. An undefined alias is Yams' to report.
        mutating func alias(_ anchor: String) -> Bool {
            let size = anchors[anchor] ?? 1
            aliasNodes += size
            if aliasNodes > limit { return true }
            close(size: size, anchor: nil)
            return false
        }
    }
}
