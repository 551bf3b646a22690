"""`smartdesk demo-data --scale national` into a fresh folder, timed end to end (a new
process, as a person would start it). Budget: < 180 s on a 2-core machine (DESIGN §5).

    python -m bench.bench_demo_data [--seed N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.config import Paths
from app.db.local import open_local
from app.services.stats import table_counts
from bench.common import emit

BUDGET_S = 180


def _children_cpu() -> float:
    """Processor seconds (user and system) of the finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(seed: int, keep: Path | None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="smartdesk-demo-bench-"))
    data_dir = folder / "data"
    try:
        start = time.perf_counter()
        cpu_before = _children_cpu()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "smartdesk_entrypoints.cli",
                "--data-dir",
                str(data_dir),
                "demo-data",
                "--scale",
                "national",
                "--seed",
                str(seed),
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
        db = open_local(Paths.in_folder(data_dir))
        try:
            counts = {name: n for name, n in table_counts(db).items() if n}
        finally:
            db.dispose()
        size_mb = (data_dir / "smartdesk.db").stat().st_size / 1e6
        if keep:
            shutil.copytree(data_dir, keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "name": "demo_data_national",
        "seconds": round(seconds, 1),
        # on a machine shared with other work the wall time follows the load; this less
        "cpu_seconds": round(cpu, 1),
        "budget_s": BUDGET_S,
        "ok": done.returncode == 0 and seconds < BUDGET_S,
        "exit_status": done.returncode,
        "database_mb": round(size_mb, 1),
        "rows": sum(counts.values()),
        "counts": counts,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="copy the database folder here afterwards")
    options = parser.parse_args()
    emit(run(options.seed, options.keep))
