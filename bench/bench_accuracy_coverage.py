#!/usr/bin/env python3
"""Coverage of the 95 % interval of the estimated area on a simulated map with known truth (issue 14).

Draws ``--repeats`` (default 1000) stratified random samples of the simulated population of
``tests/core/test_accuracy.py`` (rare mapped loss with commission, omitted loss concentrated next to it), for strata =
map classes (Olofsson et al. 2014) and for a buffer stratum around loss (Stehman 2014), and prints the share of
repeats whose interval covers the true loss area (expected close to 0.95) with its binomial standard error.
"""
import argparse
import math
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]

from core.test_accuracy import _buffer_population  # noqa: E402

from t2_monitor_plugin.core import accuracy, sampling  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=1000)
    parser.add_argument("--sample-size", type=int, default=1000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[11, 12, 13])
    args = parser.parse_args()
    for design in ("map_strata", "buffer_strata"):
        for seed in args.seeds:
            rng = np.random.default_rng(seed)
            m, truth, strata = _buffer_population(rng)
            if design == "map_strata":
                strata = m
            codes = sorted(set(strata.tolist()))
            members = {h: np.flatnonzero(strata == h) for h in codes}
            weights = {h: float(len(members[h])) for h in codes}
            alloc = sampling.allocate(args.sample_size, {h: len(members[h]) for h in codes}, weights,
                                      sampling.ALLOC_MINIMUM, 75)
            true_share = float((truth == -1).mean())
            started, covered = time.perf_counter(), 0
            for _ in range(args.repeats):
                idx = np.concatenate([rng.choice(members[h], alloc[h], replace=False) for h in codes])
                c = accuracy.estimate(strata[idx], m[idx], truth[idx], weights, [-1, 0]).of(-1)
                covered += abs(c.share - true_share) <= accuracy.ci95(c.share_se)
            share = covered / args.repeats
            se = math.sqrt(share * (1 - share) / args.repeats)
            print(f"{design:<14} seed {seed}: coverage {share:.3f} ± {se:.3f}"
                  f" over {args.repeats} samples of {sum(alloc.values())} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
