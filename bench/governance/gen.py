#!/usr/bin/env python3
"""Generates the governance benchmark's inputs with a fixed seed.

  gen.py OUT_DIR [--rows 10000000] [--drift-rows 5000000] [--features 20] [--seed 7]

predictions.csv  ROWS rows: y_true, y_pred (0/1), sensitive (3 groups with different rates)
reference.csv    DRIFT_ROWS rows: y_true, y_pred, sensitive, f01..fNN (numeric features)
current.csv      the same columns; half the features are shifted or rescaled
Features mix distributions (normal, lognormal, exponential, uniform, rounded integers) so ties,
skew and heavy tails all occur. Needs numpy and polars (the reference environment has both).
"""
import argparse
import os

import numpy as np
import polars as pl


def predictions(rng, n):
    groups = rng.choice(np.array(["team-a", "team-b", "team-c"]), size=n, p=[0.5, 0.3, 0.2])
    y = rng.random(n) < 0.4
    bias = np.select([groups == "team-a", groups == "team-b"], [0.10, -0.05], default=-0.15)
    score = 0.35 + 0.4 * y + bias + rng.normal(0, 0.2, n)
    return {"y_true": y.astype(np.int8), "y_pred": (score > 0.55).astype(np.int8), "sensitive": groups}


def feature(rng, k, n, shifted):
    kind = k % 5
    if kind == 0:
        x = rng.normal(100 + (5 if shifted else 0), 15, n)
    elif kind == 1:
        x = rng.lognormal(5.0 + (0.15 if shifted else 0), 0.6, n)
    elif kind == 2:
        x = rng.exponential(2.0 * (1.3 if shifted else 1), n)
    elif kind == 3:
        x = rng.uniform(0, 1 + (0.2 if shifted else 0), n)
    else:
        return np.round(rng.normal(50, 10 * (1.5 if shifted else 1), n)).astype(np.int64)
    return np.round(x, 4)


def drift_file(rng, n, features, current):
    columns = predictions(rng, n)
    for k in range(features):
        columns[f"f{k + 1:02d}"] = feature(rng, k, n, shifted=current and k % 2 == 0)
    return columns


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--drift-rows", type=int, default=5_000_000)
    ap.add_argument("--features", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    pl.DataFrame(predictions(rng, a.rows)).write_csv(os.path.join(a.out, "predictions.csv"))
    pl.DataFrame(drift_file(rng, a.drift_rows, a.features, current=False)).write_csv(os.path.join(a.out, "reference.csv"))
    pl.DataFrame(drift_file(rng, a.drift_rows, a.features, current=True)).write_csv(os.path.join(a.out, "current.csv"))


if __name__ == "__main__":
    main()
