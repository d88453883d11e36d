#!/usr/bin/env python3
"""The reference for the governance benchmark: fairlearn and scipy on the files gen.py writes.

  reference.py fairness predictions.csv      fairlearn: demographic parity, equal opportunity and
                                             equalized odds differences, per-group selection rate
                                             and TPR (MetricFrame)
  reference.py drift reference.csv current.csv   per numeric column: PSI on the reference's
                                             deciles (numpy), scipy.stats.ks_2samp,
                                             scipy.stats.wasserstein_distance
Prints JSON; read with pandas, as a Python user would. Timed from outside, end to end.
"""
import json
import sys

import numpy as np
import pandas as pd


def psi(ref, cur, bins=10, eps=1e-4):
    edges = np.quantile(ref, np.linspace(0, 1, bins + 1)[1:-1])
    p = np.bincount(np.digitize(ref, edges, right=True), minlength=bins) / len(ref)
    q = np.bincount(np.digitize(cur, edges, right=True), minlength=bins) / len(cur)
    p = np.where(p == 0, eps, p)
    q = np.where(q == 0, eps, q)
    return float(np.sum((q - p) * np.log(q / p)))


def fairness(path):
    from fairlearn.metrics import (MetricFrame, demographic_parity_difference, equal_opportunity_difference,
                                   equalized_odds_difference, selection_rate, true_positive_rate)
    df = pd.read_csv(path)
    yt, yp, s = df["y_true"].astype(int), df["y_pred"].astype(int), df["sensitive"].astype(str)
    frame = MetricFrame(metrics={"selection_rate": selection_rate, "tpr": true_positive_rate},
                        y_true=yt, y_pred=yp, sensitive_features=s)
    return {
        "rows": len(df),
        "demographic_parity_difference": demographic_parity_difference(yt, yp, sensitive_features=s),
        "equal_opportunity_difference": equal_opportunity_difference(yt, yp, sensitive_features=s),
        "equalized_odds_difference": equalized_odds_difference(yt, yp, sensitive_features=s),
        "by_group": {g: {k: float(v) for k, v in row.items()} for g, row in frame.by_group.iterrows()},
    }


def drift(reference_path, current_path):
    from scipy.stats import ks_2samp, wasserstein_distance
    ref_df, cur_df = pd.read_csv(reference_path), pd.read_csv(current_path)
    out = {}
    for name in ref_df.columns:
        if not name.startswith("f") or name not in cur_df.columns:
            continue
        ref = ref_df[name].dropna().to_numpy(float)
        cur = cur_df[name].dropna().to_numpy(float)
        ks = ks_2samp(ref, cur)
        out[name] = {"psi": psi(ref, cur), "ks_statistic": float(ks.statistic), "ks_pvalue": float(ks.pvalue),
                     "wasserstein": float(wasserstein_distance(ref, cur))}
    return out


if __name__ == "__main__":
    mode = sys.argv[1]
    result = fairness(sys.argv[2]) if mode == "fairness" else drift(sys.argv[2], sys.argv[3])
    print(json.dumps(result, indent=1))
