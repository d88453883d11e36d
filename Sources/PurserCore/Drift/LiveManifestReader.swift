import Foundation
import PurserModel
import PurserRender

/// Reads Kubernetes objects from `kubectl get -o yaml` output: single objects, multi-document
/// files and `kind: List` files with `items:`. Files larger than the YAML reader's limit are refused.
public enum LiveManifestReader {
    /// All live files together: a bound on memory for a folder of any size.
    public static let maxTotalBytes = 256 << 20

    /// A live file that cannot be read as Kubernetes objects; invalid input, located.
    public struct InvalidLiveFile: ClassifiedFailure {
        public var diagnostics: [Diagnostic]
        public var failureKind: FailureKind { .invalidInput }
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// Every `.yaml`, `.yml` and `.json` file under `directory` (hidden files skipped), in path order.
    public static func read(directory: URL) throws -> [KubernetesObject] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LiveDrift.Failure(description: "\(directory.path) is not a folder", failureKind: .invalidInput)
        }
        guard let walker = fm.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey], options: [.skipsHiddenFiles]) else {
            throw LiveDrift.Failure(description: "cannot list \(directory.path)", failureKind: .internalFailure)
        }
        var paths: [URL] = []
        for case let url as URL in walker where ["yaml", "yml", "json"].contains(url.pathExtension) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { paths.append(url) }
        }
        var objects: [KubernetesObject] = []
        var diagnostics: [Diagnostic] = []
        let base = directory.standardizedFileURL.path
        var totalBytes = 0
        for url in paths.sorted(by: { $0.path < $1.path }) {
            let standardized = url.standardizedFileURL.path
            let relative = standardized.hasPrefix(base + "/") ? String(standardized.dropFirst(base.count + 1)) : url.lastPathComponent
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            if size > YAMLLimits.standard.maxFileBytes {
                diagnostics.append(Diagnostic(code: .limitExceeded, location: SourceLocation(file: relative, line: 1, column: 1),
                                              message: "the file is \(size) bytes; YAML files may be at most \(YAMLLimits.standard.maxFileBytes) bytes"))
                continue
            }
            totalBytes += size
            if totalBytes > maxTotalBytes {
                throw LiveDrift.Failure(description: "\(directory.path): the live files exceed \(maxTotalBytes >> 20) MiB together; compare fewer namespaces at a time", failureKind: .invalidInput)
            }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw LiveDrift.Failure(description: "cannot read \(url.path): \(error.localizedDescription)", failureKind: .internalFailure)
            }
            switch SourceFile.decoding(data, path: relative) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let file):
                let parsed = Self.objects(in: file)
                objects += parsed.objects
                diagnostics += parsed.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw InvalidLiveFile(diagnostics: diagnostics) }
        return objects
    }

    /// The objects of one file's text.
    /// - Parameters:
    ///   - itemType: the type of a list's items when they do not say it: the API server leaves
    ///     `apiVersion` and `kind` out of the items of a built-in type's list.
    ///   - limits: the YAML reader's bounds (an API list page may be larger than a file).
    public static func objects(in file: SourceFile, itemType: (apiVersion: String, kind: String)? = nil,
                               limits: YAMLLimits = .standard) -> (objects: [KubernetesObject], diagnostics: [Diagnostic]) {
        let parsed = YAMLParser.documents(of: file, limits: limits)
        if !parsed.diagnostics.isEmpty { return ([], parsed.diagnostics) }
        return objects(in: parsed.documents, itemType: itemType)
    }

    /// The objects of parsed documents (see `objects(in:itemType:limits:)`).
    static func objects(in documents: [YAMLNode], itemType: (apiVersion: String, kind: String)?) -> (objects: [KubernetesObject], diagnostics: [Diagnostic]) {
        var objects: [KubernetesObject] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            guard case .mapping = document else {
                diagnostics.append(problem(at: document, "expected a Kubernetes object (a mapping), found \(document.kindDescription)"))
                continue
            }
            if let kind = scalar(document, "kind"), kind.hasSuffix("List"), child(document, "metadata").flatMap({ scalar($0, "name") }) == nil {
                // An empty list may leave `items` out, or hold null (Go's nil slice).
                guard let items = child(document, "items") else { continue }
                if case .scalar(let scalar) = items, scalar.isNull { continue }
                guard case .sequence(let elements, _) = items else {
                    diagnostics.append(problem(at: items, "expected 'items' to be a list, found \(items.kindDescription)"))
                    continue
                }
                for item in elements {
                    switch object(item, type: itemType) {
                    case .success(let object): objects.append(object)
                    case .failure(let diagnostic): diagnostics.append(diagnostic)
                    }
                }
            } else {
                switch object(document) {
                case .success(let object): objects.append(object)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
        return (objects, diagnostics)
    }

    static func object(_ node: YAMLNode, type: (apiVersion: String, kind: String)? = nil) -> Result<KubernetesObject, Diagnostic> {
        guard case .mapping(let pairs, let location) = node else { return .failure(problem(at: node, "expected a Kubernetes object (a mapping), found \(node.kindDescription)")) }
        var node = node
        if let type, scalar(node, "apiVersion") == nil, scalar(node, "kind") == nil {
            func text(_ value: String) -> YAMLScalar { YAMLScalar(text: value, isQuoted: true, location: location) }
            node = .mapping([YAMLPair(key: text("apiVersion"), value: .scalar(text(type.apiVersion))),
                             YAMLPair(key: text("kind"), value: .scalar(text(type.kind)))] + pairs, location)
        }
        guard let apiVersion = scalar(node, "apiVersion"), !apiVersion.isEmpty else { return .failure(problem(at: node, "the object has no apiVersion")) }
        guard let kind = scalar(node, "kind"), !kind.isEmpty else { return .failure(problem(at: node, "the object has no kind")) }
        guard let metadata = child(node, "metadata"), let name = scalar(metadata, "name"), !name.isEmpty else {
            return .failure(problem(at: node, "the \(kind) has no metadata.name"))
        }
        let namespace = scalar(metadata, "namespace") ?? ""
        return .success(KubernetesObject(apiVersion: apiVersion, kind: kind, name: name, namespace: namespace, body: value(node) ?? .map([])))
    }

    /// A YAML node as a manifest value; nulls (and map entries holding them) are dropped, as the
    /// API server does not keep them.
    static func value(_ node: YAMLNode) -> ManifestValue? {
        switch node {
        case .scalar(let scalar):
            if scalar.isNull { return nil }
            if scalar.isQuoted { return .string(scalar.text) }
            if let bool = scalar.bool { return .bool(bool) }
            if let integer = scalar.integer { return .int(integer) }
            if scalar.isNumber, let double = Double(scalar.text) { return .double(double) }
            return .string(scalar.text)
        case .sequence(let elements, _):
            return .list(elements.compactMap(value))
        case .mapping(let pairs, _):
            return .map(pairs.compactMap { pair in value(pair.value).map { (pair.key.text, $0) } })
        }
    }

    static func child(_ node: YAMLNode, _ key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = node else { return nil }
        return pairs.first { $0.key.text == key }?.value
    }

    static func scalar(_ node: YAMLNode, _ key: String) -> String? {
        guard let child = child(node, key), case .scalar(let scalar) = child, !scalar.isNull else { return nil }
        return scalar.text
    }

    static func problem(at node: YAMLNode, _ message: String) -> Diagnostic {
        Diagnostic(code: .invalidValue, location: node.location, message: message)
    }
}
