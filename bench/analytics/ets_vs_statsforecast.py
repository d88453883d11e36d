#!/usr/bin/env python3
"""Where PurserAnalytics' ETS and statsforecast's AutoETS part ways, series by series.

Usage (reference venv from ../shared/tools/setup-ref.sh, non-seasonal sets):
  bench-analytics forecast SERIES.csv --h H --season 1 --method ets --dump OURS.txt --dump-fits FITS.txt
  python bench/analytics/ets_vs_statsforecast.py SERIES.csv H OURS.txt FITS.txt

Prints how often both pick the same model, the MASE of each where they agree and where they do
not, and, for trended models, which of the two optimisers reached the higher likelihood: our
(alpha, beta) with the initial states re-optimised by statsforecast's own `ets_f`, against
statsforecast's free optimum (-2 log-likelihood on the same, unscaled series).
"""
import sys

import numpy as np
import pandas as pd
from statsforecast.ets import ets_f
from statsforecast.models import AutoETS


def main():
    path, h, ours_path, fits_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    df = pd.read_csv(path, dtype={"series_id": str})
    forecasts = {}
    for line in open(ours_path):
        p = line.strip().split(";")
        forecasts[p[0]] = np.array([float(v) for v in p[2:]])
    fits = {}
    for line in open(fits_path):
        p = line.strip().split(";")
        fits[p[0]] = (p[1], float(p[3]), float(p[4]))
    rows = []
    for sid, g in df.groupby("series_id", sort=False):
        if sid not in fits:
            continue
        y = g["value"].to_numpy(float)
        x, test = y[:-h], y[-h:]
        scale = np.mean(np.abs(np.diff(x)))
        if scale == 0:
            continue
        sf = AutoETS(season_length=1).fit(x)
        model, alpha, beta = fits[sid]
        row = dict(sid=sid, ours=model, sf=sf.model_["method"],
                   mase_ours=np.mean(np.abs(test - forecasts[sid])) / scale,
                   mase_sf=np.mean(np.abs(test - sf.predict(h)["mean"])) / scale,
                   beta_ours=np.nan, beta_sf=np.nan, lik_gap=np.nan)
        if model == row["sf"] and model in ("ETS(A,A,N)", "ETS(M,A,N)"):
            code = "AAN" if model == "ETS(A,A,N)" else "MAN"
            free = ets_f(x, 1, model=code, damped=False)
            try:
                pinned = ets_f(x, 1, model=code, damped=False, alpha=alpha, beta=beta)
                row["lik_gap"] = -2 * pinned["loglik"] + 2 * free["loglik"]
            except Exception:
                pass
            row["beta_ours"], row["beta_sf"] = beta, free["par"][1]
        rows.append(row)
    r = pd.DataFrame(rows)
    same = r[r.ours == r.sf]
    other = r[r.ours != r.sf]
    print(f"{len(r)} series; same model {len(same)} ({100 * len(same) / len(r):.0f}%)")
    print(f"  same model:      MASE ours {same.mase_ours.mean():.4f}  statsforecast {same.mase_sf.mean():.4f}")
    print(f"  different model: MASE ours {other.mase_ours.mean():.4f}  statsforecast {other.mase_sf.mean():.4f}")
    print("  most frequent disagreements (statsforecast -> ours):",
          other.groupby(["sf", "ours"]).size().sort_values(ascending=False).head(5).to_dict())
    t = same.dropna(subset=["lik_gap"])
    if len(t):
        print(f"  trended, same model ({len(t)}): mean beta ours {t.beta_ours.mean():.3f}  statsforecast {t.beta_sf.mean():.3f}; "
              f"ours reaches the higher likelihood on {100 * (t.lik_gap < -0.1).mean():.0f}%, statsforecast on "
              f"{100 * (t.lik_gap > 0.1).mean():.0f}% (tie within 0.1 otherwise)")
        hi = t[t.lik_gap < -0.1]
        print(f"    where ours is higher: MASE ours {hi.mase_ours.mean():.4f}  statsforecast {hi.mase_sf.mean():.4f}")


if __name__ == "__main__":
    main()
