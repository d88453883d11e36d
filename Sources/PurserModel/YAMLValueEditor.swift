/// Sets scalar values in YAML text in place, so a reviewer sees only the values that changed:
/// comments, key order, quoting, indentation and line breaks stay byte for byte.
///
/// The located tree says where each node starts; the editor scans the source from there to find
/// where the scalar ends, replaces just those bytes, and inserts `key: value` lines (or flow
/// pairs) for keys that are absent. Every result is parsed again and must hold the proposed
/// value at the path, or the edit is refused: a form the editor cannot keep is an error, never a
/// silently reformatted file.
public enum YAMLValueEditor {
    /// The text of `file` with `edit` applied.
    ///
    /// - Parameter component: in a file of several documents, the one whose `metadata.name` is
    ///   this; a single document must carry this name too when it has one.
    /// - Throws: `YAMLEditError`, located at the value or mapping concerned.
    public static func apply(_ edit: YAMLValueEdit, to file: SourceFile, component: String? = nil) throws(YAMLEditError) -> String {
        guard !edit.path.isEmpty else {
            throw YAMLEditError(.invalidPath, at: SourceLocation(file: file.path, line: 1, column: 1), "an edit needs a key path")
        }
        let original = try documents(in: file, component: component)
        var text = YAMLText(file)
        let edited = try text.apply(edit, in: original.all[original.target])
        try verify(edit, in: SourceFile(path: file.path, text: edited), component: component, original: original)
        return edited
    }

    /// The text of `file` with every edit applied in turn.
    public static func apply(_ edits: [YAMLValueEdit], to file: SourceFile, component: String? = nil) throws(YAMLEditError) -> String {
        var current = file
        for edit in edits {
            current = SourceFile(path: file.path, text: try apply(edit, to: current, component: component))
        }
        return current.text
    }

    /// The file's documents and the index of the one to edit.
    static func documents(in file: SourceFile, component: String?) throws(YAMLEditError) -> (all: [YAMLNode], target: Int) {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let (documents, diagnostics) = YAMLParser.documents(of: file)
        if let problem = diagnostics.first {
            throw YAMLEditError(.invalidYAML, at: problem.location, problem.message)
        }
        guard !documents.isEmpty else { throw YAMLEditError(.invalidPath, at: start, "the file holds no YAML document") }
        let named = documents.filter { name(of: $0) == component }
        if let component {
            if documents.count == 1, let only = documents.first, name(of: only) == nil || name(of: only) == component { return (documents, 0) }
            guard let match = named.first else {
                throw YAMLEditError(.invalidPath, at: start, "no document in the file has metadata.name '\(component)'")
            }
            guard named.count == 1 else {
                throw YAMLEditError(.invalidPath, at: named[1].location, "\(named.count) documents in the file have metadata.name '\(component)'")
            }
            return (documents, documents.firstIndex(of: match) ?? 0)
        }
        guard documents.count == 1 else {
            throw YAMLEditError(.invalidPath, at: documents[1].location, "the file holds \(documents.count) documents: name the component to edit")
        }
        return (documents, 0)
    }

    private static func name(of document: YAMLNode) -> String? {
        guard case .mapping(let pairs, _) = document,
              case .mapping(let metadata, _)? = pairs.first(where: { $0.key.text == "metadata" })?.value,
              case .scalar(let name)? = metadata.first(where: { $0.key.text == "name" })?.value else { return nil }
        return name.text
    }

    /// The edited file must read back with the proposed value at the path and every other key,
    /// value and document as before.
    private static func verify(_ edit: YAMLValueEdit, in file: SourceFile, component: String?,
                               original: (all: [YAMLNode], target: Int)) throws(YAMLEditError) {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let edited: (all: [YAMLNode], target: Int)
        do throws(YAMLEditError) {
            edited = try documents(in: file, component: component)
        } catch {
            throw YAMLEditError(.unsupportedForm, at: error.location, "the edited file would not read back (\(error.message)); change \(YAMLText.pathText(edit.path)) by hand")
        }
        let untouched = edited.all.count == original.all.count && edited.target == original.target
            && zip(original.all, edited.all).enumerated().allSatisfy { index, pair in
                index == original.target ? pair.0.differsOnly(at: edit.path, from: pair.1) : pair.0.hasSameContent(as: pair.1)
            }
        guard untouched else {
            throw YAMLEditError(.unsupportedForm, at: start, "an in-place edit of \(YAMLText.pathText(edit.path)) would change more than that value; change it by hand")
        }
        var node = edited.all[edited.target]
        for key in edit.path {
            switch node {
            case .mapping(let pairs, _):
                guard let pair = pairs.first(where: { $0.key.text == key }) else {
                    throw YAMLEditError(.unsupportedForm, at: start, "the edited file would not hold \(YAMLText.pathText(edit.path)); change it by hand")
                }
                node = pair.value
            case .sequence(let items, _):
                guard let index = Int(key), items.indices.contains(index) else {
                    throw YAMLEditError(.unsupportedForm, at: start, "the edited file would not hold \(YAMLText.pathText(edit.path)); change it by hand")
                }
                node = items[index]
            case .scalar:
                throw YAMLEditError(.unsupportedForm, at: start, "the edited file would not hold \(YAMLText.pathText(edit.path)); change it by hand")
            }
        }
        guard case .scalar(let scalar) = node, scalar.text == edit.proposed else {
            throw YAMLEditError(.unsupportedForm, at: node.location,
                                "the edited file would not read back '\(Lexical.excerpt(edit.proposed))' at \(YAMLText.pathText(edit.path)); change it by hand")
        }
    }
}
