#!/usr/bin/env python3
"""Solves every placement instance written by `bench-analytics placement --out FILE` as a general
integer programme with CBC (PuLP) and HiGHS (highspy) and compares their optimum with Purser's
branch and bound. Exit 1 on any disagreement beyond 1e-6 (relative).

    min  sum_t c_t x_t   s.t.  sum_t r_t x_t >= demand,  0 <= x_t <= u_t,  x_t integer
"""
import json
import sys
import time

import highspy
import pulp


def solve_cbc(instance):
    problem = pulp.LpProblem("placement", pulp.LpMinimize)
    xs = [pulp.LpVariable(f"x{t}", lowBound=0, upBound=u, cat="Integer") for t, u in enumerate(instance["maxReplicas"])]
    problem += pulp.lpSum(c * x for c, x in zip(instance["costs"], xs))
    problem += pulp.lpSum(r * x for r, x in zip(instance["throughputs"], xs)) >= instance["demand"] * (1 - 1e-9)
    status = problem.solve(pulp.PULP_CBC_CMD(msg=False, gapRel=0, gapAbs=0))
    if pulp.LpStatus[status] != "Optimal":
        return None
    return pulp.value(problem.objective)


def solve_highs(instance):
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.0)
    inf = highspy.kHighsInf
    n = len(instance["costs"])
    for c, u in zip(instance["costs"], instance["maxReplicas"]):
        h.addVar(0, inf if u is None else u)
    for t, c in enumerate(instance["costs"]):
        h.changeColCost(t, c)
        h.changeColIntegrality(t, highspy.HighsVarType.kInteger)
    h.addRow(instance["demand"] * (1 - 1e-9), inf, n, list(range(n)), instance["throughputs"])
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return h.getInfo().objective_function_value


def main(path):
    instances = json.load(open(path))
    mismatches = 0
    timings = {"cbc": 0.0, "highs": 0.0}
    for i, instance in enumerate(instances):
        ours = instance.get("optimum")
        for name, solve in (("cbc", solve_cbc), ("highs", solve_highs)):
            start = time.perf_counter()
            theirs = solve(instance)
            timings[name] += time.perf_counter() - start
            same = (ours is None and theirs is None) or (
                ours is not None and theirs is not None and abs(ours - theirs) <= 1e-6 * max(1.0, abs(theirs)))
            if not same:
                mismatches += 1
                print(f"instance {i}: purser {ours}, {name} {theirs}")
    feasible = sum(1 for x in instances if x.get("optimum") is not None)
    print(f"{len(instances)} instances ({feasible} feasible): CBC {timings['cbc']:.2f} s, HiGHS {timings['highs']:.2f} s; "
          f"{mismatches} disagreement(s) with Purser's optimum")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "instances.json"))
