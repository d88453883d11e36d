package kubernetes.admission

# No workload may request more than 2 GPUs (any vendor's */gpu resource) in one container.
deny[msg] {
	workload_kinds[input.request.kind.kind]
	container := serving_containers[_]
	quantity := container.resources.limits[resource]
	endswith(resource, "/gpu")
	to_number(quantity) > 2
	msg := sprintf("%v requests %v %v in container %v; the limit is 2", [workload_id, quantity, resource, container.name])
}
