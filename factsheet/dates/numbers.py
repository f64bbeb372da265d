"""Reading the quantities of temporal expressions: "20", "twenty-four", "a couple of"."""

from __future__ import annotations

import re

from factsheet.dates.lexicon import ONES, ORDINALS, TENS, VAGUE_QUANTITIES

_SPACES = re.compile(r"[\s-]+")
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def quantity(text: str) -> tuple[bool, float | None]:
    """(understood, amount): amount None means a vague quantity ("several")."""
    words = _SPACES.sub(" ", text.strip().lower())
    if words in VAGUE_QUANTITIES or words == "a couple":
        return True, (2.0 if words.startswith("a couple") else None)
    if words in ("a", "an"):
        return True, 1.0
    if words.endswith(" 1/2") and words[:-4].isdigit():
        return True, int(words[:-4]) + 0.5
    digits = words.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return True, float(digits)
    amount = word_number(words)
    return (amount is not None), (None if amount is None else float(amount))


def word_number(words: str) -> int | None:
    """ "twenty four" -> 24, "a hundred" -> 100, "three thousand" -> 3000."""
    parts = words.split()
    total = 0
    for part in parts:
        if part == "a":
            total = max(total, 1)
        elif part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        elif part in ("hundred", "thousand"):
            total = max(total, 1) * (100 if part == "hundred" else 1000)
        else:
            return None
    return total


def ordinal(text: str) -> int | None:
    """ "third" -> 3, "3rd" -> 3, "twentieth" -> 20."""
    low = _SPACES.sub("-", text.strip().lower())
    if low in ORDINALS:
        return ORDINALS[low]
    digits = _ORDINAL_SUFFIX.sub("", low)
    return int(digits) if digits.isdigit() else None


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-four" -> 1994, "twenty oh five" -> 2005, "nineteen hundred" -> 1900."""
    words = _SPACES.sub(" ", text.strip().lower()).split()
    if not words or words[0] not in ("nineteen", "twenty"):
        return None
    century = 19 if words[0] == "nineteen" else 20
    rest = [w for w in words[1:] if w != "oh"]
    tail = 0 if rest == ["hundred"] else word_number(" ".join(rest))
    return None if tail is None or tail > 99 else century * 100 + tail
