"""Validates OpenLineage run events (one JSON object per line, as `purser pipeline lineage`
prints them) with the OpenLineage Python client's models, generated from the OpenLineage spec:
every key must be a field the spec defines, the client must accept every value (its validators
check the run id is a UUID, the event time an ISO 8601 date-time, the producer and schema URL
URIs), and the client must serialise the event back to exactly the same JSON.

Usage: python lineage-validate.py FILE (run by the pipeline tests with the client from
scripts/pipeline-tools-venv.sh). Last line: "lineage-validate: N events, P passed, F failed".
"""
import json
import sys

import attr
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.serde import Serde


def unknown_keys(cls, value, path):
    names = {field.name for field in attr.fields(cls)}
    return [f"{path}.{key}: not a field of {cls.__name__}" for key in value if key not in names]


def check(event):
    problems = unknown_keys(RunEvent, event, "event")
    problems += unknown_keys(Run, event.get("run", {}), "run") + unknown_keys(Job, event.get("job", {}), "job")
    for key, cls in (("inputs", InputDataset), ("outputs", OutputDataset)):
        for index, dataset in enumerate(event.get(key, [])):
            problems += unknown_keys(cls, dataset, f"{key}[{index}]")
    if problems:
        return problems
    try:
        parsed = RunEvent(
            eventType=RunState(event["eventType"]),
            eventTime=event["eventTime"],
            run=Run(runId=event["run"]["runId"]),
            job=Job(namespace=event["job"]["namespace"], name=event["job"]["name"]),
            inputs=[InputDataset(namespace=d["namespace"], name=d["name"]) for d in event.get("inputs", [])],
            outputs=[OutputDataset(namespace=d["namespace"], name=d["name"]) for d in event.get("outputs", [])],
            producer=event["producer"],
        )
    except (KeyError, TypeError, ValueError) as error:
        return [f"the OpenLineage client refuses the event: {type(error).__name__}: {error}"]
    again = json.loads(Serde.to_json(parsed))
    if again != event:
        return [f"the client serialises it differently: {json.dumps(again, sort_keys=True)}"]
    return []


def main(path):
    passed = failed = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            problems = check(json.loads(line))
            if problems:
                failed += 1
                for problem in problems:
                    print(f"{path}:{number}: {problem}")
            else:
                passed += 1
    print(f"lineage-validate: {passed + failed} events, {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
