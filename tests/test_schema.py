"""Real output validates against the published JSON Schema, and offsets reproduce the text."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import jsonschema
import pytest

from factsheet import extract
from factsheet.inputs import InputError
from factsheet.render.jsonout import outcome_dict
from tests.support import SEED_REF

SCHEMA = json.loads(files("factsheet").joinpath("schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def spans(obj: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(obj["dates"]) + list(obj["quotes"])
    for p in obj["participants"]:
        found += p["mentions"]
    for q in obj["quotes"]:
        found += [s for s in (q["speaker_mention"], q["cue_span"]) if s]
    return found


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("reference", [SEED_REF, None])
def test_seed_output_validates_and_offsets_reproduce(seed_text: str, reference: Any) -> None:
    obj = outcome_dict(extract(seed_text, reference, id="seed"))
    VALIDATOR.validate(obj)
    for span in spans(obj):
        assert seed_text[span["start"] : span["end"]] == span["text"]
    event = obj["event"]
    for name in ("headline", "summary", "name", "location"):
        offsets = event["spans"][name]
        if offsets is None:
            assert event[name] is None
        else:
            assert event[name] == seed_text[offsets["start"] : offsets["end"]]


def test_error_object_validates() -> None:
    VALIDATOR.validate(outcome_dict(InputError("a.txt", "no such file or directory")))


def test_schema_rejects_a_bad_type() -> None:
    obj = outcome_dict(extract("It rained on Monday.", None, id="x"))
    obj["dates"] = [{"text": "Monday", "start": 13, "end": 19, "type": "WEEKDAY", "value": "X"}]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(obj)
