package kubernetes.admission

# Kinds that run model-serving pods (Rego v0 syntax, as many existing admission policies are).
workload_kinds := {"Deployment", "Rollout", "StatefulSet", "InferenceService"}

workload := input.request.object

workload_id := sprintf("%v %v/%v", [input.request.kind.kind, input.request.namespace, input.request.name])

# The serving containers: a pod template's, or a KServe InferenceService's predictor model.
serving_containers[container] {
	container := workload.spec.template.spec.containers[_]
}

serving_containers[container] {
	container := object.union({"name": "kserve-container"}, workload.spec.predictor.model)
}
