"""Numeric dates: in which order an article writes the day and the month.

"03/06/2025" is 3 June in a British or European article and March 6 in an American one.
The article itself settles it: a slash date with a first field above 12 ("21/06/2025")
shows day/month, one with a second field above 12 ("06/21/2025") month/day. When no figure
settles it, the way the article writes its dates in words does: "21 May" is day-first
usage, "May 21" American. Only when nothing tells (or everything is mixed) does the
American reading stay, as US outlets are the most common source of English news.
Dotted dates ("21.05.2025") are European usage only: always day.month.year.
"""

from __future__ import annotations

from factsheet.dates.context import Context
from factsheet.dates.patterns import YEAR4, day_then_month, month_then_day
from factsheet.text import LazyPattern

# The orders an article may write: day first, month first, or both (as a plain str).
_DAY_FIRST = "dmy"
_MONTH_FIRST = "mdy"
_MIXED = "mixed"

# A slash (or dash) date, "5/21/2025" or "21-05-2025": fields ``a``, ``b`` and year ``y``
# (the ``us_date`` rule's pattern; its first two fields tell the article's order here).
SLASH_DATE = (
    rf"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{YEAR4})(?![\w/-])"
)
SLASH_FIELDS = LazyPattern(SLASH_DATE)
# Dates in words: "21 May", "3rd June" against "May 21", "June 3rd" ("the Fourth of July"
# is an American idiom: the "of" form tells nothing).
_DAY_THEN_MONTH = LazyPattern(rf"(?<![\w.,$/-]){day_then_month()}(?![\w-])")
_MONTH_THEN_DAY = LazyPattern(rf"(?<![\w.]){month_then_day()}(?![\w%]|[.,:/]\d)")


def slash_order(ctx: Context) -> str:
    """The field order of the article's slash dates, read once per article (on its
    first slash date; most articles have none)."""
    if not ctx.numeric_order:
        ctx.numeric_order = _read_order(ctx.text)
    return ctx.numeric_order


def _read_order(text: str) -> str:
    day_first = month_first = False
    for m in SLASH_FIELDS.finditer(text):
        day_first = day_first or int(m.group("a")) > 12
        month_first = month_first or int(m.group("b")) > 12
    if day_first and month_first:
        return _MIXED  # each date that settles itself is read; the others are left out
    if day_first or month_first:
        return _DAY_FIRST if day_first else _MONTH_FIRST
    return _DAY_FIRST if _writes_day_first(text) else _MONTH_FIRST


def _writes_day_first(text: str) -> bool:
    """Dates in words written day first ("21 May") and never month first ("May 21")."""
    return _DAY_THEN_MONTH.search(text) is not None and _MONTH_THEN_DAY.search(text) is None


def slash_day_month(first: int, second: int, order: str) -> tuple[int, int] | None:
    """(day, month) of a slash date's two fields in an article of ``order``; None when
    the article leaves it open (a mixed article, and the date settles nothing itself)."""
    if order == _DAY_FIRST or (order == _MIXED and first > 12):
        return first, second
    if order == _MONTH_FIRST or (order == _MIXED and second > 12):
        return second, first
    return None
