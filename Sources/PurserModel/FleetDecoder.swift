import Foundation
import PurserConcurrency

/// The components and settings of a fleet, decoded from its files, with every diagnostic found.
public struct DecodedFleet: Sendable {
    public var settings: FleetSettings
    /// Valid components, sorted by id.
    public var components: [Component]
    /// Valid pipelines, sorted by id.
    public var pipelines: [Pipeline] = []
    /// All problems, sorted by location.
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Decodes a fleet's `purser.yaml` and `components/**/*.yaml` files, whose documents are
/// components or pipelines.
public enum FleetDecoder {
    /// Decodes component files in parallel and checks names are unique across files.
    /// - Parameters:
    ///   - componentFiles: the YAML files under `components/`, paths relative to the fleet root.
    ///   - settingsFile: `purser.yaml`, if the fleet has one.
    ///   - acceleratorKeys: the pricing catalog's accelerator keys; when given, an unknown key is a diagnostic.
    public static func decode(componentFiles: [SourceFile], settingsFile: SourceFile?, acceleratorKeys: Set<String>? = nil) -> DecodedFleet {
        let settingsContext = DecodingContext()
        let settings = settingsFile.map { FleetSettings.decode($0, context: settingsContext) } ?? FleetSettings()

        var results = ConcurrentMap.map(componentFiles) { decodeResources($0, acceleratorKeys: acceleratorKeys) }
        var pipelines: [Pipeline] = []
        var diagnostics = settingsContext.diagnostics
        // Components stay in their file's result and are referred to by (file, index) until the
        // final array is built: a Component is large, and copying it is dozens of reference counts.
        var places: [(file: Int, index: Int)] = []
        places.reserveCapacity(results.reduce(0) { $0 + $1.components.count })
        for (f, file) in results.enumerated() {
            places += file.components.indices.map { (f, $0) }
            pipelines += file.pipelines
            diagnostics += file.diagnostics
        }
        func component(_ place: Int) -> Component { results[places[place].file].components[places[place].index] }

        var seen: [String: Int] = [:]
        var unique: [Int] = []
        for place in places.indices.sorted(by: { component($0).source.location < component($1).source.location }) {
            let id = component(place).id
            if let first = seen[id] {
                diagnostics.append(Diagnostic(
                    code: .duplicateName, location: component(place).source.location(of: "metadata.name"), path: "metadata.name",
                    message: "component '\(id)' is already defined at \(component(first).source.location(of: "metadata.name"))"))
                continue
            }
            seen[id] = place
            unique.append(place)
        }
        unique.sort { component($0).id < component($1).id }
        var seenPipelines: [String: Pipeline] = [:]
        var uniquePipelines: [Pipeline] = []
        for pipeline in pipelines.sorted(by: { $0.source.location < $1.source.location }) {
            if let first = seenPipelines[pipeline.id] {
                diagnostics.append(Diagnostic(
                    code: .duplicateName, location: pipeline.source.location(of: "metadata.name"), path: "metadata.name",
                    message: "pipeline '\(pipeline.id)' is already defined at \(first.source.location(of: "metadata.name"))"))
                continue
            }
            seenPipelines[pipeline.id] = pipeline
            uniquePipelines.append(pipeline)
        }
        // Moved out of the files' results, not copied: popLast hands over each component as is.
        var slots = [Component?](repeating: nil, count: places.count)
        var next = places.count
        for f in results.indices.reversed() {
            while let last = results[f].components.popLast() {
                next -= 1
                slots[next] = last
            }
        }
        var ordered: [Component] = []
        ordered.reserveCapacity(unique.count)
        for place in unique { ordered.append(slots[place].take()!) }
        var fleet = DecodedFleet(settings: settings, components: ordered, diagnostics: diagnostics.sorted())
        fleet.pipelines = uniquePipelines.sorted { $0.id < $1.id }
        return fleet
    }

    /// The components of one file, which may hold several `---` separated documents.
    public static func decodeFile(_ file: SourceFile, acceleratorKeys: Set<String>? = nil) -> ([Component], [Diagnostic]) {
        let resources = decodeResources(file, acceleratorKeys: acceleratorKeys)
        return (resources.components, resources.diagnostics)
    }

    /// The components and pipelines of one file, in any mix of `---` separated documents.
    public static func decodeResources(_ file: SourceFile, acceleratorKeys: Set<String>? = nil) -> FileResources {
        let expected = "expected one or more \(Component.kind) or \(Pipeline.kind) documents"
        if file.text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            return FileResources(diagnostics: [Diagnostic(code: .emptyFile, location: SourceLocation(file: file.path, line: 1, column: 1), message: "the file is empty; \(expected)")])
        }
        let (documents, syntax) = YAMLParser.documents(of: file)
        if documents.isEmpty, syntax.isEmpty {
            return FileResources(diagnostics: [Diagnostic(code: .emptyFile, location: SourceLocation(file: file.path, line: 1, column: 1), message: "the file holds no YAML document; \(expected)")])
        }
        let context = DecodingContext()
        syntax.forEach(context.append)
        var result = FileResources()
        for document in documents {
            if kind(of: document) == Pipeline.kind {
                var decoder = PipelineDecoder(context: context, acceleratorKeys: acceleratorKeys)
                if let pipeline = decoder.decode(document) { result.pipelines.append(pipeline) }
            } else {
                var decoder = ComponentDecoder(context: context)
                decoder.acceleratorKeys = acceleratorKeys
                if let component = decoder.decode(document) { result.components.append(component) }
            }
        }
        result.diagnostics = context.diagnostics
        return result
    }

    /// The `kind` a document declares, read before it is decoded to choose its decoder.
    static func kind(of document: YAMLNode) -> String? {
        guard case .mapping(let pairs, _) = document, case .scalar(let kind)? = pairs.first(where: { $0.key.text == "kind" })?.value else { return nil }
        return kind.text
    }
}

/// What one fleet file holds.
public struct FileResources: Sendable {
    public var components: [Component] = []
    public var pipelines: [Pipeline] = []
    public var diagnostics: [Diagnostic] = []
}
