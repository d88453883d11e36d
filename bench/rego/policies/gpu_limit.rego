package kubernetes.admission

# Deny Deployments whose containers request more than 2 GPUs (Rego v0 syntax).
deny[msg] {
	input.request.kind.kind == "Deployment"
	container := input.request.object.spec.template.spec.containers[_]
	gpus := container.resources.requests["nvidia.com/gpu"]
	to_number(gpus) > 2
	msg := sprintf("Deployment %v requests %v nvidia.com/gpu in one container; the limit is 2", [input.request.name, gpus])
}
