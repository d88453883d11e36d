package kubernetes.admission

# Every workload must carry the ai-alignment-report-id annotation, which Purser adds only when
# the latest evaluation report for the exact model version meets the component's thresholds.
deny[msg] {
	workload_kinds[input.request.kind.kind]
	not workload.metadata.annotations["ai-alignment-report-id"]
	msg := sprintf("%v lacks the ai-alignment-report-id annotation: no evaluation report for its model version meets its fairness thresholds", [workload_id])
}
