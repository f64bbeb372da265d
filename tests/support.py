"""Shared test constants."""

from __future__ import annotations

from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "un-north-korea-human-rights-meeting.txt"
SEED_REF = date(2025, 5, 21)
