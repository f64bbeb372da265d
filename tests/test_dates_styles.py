"""Dates in European and other styles: numeric dates, clock times, tense (own sentences)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from factsheet.dates import extract_dates
from factsheet.dates.numeric import _DAY_THEN_MONTH, _MONTH_THEN_DAY, SLASH_FIELDS
from factsheet.text import Document, LazyPattern
from tests.support import scan_times

REF = date(2025, 5, 21)  # a Wednesday


def values(text: str, ref: date | None = REF) -> list[tuple[str, str]]:
    found = extract_dates(Document(text), ref)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first field above 12 shows the article writes the day first
        ("Forms go out on 04/07/2025. Replies are due by 19/07/2025.",
         [("04/07/2025", "2025-07-04"), ("19/07/2025", "2025-07-19")]),
        # a second field above 12: month first
        ("Forms go out on 04/07/2025. Replies are due by 07/19/2025.",
         [("04/07/2025", "2025-04-07"), ("07/19/2025", "2025-07-19")]),
        # nothing settles it: the American reading stays
        ("Forms go out on 04/07/2025.", [("04/07/2025", "2025-04-07")]),
        # the dates in words settle it: "9 June" is day-first usage
        ("Forms go out on 04/07/2025, after the vote on 9 June.",
         [("04/07/2025", "2025-07-04"), ("9 June", "2025-06-09")]),
        ("Forms go out on 04/07/2025, after the vote on June 9.",
         [("04/07/2025", "2025-04-07"), ("June 9", "2025-06-09")]),
        # both usages in words: nothing settled, the American reading stays
        ("On 04/07/2025, after 9 June and June 10.",
         [("04/07/2025", "2025-04-07"), ("9 June", "2025-06-09"), ("June 10", "2025-06-10")]),
        # "the Fourth of July" is no day-first usage
        ("Fireworks on the 4th of July; filed 07/04/2025.",
         [("the 4th of July", "2025-07-04"), ("07/04/2025", "2025-07-04")]),
        # an article mixing both orders: only the dates that settle themselves are read
        ("Filed 23/01/2025, then 01/23/2025, then 02/03/2025.",
         [("23/01/2025", "2025-01-23"), ("01/23/2025", "2025-01-23")]),
        # impossible dates are no dates
        ("Code 31/02/2025 and 13/13/2025.", []),
        # dashes as slashes, in the same article order
        ("Forms go out on 04-07-2025. Replies are due by 19/07/2025.",
         [("04-07-2025", "2025-07-04"), ("19/07/2025", "2025-07-19")]),
        ("Forms go out on 07-19-2025.", [("07-19-2025", "2025-07-19")]),
        # the year first, as East Asian outlets write it
        ("Forms went out on 2025/04/07.", [("2025/04/07", "2025-04-07")]),
        # ranges, seasons and codes are no dates
        ("From 1998-2025, in 2024/25 and 2024/05, ref 020-12-2025.",
         [("1998", "1998"), ("2025", "2025")]),
    ],
)
def test_slash_dates_follow_the_article_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voting ends on 14.09.2025, the board said.", [("14.09.2025", "2025-09-14")]),
        ("The plant opened on 3.6.2024.", [("3.6.2024", "2024-06-03")]),
        ("The plant opened on 03.06.2024, officials said.", [("03.06.2024", "2024-06-03")]),
        # no year: left out
        ("Parliament was dissolved on 20.5. last week.", [("last week", "2025-W20")]),
        # decimals, versions, addresses and impossible dates are no dates
        ("Inflation rose 3.25 points.", []),
        ("Update to version 2.1.2019 now.", [("now", "PRESENT_REF")]),
        ("Install v2.1.2019 of the tool.", []),
        ("The host 10.1.2000.5 is down.", []),
        ("The code 32.01.2025 is wrong, as is 12.13.2025.", []),
        ("Installed release 1.12.2024 today.", [("today", "2025-05-21")]),
    ],
)
def test_dotted_dates_are_day_month_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day named after the clock time in its clause, not the one before it
        ("The board met on Monday. The vote is at 4pm on Friday, March 7, 2025.",
         [("Monday", "2025-05-19"), ("4pm", "2025-03-07T16:00"),
          ("Friday, March 7, 2025", "2025-03-07")]),
        ("After talks on 2 April, voting opens at 09:00 GMT on 3 April 2025.",
         [("2 April", "2025-04-02"), ("09:00 GMT", "2025-04-03T09:00"),
          ("3 April 2025", "2025-04-03")]),
        ("It was delayed on 2 April; the test ran at 7.45am local time on 4 April 2025.",
         [("2 April", "2025-04-02"), ("7.45am", "2025-04-04T07:45"),
          ("4 April 2025", "2025-04-04")]),
        # a stretch of clock times ending on the day
        ("On 2 April 2025 we said: open from 8am to 6pm on 5 April 2025.",
         [("2 April 2025", "2025-04-02"), ("8am", "2025-04-05T08:00"),
          ("6pm", "2025-04-05T18:00"), ("5 April 2025", "2025-04-05")]),
        # a bracketed aside between them, even one holding a clock time of its own
        ("After a delay on Monday, the ferry docked at 6 p.m. (22:00 GMT) Tuesday.",
         [("Monday", "2025-05-19"), ("6 p.m.", "2025-05-20T18:00"),
          ("22:00 GMT", "2025-05-20T22:00"), ("Tuesday", "2025-05-20")]),
        ("On Monday, polls close at 8 p.m. (0000 GMT) today.",
         [("Monday", "2025-05-19"), ("8 p.m.", "2025-05-21T20:00"), ("today", "2025-05-21")]),
        # too long an aside is no tie
        ("On Monday, polls open at 7 a.m. (a rule set in the year 1990 by decree) Friday.",
         [("Monday", "2025-05-19"), ("7 a.m.", "2025-05-19T07:00"),
          ("the year 1990", "1990"), ("Friday", "2025-05-16")]),
        # no "on": the clock time leans on the day before it, as before
        ("On 2 April 2025 the doors opened at 8am, and on 5 April 2025 they shut.",
         [("2 April 2025", "2025-04-02"), ("8am", "2025-04-02T08:00"),
          ("5 April 2025", "2025-04-05")]),
    ],
)
def test_clock_time_takes_the_day_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in order past midnight: the next day
        ("On 3 April 2025 polls shut at 22:00 GMT. The first seat fell at 01:10 GMT.",
         [("3 April 2025", "2025-04-03"), ("22:00 GMT", "2025-04-03T22:00"),
          ("01:10 GMT", "2025-04-04T01:10")]),
        ("On 3 April 2025 the fire began at 11:30 p.m. and was out by 2 a.m.",
         [("3 April 2025", "2025-04-03"), ("11:30 p.m.", "2025-04-03T23:30"),
          ("2 a.m.", "2025-04-04T02:00")]),
        # midnight closes the day it ends
        ("On 3 April 2025 the shop opened from 6am to midnight.",
         [("3 April 2025", "2025-04-03"), ("6am", "2025-04-03T06:00"),
          ("midnight", "2025-04-03T24:00")]),
        # earlier in the day, told later: the same day
        ("On 3 April 2025 the match ended at 9pm. It had started at 6pm.",
         [("3 April 2025", "2025-04-03"), ("9pm", "2025-04-03T21:00"),
          ("6pm", "2025-04-03T18:00")]),
        # newest first across midnight: the day is left open
        ("On 3 April 2025 the last seat fell at 00:20 GMT. Polls shut at 23:50 GMT.",
         [("3 April 2025", "2025-04-03"), ("00:20 GMT", "2025-04-03T00:20"),
          ("23:50 GMT", "XXXX-XX-XXT23:50")]),
    ],
)
def test_clock_times_across_midnight(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal or a plan in the verb group wins over "now" (ref: Wednesday 21 May)
        ("The race will now start on Sunday, stewards said.", "2025-05-25"),
        ("The race is now to start on Sunday.", "2025-05-25"),
        ("The hearing would now resume on Monday, the clerk said.", "2025-05-26"),
        ("The fair will now open in August.", "2025-08"),
        # a deadline with a clock time before its day (ref: Wednesday 21 May)
        ("The launch was put off until 2pm GMT on Saturday.", "2025-05-24"),
        ("The road stays shut until 6:30 a.m. on Monday.", "2025-05-26"),
        ("Bids may open as early as 9am local time on Friday.", "2025-05-23"),
        ("Until 3pm on Friday, the police had named nobody.", "2025-05-16"),
        # "now" in a past clause stays past
        ("Officials said on Sunday the race was now over.", "2025-05-18"),
    ],
)
def test_future_cues_of_weekdays(text: str, expected: str) -> None:
    assert expected in [value for _, value in values(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins widened in H1 2024, the firm said.", [("H1 2024", "2024-H1")]),
        ("Margins widened in 2024 H2.", [("2024 H2", "2024-H2")]),
        # a half needs its year; "H3" and "H1N1" are no halves
        ("See section H1 below.", []),
        ("Cases of H1N1 rose; H3 2024 is a code.", [("2024", "2024")]),
        # a fiscal quarter or half takes the fiscal year, as "FY26" alone does
        ("Results for Q1 FY26 are due; FY25 was weak.",
         [("Q1 FY26", "2026-Q1"), ("FY25", "2025")]),
        ("Sales in H2 FY2024 slowed.", [("H2 FY2024", "2024-H2")]),
    ],
)
def test_quarters_and_halves_written_short(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


_HOSTILE = (
    "1.1." * 10, "12/12/" * 5, "12-12-" * 5, "2012/12/" * 3, "1 May " * 4, "May 1 " * 4,
    "11/11/2011 " * 2, "3.3.2003 " * 2,
    "3pm on " * 3, "until 3pm on Monday " * 2, "will now " * 3, "23:58 GMT " * 2, "H1 " * 3,
    "2024 H1 " * 2, "Q1 FY26 " * 2,
)


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("slash_fields", SLASH_FIELDS),
        ("day_then_month", _DAY_THEN_MONTH),
        ("month_then_day", _MONTH_THEN_DAY),
    ],
)
def test_numeric_order_patterns_scan_in_linear_time(name: str, pattern: LazyPattern) -> None:
    # (the rules' own patterns scan these units in test_dates.py)
    for unit in _HOSTILE:
        small_s, large_s = scan_times(pattern, unit, 4_000, 40_000)
        assert large_s < 1.0 and (large_s < 0.05 or large_s < 20 * small_s), (name, unit)


@pytest.mark.parametrize("unit", _HOSTILE)
def test_hostile_articles_run_in_linear_time(unit: str) -> None:
    # one unbroken sentence at two sizes (a text of dates costs about 0.1 ms a date); the
    # best of three runs, as the machine is shared
    times = []
    for size in (25_000, 100_000):
        text = unit * (size // len(unit))
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            extract_dates(Document(text), REF)
            best = min(best, time.perf_counter() - started)
        times.append(best)
    assert times[1] < 5.0 and (times[1] < 0.3 or times[1] < 8 * times[0]), (unit, times)
