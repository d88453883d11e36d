package purser

import rego.v1

# Data pipelines (docs/pipeline-spec.md). The gate checks the first two rules itself; they are
# written here as well to show how a fleet states its own rules about pipelines. Every rule tests
# input.kind, so component inputs never match.

# Each step's direct dependencies, by name.
pipeline_dependencies := {step.name: step.dependsOn | some step in input.spec.steps}

# The kinds of every step that runs before `step`, directly or not.
kinds_before(step) := {other.kind |
	some other in input.spec.steps
	other.name in graph.reachable(pipeline_dependencies, step.dependsOn)
}

deny contains msg if {
	input.kind == "MultimodalDataPipeline"
	some step in input.spec.steps
	step.kind == "store"
	not "alignmentCheck" in kinds_before(step)
	msg := sprintf("%s/%s: store step '%s' is not preceded by an alignmentCheck step", [input.metadata.namespace, input.metadata.name, step.name])
}

deny contains msg if {
	input.kind == "MultimodalDataPipeline"
	input.spec.privacyLevel == "GDPR_compliant"
	some step in input.spec.steps
	step.kind == "store"
	not "anonymize" in kinds_before(step)
	msg := sprintf("%s/%s is GDPR_compliant but store step '%s' is not preceded by an anonymize step", [input.metadata.namespace, input.metadata.name, step.name])
}

# Accelerators are where money goes: a pipeline that uses them must state a budget per run.
warn contains msg if {
	input.kind == "MultimodalDataPipeline"
	not input.spec.budgetPerRun
	some step in input.spec.steps
	step.resources.gpu > 0
	msg := sprintf("%s/%s runs step '%s' on %d accelerator(s) but sets no budgetPerRun", [input.metadata.namespace, input.metadata.name, step.name, step.resources.gpu])
}
