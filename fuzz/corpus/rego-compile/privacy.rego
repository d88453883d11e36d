package purser

import rego.v1

# GDPR components must require anonymization of the data they see.
deny contains msg if {
	input.spec.governance.dataPrivacy.level == "GDPR_compliant"
	not input.spec.governance.dataPrivacy.anonymizationRequired
	msg := sprintf("%s/%s is GDPR_compliant but does not set anonymizationRequired: true", [input.metadata.namespace, input.metadata.name])
}
