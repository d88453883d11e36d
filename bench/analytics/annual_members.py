"""Which members .ensembleAnnual adds to .ensembleCES's five on yearly data, chosen by
leave-one-set-out over the yearly sets, from the forecasts bench-analytics wrote (--dump).

The family: the median of the five (ETS, optimised Theta, damped ETS, ARIMA, CES) plus every
subset of four candidates, the standard Theta method, AutoTheta, the random walk (naive) and the
random walk with drift (16 combinations). Each yearly set is held out in turn; the combination
with the best ratio to AutoETS on the others (by their mean and, the target being per set, by
their worst) is scored on it. The ratios are to the AutoETS MASE given with --ref SET=MASE
(run-forecast.sh prints it). Sets not named in --yearly (M3_other) are scored, never chosen on.

Usage (reference environment, ../shared/tools/setup-ref.sh), SET.csv exported by
export_fcomp.py in DIR and its horizon in --h SET=H:
  for METHOD in ets optimizedTheta ensembleOptimized arima ces autoTheta theta:
    bench-analytics forecast DIR/SET.csv --h H --season 1 --method METHOD --dump DIR/SET.METHOD.dump
  python bench/analytics/annual_members.py DIR --yearly M1_yearly,M3_yearly,Tourism_yearly \
      --h M1_yearly=6 --h M3_yearly=6 --h Tourism_yearly=4 --h M3_other=8 \
      --ref M1_yearly=3.9502 --ref M3_yearly=2.6954 --ref Tourism_yearly=2.7900 --ref M3_other=1.8015
"""
import collections, itertools, sys
import numpy as np
from combinations import read_series, read_dump

def main(argv):
    d, yearly, H, refs = argv[0], [], {}, {}
    i = 1
    while i < len(argv):
        key, value = argv[i], argv[i + 1]
        if key == "--yearly": yearly = value.split(",")
        elif key == "--h": H[value.split("=")[0]] = int(value.split("=")[1])
        elif key == "--ref": refs[value.split("=")[0]] = float(value.split("=")[1])
        else: sys.exit(f"unknown option {key}")
        i += 2
    sets = list(H)
    five = ["ets", "otm", "damped", "arima", "ces"]
    candidates = ["theta", "autoTheta", "naive", "drift"]
    ratio = collections.defaultdict(dict)
    for S in sets:
        series, h = read_series(f"{d}/{S}.csv"), H[S]
        dumps = {m: read_dump(f"{d}/{S}.{m}.dump") for m in ["ets", "optimizedTheta", "ensembleOptimized", "arima", "ces", "autoTheta", "theta"]}
        missing = [m for m, dump in dumps.items() if dump is None]
        if missing: sys.exit(f"missing {', '.join(f'{d}/{S}.{m}.dump' for m in missing)}")
        errors = collections.defaultdict(list)
        for sid, y in series.items():
            y = np.array(y)
            train, test = y[:-h], y[-h:]
            scale = np.mean(np.abs(np.diff(train)))
            if scale == 0: continue
            ets, otm = dumps["ets"][sid][1], dumps["optimizedTheta"][sid][1]
            label, ensemble = dumps["ensembleOptimized"][sid]
            n = len(train)
            members = dict(ets=ets, otm=otm, damped=3 * ensemble - ets - otm if label.count("+") == 2 else ets,
                           arima=dumps["arima"][sid][1], ces=dumps["ces"][sid][1], theta=dumps["theta"][sid][1],
                           autoTheta=dumps["autoTheta"][sid][1], naive=np.repeat(train[-1], h),
                           drift=train[-1] + (train[-1] - train[0]) / (n - 1) * np.arange(1, h + 1))
            for r in range(len(candidates) + 1):
                for added in itertools.combinations(candidates, r):
                    forecast = np.median(np.array([members[m] for m in five + list(added)]), 0)
                    errors["+".join(added) or "(the five)"].append(np.mean(np.abs(test - forecast)) / scale)
        for k, v in errors.items(): ratio[k][S] = np.mean(v) / refs[S]
    keys = list(ratio)
    print(f"{'members added to the five':<28} " + " ".join(f"{s:>15}" for s in sets))
    for k in keys: print(f"{k:<28} " + " ".join(f"{ratio[k][s]:>15.4f}" for s in sets))
    for name, agg in [("mean", np.mean), ("worst", np.max)]:
        print(f"\nleave one yearly set out, chosen by the {name} ratio on the other two:")
        for S in yearly:
            others = [s for s in yearly if s != S]
            best = min(keys, key=lambda k: agg([ratio[k][s] for s in others]))
            print(f"  held out {S:<15} chose {best:<26} held-out {ratio[best][S]:.4f}   (on the others {agg([ratio[best][s] for s in others]):.4f})")

main(sys.argv[1:])
