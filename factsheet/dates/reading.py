"""A human reading of a TIMEX3 value, for the table renderer.

"2025-05-20" -> "Tue 20 May 2025", "2024-12" -> "December 2024", "P20Y" -> "20 years",
"XXXX-05-20" -> "20 May (year unknown)", "PRESENT_REF" -> "the present". None when the
value has no reading here (the renderer then shows the value itself).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from factsheet.model import Timex

_MONTH_NAMES = tuple(calendar.month_name)  # "", "January", ...
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_REFS = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_UNIT_NAMES = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade",
    "CE": "century", "H": "hour", "TM": "minute", "S": "second", "WE": "weekend",
}

_DAY = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)|T(MO|AF|EV|NI|DT))?")
_MONTH = re.compile(r"(\d{4}|XXXX)-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?")
_PART = re.compile(r"(\d{4}|XXXX)-(Q|H)([1-4])|(\d{4}|XXXX)-(SP|SU|FA|WI)")
_YEARISH = re.compile(r"\d{2,4}")
_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|Q|DE|CE|H|S|WE)")


def human_reading(timex: Timex) -> str | None:
    """A short English reading of the value, or None."""
    value = timex.value
    if value in _REFS:
        return _REFS[value]
    for reader in _READERS:
        reading = reader(value, timex)
        if reading is not None:
            return reading
    return None


def _day(value: str, timex: Timex) -> str | None:
    m = _DAY.fullmatch(value)
    if not m:
        return None
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return None
    if year == "XXXX":
        text = f"{day} {_MONTH_NAMES[month]} (year unknown)"
    else:
        try:
            d = date(int(year), month, day)
        except ValueError:
            return None
        text = f"{_DAY_ABBR[d.weekday()]} {day} {_MONTH_NAMES[month]} {year}"
    if m.group(4):
        text += f", {m.group(4)}:{m.group(5)}"
    elif m.group(6):
        text += f", {_PART_NAMES[m.group(6)]}"
    return text


def _month(value: str, timex: Timex) -> str | None:
    m = _MONTH.fullmatch(value)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    name = _MONTH_NAMES[int(m.group(2))]
    if timex.type == "SET" or m.group(1) == "XXXX":
        return f"every {name}" if timex.type == "SET" else f"{name} (year unknown)"
    return f"{name} {m.group(1)}"


def _week(value: str, timex: Timex) -> str | None:
    m = _WEEKDAY_SET.fullmatch(value)
    if m:
        day = _DAY_NAMES[int(m.group(1)) - 1]
        part = f" {_PART_NAMES[m.group(2)]}" if m.group(2) else ""
        return f"every {day}{part}" if timex.type == "SET" else f"{day}{part} (date unknown)"
    m = _WEEK.fullmatch(value)
    if not m:
        return None
    kind = "weekend of week" if m.group(3) else "week"
    return f"{kind} {int(m.group(2))} of {m.group(1)}"


def _part_of_year(value: str, timex: Timex) -> str | None:
    m = _PART.fullmatch(value)
    if not m:
        return None
    year = m.group(1) or m.group(4)
    if m.group(2):
        part = "quarter" if m.group(2) == "Q" else "half"
        text = f"{_ordinal(int(m.group(3)))} {part}"
    else:
        text = _SEASON_NAMES[m.group(5)]
    if year == "XXXX":
        return f"every {text}" if timex.type == "SET" else f"{text} (year unknown)"
    return f"{text} of {year}" if m.group(2) else f"{text} {year}"


def _year(value: str, timex: Timex) -> str | None:
    if not _YEARISH.fullmatch(value):
        return None
    if len(value) == 4:
        return value
    if len(value) == 3:
        return f"the {value}0s"
    return f"the {_ordinal(int(value) + 1)} century"


def _duration(value: str, timex: Timex) -> str | None:
    m = _DURATION.fullmatch(value)
    if not m:
        return None
    time_part, amount, code = m.groups()
    unit = _UNIT_NAMES["TM" if (time_part and code == "M") else code]
    if timex.type == "SET":
        return f"every {unit}" if amount in ("1", "X") else f"every {amount} {unit}s"
    if amount == "X":
        return f"some {unit}s"
    plural = "" if amount == "1" else "s"
    return f"{amount} {unit}{plural}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_READERS: tuple[Callable[[str, Timex], str | None], ...] = (
    _day, _month, _week, _part_of_year, _year, _duration,
)
