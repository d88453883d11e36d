import Foundation

/// Decodes `MultimodalDataPipeline` documents from located YAML, checking every rule of
/// docs/pipeline-spec.md (names, references, cycles) and reporting all problems at once.
struct PipelineDecoder {
    let context: DecodingContext
    /// Shares the component decoder's readers for metadata and resources.
    private var shared: ComponentDecoder
    /// Where each dependsOn entry is written, for the cycle diagnostic.
    private var dependencyLocations: [String: [SourceLocation]] = [:]

    /// The longest expected duration of a step: a week.
    static let longestStep: Double = 7 * 86_400

    init(context: DecodingContext, acceleratorKeys: Set<String>?) {
        self.context = context
        shared = ComponentDecoder(context: context)
        shared.acceleratorKeys = acceleratorKeys
    }

    /// The pipeline, or nil when any error was found in this document.
    mutating func decode(_ node: YAMLNode) -> Pipeline? {
        let before = context.diagnostics.count
        guard let root = context.mapping(node, path: "", known: ["apiVersion", "kind", "metadata", "spec"]) else { return nil }
        if let apiVersion = root.field("apiVersion", required: true), let text = context.string(apiVersion, path: "apiVersion"), text != Pipeline.apiVersion {
            context.report(.wrongAPIVersion, at: apiVersion.location, path: "apiVersion", "apiVersion '\(Lexical.excerpt(text))' is not supported; expected '\(Pipeline.apiVersion)'")
        }
        let metadata = root.field("metadata", required: true).flatMap { shared.decodeMetadata($0) }
        let spec = root.field("spec", required: true).flatMap { decodeSpec($0) }
        guard context.diagnostics.count == before, let metadata, let spec else { return nil }
        return Pipeline(metadata: metadata, spec: spec, source: ComponentSource(location: node.location, fields: shared.fields))
    }

    private mutating func decodeSpec(_ node: YAMLNode) -> PipelineSpec? {
        guard let s = context.mapping(node, path: "spec", known: ["schedule", "privacyLevel", "budgetPerRun", "sources", "steps"]) else { return nil }
        var schedule: String?
        if let n = s.field("schedule"), let text = context.string(n, path: "spec.schedule") {
            shared.remember("spec.schedule", n)
            if let problem = CronSchedule.problem(with: text) { context.report(.invalidValue, at: n.location, path: "spec.schedule", problem) }
            schedule = text
        }
        let privacy = s.field("privacyLevel", required: true).flatMap { n -> PrivacyLevel? in
            shared.remember("spec.privacyLevel", n)
            return context.choice(n, path: "spec.privacyLevel", as: PrivacyLevel.self)
        }
        var budget: Decimal?
        if let n = s.field("budgetPerRun"), let v = context.decimal(n, path: "spec.budgetPerRun") {
            shared.remember("spec.budgetPerRun", n)
            if v <= 0 || v > Autoscaling.largestDailyBudget {
                context.report(.outOfRange, at: n.location, path: "spec.budgetPerRun", "budgetPerRun must be > 0 and at most \(Autoscaling.largestDailyBudget), found \(v)")
            }
            budget = v
        }
        let sources = s.field("sources", required: true).flatMap { decodeSources($0) }
        let steps = s.field("steps", required: true).flatMap { decodeSteps($0) }
        guard let privacy, let sources, let steps else { return nil }
        return PipelineSpec(schedule: schedule, privacyLevel: privacy, budgetPerRun: budget, sources: sources, steps: steps)
    }

    // MARK: sources

    private mutating func decodeSources(_ node: YAMLNode) -> [PipelineSource]? {
        guard let items = context.sequence(node, path: "spec.sources") else { return nil }
        if items.isEmpty { context.report(.invalidValue, at: node.location, path: "spec.sources", "at least one source is required") }
        var sources: [PipelineSource] = []
        var seen: [String: SourceLocation] = [:]
        for (i, item) in items.enumerated() {
            let path = "spec.sources[\(i)]"
            guard let m = context.mapping(item, path: path, known: ["name", "kind", "topic", "bootstrap", "uri"]) else { continue }
            let name = label(m, "name")
            let kind = m.field("kind", required: true).flatMap { context.choice($0, path: "\(path).kind", as: SourceKind.self) }
            var location: PipelineSource.Location?
            switch kind {
            case .kafka:
                rejectField(m, "uri", because: "a kafka source")
                if let topic = shared.requiredString(m, "topic"), let bootstrap = shared.requiredString(m, "bootstrap") {
                    location = .kafka(topic: topic, bootstrap: bootstrap)
                }
            case .objectStore:
                rejectField(m, "topic", because: "an objectStore source")
                rejectField(m, "bootstrap", because: "an objectStore source")
                if let uri = shared.requiredString(m, "uri"), let n = m.field("uri") {
                    if checkURI(uri, n, "\(path).uri") { location = .objectStore(uri: uri) }
                }
            case nil: break
            }
            if let name, let n = m.field("name") {
                if let first = seen[name] {
                    context.report(.duplicateName, at: n.location, path: "\(path).name", "source '\(name)' is already defined at \(first)")
                }
                seen[name] = n.location
            }
            if let name, let location { sources.append(PipelineSource(name: name, location: location)) }
        }
        return sources
    }

    private enum SourceKind: String, CaseIterable { case kafka, objectStore }

    private func rejectField(_ m: FieldReader, _ key: String, because what: String) {
        if let location = m.keyLocation(key) {
            context.report(.unknownField, at: location, path: m.fieldPath(key), "'\(key)' does not apply to \(what)")
        }
    }

    /// An object-store prefix: `scheme://bucket/...`.
    private func checkURI(_ value: String, _ node: YAMLNode, _ path: String) -> Bool {
        guard let url = URL(string: value), let scheme = url.scheme, !scheme.isEmpty, let host = url.host, !host.isEmpty else {
            context.report(.invalidValue, at: node.location, path: path, "'\(Lexical.excerpt(value))' is not an object-store URI such as s3://bucket/prefix/")
            return false
        }
        return true
    }

    private mutating func label(_ m: FieldReader, _ key: String) -> String? {
        guard let value = shared.requiredString(m, key), let n = m.field(key) else { return nil }
        guard Lexical.isDNSLabel(value) else {
            shared.checkDNSLabel(value, n, m.fieldPath(key))
            return nil
        }
        return value
    }

    // MARK: steps

    private mutating func decodeSteps(_ node: YAMLNode) -> [PipelineStep]? {
        guard let items = context.sequence(node, path: "spec.steps") else { return nil }
        if items.isEmpty { context.report(.invalidValue, at: node.location, path: "spec.steps", "at least one step is required") }
        var steps: [PipelineStep] = []
        var seen: [String: SourceLocation] = [:]
        var previous: String?
        var failed = false
        for (i, item) in items.enumerated() {
            let step = decodeStep(item, index: i, previous: previous)
            if let step {
                if let first = seen[step.name] {
                    context.report(.duplicateName, at: shared.fields["spec.steps[\(i)].name"] ?? item.location, path: "spec.steps[\(i)].name",
                                   "step '\(step.name)' is already defined at \(first)")
                    failed = true
                } else {
                    seen[step.name] = shared.fields["spec.steps[\(i)].name"]
                }
                steps.append(step)
                previous = step.name
            } else {
                failed = true
                // The next step's default dependency is whatever this step was called.
                previous = Self.name(of: item)
            }
        }
        guard !failed else { return nil }
        checkReferences(steps)
        checkCycles(steps)
        return steps
    }

    private static func name(of item: YAMLNode) -> String? {
        guard case .mapping(let pairs, _) = item, case .scalar(let s)? = pairs.first(where: { $0.key.text == "name" })?.value else { return nil }
        return s.text
    }

    private mutating func decodeStep(_ node: YAMLNode, index: Int, previous: String?) -> PipelineStep? {
        let path = "spec.steps[\(index)]"
        let before = context.diagnostics.count
        guard let m = context.mapping(node, path: path, known: ["name", "kind", "image", "command", "modality", "resources", "expectedDuration", "dependsOn", "output"]) else { return nil }
        let name = label(m, "name")
        let kind = m.field("kind", required: true).flatMap { n -> PipelineStepKind? in
            shared.remember("\(path).kind", n)
            return context.choice(n, path: "\(path).kind", as: PipelineStepKind.self)
        }
        let image = shared.requiredString(m, "image")
        var command: [String] = []
        if let n = m.field("command"), let items = context.sequence(n, path: "\(path).command") {
            command = items.enumerated().compactMap { context.string($1, path: "\(path).command[\($0)]") }
        }
        var modality: [Modality] = []
        if let n = m.field("modality"), let items = context.sequence(n, path: "\(path).modality") {
            modality = items.enumerated().compactMap { context.choice($1, path: "\(path).modality[\($0)]", as: Modality.self) }
        }
        let resources = m.field("resources", required: true).flatMap { shared.decodeLimits($0, path: "\(path).resources") }
        var duration: DurationValue?
        if let n = m.field("expectedDuration", required: true), let text = context.string(n, path: "\(path).expectedDuration") {
            shared.remember("\(path).expectedDuration", n)
            if let d = DurationValue(text), d.seconds > 0, d.seconds <= Self.longestStep {
                duration = d
            } else {
                context.report(.invalidValue, at: n.location, path: "\(path).expectedDuration",
                               "'\(Lexical.excerpt(text))' is not a duration between 1s and 168h such as \"30s\", \"20m\" or \"1h30m\"")
            }
        }
        var dependsOn = previous.map { [$0] } ?? []
        if let n = m.field("dependsOn") {
            dependsOn = []
            var locations: [SourceLocation] = []
            if let items = context.sequence(n, path: "\(path).dependsOn") {
                for (i, item) in items.enumerated() {
                    guard let dependency = context.string(item, path: "\(path).dependsOn[\(i)]") else { continue }
                    shared.remember("\(path).dependsOn[\(i)]", item)
                    if dependsOn.contains(dependency) {
                        context.report(.invalidValue, at: item.location, path: "\(path).dependsOn[\(i)]", "'\(Lexical.excerpt(dependency))' is listed twice")
                        continue
                    }
                    dependsOn.append(dependency)
                    locations.append(item.location)
                }
            }
            if let name { dependencyLocations[name] = locations }
        } else if let name {
            dependencyLocations[name] = [m.location]
        }
        var output: String?
        if let n = m.field("output"), let text = context.string(n, path: "\(path).output") {
            shared.remember("\(path).output", n)
            if checkURI(text, n, "\(path).output") { output = text }
        }
        if kind == .store, m.field("output") == nil {
            context.report(.missingField, at: m.location, path: "\(path).output", "a store step needs 'output', the object-store URI it writes to")
        }
        if let kind, kind != .store, let location = m.keyLocation("output") {
            context.report(.unknownField, at: location, path: "\(path).output", "'output' applies to store steps only; this step is \(kind.rawValue)")
        }
        guard context.diagnostics.count == before, let name, let kind, let image, let resources, let duration else { return nil }
        return PipelineStep(name: name, kind: kind, image: image, command: command, modality: modality, resources: resources,
                            expectedDuration: duration, dependsOn: dependsOn, output: output)
    }

    private func checkReferences(_ steps: [PipelineStep]) {
        let names = steps.map(\.name)
        let known = Set(names)
        for (index, step) in steps.enumerated() {
            for (i, dependency) in step.dependsOn.enumerated() where !known.contains(dependency) {
                let path = "spec.steps[\(index)].dependsOn[\(i)]"
                context.report(.invalidValue, at: shared.fields[path] ?? dependencyLocations[step.name]?.first ?? SourceLocation(file: "", line: 1, column: 1), path: path,
                               "step '\(step.name)' depends on '\(Lexical.excerpt(dependency))', which is not a step of this pipeline; steps: \(names.prefix(20).joined(separator: ", "))\(names.count > 20 ? ", …" : "")",
                               hint: DidYouMean.suggestion(for: dependency, among: names).map { "did you mean '\($0)'?" })
            }
        }
    }

    /// Reports a cycle (`runOrder`: each step depends on the one before it, the first on the last)
    /// at the first of its dependsOn entries that is written out, naming every step from there on.
    private func reportCycle(_ runOrder: [String], steps: [String: PipelineStep], index: [String: Int]) {
        let edges = runOrder.indices.map { i -> (step: String, path: String, written: SourceLocation?) in
            let step = runOrder[i]
            let dependency = runOrder[(i + runOrder.count - 1) % runOrder.count]
            let position = steps[step]?.dependsOn.firstIndex(of: dependency) ?? 0
            let path = "spec.steps[\(index[step]!)].dependsOn[\(position)]"
            return (step, path, shared.fields[path])
        }
        let ordered = edges.sorted { index[$0.step]! < index[$1.step]! }
        let chosen = ordered.first { $0.written != nil } ?? ordered[0]
        let offset = runOrder.firstIndex(of: chosen.step)!
        let cycle = Array(runOrder[offset...] + runOrder[..<offset]) + [chosen.step]
        let location = chosen.written ?? dependencyLocations[chosen.step]?.first ?? SourceLocation(file: "", line: 1, column: 1)
        // A long cycle is shown by its ends, so one diagnostic stays one readable line.
        let shown = cycle.count <= 12 ? cycle : Array(cycle.prefix(10)) + ["… \(cycle.count - 12) more"] + Array(cycle.suffix(2))
        context.report(.dependencyCycle, at: location, path: chosen.path, "steps form a cycle: \(shown.joined(separator: " → ")); a pipeline's steps must form a DAG")
    }

    /// Finds the steps' cycles by depth-first search.
    private func checkCycles(_ steps: [PipelineStep]) {
        let byName = Dictionary(steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let index = Dictionary(steps.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        enum Mark { case active, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        // Iterative depth-first search, so a long chain of steps cannot overflow the stack.
        for root in steps.map(\.name) where marks[root] == nil {
            var frames: [(name: String, next: Int)] = [(root, 0)]
            marks[root] = .active
            stack.append(root)
            while let top = frames.last {
                let dependencies = byName[top.name]?.dependsOn ?? []
                if top.next < dependencies.count {
                    frames[frames.count - 1].next += 1
                    let dependency = dependencies[top.next]
                    guard byName[dependency] != nil else { continue }
                    switch marks[dependency] {
                    case .active?:
                        let start = stack.lastIndex(of: dependency)!
                        reportCycle(Array(stack[start...].reversed()), steps: byName, index: index)
                    case .done?: break
                    case nil:
                        marks[dependency] = .active
                        stack.append(dependency)
                        frames.append((dependency, 0))
                    }
                } else {
                    marks[top.name] = .done
                    stack.removeLast()
                    frames.removeLast()
                }
            }
        }
    }
}
