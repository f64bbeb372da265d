"""The dates section's calendar arithmetic agrees with python-dateutil, used here as the oracle.

The library does its own small arithmetic (whole months, Easter, weekday anchors) instead of
importing dateutil at run time: dateutil costs about 20 ms of start-up for three functions.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday
from hypothesis import given
from hypothesis import strategies as st

from factsheet.dates.normalise import add_months, easter_sunday, nth_weekday, weekday_step

days = st.dates(min_value=date(1600, 1, 1), max_value=date(2600, 12, 31))


@given(days, st.integers(min_value=-1200, max_value=1200))
def test_add_months_is_relativedelta(d: date, months: int) -> None:
    assert add_months(d, months) == d + relativedelta(months=months)


@given(st.integers(min_value=1583, max_value=4099))
def test_easter_is_dateutils(year: int) -> None:
    assert easter_sunday(year) == easter(year)


@given(days, st.integers(min_value=1, max_value=7))
def test_last_and_next_weekday_are_relativedelta_anchors(d: date, iso_day: int) -> None:
    anchor = weekday(iso_day - 1)
    assert weekday_step(d, iso_day, -1) == d - timedelta(days=1) + relativedelta(weekday=anchor(-1))
    assert weekday_step(d, iso_day, +1) == d + timedelta(days=1) + relativedelta(weekday=anchor(+1))


@given(st.integers(min_value=1600, max_value=2600), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=7), st.sampled_from([1, 2, 3, 4, -1]))
def test_nth_weekday_is_relativedelta(year: int, month: int, iso_day: int, n: int) -> None:
    first = date(year, month, 1)
    expected = first + relativedelta(day=31 if n < 0 else 1, weekday=weekday(iso_day - 1)(n))
    assert nth_weekday(year, month, iso_day, n) == expected
