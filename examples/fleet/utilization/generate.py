#!/usr/bin/env python3
"""Regenerates export.csv: 14 days (2026-11-14 .. 2026-11-28) of 30-minute utilization samples for
the example fleet's eight components, two pods each, in the columns `purser recommend` reads
(Prometheus series names; counters as cumulative totals). Deterministic: the same code writes the
same bytes. Run from anywhere: python3 examples/fleet/utilization/generate.py

What the data shows, on purpose:
  doc-embeddings         light CPU use of its 2 cores: rightsized down
  ocr-intake             TPU: no DCGM series (named as missing for its accelerator)
  support-chat-llm       two H100s at ~20% and 30 GiB of frame buffer: one GPU or a MIG slice is enough
  fraud-tabular          staging, no requests for two weeks: scale to zero
  speech-synth           AMD MI300X: DCGM does not measure it
  voice-transcribe       busy L4s, one container restart (a counter reset)
  product-vision-search  uses 6 GiB of its 32 GiB
  video-moderation       request rate for the placement optimiser (profiles in purser.yaml)
"""
import math
import os
import random

END = 1_795_824_000          # 2026-11-28T00:00:00Z
DAYS = 14
STEP = 1800
GIB = 1 << 30

# name: (namespace, cpu cores used per pod at the daily peak, memory GiB, requests/s per pod at peak,
#        gpu utilisation % at peak or None, gpu memory used GiB per pod or None, gpu memory per pod GiB)
COMPONENTS = {
    "doc-embeddings": ("ai-prod", 0.35, 1.1, 6.0, None, None, None),
    "ocr-intake": ("ai-prod", 1.6, 9.0, 3.0, None, None, None),
    "support-chat-llm": ("ai-prod", 3.0, 60.0, 2.5, 22.0, 30.0, 160.0),
    "fraud-tabular": ("ai-staging", 0.04, 0.45, 0.0, None, None, None),
    "speech-synth": ("ai-prod", 2.2, 30.0, 1.5, None, None, None),
    "voice-transcribe": ("ai-prod", 2.6, 11.0, 4.0, 71.0, 17.0, 24.0),
    "product-vision-search": ("ai-prod", 1.2, 6.0, 9.0, 48.0, 9.0, 24.0),
    "video-moderation": ("ai-prod", 3.5, 40.0, 5.0, 55.0, 38.0, 80.0),
}


def diurnal(t):
    """1.0 at 15:00 UTC, 0.3 at 03:00 UTC, lower at weekends."""
    hour = (t % 86_400) / 3600
    day = int(t // 86_400 + 4) % 7  # 0 = Monday
    level = 0.65 + 0.35 * math.cos((hour - 15) / 24 * 2 * math.pi)
    return level * (0.7 if day >= 5 else 1.0)


def main():
    random.seed(20261128)
    here = os.path.dirname(os.path.abspath(__file__))
    columns = ["timestamp", "namespace", "component", "pod", "container_cpu_usage_seconds_total",
               "container_memory_working_set_bytes", "http_requests_total", "http_request_duration_seconds_p99",
               "DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE"]
    rows = [",".join(columns)]
    start = END - DAYS * 86_400
    for name, (namespace, cpu, memory, rps, gpu, fb, fb_total) in COMPONENTS.items():
        pods = [f"{name}-{random.randrange(16**9):09x}-{random.randrange(36**5):05x}"[: len(name) + 16] for _ in range(2)]
        for index, pod in enumerate(pods):
            cpu_total = random.uniform(1_000, 5_000)
            requests = random.uniform(10_000, 90_000)
            # voice-transcribe's second pod restarts on day 9: its counters start again from zero.
            restart = start + 9 * 86_400 if name == "voice-transcribe" and index == 1 else None
            t = start
            while t <= END:
                load = diurnal(t)
                cores = max(cpu * load * random.uniform(0.85, 1.1), 0.001)
                rate = rps * load * random.uniform(0.9, 1.1)
                if restart is not None and restart <= t < restart + STEP:
                    cpu_total, requests = 0.0, 0.0
                cpu_total += cores * STEP
                requests += rate * STEP
                working_set = memory * GIB * (0.9 + 0.1 * load) * random.uniform(0.97, 1.03)
                latency = 0.08 + 0.05 * load + random.uniform(0, 0.02)
                cells = [str(t), namespace, name, pod, f"{cpu_total:.3f}", str(int(working_set)),
                         f"{requests:.0f}", f"{latency:.4f}"]
                if gpu is None:
                    cells += ["", "", ""]
                else:
                    util = min(gpu * load * random.uniform(0.85, 1.1), 100)
                    used = fb * 1024 * random.uniform(0.96, 1.0)
                    cells += [f"{util:.1f}", f"{used:.0f}", f"{fb_total * 1024 - used:.0f}"]
                rows.append(",".join(cells))
                t += STEP
    with open(os.path.join(here, "export.csv"), "w", newline="\n") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
