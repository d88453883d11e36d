#!/usr/bin/env python3
"""Writes the example prediction log and reference sample for fraud-tabular (deterministic).

predictions.csv: y_true, y_pred, sensitive (region group), amount, channel — 3,000 scored requests.
reference.csv: amount, channel — the 3,000 training rows the model was fitted on.
"""
import random

rng = random.Random(7)
groups = [("emea", 0.45), ("amer", 0.35), ("apac", 0.20)]
channels = ["web", "app", "store"]

def group():
    r, acc = rng.random(), 0.0
    for name, share in groups:
        acc += share
        if r < acc:
            return name
    return groups[-1][0]

with open("predictions.csv", "w") as out:
    out.write("y_true,y_pred,sensitive,amount,channel\n")
    for _ in range(3000):
        g = group()
        fraud = rng.random() < 0.3
        score = 0.3 + 0.45 * fraud + {"emea": 0.02, "amer": 0.0, "apac": -0.03}[g] + rng.gauss(0, 0.15)
        amount = round(rng.lognormvariate(4.0, 0.8), 2)
        out.write(f"{int(fraud)},{int(score > 0.55)},{g},{amount},{rng.choice(channels)}\n")

with open("reference.csv", "w") as out:
    out.write("amount,channel\n")
    for _ in range(3000):
        out.write(f"{round(rng.lognormvariate(4.0, 0.8), 2)},{rng.choice(channels)}\n")
