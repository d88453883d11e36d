import Foundation
import PurserConcurrency

/// The components and settings of a fleet, decoded from its files, with every diagnostic found.
public struct DecodedFleet: Sendable {
    public var settings: FleetSettings
    /// Valid components, sorted by id.
    public var components: [Component]
    /// All problems, sorted by location.
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Decodes a fleet's `purser.yaml` and `components/**/*.yaml` files.
public enum FleetDecoder {
    /// Decodes component files in parallel and checks names are unique across files.
    /// - Parameters:
    ///   - componentFiles: the YAML files under `components/`, paths relative to the fleet root.
    ///   - settingsFile: `purser.yaml`, if the fleet has one.
    ///   - acceleratorKeys: the pricing catalog's accelerator keys; when given, an unknown key is a diagnostic.
    public static func decode(componentFiles: [SourceFile], settingsFile: SourceFile?, acceleratorKeys: Set<String>? = nil) -> DecodedFleet {
        let settingsContext = DecodingContext()
        let settings = settingsFile.map { FleetSettings.decode($0, context: settingsContext) } ?? FleetSettings()

        let results = ConcurrentMap.map(componentFiles) { decodeFile($0, acceleratorKeys: acceleratorKeys) }
        var components: [Component] = []
        var diagnostics = settingsContext.diagnostics
        for (fileComponents, fileDiagnostics) in results {
            components += fileComponents
            diagnostics += fileDiagnostics
        }

        var seen: [String: Component] = [:]
        var unique: [Component] = []
        for component in components.sorted(by: { $0.source.location < $1.source.location }) {
            if let first = seen[component.id] {
                diagnostics.append(Diagnostic(
                    code: .duplicateName, location: component.source.location(of: "metadata.name"), path: "metadata.name",
                    message: "component '\(component.id)' is already defined at \(first.source.location(of: "metadata.name"))"))
                continue
            }
            seen[component.id] = component
            unique.append(component)
        }
        return DecodedFleet(settings: settings, components: unique.sorted { $0.id < $1.id }, diagnostics: diagnostics.sorted())
    }

    /// The components of one file, which may hold several `---` separated documents.
    public static func decodeFile(_ file: SourceFile, acceleratorKeys: Set<String>? = nil) -> ([Component], [Diagnostic]) {
        if file.text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            return ([], [Diagnostic(code: .emptyFile, location: SourceLocation(file: file.path, line: 1, column: 1), message: "the file is empty; expected one or more MultimodalAIComponent documents")])
        }
        let (documents, syntax) = YAMLParser.documents(of: file)
        if documents.isEmpty, syntax.isEmpty {
            return ([], [Diagnostic(code: .emptyFile, location: SourceLocation(file: file.path, line: 1, column: 1), message: "the file holds no YAML document; expected one or more MultimodalAIComponent documents")])
        }
        let context = DecodingContext()
        syntax.forEach(context.append)
        var components: [Component] = []
        for document in documents {
            var decoder = ComponentDecoder(context: context)
            decoder.acceleratorKeys = acceleratorKeys
            if let component = decoder.decode(document) { components.append(component) }
        }
        return (components, context.diagnostics)
    }
}
