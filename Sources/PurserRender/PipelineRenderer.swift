import Foundation
import PurserModel

/// Turns a data pipeline into one named Argo Workflows object: a `CronWorkflow` when it has a
/// schedule, else a `WorkflowTemplate` (run with `argo submit --from workflowtemplate/<name>`).
/// Never a `Workflow`: a run needs `generateName`, which `kubectl apply`, Argo CD and Flux all
/// refuse, so it could not live in a rendered branch or be compared with the cluster. The entrypoint is a DAG template whose tasks carry the steps' resolved
/// dependencies; each step is a container template with its image, command and resources
/// (requests equal limits, accelerators placed as for components). docs/pipeline-spec.md.
public struct PipelineRenderer: Sendable {
    public static let apiVersion = "argoproj.io/v1alpha1"
    /// The DAG template's name; step templates are `step-<name>`, so no step can collide with it.
    static let entrypoint = "run"

    public let options: RenderOptions

    public init(options: RenderOptions) { self.options = options }

    public func render(_ pipeline: Pipeline) -> RenderedComponent {
        let name = pipeline.metadata.name
        let object: KubernetesObject
        if let schedule = pipeline.spec.schedule {
            object = KubernetesObject(apiVersion: Self.apiVersion, kind: "CronWorkflow", name: name, namespace: pipeline.metadata.namespace, body: .map([
                ("apiVersion", .string(Self.apiVersion)),
                ("kind", .string("CronWorkflow")),
                ("metadata", metadata(pipeline, nameField: ("name", name))),
                ("spec", .map([
                    // `schedules` (Argo Workflows 3.6 and later): the singular `schedule` was
                    // deprecated in 3.6 and is gone from the current API.
                    ("schedules", .list([.string(schedule)])),
                    // A run that overruns its period is not doubled: two runs would store twice.
                    ("concurrencyPolicy", .string("Forbid")),
                    ("workflowMetadata", .map([("labels", .sorted(labels(pipeline)))])),
                    ("workflowSpec", workflowSpec(pipeline)),
                ])),
            ]))
        } else {
            object = KubernetesObject(apiVersion: Self.apiVersion, kind: "WorkflowTemplate", name: name, namespace: pipeline.metadata.namespace, body: .map([
                ("apiVersion", .string(Self.apiVersion)),
                ("kind", .string("WorkflowTemplate")),
                ("metadata", metadata(pipeline, nameField: ("name", name))),
                ("spec", workflowSpec(pipeline, workflowLabels: labels(pipeline))),
            ]))
        }
        return RenderedComponent(id: pipeline.id, objects: [object], relativePath: "\(pipeline.metadata.namespace)/pipelines/\(name).yaml")
    }

    func labels(_ pipeline: Pipeline) -> [String: String] {
        var labels = pipeline.metadata.labels
        labels["app.kubernetes.io/managed-by"] = "purser"
        labels["app.kubernetes.io/component"] = "data-pipeline"
        labels["purser.io/pipeline"] = pipeline.metadata.name
        return labels
    }

    func metadata(_ pipeline: Pipeline, nameField: (String, String)) -> ManifestValue {
        var annotations = pipeline.metadata.annotations
        annotations["purser.io/privacy-level"] = pipeline.spec.privacyLevel.rawValue
        annotations["purser.io/source"] = pipeline.source.location.file
        return .map([
            (nameField.0, .string(nameField.1)),
            ("namespace", .string(pipeline.metadata.namespace)),
            ("labels", .sorted(labels(pipeline))),
            ("annotations", .sorted(annotations)),
        ])
    }

    /// - Parameter workflowLabels: labels for every run submitted from a template (a CronWorkflow
    ///   sets its runs' labels in its own `workflowMetadata`).
    func workflowSpec(_ pipeline: Pipeline, workflowLabels: [String: String]? = nil) -> ManifestValue {
        let tasks: [ManifestValue] = pipeline.spec.steps.map { step in
            var task: [(String, ManifestValue)] = [("name", .string(step.name)), ("template", .string(templateName(step)))]
            if !step.dependsOn.isEmpty { task.append(("dependencies", .list(step.dependsOn.map { .string($0) }))) }
            return .map(task)
        }
        let dag: ManifestValue = .map([("name", .string(Self.entrypoint)), ("dag", .map([("tasks", .list(tasks))]))])
        var spec: [(String, ManifestValue)] = [("entrypoint", .string(Self.entrypoint))]
        if let workflowLabels { spec.append(("workflowMetadata", .map([("labels", .sorted(workflowLabels))]))) }
        spec.append(("templates", .list([dag] + pipeline.spec.steps.map { template($0, pipeline: pipeline) })))
        return .map(spec)
    }

    func templateName(_ step: PipelineStep) -> String { "step-\(step.name)" }

    func template(_ step: PipelineStep, pipeline: Pipeline) -> ManifestValue {
        let placement = step.resources.gpu > 0 ? step.resources.accelerator.flatMap { options.placements[$0] } : nil
        let resources = PodTemplateRenderer.resources(step.resources, placement)
        var container: [(String, ManifestValue)] = [("image", .string(step.image))]
        if !step.command.isEmpty { container.append(("command", .list(step.command.map { .string($0) }))) }
        var env: [ManifestValue] = [environment("PURSER_SOURCES", sourcesJSON(pipeline.spec.sources))]
        if let output = step.output { env.append(environment("PURSER_OUTPUT", output)) }
        container.append(("env", .list(env)))
        container.append(("resources", .map([("requests", .map(resources)), ("limits", .map(resources))])))
        var stepLabels = ["purser.io/step-kind": step.kind.rawValue]
        if !step.modality.isEmpty { stepLabels["purser.io/modality"] = step.modality.map(\.rawValue).joined(separator: ".") }
        var template: [(String, ManifestValue)] = [
            ("name", .string(templateName(step))),
            ("metadata", .map([("labels", .sorted(stepLabels))])),
        ]
        template += PodTemplateRenderer.placement(placement)
        template.append(("container", .map(container)))
        return .map(template)
    }

    func environment(_ name: String, _ value: String) -> ManifestValue { .map([("name", .string(name)), ("value", .string(value))]) }

    /// The sources as compact JSON with sorted keys, so the rendering is deterministic.
    func sourcesJSON(_ sources: [PipelineSource]) -> String {
        let items: [[String: String]] = sources.map { source in
            switch source.location {
            case .kafka(let topic, let bootstrap): ["name": source.name, "kind": "kafka", "topic": topic, "bootstrap": bootstrap]
            case .objectStore(let uri): ["name": source.name, "kind": "objectStore", "uri": uri]
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
