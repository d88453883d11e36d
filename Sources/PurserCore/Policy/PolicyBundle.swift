import Foundation
import PurserModel
import Rego

/// Policies and data loaded from files and folders, as `opa eval -d` and `opa test` load them:
/// the library side of `purser policy eval` and `purser policy test`.
public enum PolicyBundle {
    /// A policy, data or input file that cannot be used; the description names the file and, for
    /// Rego errors, the line and column with the source line and a caret.
    public struct LoadError: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind { .invalidInput }

        public init(description: String) { self.description = description }
    }

    static func userFacing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RegoError { throw LoadError(description: error.description) }
    }

    /// `.rego` modules and `.json` data documents under the given files or folders, sorted by path.
    public static func load(paths: [String]) throws -> (modules: [RegoModule], data: RegoValue) {
        var files: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw LoadError(description: "\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
                while let file = enumerator?.nextObject() as? URL {
                    if ["rego", "json"].contains(file.pathExtension) { files.append(file) }
                }
            } else {
                files.append(url)
            }
        }
        var modules: [RegoModule] = []
        var data = RegoValue.object([:])
        for file in files.sorted(by: { $0.path < $1.path }) {
            let contents: Data
            do { contents = try Data(contentsOf: file) } catch { throw LoadError(description: "\(file.path): cannot read: \(error.localizedDescription)") }
            if file.pathExtension == "json" {
                let value: RegoValue
                do { value = try RegoValue(json: contents) } catch { throw LoadError(description: "\(file.path): invalid JSON: \(error)") }
                data = merge(data, value)
            } else {
                modules.append(RegoModule(path: file.relativePath, source: String(decoding: contents, as: UTF8.self)))
            }
        }
        return (modules, data)
    }

    public static func engine(paths: [String], syntax: String) throws -> RegoEngine {
        let (modules, data) = try load(paths: paths)
        let version: RegoOptions.RegoVersion = syntax == "v0" ? .v0 : (syntax == "v1" ? .v1 : .auto)
        return try userFacing { try RegoEngine(modules: modules, data: data, options: RegoOptions(regoVersion: version)) }
    }

    /// The query's result set as pretty JSON: `[{"x": ...}, ...]`, or for a bare ref `[{"result": value}]`.
    /// With `explain`, an object `{"result": <that array>, "explanation": [...]}` whose explanation
    /// lists every rule body that succeeded (location, rule, value contributed, bindings), like
    /// `opa eval --explain=notes`.
    public static func evaluate(paths: [String], inputPath: String?, query: String, syntax: String, explain: Bool = false) throws -> String {
        let engine = try engine(paths: paths, syntax: syntax)
        var input: RegoValue?
        if let inputPath {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: inputPath)) } catch { throw LoadError(description: "\(inputPath): cannot read: \(error.localizedDescription)") }
            do { input = try RegoValue(json: data) } catch { throw LoadError(description: "\(inputPath): invalid JSON: \(error)") }
        }
        let isRef = query == "data" || query == "input" || Lexical.isDataReference(query)
        if explain {
            let (bindings, notes) = try userFacing {
                try engine.prepare(query: isRef ? "__result__ = \(query)" : query).explain(input: input)
            }
            let results: [RegoValue] = bindings.map { b in
                .object(Dictionary(uniqueKeysWithValues: b.map { (RegoValue.string($0.key == "__result__" ? "result" : $0.key), $0.value) }))
            }
            let explanation: [RegoValue] = notes.map { note in
                ["location": .string("\(note.file):\(note.line):\(note.column)"), "rule": .string(note.rule), "value": note.value,
                 "bindings": .object(Dictionary(uniqueKeysWithValues: note.bindings.map { (RegoValue.string($0.key), $0.value) }))]
            }
            return RegoValue.object([.string("result"): .array(results), .string("explanation"): .array(explanation)]).prettyJSONString()
        }
        let results: [RegoValue] = try userFacing {
        if isRef {
            return try engine.evaluateRef(query, input: input).map { [.object([.string("result"): $0])] } ?? []
        } else {
            return try engine.evaluate(query: query, input: input)
        }
        }
        return RegoValue.array(results).prettyJSONString()
    }

    public struct TestReport: Sendable {
        public var results: [RegoTestResult]
    }

    public static func test(paths: [String], syntax: String) throws -> TestReport {
        TestReport(results: try engine(paths: paths, syntax: syntax).runTests())
    }

    /// Deep-merges data documents, as OPA loads several JSON files into one `data` tree.
    static func merge(_ a: RegoValue, _ b: RegoValue) -> RegoValue {
        guard case .object(var left) = a, case .object(let right) = b else { return b }
        for (key, value) in right { left[key] = left[key].map { merge($0, value) } ?? value }
        return .object(left)
    }
}
