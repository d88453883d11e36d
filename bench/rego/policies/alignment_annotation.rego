package kubernetes.admission

# Deny Deployments that lack the ai-alignment-report-id annotation (Rego v0 syntax).
deny[msg] {
	input.request.kind.kind == "Deployment"
	not input.request.object.metadata.annotations["ai-alignment-report-id"]
	msg := sprintf("Deployment %v lacks the ai-alignment-report-id annotation", [input.request.name])
}
