"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def median_ms(fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run_ms(args: list[str], env: dict | None = None, repeat: int = 7) -> float:
    """Median wall time of a child process, from spawn to exit."""
    merged = {**os.environ, **(env or {})}

    def once():
        subprocess.run(args, env=merged, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    once()  # warm the file cache, as on a laptop that has run the app before
    return median_ms(once, repeat)


def report(name: str, value_ms: float, baseline_ms: float, target: float | None,
           baseline_name: str) -> bool:
    ratio = value_ms / baseline_ms if baseline_ms else float("inf")
    verdict = ""
    ok = True
    if target is not None:
        ok = ratio <= target
        verdict = f"  (mục tiêu ≤ {target:g}×: {'đạt' if ok else 'KHÔNG ĐẠT'})"
    print(f"{name}: {value_ms:8.1f} ms = {ratio:5.2f}× {baseline_name} ({baseline_ms:.1f} ms)"
          f"{verdict}")
    return ok


PYTHON = sys.executable
