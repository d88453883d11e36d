#!/usr/bin/env python3
"""Writes a synthetic fleet of N components over F files, deterministically (same seed, same bytes).

Usage: gen_fleet.py OUT_DIR [--components 10000] [--files 500] [--seed 7]
"""
import argparse, os, random

MODALITIES = ["text", "voice", "audio", "image", "video", "tabular", "sensor"]
ACCELERATORS = ["nvidia-h100-80gb", "nvidia-a100-80gb", "nvidia-l4", "nvidia-a10g", "amd-mi300x", "google-tpu-v5e"]
LEVELS = ["GDPR_compliant", "CCPA_compliant", "HIPAA_compliant", "internal", "public"]
CPUS = ["250m", "500m", "1", "2", "4", "8", "16"]
MEMORY = ["512Mi", "1Gi", "4Gi", "8Gi", "16Gi", "32Gi", "64Gi"]

def component(rng, index):
    name = f"model-{index:05d}"
    namespace = f"team-{index % 40:02d}"
    gpu = rng.choice([0, 0, 1, 1, 2])
    strategy = rng.choice(["rolling", "canary", "blueGreen"])
    lo = rng.randint(0, 3)
    hi = lo + rng.randint(1, 6)
    lines = [
        "apiVersion: apexlogic.io/v1alpha1",
        "kind: MultimodalAIComponent",
        "metadata:",
        f"  name: {name}",
        f"  namespace: {namespace}",
        "  labels:",
        f"    team: team-{index % 40:02d}",
        f"    cost-center: cc-{1000 + index % 97}",
        "spec:",
        "  model:",
        f"    name: synthetic-{index % 300}",
        f'    version: "{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 50)}"',
        "    repository: mlflow-registry",
        f'    endpoint: "https://models.example.com/{namespace}/{name}"',
        f"    modality: [{', '.join(rng.sample(MODALITIES, rng.randint(1, 3)))}]",
        "  governance:",
        "    dataPrivacy:",
        f"      level: {rng.choice(LEVELS)}",
        f"      anonymizationRequired: {str(rng.random() < 0.5).lower()}",
        "    biasDetection:",
        "      thresholds:",
        f"        demographic_parity_difference: {rng.randint(1, 20) / 100}",
        "    costOptimization:",
        "      resourceLimits:",
        f'        cpu: "{rng.choice(CPUS)}"',
        f"        memory: {rng.choice(MEMORY)}",
    ]
    if gpu:
        lines += [f"        gpu: {gpu}", f"        accelerator: {rng.choice(ACCELERATORS)}"]
    lines += [
        "      autoscaling:",
        f"        minReplicas: {lo}",
        f"        maxReplicas: {hi}",
        f"        targetCPUUtilizationPercentage: {rng.randint(50, 90)}",
        f"        costThresholdUSDPerDay: {rng.randint(5, 3000)}",
        "  release:",
        f"    strategy: {strategy}",
    ]
    if strategy != "rolling":
        lines += ["    rolloutMetrics:", "      - name: error_rate", "        threshold: 0.01",
                  "      - name: latency_p95", f'        threshold: "{rng.randint(50, 900)}ms"']
    return "\n".join(lines) + "\n"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--components", type=int, default=10000)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "components"), exist_ok=True)
    with open(os.path.join(args.out, "purser.yaml"), "w") as f:
        f.write("name: synthetic-fleet\n")
    per_file = args.components // args.files
    for file_index in range(args.files):
        docs = [component(rng, file_index * per_file + i) for i in range(per_file)]
        folder = os.path.join(args.out, "components", f"group-{file_index % 25:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"fleet-{file_index:03d}.yaml"), "w") as f:
            f.write("---\n".join(docs))

if __name__ == "__main__":
    main()
