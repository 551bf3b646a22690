"""Shared helpers for the benchmarks: a national-scale database and JSON output.

Benchmarks are not tests: they measure against the budgets of DESIGN.md §5 and print
JSON; they never fail a build. Run them on a quiet machine and read the numbers.

The database is encrypted as on an adviser's laptop: a random key in a keyring. A build
machine has no keyring, so the benchmarks (and the processes they start) use
`BenchKeyring`, a stand-in for the OS keyring kept in a file next to the bench folder,
never inside it (`$SMARTDESK_BENCH_DIR-keyring.json`). Delete both together.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = Path(os.environ.get("SMARTDESK_BENCH_DIR", "/tmp/smartdesk-bench-national"))
KEYRING_FILE = DEFAULT_DIR.with_name(DEFAULT_DIR.name + "-keyring.json")


class BenchKeyring(KeyringBackend):
    """The OS keyring's stand-in for benchmarks on a machine without one (see above)."""

    priority = 1

    def _entries(self) -> dict[str, str]:
        try:
            return json.loads(KEYRING_FILE.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}/{username}"] = password
        KEYRING_FILE.write_text(json.dumps(entries), encoding="utf-8")
        KEYRING_FILE.chmod(0o600)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        entries.pop(f"{service}/{username}", None)
        KEYRING_FILE.write_text(json.dumps(entries), encoding="utf-8")


# this process and every process a benchmark starts
os.environ["PYTHON_KEYRING_BACKEND"] = "bench.common.BenchKeyring"
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
)
keyring.set_keyring(BenchKeyring())


def ensure_national(data_dir: Path = DEFAULT_DIR) -> Path:
    """A data folder holding a `--scale national` demo database (made once, then reused)."""
    if not (data_dir / "smartdesk.db").exists():
        print(f"building a national-scale demo database in {data_dir} ...", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "smartdesk_entrypoints",
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
