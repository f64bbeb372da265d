"""Shared test constants and helpers."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

from factsheet.text import LazyPattern

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "un-north-korea-human-rights-meeting.txt"
SEED_REF = date(2025, 5, 21)


def scan_times(pattern: re.Pattern[str] | LazyPattern, unit: str, small: int, large: int
               ) -> tuple[float, float]:
    """Seconds a pattern's ``finditer`` takes over ``unit`` repeated to about ``small`` and
    ``large`` characters: a linear pattern takes about ``large / small`` times longer."""
    times = []
    for size in (small, large):
        text = unit * (size // len(unit))
        started = time.perf_counter()
        sum(1 for _ in pattern.finditer(text))
        times.append(time.perf_counter() - started)
    return times[0], times[1]
