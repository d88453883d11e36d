"""MASE of forecast combinations, from the forecasts bench-analytics wrote (--dump), per data set.

Members: ets, theta, otm (optimised Theta), damped (the AICc-best damped ETS model, recovered from
the ensembleOptimized dump as 3 x mean - ets - otm when the ensemble has three members), naive,
snaive (seasonal naive) and, with --comb, the M4 "Comb" benchmark (mean of SES, Holt and damped
Holt from statsforecast on the classically seasonally adjusted series) and, with --arima,
statsforecast's AutoARIMA (a prototype of a member from another family) and, with --ces, statsforecast's
AutoCES alone and as a fifth member beside the ensembleARIMA dump's (the prototype of .ensembleCES). The ratios are to the
AutoETS MASE given with --ref SET=MASE (deterministic; run-forecast.sh prints it).

Usage (reference environment, ../shared/tools/setup-ref.sh):
  for each SET in DIR (SET.csv exported by export_fcomp.py, its h and m in DIR/hs.txt as
  "SET h m" lines), first:
    bench-analytics forecast DIR/SET.csv --h H --season M --method METHOD --dump DIR/SET.METHOD.dump
  for METHOD in ets theta optimizedTheta ensembleOptimized; then
    python bench/analytics/combinations.py DIR [--comb] [--arima] [--ces] --ref M1_yearly=3.9502 ...
  (--ces also needs DIR/SET.ensembleARIMA.dump)
"""
import collections, csv, os, sys, warnings
import numpy as np

def read_series(path):
    series = collections.OrderedDict()
    with open(path) as f:
        rows = csv.reader(f)
        next(rows)
        for sid, _, value in rows:
            series.setdefault(sid, []).append(float(value))
    return series

def read_dump(path):
    if not os.path.exists(path):
        return None
    out = {}
    for line in open(path):
        parts = line.rstrip("\n").split(";")
        out[parts[0]] = (parts[1], np.array([float(x) for x in parts[2:]]))
    return out

def seasonal(x, m):
    """The 90 % lag-m autocorrelation test the Theta methods use."""
    if m <= 1 or len(x) < 3 * m:
        return False
    xm = x - x.mean()
    den = np.sum(xm * xm)
    if den == 0:
        return False
    r = [np.sum(xm[k:] * xm[:-k]) / den for k in range(1, m + 1)]
    return abs(r[-1]) > 1.645 * np.sqrt((1 + 2 * sum(v * v for v in r[:-1])) / len(x))

def seasonal_indices(x, m):
    """Classical multiplicative decomposition: centred moving average, mean ratio per season."""
    w = np.r_[0.5, np.ones(m - 1), 0.5] / m if m % 2 == 0 else np.ones(m) / m
    trend = np.convolve(x, w, mode="valid")
    offset = (len(w) - 1) // 2
    ratios = collections.defaultdict(list)
    for i, t in enumerate(trend):
        ratios[(i + offset) % m].append(x[i + offset] / t)
    s = np.array([np.mean(ratios[k]) for k in range(m)])
    return s / s.mean()

def comb(train, h, m):
    from statsforecast.models import AutoETS, SimpleExponentialSmoothingOptimized
    n = len(train)
    s = seasonal_indices(train, m) if m > 1 and np.all(train > 0) and seasonal(train, m) else None
    adjusted = train / s[np.arange(n) % m] if s is not None else train
    forecasts = []
    for model in (SimpleExponentialSmoothingOptimized(), AutoETS(model="AAN", damped=False), AutoETS(model="AAN", damped=True)):
        try:
            forecasts.append(model.forecast(y=adjusted.astype(float), h=h)["mean"])
        except Exception:
            forecasts.append(np.repeat(adjusted[-1], h))
    f = np.mean(forecasts, axis=0)
    return f * s[(n + np.arange(h)) % m] if s is not None else f

def arima(train, h, m):
    from statsforecast.models import AutoARIMA
    try:
        return AutoARIMA(season_length=m).forecast(y=train.astype(float), h=h)["mean"]
    except Exception:
        return np.repeat(train[-1], h)

def ces(train, h, m):
    from statsforecast.models import AutoCES
    try:
        return AutoCES(season_length=m).forecast(y=train.astype(float), h=h)["mean"]
    except Exception:
        return np.repeat(train[-1], h)

def members(folder, name, h, m, with_comb, with_arima=False, with_ces=False):
    kinds = ("ets", "theta", "optimizedTheta", "ensembleOptimized") + (("ensembleARIMA",) if with_ces else ())
    dumps = {k: read_dump(f"{folder}/{name}.{k}.dump") for k in kinds}
    missing = [k for k, v in dumps.items() if v is None]
    if missing:
        sys.exit(f"{name}: no dump for {', '.join(missing)}")
    out = {}
    for sid, y in read_series(f"{folder}/{name}.csv").items():
        y = np.array(y)
        train, test = y[:-h], y[-h:]
        ets, otm = dumps["ets"][sid][1], dumps["optimizedTheta"][sid][1]
        label, ensemble = dumps["ensembleOptimized"][sid]
        naive = np.repeat(train[-1], h)
        snaive = np.array([train[len(train) - m + i % m] for i in range(h)]) if len(train) >= m else naive
        out[sid] = dict(
            test=test, seasonal=seasonal(train, m),
            scale=np.mean(np.abs(train[m:] - train[:-m])) if len(train) > m else 0.0,
            ets=ets, theta=dumps["theta"][sid][1], otm=otm, ens=ensemble,
            damped=3 * ensemble - ets - otm if label.count("+") == 2 else ets,
            naive=naive, snaive=snaive, comb=comb(train, h, m) if with_comb else None,
            arima=arima(train, h, m) if with_arima else None,
            ensARIMA=dumps["ensembleARIMA"][sid] if with_ces else None,
            ces=ces(train, h, m) if with_ces else None)
    return out

COMBINATIONS = {
    "ets": lambda d: d["ets"],
    "otm": lambda d: d["otm"],
    "theta": lambda d: d["theta"],
    "damped": lambda d: d["damped"],
    "mean(ets,otm,damped) = ensembleOptimized": lambda d: d["ens"],
    "mean(ets,otm,damped,theta)": lambda d: (d["ets"] + d["otm"] + d["damped"] + d["theta"]) / 4,
    "median(ets,otm,damped,theta)": lambda d: np.median([d["ets"], d["otm"], d["damped"], d["theta"]], axis=0),
    "mean(otm,damped)": lambda d: (d["otm"] + d["damped"]) / 2,
    "mean(ets,otm,damped,snaive)": lambda d: (d["ets"] + d["otm"] + d["damped"] + d["snaive"]) / 4,
    "ensembleOptimized, + snaive if seasonal": lambda d: (3 * d["ens"] + d["snaive"]) / 4 if d["seasonal"] else d["ens"],
    "median(ets,otm,damped,snaive) if seasonal": lambda d: np.median([d["ets"], d["otm"], d["damped"], d["snaive"]], axis=0) if d["seasonal"] else d["ens"],
}
COMB_COMBINATIONS = {
    "comb": lambda d: d["comb"],
    "mean(ets,otm,damped,comb)": lambda d: (d["ets"] + d["otm"] + d["damped"] + d["comb"]) / 4,
    "median(ets,otm,damped,comb)": lambda d: np.median([d["ets"], d["otm"], d["damped"], d["comb"]], axis=0),
    "mean(ets,otm,comb)": lambda d: (d["ets"] + d["otm"] + d["comb"]) / 3,
}

ARIMA_COMBINATIONS = {
    "arima (statsforecast AutoARIMA)": lambda d: d["arima"],
    "mean(ets,otm,damped,arima)": lambda d: (d["ets"] + d["otm"] + d["damped"] + d["arima"]) / 4,
    "mean(ets,otm,arima)": lambda d: (d["ets"] + d["otm"] + d["arima"]) / 3,
    "median(ets,otm,damped,arima)": lambda d: np.median([d["ets"], d["otm"], d["damped"], d["arima"]], axis=0),
}

CES_COMBINATIONS = {
    "ces (statsforecast AutoCES)": lambda d: d["ces"],
    # The members of the ensembleARIMA dump (as many as its label names) and CES, equally weighted.
    "mean(ensembleARIMA members, ces)": lambda d: (
        (d["ensARIMA"][0].count("+") + 1) * d["ensARIMA"][1] + d["ces"]) / (d["ensARIMA"][0].count("+") + 2),
}

def mase(series, forecast):
    return np.mean([np.mean(np.abs(d["test"] - forecast(d))) / d["scale"] for d in series.values() if d["scale"] > 0])

def main():
    warnings.filterwarnings("ignore")
    args = sys.argv[1:]
    folder = args[0]
    with_comb = "--comb" in args
    with_arima = "--arima" in args
    with_ces = "--ces" in args
    refs = dict(a.split("=") for a in args[args.index("--ref") + 1:]) if "--ref" in args else {}
    sets = [line.split() for line in open(f"{folder}/hs.txt") if line.strip()]
    combos = dict(COMBINATIONS, **(COMB_COMBINATIONS if with_comb else {}), **(ARIMA_COMBINATIONS if with_arima else {}),
                  **(CES_COMBINATIONS if with_ces else {}))
    table = {}
    for name, h, m in sets:
        series = members(folder, name, int(h), int(m), with_comb, with_arima, with_ces)
        table[name] = {k: mase(series, f) / float(refs.get(name, 1)) for k, f in combos.items()}
    print(("MASE / AutoETS" if refs else "MASE") + " per set")
    print(f"{'combination':<46}" + "".join(f"{n[:12]:>13}" for n in table) + f"{'max':>8}")
    for k in combos:
        values = [table[n][k] for n in table]
        print(f"{k:<46}" + "".join(f"{v:13.3f}" for v in values) + f"{max(values):8.3f}")

if __name__ == "__main__":
    main()
