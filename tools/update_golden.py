"""Regenerate the golden fact sheets of the seed (tests/golden/). Review the diff by hand.

    .venv/bin/python tools/update_golden.py && git diff tests/golden
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from factsheet import extract
from factsheet.render.markdown import markdown

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "un-north-korea-human-rights-meeting.txt"
GOLDEN = ROOT / "tests" / "golden"

CASES = {
    "seed.json": date(2025, 5, 21),
    "seed-no-reference-date.json": None,
}


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    for name, reference in CASES.items():
        sheet = extract(text, reference, id=SEED.name).to_dict()
        (GOLDEN / name).write_text(
            json.dumps(sheet, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    seed = extract(text, date(2025, 5, 21), id=SEED.name)
    (GOLDEN / "seed.md").write_text(markdown(seed), encoding="utf-8")


if __name__ == "__main__":
    main()
