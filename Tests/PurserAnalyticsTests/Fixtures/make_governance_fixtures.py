#!/usr/bin/env python3
"""Writes the reference fixtures for the fairness, drift and canary tests of PurserAnalytics.

Run with a Python that has fairlearn, scipy, numpy, pandas and evidently:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install fairlearn scipy numpy "pandas<3" evidently   # Evidently 0.7 needs pandas 2
    /tmp/refvenv/bin/python Tests/PurserAnalyticsTests/Fixtures/make_governance_fixtures.py

Inputs come from fixed seeds; the outputs are what the reference libraries return. The JSON
files (fairness.json, drift.json, canary.json beside this script) are committed; the Swift
tests read them and fail when one is missing.
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import scipy
import fairlearn
import fairlearn.metrics as fm
from scipy import stats

try:
    import evidently
    from evidently.legacy.calculations.stattests.chisquare_stattest import _chi_stat_test
    from evidently.legacy.calculations.stattests.jensenshannon import _jensenshannon
    from evidently.legacy.calculations.stattests.wasserstein_distance_norm import _wasserstein_distance_norm
    from evidently.legacy.core import ColumnType
    EVIDENTLY = evidently.__version__
except ImportError:  # the same formulas, written out
    EVIDENTLY = None

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {
    "numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__,
    "fairlearn": fairlearn.__version__, "evidently": EVIDENTLY,
}


def num(x):
    """JSON number, or None for NaN (the Swift side represents NaN as nil)."""
    x = float(x)
    return None if math.isnan(x) else x


def write(name, payload):
    payload = {"versions": VERSIONS, **payload}
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
    print(name, os.path.getsize(os.path.join(HERE, name)), "bytes")


# ---------------------------------------------------------------- fairness
def fairness_case(name, groups, labels, preds, minimum=1):
    g, y, p = np.array(groups), np.array(labels, dtype=int), np.array(preds, dtype=int)
    counts = pd.Series(g).value_counts()
    keep = np.isin(g, counts[counts >= minimum].index)
    gk, yk, pk = g[keep], y[keep], p[keep]
    out = {}
    if len(set(gk)) > 0:
        for f in ["demographic_parity_difference", "demographic_parity_ratio",
                  "equal_opportunity_difference", "equal_opportunity_ratio",
                  "equalized_odds_difference", "equalized_odds_ratio"]:
            out[f] = num(getattr(fm, f)(yk, pk, sensitive_features=gk))
        mf = fm.MetricFrame(metrics={"selection_rate": fm.selection_rate, "tpr": fm.true_positive_rate,
                                     "fpr": fm.false_positive_rate, "count": fm.count},
                            y_true=yk, y_pred=pk, sensitive_features=gk)
        out["by_group"] = {str(k): {c: num(v) for c, v in row.items()} for k, row in mf.by_group.iterrows()}
    return {"name": name, "minimumGroupSize": minimum, "groups": [str(x) for x in g],
            "labels": [bool(x) for x in y], "predictions": [bool(x) for x in p], "fairlearn": out}


def random_fairness(name, rng, names, n, base, lift, minimum=1, no_positive=None):
    groups = rng.choice(names, size=n)
    labels = rng.random(n) < base
    if no_positive is not None:
        labels[groups == no_positive] = False
    score = rng.random(n) + lift * labels + np.array([0.05 * names.index(x) for x in groups])
    preds = score > 0.75
    return fairness_case(name, groups, labels, preds, minimum)


def fairness():
    rng = np.random.default_rng(20240601)
    cases = [
        random_fairness("two groups", rng, ["f", "m"], 400, 0.4, 0.5),
        random_fairness("three groups", rng, ["a", "b", "c"], 600, 0.3, 0.4),
        random_fairness("five groups", rng, ["g1", "g2", "g3", "g4", "g5"], 1000, 0.5, 0.3),
        random_fairness("group without positive labels", rng, ["x", "y", "z"], 300, 0.4, 0.5, no_positive="z"),
        random_fairness("intersection keys", rng, ["f × 18-30", "f × 31+", "m × 18-30", "m × 31+"], 500, 0.45, 0.4),
        random_fairness("small group excluded", rng, ["big1"] * 20 + ["big2"] * 20 + ["tiny"], 200, 0.5, 0.4, minimum=10),
        fairness_case("no false positives anywhere", ["a"] * 3 + ["b"] * 3, [1, 1, 0, 1, 1, 0], [1, 0, 0, 1, 1, 0]),
        fairness_case("all true positive rates zero", ["a", "a", "b", "b"], [1, 0, 1, 0], [0, 1, 0, 0]),
        fairness_case("nobody selected", ["a", "a", "b", "b"], [1, 0, 1, 0], [0, 0, 0, 0]),
    ]
    write("fairness.json", {"cases": cases})


# ---------------------------------------------------------------- drift
QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


def shares_with_floor(counts, n):
    s = np.asarray(counts, dtype=float) / n
    return np.where(s == 0, 1e-4, s)


def numeric_psi(ref, cur):
    edges = np.quantile(ref, QUANTILES)  # method='linear'
    p = shares_with_floor(np.bincount(np.digitize(ref, edges, right=True), minlength=10), len(ref))
    q = shares_with_floor(np.bincount(np.digitize(cur, edges, right=True), minlength=10), len(cur))
    return float(np.sum((q - p) * np.log(q / p)))


def numeric_case(name, ref_name, cur_name, samples):
    ref, cur = np.array(samples[ref_name]), np.array(samples[cur_name])
    ks = stats.ks_2samp(ref, cur)  # two-sided, method='auto'
    wd = stats.wasserstein_distance(ref, cur)
    if EVIDENTLY:
        normed, _ = _wasserstein_distance_norm(pd.Series(ref), pd.Series(cur), ColumnType.Numerical, 0.1)
    else:
        normed = wd / max(float(np.std(ref)), 0.001)
    return {"name": name, "reference": ref_name, "current": cur_name,
            "psi": numeric_psi(ref, cur), "ksStatistic": float(ks.statistic), "ksPValue": float(ks.pvalue),
            "ksMethod": "exact" if max(len(ref), len(cur)) <= 10000 else "asymp",
            "wasserstein": float(wd), "normedWasserstein": float(normed)}


def categorical_case(name, ref_counts, cur_counts):
    keys = sorted(set(k for k, v in ref_counts.items() if v > 0) | set(k for k, v in cur_counts.items() if v > 0))
    ref = pd.Series(np.repeat(list(ref_counts.keys()), list(ref_counts.values())))
    cur = pd.Series(np.repeat(list(cur_counts.keys()), list(cur_counts.values())))
    if EVIDENTLY:
        js, _ = _jensenshannon(ref, cur, ColumnType.Categorical, 0.1)
        chi_p, _ = _chi_stat_test(ref, cur, ColumnType.Categorical, 0.05)
    else:
        from scipy.spatial import distance
        rp = np.array([ref_counts.get(k, 0) for k in keys]) / len(ref)
        cp = np.array([cur_counts.get(k, 0) for k in keys]) / len(cur)
        js = distance.jensenshannon(rp, cp)
        k = len(cur) / len(ref)
        chi_p = stats.chisquare([cur_counts.get(x, 0) for x in keys], [ref_counts.get(x, 0) * k for x in keys])[1]
    p = shares_with_floor([ref_counts.get(k, 0) for k in keys], len(ref))
    q = shares_with_floor([cur_counts.get(k, 0) for k in keys], len(cur))
    return {"name": name, "reference": ref_counts, "current": cur_counts,
            "jensenShannonDistance": num(js), "chiSquarePValue": num(chi_p),
            "psi": float(np.sum((q - p) * np.log(q / p)))}


def drift():
    rng = np.random.default_rng(7)
    r4 = lambda a: [round(float(x), 4) for x in a]
    r2 = lambda a: [round(float(x), 2) for x in a]
    big_ref = r4(rng.normal(0, 1, 20000))
    near = list(big_ref)
    for i in range(0, 40):
        near[i * 7] = round(near[i * 7] + 3.0, 4)
    samples = {
        "small_a": r2(rng.normal(10, 2, 40)),
        "small_b": r2(rng.normal(11, 2, 40)),
        "small_c": r2(rng.normal(10, 2, 27)),
        "ties_a": [float(x) for x in rng.integers(0, 6, 50)],
        "ties_b": [float(x) for x in rng.integers(1, 7, 33)],
        "dupes": [1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 5.0, 5.0, 8.0, 13.0],
        "constant": [4.2] * 30,
        "shifted_constant": [4.2] * 20 + [5.0] * 10,
        "medium_a": r4(rng.normal(100, 15, 3000)),
        "medium_b": r4(rng.normal(103, 15, 2000)),
        "medium_c": r4(rng.lognormal(4.6, 0.15, 5000)),
        "medium_d": r4(rng.lognormal(4.62, 0.15, 5000)),
        "big_ref": big_ref,
        "big_shift": r4(rng.normal(0.05, 1, 20000)),
        "big_tiny_shift": r4(rng.normal(0.012, 1, 20000)),
        "big_near": near,
        "window_80": r4(rng.normal(0.3, 1, 80)),
        "window_300": r4(rng.normal(0.1, 1.1, 300)),
        "big_12000": r4(rng.normal(0.02, 1, 12000)),
    }
    samples["window_100"] = r4(rng.normal(0.05, 1, 100))  # n*D^2 near 1: the n <= 140 matrix method
    numeric = [
        numeric_case("small equal sizes", "small_a", "small_b", samples),
        numeric_case("small unequal sizes", "small_a", "small_c", samples),
        numeric_case("small same sample", "small_a", "small_a", samples),
        numeric_case("integer ties", "ties_a", "ties_b", samples),
        numeric_case("duplicates vs ties", "dupes", "ties_b", samples),
        numeric_case("constant reference", "constant", "small_a", samples),
        numeric_case("constant vs partly constant", "constant", "shifted_constant", samples),
        numeric_case("medium unequal exact", "medium_a", "medium_b", samples),
        numeric_case("medium equal exact", "medium_c", "medium_d", samples),
        numeric_case("large shift", "big_ref", "big_shift", samples),
        numeric_case("large tiny shift", "big_ref", "big_tiny_shift", samples),
        numeric_case("large nearly identical", "big_ref", "big_near", samples),
        numeric_case("large reference small window", "big_ref", "window_80", samples),
        numeric_case("large reference 300 window", "big_ref", "window_300", samples),
        numeric_case("large unequal", "big_ref", "big_12000", samples),
        numeric_case("large reference 100 window", "big_ref", "window_100", samples),
    ]
    categorical = [
        categorical_case("same shares", {"a": 50, "b": 30, "c": 20}, {"a": 100, "b": 60, "c": 40}),
        categorical_case("shifted shares", {"a": 500, "b": 300, "c": 200}, {"a": 380, "b": 330, "c": 290}),
        categorical_case("new category in current", {"eu": 120, "us": 80}, {"eu": 100, "us": 70, "ap": 30}),
        categorical_case("category gone in current", {"eu": 120, "us": 80, "ap": 5}, {"eu": 110, "us": 90}),
        categorical_case("many categories", {f"k{i}": int(c) for i, c in enumerate(rng.integers(1, 200, 40))},
                         {f"k{i}": int(c) for i, c in enumerate(rng.integers(1, 200, 40))}),
        categorical_case("two categories large", {"yes": 7000, "no": 3000}, {"yes": 6800, "no": 3400}),
    ]
    write("drift.json", {"quantiles": QUANTILES, "samples": samples, "numeric": numeric, "categorical": categorical})


# ---------------------------------------------------------------- canary
def canary_case(name, canary, baseline):
    c, b = np.array(canary), np.array(baseline)
    res = stats.mannwhitneyu(c, b, use_continuity=True, alternative="two-sided", method="asymptotic")
    hl = float(np.median(np.subtract.outer(c, b)))
    return {"name": name, "canary": canary, "baseline": baseline, "u": float(res.statistic),
            "pValue": float(res.pvalue), "hodgesLehmann": hl,
            "effectSize": 2 * float(res.statistic) / (len(c) * len(b)) - 1}


def canary():
    rng = np.random.default_rng(99)
    r3 = lambda a: [round(float(x), 3) for x in a]
    cases = [
        canary_case("latency regression", r3(rng.lognormal(5.1, 0.2, 60)), r3(rng.lognormal(5.0, 0.2, 60))),
        canary_case("no change", r3(rng.normal(200, 20, 45)), r3(rng.normal(200, 20, 50))),
        canary_case("integer ties", [float(x) for x in rng.integers(0, 5, 40)], [float(x) for x in rng.integers(0, 4, 35)]),
        canary_case("tiny samples", [1.0, 2.0, 3.0], [4.0, 5.0]),
        canary_case("odd pair count", [3.0, 1.0, 4.0], [1.0, 5.0, 9.0]),
        canary_case("error rate drop", r3(rng.beta(2, 200, 80)), r3(rng.beta(3, 200, 80))),
        canary_case("large samples", r3(rng.normal(100.5, 10, 1500)), r3(rng.normal(100, 10, 1200))),
    ]
    write("canary.json", {"cases": cases})


if __name__ == "__main__":
    fairness()
    drift()
    canary()
