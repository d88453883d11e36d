package kubernetes.admission

# Kinds that run model-serving pods (Rego v0 syntax, as many existing admission policies are).
workload_kinds := {"Deployment", "Rollout", "StatefulSet"}

workload := input.request.object

workload_id := sprintf("%v %v/%v", [input.request.kind.kind, input.request.namespace, input.request.name])
