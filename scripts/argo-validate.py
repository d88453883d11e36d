"""Validates Argo Workflows objects (Workflow, CronWorkflow) in YAML files against the Argo
Workflows API models that hera generates from Argo's OpenAPI specification: every field must be
one the API defines (unknown fields are errors, as with a structural CRD schema), every value of
the type it declares, every required field present. Other kinds in the files are skipped.

Usage: python argo-validate.py FILE... (run by scripts/argo-validate.sh, which installs hera).
Last line: "argo-validate: N resources, P passed, F failed". Exit 0 iff F is 0.
"""
import sys

import yaml
from hera.workflows.models.io.argoproj.workflow.v1alpha1 import CronWorkflow, Workflow
from pydantic.v1 import BaseModel, ValidationError

MODELS = {"Workflow": Workflow, "CronWorkflow": CronWorkflow}


def unknown_fields(model, value, path):
    """Paths of keys the API does not define, found by walking the value with the model."""
    if not isinstance(value, dict):
        return []
    fields = {field.alias: field for field in model.__fields__.values()}
    problems = []
    for key, item in value.items():
        field = fields.get(key)
        if field is None:
            problems.append(f"{path}.{key}: unknown field")
            continue
        inner = field.type_
        if not (isinstance(inner, type) and issubclass(inner, BaseModel)):
            continue
        if isinstance(item, list):
            for index, element in enumerate(item):
                problems += unknown_fields(inner, element, f"{path}.{key}[{index}]")
        elif isinstance(item, dict) and field.shape in (1,):
            problems += unknown_fields(inner, item, f"{path}.{key}")
        elif isinstance(item, dict):
            # A map of models (e.g. nodeSelector-like maps of objects): check each value.
            for name, element in item.items():
                problems += unknown_fields(inner, element, f"{path}.{key}.{name}")
    return problems


def main(paths):
    passed = failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            documents = [d for d in yaml.safe_load_all(handle) if d]
        for document in documents:
            model = MODELS.get(document.get("kind"))
            if model is None:
                continue
            name = (document.get("metadata") or {}).get("name") or (document.get("metadata") or {}).get("generateName")
            problems = unknown_fields(model, document, document["kind"])
            try:
                model.parse_obj(document)
            except ValidationError as error:
                problems += [".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in error.errors()]
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
