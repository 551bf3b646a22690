"""Benchmark: the VAT check of one quote line must take < 1 ms (DESIGN.md §5).

Run: python bench/bench_vat.py — prints one JSON object with p50/p95 per line.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.quotes.vat import CLIENT_KINDS, FACT_FLAGS, VIES_STATES, check_line  # noqa: E402
from app.domain.quotes.vat_rules import rulebook  # noqa: E402

BUDGET_MS = 1.0
CASES = 4000
COUNTRIES = ["BE"] * 6 + ["FR", "FR", "NL", "DE", "LU", "CH", "US", "GB"]
VAT_NUMBERS = {"BE": "BE0403019261", "FR": "FR40303265045", "DE": "DE136695976"}


def mixed_lines(count: int, seed: int = 2021) -> list[dict]:
    book = rulebook()
    rng = random.Random(seed)
    categories = sorted(book.categories)
    lines = []
    for _ in range(count):
        category = rng.choice(categories)
        country = rng.choice(COUNTRIES)
        client = {"kind": rng.choice(CLIENT_KINDS), "country": country}
        if country in VAT_NUMBERS and rng.random() < 0.7:
            client["vat_number"] = VAT_NUMBERS[country]
            client["vies"] = rng.choice(VIES_STATES)
        client["is_organiser"] = rng.random() < 0.3
        facts = {flag: rng.random() < 0.2 for flag in FACT_FLAGS}
        facts["place_of_performance"] = rng.choice(["BE", "BE", "FR", "US"])
        facts["dwelling_first_occupied_year"] = rng.randint(1950, 2025)
        facts["non_plant_share"] = round(rng.random() * 0.4, 2)
        lines.append(
            {
                "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "nature": book.categories[category][0],
                "category": category,
                "client": client,
                "facts": facts,
                "lang": rng.choice(["nl", "fr", "en"]),
            }
        )
    return lines


def main() -> int:
    lines = mixed_lines(CASES)
    for data in lines[:50]:  # load the rule book and warm the caches
        check_line(data)
    timings = []
    for data in lines:
        start = time.perf_counter()
        check_line(data)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    result = {
        "name": "vat_check_per_line",
        "cases": len(timings),
        "p50_ms": round(p50, 4),
        "p95_ms": round(p95, 4),
        "budget_ms": BUDGET_MS,
        "ok": p95 < BUDGET_MS,
    }
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
