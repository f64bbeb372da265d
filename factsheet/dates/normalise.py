"""TIMEX3 values: calendar arithmetic against the reference date, and value formatting.

Every function that needs a reference date returns an underspecified value ("XXXX-12")
when there is none: a year is never guessed.
"""

from __future__ import annotations

from datetime import date, timedelta

from factsheet.dates.lexicon import SEASON_START_MONTH, TIME_UNITS, UNITS

# Directions: -1 looks back (past tense), +1 looks ahead (future), 0 is undecided.
Direction = int

# Units whose offsets are counted in calendar months.
_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS_PER_UNIT = {"day": 1, "week": 7, "fortnight": 14}


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift(ref: date, unit: str, n: int) -> date:
    """``ref`` moved by ``n`` units (negative: back in time)."""
    if unit in _DAYS_PER_UNIT:
        return ref + timedelta(days=n * _DAYS_PER_UNIT[unit])
    return add_months(ref, n * _MONTHS_PER_UNIT.get(unit, 12))


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole calendar months; the day is clipped to the month's length
    (Jan. 31 + 1 month is Feb. 28 or 29), as calendar arithmetic does."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def easter_sunday(year: int) -> date:
    """Western Easter: the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def value_at(d: date, unit: str) -> str:
    """The value of the ``unit`` that contains ``d``: its day, week, month, year..."""
    if unit in ("day", "hour", "minute", "second"):
        return day_value(d)
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit == "month":
        return month_value(d.year, d.month)
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


_UNKNOWN = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}


def relative_value(ref: date | None, unit: str, n: int) -> str:
    """The unit ``n`` steps from the reference date's: "last month" is (-1, month)."""
    if ref is None:
        return _UNKNOWN.get(unit, "XXXX-XX-XX")
    return value_at(shift(ref, unit, n), unit)


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: (3, "year") -> P3Y; (None, "hour") -> PTXH."""
    code = UNITS[unit]
    if unit == "decade":
        code, amount = "Y", None if amount is None else amount * 10
    elif unit == "century":
        code, amount = "Y", None if amount is None else amount * 100
    elif unit == "fortnight":
        code, amount = "W", None if amount is None else amount * 2
    prefix = "PT" if unit in TIME_UNITS else "P"
    if amount is not None and amount % 1 == 0.5 and unit in _HALF_OF:
        # "2 1/2 years" is P2Y6M: ISO 8601 spells a half in the next smaller unit
        whole, smaller = int(amount), _HALF_OF[unit]
        head = f"{prefix}{whole}{code}" if whole else prefix
        sep = "T" if unit == "day" else ""
        return f"{head}{sep}{smaller}"
    number = "X" if amount is None else _number_text(amount)
    return f"{prefix}{number}{code}"


_HALF_OF = {"year": "6M", "day": "12H", "hour": "30M", "minute": "30S"}


def _number_text(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


# How far (in days) the tense may send a date from the reference; beyond it, the nearest
# occurrence wins ("the dividend is paid Nov. 21" in a Nov. 2 story is this November).
_TENSE_REACH_DAYS = 300


def year_for_month(ref: date | None, month: int, direction: Direction) -> int | None:
    """The year of a bare month name: the nearest one, unless the tense of its clause
    points to the one within half a year in its direction."""
    if ref is None:
        return None
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12
    if back == 0:
        return ref.year
    if direction < 0 and back <= 9:
        return ref.year - (1 if month > ref.month else 0)
    if direction > 0 and ahead <= 9:
        return ref.year + (1 if month < ref.month else 0)
    if back <= ahead:
        return ref.year - (1 if month > ref.month else 0)
    return ref.year + (1 if month < ref.month else 0)


def year_for_day(ref: date | None, month: int, day: int, direction: Direction) -> int | None:
    """The year of "May 20" without a year: the nearest occurrence, unless the tense
    points to the one within half a year in its direction."""
    if ref is None:
        return None
    candidates = [_safe_date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)]
    past = max((d for d in candidates if d is not None and d <= ref), default=None)
    future = min((d for d in candidates if d is not None and d > ref), default=None)
    if past is None or future is None:
        return (past or future or ref).year
    back, ahead = (ref - past).days, (future - ref).days
    if direction < 0 and back <= _TENSE_REACH_DAYS:
        return past.year
    if direction > 0 and ahead <= _TENSE_REACH_DAYS:
        return future.year
    return past.year if back <= ahead else future.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_date(ref: date, weekday: int, direction: Direction) -> date:
    """The date of a bare weekday name: the reference day itself, or the nearest one in
    the direction of the tense (looking back when undecided: news reports the past)."""
    delta = weekday - ref.isoweekday()
    if delta == 0:
        return ref
    if direction > 0:
        return ref + timedelta(days=delta % 7)
    return ref - timedelta(days=(-delta) % 7)


def weekday_step(ref: date, weekday: int, step: int) -> date:
    """"last Friday" (step -1) is strictly before the reference day, "next Friday" after."""
    if step < 0:
        back = (ref.isoweekday() - weekday) % 7 or 7
        return ref - timedelta(days=back)
    ahead = (weekday - ref.isoweekday()) % 7 or 7
    return ref + timedelta(days=ahead)


def season_year(ref: date | None, season: str, step: int, direction: Direction) -> int | None:
    """The year of "last winter" / "this summer" / a bare "spring"."""
    if ref is None:
        return None
    if step != 0:
        return ref.year + step
    start = SEASON_START_MONTH[season]
    if direction < 0 and start > ref.month:
        return ref.year - 1
    if direction > 0 and start + 2 < ref.month:
        return ref.year + 1
    return ref.year


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (or last, n = -1) given weekday of a month: Thanksgiving, Labor Day."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, days_in_month(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
