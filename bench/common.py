"""Shared helpers for the benchmarks: a national-scale database and JSON output.

Benchmarks are not tests: they measure against the budgets of DESIGN.md §5 and print
JSON; they never fail a build. Run them on a quiet machine and read the numbers.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("SMARTDESK_BENCH_DIR", "/tmp/smartdesk-bench-national"))


def ensure_national(data_dir: Path = DEFAULT_DIR) -> Path:
    """A data folder holding a `--scale national` demo database (made once, then reused)."""
    if not (data_dir / "smartdesk.db").exists():
        print(f"building a national-scale demo database in {data_dir} ...", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(data_dir),
                "demo-data",
                "--scale",
                "national",
            ],
            check=True,
        )
    return data_dir


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(values_ms),
        "p50_ms": round(statistics.median(values_ms), 2),
        "p95_ms": round(percentile(values_ms, 95), 2),
        "max_ms": round(max(values_ms), 2),
    }


def emit(result: dict) -> None:
    print(json.dumps(result, indent=2))
