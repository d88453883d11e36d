import Foundation
import PurserCost
import PurserModel
import Rego

/// The `input` policies see for a pipeline: the resource with defaults filled in (each step's
/// resolved `dependsOn`) and `estimate.costPerRun`, so rules can tell it from a component by
/// `input.kind == "MultimodalDataPipeline"`.
enum PipelineDocument {
    static func value(_ pipeline: Pipeline, cost: PipelineCost?) -> RegoValue {
        let spec = pipeline.spec
        let sources: [RegoValue] = spec.sources.map { source in
            switch source.location {
            case .kafka(let topic, let bootstrap):
                ComponentDocument.object(["name": .string(source.name), "kind": .string("kafka"), "topic": .string(topic), "bootstrap": .string(bootstrap)])
            case .objectStore(let uri):
                ComponentDocument.object(["name": .string(source.name), "kind": .string("objectStore"), "uri": .string(uri)])
            }
        }
        let steps: [RegoValue] = spec.steps.map { step in
            var resources: [String: RegoValue] = ["cpu": .string(step.resources.cpu.text), "memory": .string(step.resources.memory.text), "gpu": .int(step.resources.gpu)]
            if let accelerator = step.resources.accelerator { resources["accelerator"] = .string(accelerator) }
            var value: [String: RegoValue] = [
                "name": .string(step.name), "kind": .string(step.kind.rawValue), "image": .string(step.image),
                "command": .array(step.command.map { .string($0) }), "modality": .array(step.modality.map { .string($0.rawValue) }),
                "resources": ComponentDocument.object(resources), "expectedDuration": .string(step.expectedDuration.text),
                "dependsOn": .array(step.dependsOn.map { .string($0) }),
            ]
            if let output = step.output { value["output"] = .string(output) }
            return ComponentDocument.object(value)
        }
        var specValue: [String: RegoValue] = [
            "privacyLevel": .string(spec.privacyLevel.rawValue), "sources": .array(sources), "steps": .array(steps),
        ]
        if let schedule = spec.schedule { specValue["schedule"] = .string(schedule) }
        if let budget = spec.budgetPerRun { specValue["budgetPerRun"] = ComponentDocument.number(budget) }
        var document: [String: RegoValue] = [
            "apiVersion": .string(Pipeline.apiVersion), "kind": .string(Pipeline.kind),
            "metadata": ComponentDocument.object(["name": .string(pipeline.metadata.name), "namespace": .string(pipeline.metadata.namespace),
                                                  "labels": ComponentDocument.strings(pipeline.metadata.labels),
                                                  "annotations": ComponentDocument.strings(pipeline.metadata.annotations)]),
            "spec": ComponentDocument.object(specValue),
        ]
        if let cost { document["estimate"] = ComponentDocument.object(["costPerRun": ComponentDocument.number(cost.perRun)]) }
        return ComponentDocument.object(document)
    }
}
