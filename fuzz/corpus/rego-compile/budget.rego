package purser

import rego.v1

# Accelerators are where money goes: a GPU component must declare a daily budget.
deny contains msg if {
	input.spec.governance.costOptimization.resourceLimits.gpu > 0
	not input.spec.governance.costOptimization.autoscaling.costThresholdUSDPerDay
	msg := sprintf("%s/%s uses %d accelerator(s) per replica but sets no costThresholdUSDPerDay", [input.metadata.namespace, input.metadata.name, input.spec.governance.costOptimization.resourceLimits.gpu])
}

# Warn when the cost ceiling leaves less than 20% of the budget as headroom.
warn contains msg if {
	budget := input.spec.governance.costOptimization.autoscaling.costThresholdUSDPerDay
	ceiling := input.estimate.dailyMax
	ceiling <= budget
	ceiling > 0.8 * budget
	# %v, not %.2f: like OPA, sprintf passes whole numbers as integers, which %f does not format.
	msg := sprintf("%s/%s may spend $%v/day at maxReplicas, %v%% of its $%v budget", [input.metadata.namespace, input.metadata.name, ceiling, round((ceiling / budget) * 100), budget])
}
