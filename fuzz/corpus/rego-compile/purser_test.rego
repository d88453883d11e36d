package purser

import rego.v1

component(level, anonymize, gpu, budget) := {
	"metadata": {"name": "chat", "namespace": "ai-prod"},
	"spec": {"governance": {
		"dataPrivacy": {"level": level, "anonymizationRequired": anonymize},
		"costOptimization": {"resourceLimits": {"gpu": gpu}, "autoscaling": budget},
	}},
	"estimate": {"dailyMax": 90},
}

test_gdpr_without_anonymization_denied if {
	deny["ai-prod/chat is GDPR_compliant but does not set anonymizationRequired: true"] with input as component("GDPR_compliant", false, 0, {})
}

test_gdpr_with_anonymization_allowed if {
	count(deny) == 0 with input as component("GDPR_compliant", true, 0, {})
}

test_internal_data_needs_no_anonymization if {
	count(deny) == 0 with input as component("internal", false, 0, {})
}

test_gpu_without_budget_denied if {
	deny["ai-prod/chat uses 2 accelerator(s) per replica but sets no costThresholdUSDPerDay"] with input as component("internal", false, 2, {})
}

test_gpu_with_budget_allowed if {
	count(deny) == 0 with input as component("internal", false, 1, {"costThresholdUSDPerDay": 100})
}

test_near_budget_warns if {
	warn["ai-prod/chat may spend $90/day at maxReplicas, 90% of its $100 budget"] with input as component("internal", false, 1, {"costThresholdUSDPerDay": 100})
}

test_comfortable_budget_does_not_warn if {
	count(warn) == 0 with input as component("internal", false, 1, {"costThresholdUSDPerDay": 500})
}
