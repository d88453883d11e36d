"""Validates Argo Workflows objects (Workflow, CronWorkflow, WorkflowTemplate) in YAML files against a JSON Schema
derived from the Argo Workflows API models that hera generates from Argo's OpenAPI
specification: the models' own JSON Schema (types, required fields, enums), with every object
closed (`additionalProperties: false`, as a structural CRD schema prunes or, with strict field
validation, refuses unknown fields). Other kinds in the files are skipped.

Usage: python argo-validate.py FILE... (with hera and jsonschema from scripts/pipeline-tools-venv.sh).
Last line: "argo-validate: N resources, P passed, F failed". Exit 0 iff F is 0.
"""
import sys

import jsonschema
import yaml
from hera.workflows.models.io.argoproj.workflow.v1alpha1 import CronWorkflow, Workflow, WorkflowTemplate


def closed_schema(model):
    schema = model.model_json_schema(by_alias=True)
    for definition in list(schema.get("$defs", {}).values()) + [schema]:
        if definition.get("type") == "object" and "properties" in definition:
            definition["additionalProperties"] = False
    return jsonschema.Draft202012Validator(schema)


VALIDATORS = {
    "Workflow": closed_schema(Workflow),
    "CronWorkflow": closed_schema(CronWorkflow),
    "WorkflowTemplate": closed_schema(WorkflowTemplate),
}


def main(paths):
    passed = failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            documents = [d for d in yaml.safe_load_all(handle) if d]
        for document in documents:
            validator = VALIDATORS.get(document.get("kind"))
            if validator is None:
                continue
            metadata = document.get("metadata") or {}
            name = metadata.get("name") or metadata.get("generateName")
            problems = [
                ".".join([document["kind"]] + [str(p) for p in error.absolute_path]) + ": " + error.message
                for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
            ]
            if document.get("apiVersion") != "argoproj.io/v1alpha1":
                problems.append(f"apiVersion: expected argoproj.io/v1alpha1, found {document.get('apiVersion')}")
            if problems:
                failed += 1
                for problem in problems:
                    print(f"{path}: {document['kind']}/{name}: {problem}")
            else:
                passed += 1
                print(f"{path}: {document['kind']}/{name} passed")
    print(f"argo-validate: {passed + failed} resources, {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
