#!/usr/bin/env python3
"""Converts a `purser recommend` utilization export (CSV) into OpenMetrics text for
`promtool tsdb create-blocks-from openmetrics`, labelled as cAdvisor, the model server and NVIDIA's
DCGM exporter label them in a cluster: namespace and pod (plus container, service or gpu)."""
import csv
import sys

LABELS = {
    "container_cpu_usage_seconds_total": lambda r: f'namespace="{r["namespace"]}",pod="{r["pod"]}",container="model"',
    "container_memory_working_set_bytes": lambda r: f'namespace="{r["namespace"]}",pod="{r["pod"]}",container="model"',
    "http_requests_total": lambda r: f'namespace="{r["namespace"]}",service="{r["component"]}",pod="{r["pod"]}"',
    "DCGM_FI_DEV_GPU_UTIL": lambda r: f'namespace="{r["namespace"]}",pod="{r["pod"]}",gpu="0"',
    "DCGM_FI_DEV_FB_USED": lambda r: f'namespace="{r["namespace"]}",pod="{r["pod"]}",gpu="0"',
    "DCGM_FI_DEV_FB_FREE": lambda r: f'namespace="{r["namespace"]}",pod="{r["pod"]}",gpu="0"',
}


def main(source, target):
    rows = sorted(csv.DictReader(open(source)), key=lambda r: (r["namespace"], r["component"], r["pod"], int(r["timestamp"])))
    with open(target, "w") as out:
        for metric, labels in LABELS.items():
            out.write(f"# TYPE {metric} gauge\n")
            for r in rows:
                if r.get(metric):
                    out.write(f"{metric}{{{labels(r)}}} {r[metric]} {r['timestamp']}\n")
        out.write("# EOF\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
