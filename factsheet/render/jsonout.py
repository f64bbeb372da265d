"""JSON output: one compact object per article and line (JSON Lines), never through Rich."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from factsheet.inputs import InputError
from factsheet.model import SCHEMA_VERSION, FactSheet
from factsheet.render import SECTIONS


def outcome_dict(
    outcome: FactSheet | InputError, sections: Collection[str] = SECTIONS
) -> dict[str, Any]:
    if isinstance(outcome, InputError):
        return {"schema": SCHEMA_VERSION, "id": outcome.id, "error": outcome.message}
    data = outcome.to_dict()
    for name in SECTIONS:
        if name not in sections:
            del data[name]
    return data


def json_line(
    outcome: FactSheet | InputError, sections: Collection[str] = SECTIONS, indent: int | None = None
) -> str:
    """The article's JSON object followed by a newline."""
    return json.dumps(outcome_dict(outcome, sections), ensure_ascii=False, indent=indent) + "\n"
