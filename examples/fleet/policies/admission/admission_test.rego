package kubernetes.admission

review(kind, annotations, gpus) := {"request": {
	"kind": {"kind": kind},
	"name": "chat",
	"namespace": "ai-prod",
	"object": {
		"metadata": {"annotations": annotations},
		"spec": {"template": {"spec": {"containers": [{"name": "model-server", "resources": {"limits": {"cpu": "4", "nvidia.com/gpu": gpus}}}]}}},
	},
}}

aligned := {"ai-alignment-report-id": "aar-0123456789abcdef"}

test_two_gpus_with_report_allowed {
	count(deny) == 0 with input as review("Rollout", aligned, "2")
}

test_three_gpus_denied {
	deny["Deployment ai-prod/chat requests 3 nvidia.com/gpu in container model-server; the limit is 2"] with input as review("Deployment", aligned, "3")
}

test_amd_gpus_count_too {
	count(deny) == 1 with input as review("Rollout", aligned, "4") with input.request.object.spec.template.spec.containers as [{"name": "c", "resources": {"limits": {"amd.com/gpu": "4"}}}]
}

test_missing_annotation_denied {
	count(deny) == 1 with input as review("Rollout", {"owner": "ml"}, "1")
}

test_services_are_not_workloads {
	count(deny) == 0 with input as review("Service", {}, "8")
}

test_inference_service_predictor_gpus_denied {
	deny["InferenceService ai-prod/chat requests 4 nvidia.com/gpu in container kserve-container; the limit is 2"] with input as review("InferenceService", aligned, "1") with input.request.object.spec as {"predictor": {"model": {"resources": {"limits": {"nvidia.com/gpu": "4"}}}}}
}

test_inference_service_needs_the_report_annotation {
	count(deny) == 1 with input as review("InferenceService", {}, "1") with input.request.object.spec as {"predictor": {"model": {"resources": {"limits": {"cpu": "1"}}}}}
}
