package kubernetes.admission

# Every workload must carry the ai-alignment-report-id annotation, which Purser adds only when
# the latest evaluation report for the exact model version meets the component's thresholds.
deny[msg] {
	workload_kinds[input.request.kind.kind]
	not workload.metadata.annotations["ai-alignment-report-id"]
	msg := sprintf("%v lacks the ai-alignment-report-id annotation: no evaluation report for its model version meets its fairness thresholds", [workload_id])
}
package kubernetes.admission

# No workload may request more than 2 GPUs (any vendor's */gpu resource) in one container.
deny[msg] {
	workload_kinds[input.request.kind.kind]
	container := workload.spec.template.spec.containers[_]
	quantity := container.resources.limits[resource]
	endswith(resource, "/gpu")
	to_number(quantity) > 2
	msg := sprintf("%v requests %v %v in container %v; the limit is 2", [workload_id, quantity, resource, container.name])
}
package kubernetes.admission

# Kinds that run model-serving pods (Rego v0 syntax, as many existing admission policies are).
workload_kinds := {"Deployment", "Rollout", "StatefulSet"}

workload := input.request.object

workload_id := sprintf("%v %v/%v", [input.request.kind.kind, input.request.namespace, input.request.name])
