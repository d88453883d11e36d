package purser

import rego.v1

step(name, kind, depends_on) := {"name": name, "kind": kind, "dependsOn": depends_on, "resources": {"gpu": 0}}

pipeline(level, steps) := {
	"kind": "MultimodalDataPipeline",
	"metadata": {"name": "claims", "namespace": "ai-data"},
	"spec": {"privacyLevel": level, "steps": steps},
}

test_store_after_check_and_anonymize_allowed if {
	count(deny) == 0 with input as pipeline("GDPR_compliant", [
		step("ingest", "ingest", []), step("align", "alignmentCheck", ["ingest"]),
		step("anon", "anonymize", ["align"]), step("store", "store", ["anon"]),
	])
}

test_store_without_alignment_check_denied if {
	deny["ai-data/claims: store step 'store' is not preceded by an alignmentCheck step"] with input as pipeline("internal", [
		step("ingest", "ingest", []), step("store", "store", ["ingest"]),
	])
}

test_check_on_a_parallel_branch_does_not_count if {
	deny["ai-data/claims: store step 'store' is not preceded by an alignmentCheck step"] with input as pipeline("internal", [
		step("ingest", "ingest", []), step("align", "alignmentCheck", ["ingest"]), step("store", "store", ["ingest"]),
	])
}

test_gdpr_store_without_anonymization_denied if {
	deny["ai-data/claims is GDPR_compliant but store step 'store' is not preceded by an anonymize step"] with input as pipeline("GDPR_compliant", [
		step("ingest", "ingest", []), step("align", "alignmentCheck", ["ingest"]), step("store", "store", ["align"]),
	])
}

test_components_are_not_pipelines if {
	count(deny) == 0 with input as {"kind": "MultimodalAIComponent", "spec": {"steps": [step("store", "store", [])]}}
}

test_accelerators_without_budget_warn if {
	warn["ai-data/claims runs step 'train' on 2 accelerator(s) but sets no budgetPerRun"] with input as pipeline("internal", [
		{"name": "train", "kind": "train", "dependsOn": [], "resources": {"gpu": 2}},
	])
}
