"""Dates extractor: extents, types and values of TIMEX3 expressions (own test sentences)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factsheet
import factsheet.dates as dates_pkg
from factsheet.dates import _NUMBER_RULES as NUMBER_RULES
from factsheet.dates import _TRIGGERS as TRIGGERS
from factsheet.dates import RULES, extract_dates
from factsheet.dates.context import Context
from factsheet.dates.normalise import add_months, easter_sunday
from factsheet.dates.patterns import any_of
from factsheet.dates.reading import human_reading
from factsheet.dates.rule import read_word_before, word_before
from factsheet.dates.triggers import _trigger_hits, rule_reaches
from factsheet.model import Timex
from factsheet.text import Document, LazyPattern
from tests.support import scan_times

REF = date(2025, 5, 21)  # a Wednesday


def timexes(text: str, ref: date | None = REF) -> list[tuple[str, str, str]]:
    found = extract_dates(Document(text), ref)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # absolute calendar expressions
        ("The factory closed on March 3, 2019.", ("March 3, 2019", "DATE", "2019-03-03")),
        ("Elections are planned for 4 July 2026.", ("4 July 2026", "DATE", "2026-07-04")),
        ("The filing is dated 2024-11-05.", ("2024-11-05", "DATE", "2024-11-05")),
        ("Prices rose in January 2024.", ("January 2024", "DATE", "2024-01")),
        ("She moved to Lisbon in 2023 with her sister.", ("2023", "DATE", "2023")),
        ("Sales peaked in the summer of 2022.", ("the summer of 2022", "DATE", "2022-SU")),
        ("Profit fell in the third quarter of 2024.",
         ("the third quarter of 2024", "DATE", "2024-Q3")),
        ("Output grew in the first half of 2024.", ("the first half of 2024", "DATE", "2024-H1")),
        ("The show ran throughout the 1990s.", ("the 1990s", "DATE", "199")),
        ("The church dates from the 12th century.", ("the 12th century", "DATE", "11")),
        ("Growth slowed in mid-2023.", ("mid-2023", "DATE", "2023")),
        ("The merger closed in fiscal 2024.", ("fiscal 2024", "DATE", "2024")),
        ("They met on Good Friday to pray.", ("Good Friday", "DATE", "2025-04-18")),
        # relative to the reference date
        ("The council met on Wednesday to vote.", ("Wednesday", "DATE", "2025-05-21")),
        ("The talks were held on May 20 in Geneva.", ("May 20", "DATE", "2025-05-20")),
        ("The law passed last December after a long fight.",
         ("last December", "DATE", "2024-12")),
        ("He arrived this week.", ("this week", "DATE", "2025-W21")),
        ("The band tours next month.", ("next month", "DATE", "2025-06")),
        ("The company was founded two years ago.", ("two years ago", "DATE", "2023")),
        ("Officials spoke yesterday about the plan.", ("yesterday", "DATE", "2025-05-20")),
        ("The court rules tomorrow.", ("tomorrow", "DATE", "2025-05-22")),
        ("The mayor resigned last Friday.", ("last Friday", "DATE", "2025-05-16")),
        ("The bank raised rates the following year.", ("the following year", "DATE", "2026")),
        ("Nobody had expected the vote the day before.",
         ("the day before", "DATE", "2025-05-20")),
        ("Prices climbed in early December.", ("early December", "DATE", "2024-12")),
        ("Shops close in mid-May for repairs.", ("mid-May", "DATE", "2025-05")),
        ("Exports rose in the fourth quarter.", ("the fourth quarter", "DATE", "2024-Q4")),
        ("Sales should pick up in the third quarter.", ("the third quarter", "DATE", "2025-Q3")),
        ("Analysts expect the third-quarter loss to widen.", ("third-quarter", "DATE", "2025-Q3")),
        ("Earlier this year the rules changed.", ("Earlier this year", "DATE", "2025")),
        # the tense of the clause decides a bare month or weekday
        ("The plant will reopen in August.", ("August", "DATE", "2025-08")),
        ("The plant reopened in August.", ("August", "DATE", "2024-08")),
        ("The ministers will meet on Friday.", ("Friday", "DATE", "2025-05-23")),
        ("The ministers met on Friday.", ("Friday", "DATE", "2025-05-16")),
        # times of day
        ("The storm hit at 2 p.m. Tuesday.", ("2 p.m. Tuesday", "TIME", "2025-05-20T14:00")),
        ("The vote is set for tonight.", ("tonight", "TIME", "2025-05-21TNI")),
        ("Fighting eased this morning.", ("this morning", "TIME", "2025-05-21TMO")),
        ("Rescuers arrived Friday morning.", ("Friday morning", "TIME", "2025-05-16TMO")),
        ("The polls close at 17:30 local time.", ("17:30", "TIME", "2025-05-21T17:30")),
        ("Trains stopped at noon.", ("noon", "TIME", "2025-05-21T12:00")),
        ("Shares rose in mid-afternoon yesterday.",
         ("mid-afternoon yesterday", "TIME", "2025-05-20TAF")),
        ("The quake hit at 4:10 a.m. (0710 GMT) Monday.",
         ("4:10 a.m.", "TIME", "2025-05-19T04:10")),
        ("The vote, which had been scheduled for Friday, was cancelled.",
         ("Friday", "DATE", "2025-05-16")),
        # durations
        ("The treaty has stood for 20 years.", ("20 years", "DURATION", "P20Y")),
        ("The group grew over the past three years.",
         ("the past three years", "DURATION", "P3Y")),
        ("The talks lasted two hours.", ("two hours", "DURATION", "PT2H")),
        ("She signed a three-month contract.", ("three-month", "DURATION", "P3M")),
        ("The project took a decade.", ("a decade", "DURATION", "P10Y")),
        ("He learned to swim at the age of five.", ("the age of five", "DURATION", "P5Y")),
        ("Repairs took nearly forty years.", ("nearly forty years", "DURATION", "P40Y")),
        ("The strike lasted several weeks.", ("several weeks", "DURATION", "PXW")),
        ("They lived in the camp for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The lease runs for 20 more years.", ("20 more years", "DURATION", "P20Y")),
        ("Shares fell for eight trading days.", ("eight trading days", "DURATION", "P8D")),
        ("For the nine months, profit rose.", ("the nine months", "DURATION", "P9M")),
        ("Troops ended the two-week drill.", ("two-week", "DURATION", "P2W")),
        ("It is the first vote in the 15 years since the war.", ("15 years", "DURATION", "P15Y")),
        # "in N units" in a future clause is a point ahead
        ("The bonds will be redeemed in five years.", ("five years", "DATE", "2030")),
        ("The plant will reopen in 18 months.", ("18 months", "DATE", "2026-11")),
        ("He wrote a second letter in two weeks.", ("two weeks", "DURATION", "P2W")),
        ("Prices have risen over the years.", ("years", "DURATION", "PXY")),
        ("The feud was decades-long.", ("decades-long", "DURATION", "PXY")),
        ("The plant was built years ago.", ("years ago", "DATE", "PAST_REF")),
        # sets
        ("The market opens daily.", ("daily", "SET", "P1D")),
        ("The board meets every week.", ("every week", "SET", "P1W")),
        ("She visits her mother every Sunday.", ("every Sunday", "SET", "XXXX-WXX-7")),
        ("The shop is closed on Mondays.", ("Mondays", "SET", "XXXX-WXX-1")),
        ("The firm saves $4 million a year.", ("a year", "SET", "P1Y")),
        # present, past and future references
        ("The minister is currently abroad.", ("currently", "DATE", "PRESENT_REF")),
        ("Prices are now higher.", ("now", "DATE", "PRESENT_REF")),
        ("The bridge was recently repainted.", ("recently", "DATE", "PAST_REF")),
        ("More cuts may come in the future.", ("the future", "DATE", "FUTURE_REF")),
        ("Rates should stay low in the near term.", ("the near term", "DATE", "FUTURE_REF")),
        ("Blame the current slump on rates.", ("current", "DATE", "PRESENT_REF")),
        ("The firm will soon cut prices.", ("soon", "DATE", "FUTURE_REF")),
        ("Pay us as soon as possible.", ("as soon as possible", "DATE", "FUTURE_REF")),
        ("Sales grew for the first time in years.", ("years", "DURATION", "PXY")),
        ("Peace came after decades of war.", ("decades", "DURATION", "PXY")),
        ("Talks center on a June agreement.", ("June", "DATE", "2025-06")),
        ("The summit meets on June 24 and 25.", ("25", "DATE", "2025-06-25")),
        ("Talks were held on May 12-13 in Oslo.", ("May 12", "DATE", "2025-05-12")),
        ("Talks were held on May 12-13 in Oslo.", ("13", "DATE", "2025-05-13")),
        ("Output fell in 2019-2020.", ("2020", "DATE", "2020")),
        ("Output fell in 2019-2020.", ("2019", "DATE", "2019")),
        ("Between 2010 and 2015 prices doubled.", ("2010", "DATE", "2010")),
        ("The law takes effect two weeks from now.", ("two weeks from now", "DATE", "2025-W23")),
        ("A hearing is set for the week of June 9.", ("the week of June 9", "DATE", "2025-W24")),
        ("They met the day before May 3, 2024.",
         ("the day before May 3, 2024", "DATE", "2024-05-02")),
        ("Crowds gathered as Easter week began.", ("Easter week", "DATE", "2025-W16")),
        # TimeBank draws "the past year" as the calendar year before
        ("Hate crimes rose over the past year.", ("the past year", "DATE", "2024")),
        ("Buy at the then current price.", ("then current", "DATE", "PAST_REF")),
        # "N days later" is a stretch of time; "a year earlier" in results is a date
        ("Three days later the town fell.", ("Three days", "DURATION", "P3D")),
        ("Just over an hour later, rain fell.", ("an hour", "DURATION", "PT1H")),
        # business calendar
        ("Sales rose in the latest quarter.", ("the latest quarter", "DATE", "2025-Q1")),
        ("The deal should close by year end.", ("year end", "DATE", "2025")),
        ("Crime fell through the nineties.", ("the nineties", "DATE", "199")),
        ("She loved the music of the 80s.", ("the 80s", "DATE", "198")),
        ("The rescue came on Thanksgiving Day.", ("Thanksgiving Day", "DATE", "2024-11-28")),
        # years read aloud, as in broadcast transcripts
        ("Prices fell in the winter of nineteen ninety-four.",
         ("the winter of nineteen ninety-four", "DATE", "1994-WI")),
        ("It began in January nineteen ninety-seven.",
         ("January nineteen ninety-seven", "DATE", "1997-01")),
        ("The line opened in twenty oh five.", ("twenty oh five", "DATE", "2005")),
    ],
)
def test_expression_found_with_type_and_value(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in timexes(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were held on May 20.", ("May 20", "DATE", "XXXX-05-20")),
        ("The council met on Wednesday.", ("Wednesday", "DATE", "XXXX-WXX-3")),
        ("The law passed last December.", ("last December", "DATE", "XXXX-12")),
        ("Officials spoke yesterday.", ("yesterday", "DATE", "XXXX-XX-XX")),
        ("She moved there in 2023.", ("2023", "DATE", "2023")),
        ("Profit rose in the third quarter.", ("the third quarter", "DATE", "XXXX-Q3")),
        ("The treaty has stood for 20 years.", ("20 years", "DURATION", "P20Y")),
    ],
)
def test_without_reference_date_the_year_stays_unknown(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in timexes(sentence, ref=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anaphora: resolved on the date last mentioned, not on the reference date
        ("The quake struck on March 3, 2019. The next day, aid arrived.",
         ("The next day", "DATE", "2019-03-04")),
        ("He left Lima in June 2001 and came back later that year.",
         ("later that year", "DATE", "2001")),
        ("In March 2019 the firm got an offer. The following month, it was sold.",
         ("The following month", "DATE", "2019-04")),
        ("The raid began on Jan. 5, 2010. The next day the town fell.",
         ("The next day", "DATE", "2010-01-06")),
        ("The blast came on Aug. 7, 1998, at 10:35 a.m. local time.",
         ("10:35 a.m.", "TIME", "1998-08-07T10:35")),
        # a year ago, next to quarterly results, is that quarter a year back
        ("Fourth-quarter profit fell to $4 million from $9 million a year ago.",
         ("a year ago", "DATE", "2023-Q4")),
    ],
)
def test_expression_resolved_on_context(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in timexes(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause of the expression decides, not a noun or a participle next to it
        ("The group announced the plan Aug. 21.", ("Aug. 21", "DATE", "2024-08-21")),
        ("Shares are near the record high set on Jan. 6.", ("Jan. 6", "DATE", "2025-01-06")),
        ("The board named a new chief, effective Feb. 1.", ("Feb. 1", "DATE", "2026-02-01")),
        ("The firm agreed to sell the unit in February.", ("February", "DATE", "2026-02")),
        ("The talks are set to resume Monday.", ("Monday", "DATE", "2025-05-26")),
        ("The offer had been due to expire Friday.", ("Friday", "DATE", "2025-05-16")),
        # deadlines and earliest dates look ahead, unless the sentence is past perfect
        ("Officials postponed the vote until Tuesday.", ("Tuesday", "DATE", "2025-05-27")),
        ("Until Tuesday, the police had not named him.", ("Tuesday", "DATE", "2025-05-20")),
        ("A ruling could come as early as Friday.", ("Friday", "DATE", "2025-05-23")),
        ("Qantas will double its flights by August in a search for markets untouched by "
         "the crisis.", ("August", "DATE", "2025-08")),
        ("In March, the board of directors approved the plan.", ("March", "DATE", "2025-03")),
        ("In August, the board of directors approved the plan.", ("August", "DATE", "2024-08")),
        # the tense of the date's own clause, not of the attribution around it
        ("The plant reopens in August, officials said.", ("August", "DATE", "2025-08")),
        ("The plant reopened in August, officials said.", ("August", "DATE", "2024-08")),
        ("In August, officials said, the plant reopens.", ("August", "DATE", "2025-08")),
        ("He leaves Rome on Monday.", ("Monday", "DATE", "2025-05-26")),
        ("Fans say they will vote for him because of the attack in the park on Friday.",
         ("Friday", "DATE", "2025-05-16")),
        ("He will begin pulling troops out of the region on Friday.",
         ("Friday", "DATE", "2025-05-23")),
        ("The survey is due on Monday.", ("Monday", "DATE", "2025-05-26")),
        ("Sales fell due to the strike on Monday.", ("Monday", "DATE", "2025-05-19")),
        ("They gave him until 9 a.m. Tuesday to leave.",
         ("9 a.m. Tuesday", "TIME", "2025-05-27T09:00")),
    ],
)
def test_tense_of_the_clause_sets_the_direction(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in timexes(sentence)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The unit was sold this past spring.", date(2025, 10, 30),
         ("this past spring", "DATE", "2025-SP")),
        ("The unit was sold this past spring.", date(2025, 4, 2),
         ("this past spring", "DATE", "2024-SP")),
        ("Skiers return this coming winter.", date(2025, 10, 30),
         ("this coming winter", "DATE", "2025-WI")),
        # after "the nine months", a year ago compares that period, not the quarter
        ("Third-quarter profit rose to $5 million from $3 million a year ago. For the nine "
         "months, profit was $12 million, up from $10 million a year earlier.", date(2025, 10, 30),
         ("a year earlier", "DATE", "2024")),
        ("Third-quarter profit rose to $5 million from $3 million a year ago.",
         date(2025, 10, 30), ("a year ago", "DATE", "2024-Q3")),
        # the reported quarter stays in focus: a look back or a forecast does not move it
        ("Third-quarter net rose. After a weak second quarter, sales grew. Costs were lower "
         "than a year ago.", date(2025, 10, 30), ("a year ago", "DATE", "2024-Q3")),
        ("Third-quarter net rose. Growth should continue into the fourth quarter. Costs were "
         "lower than a year ago.", date(2025, 10, 30), ("a year ago", "DATE", "2024-Q3")),
        ("Third-quarter net rose to $9 million from $7 million in the 2024 quarter.",
         date(2025, 10, 30), ("the 2024 quarter", "DATE", "2024-Q3")),
        ("Sales fell in the 2023 period.", date(2025, 10, 30),
         ("the 2023 period", "DATE", "2023")),
        # "this weekend" told in the past on a weekday: the weekend just gone
        ("The fair took place this weekend.", date(2025, 5, 21),
         ("this weekend", "DATE", "2025-W20-WE")),
        ("The fair opens this weekend.", date(2025, 5, 21),
         ("this weekend", "DATE", "2025-W21-WE")),
        ("The fair took place this weekend.", date(2025, 5, 25),  # a Sunday: this one
         ("this weekend", "DATE", "2025-W21-WE")),
    ],
)
def test_value_depends_on_reference_and_focus(
    text: str, ref: date, expected: tuple[str, str, str]
) -> None:
    assert expected in timexes(text, ref)


@pytest.mark.parametrize(
    ("year", "easter"),
    [(1818, date(1818, 3, 22)), (1998, date(1998, 4, 12)), (2000, date(2000, 4, 23)),
     (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25))],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [(date(2024, 1, 31), 1, date(2024, 2, 29)), (date(2025, 1, 31), 1, date(2025, 2, 28)),
     (date(2025, 3, 15), -3, date(2024, 12, 15)), (date(2025, 5, 21), -120, date(2015, 5, 21)),
     (date(2024, 12, 31), 14, date(2026, 2, 28))],
)
def test_add_months_clips_the_day(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_that_day_without_a_date_before_is_dropped() -> None:
    assert timexes("Nobody slept that day.") == []


@pytest.mark.parametrize(
    ("sentence", "extent"),
    [
        ("The vote was held on Wednesday.", "Wednesday"),
        ("They left in 2021 for good.", "2021"),
        ("He has worked there since last June.", "last June"),
        ("The deal closes by the end of 2025.", "the end of 2025"),
        ("Rents fell sharply in late November.", "late November"),
    ],
)
def test_extent_leaves_out_the_preposition_and_keeps_modifiers(
    sentence: str, extent: str
) -> None:
    assert [t[0] for t in timexes(sentence)] == [extent]


@pytest.mark.parametrize(
    ("sentence", "not_a_date"),
    [
        ("You may leave if you wish.", "may"),
        ("We sat down with the mayor.", "sat"),
        ("March Fong spoke first at the rally.", "March"),
        ("Theresa May spoke to reporters.", "May"),
        ("Thousands march through the capital.", "march"),
        ("The team scored 2000 points over the season.", "2000"),
        ("The fund paid $2,019 in fees.", "2,019"),
        ("She wrote The Will of an 11-Year-Old as a teenager.", "11-Year-Old"),
        ("The 79th session opened quietly.", "79th"),
        ("Call 555-2024 for details.", "2024"),
        ("Install version 2.2019 of the app.", "2019"),
        ("The ratio was 2024:1 in the sample.", "2024"),
        ("They sailed in a 10-meter boat.", "10-meter"),
        ("The bridge is 45 years old.", "45 years"),
        ("The current account deficit grew.", "current"),
        ("The vote decides the future of the union.", "the future"),
        ("Riots erupted for the past three summers.", "the past"),
        ("He was soon released.", "soon"),
        ("Call me as soon as you land.", "soon"),
        ("They met soon after the vote.", "soon"),
        ("Sales rose 3 and 4 percent on June 2.", "4"),
        ("Prices began to fall sharply.", "fall"),
        ("USA Today reported the deal.", "Today"),
        ("The Sunday Times published the letter.", "Sunday"),
        ("She won a second term easily.", "second"),
        ("Fans rioted over the 2-0 first-half deficit.", "first-half"),
        ("She scored 12 points in the fourth quarter of the game.", "fourth quarter"),
        ("Going into the last quarter, the visitors led 32-8.", "last quarter"),
        ("In after hours trading the stock rose.", "hours"),
        ("Nearly three-quarters of voters agreed.", "three-quarters"),
        ("The score was 3-2 after extra play.", "3-2"),
        ("The ratio stood at 14:30 in the survey.", "14:30"),
        ("She turned up in her nineties.", "nineties"),
        ("The model Orion 1980 sold well.", "1980"),
        ("The council passed resolution 1701 unanimously.", "1701"),
        ("The peak rises to an altitude of 2000 meters.", "2000"),
        ("She led the March of the Mothers.", "March"),
        ("The film High Noon won praise.", "Noon"),
        ("He may one day return home.", "one day"),
        ("Prices rose over the past period, the report said.", "period"),
    ],
)
def test_false_positive_traps(sentence: str, not_a_date: str) -> None:
    start = sentence.index(not_a_date)
    end = start + len(not_a_date)
    for t in extract_dates(Document(sentence), REF):
        assert t.end <= start or t.start >= end, t


@pytest.mark.parametrize(
    "chunk",
    ['"' * 10, "ABCDEFGHIJ ", "1234567890 ", "said he said ", "May 20 2025 ", "the past ",
     "in August, he said, ", "soon current ", "April 3 and 4 and ", "the day before "],
)
def test_pathological_input_runs_in_linear_time(chunk: str) -> None:
    text = chunk * (300_000 // len(chunk))  # one unbroken "sentence" of 300 kB
    started = time.perf_counter()
    extract_dates(Document(text), REF)
    assert time.perf_counter() - started < 5.0


_HOSTILE_UNITS = (
    '"', "ABCDEFGHIJ ", "0123456789", "said he said ", "May June March Monday ", "the past ",
    "April 3 and 4 and ", "1996-2025 ", "in August, he said, ", "two three four years ",
    # numeric dates, clock times tied to a day, halves and fiscal quarters
    "1.1.", "12/12/", "12-12-", "2012/12/", "1 May ", "May 1 ", "11/11/2011 ", "3.3.2003 ",
    "3pm on ", "until 3pm on Monday ", "will now ", "23:58 GMT ", "H1 ", "2024 H1 ",
    "Q1 FY26 ",
)


# Words near what the rules' ``needs`` look for, to try to make one of them wrong.
_NEEDS_VOCAB = (
    "May", "Sept.", "Monday", "the", "of", "and", "to", "through", "–", "’", "s", "0s", "’90s",
    "1990s", "1990", "2025", "20", "21st", "3", "year", "Year", "week", "day", "period",
    "quarter", "this", "last", "past", "coming", "fiscal", "nineteen", "twenty", "thousand",
    "two", "oh", "hundred", "a.m.", "PM", "noon", "14:30", "GMT", "local", "time", "Christmas",
    "Eve", "New", "Year's", "Good", "Friday", "nineties", "modern-day", "11-Year-Old", ",",
    "that", "yesterday", "tomorrow", "year-ago", "year-end", "midyear", "5/20/2025", "2025-05-20",
)


@pytest.mark.parametrize("rule_name", [r.name for r in RULES])
def test_every_rule_pattern_scans_in_linear_time(rule_name: str) -> None:
    # The rules run only in windows around their triggers, which would hide a pattern that
    # backtracks; here each one scans whole hostile texts at two sizes.
    pattern = next(r for r in RULES if r.name == rule_name).pattern
    for unit in _HOSTILE_UNITS:
        small_s, large_s = scan_times(pattern, unit, 4_000, 16_000)
        assert large_s < 1.0 and (large_s < 0.05 or large_s < 10 * small_s), (unit, large_s)


@pytest.mark.parametrize("rule_name", [r.name for r in RULES if r.needs is not None])
def test_every_needs_pattern_scans_in_linear_time(rule_name: str) -> None:
    rule = next(r for r in RULES if r.name == rule_name)
    for unit in _HOSTILE_UNITS:
        text = unit * (16_000 // len(unit))
        started = time.perf_counter()
        rule.windows_with_needs(text, [(i, i + 200) for i in range(0, len(text), 100)])
        assert time.perf_counter() - started < 1.0, unit


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("He held the post for 20 (twenty) years.", "day_month"),
        ("They met on May 3, then again in June.", "second_day"),
        ("The deal closed last December after talks.", "month_year"),
        ("Prices in 1990 were lower.", "decade"),
        ("She flew to New York on Monday.", "holiday"),
        ("The author of an 11-year-old's diary spoke.", "relative_unit"),
        ("A modern-day slave trade was exposed.", "the_unit"),
        ("Crowds gathered at the local market.", "clock"),
        ("A 20-year-old student won.", "spelled_year"),
        ("In 2023 she sailed a 10-meter boat.", "iso_date"),
        ("Sales rose and/or fell in 2020.", "us_date"),
        ("An 11-Year-Old, condemned, spoke.", "year_ago"),
        ("An 11-Year-Old, condemned, spoke.", "year_end"),
    ],
)
def test_a_rule_whose_needs_are_absent_is_not_compiled(text: str, skipped: str) -> None:
    rule = next(r for r in RULES if r.name == skipped)
    windows = [(0, len(text))]
    assert rule.windows_with_needs(text, windows) == []


@pytest.mark.parametrize(
    ("text", "rule_name"),
    [
        ("Talks ran from the 3rd of March to the 9th.", "day_month"),
        ("The fair runs May 3-5 this year.", "second_day"),
        ("It opened in May of last year.", "month_year"),
        ("Music of the ’90s and the nineties.", "decade"),
        ("Shops shut on New Year’s Day.", "holiday"),
        ("Over the past\tweek, sales fell.", "relative_unit"),
        ("At 5 P.M. the doors close.", "clock"),
        ("In the year two thousand and five.", "spelled_year"),
    ],
)
def test_needs_let_a_real_match_through(text: str, rule_name: str) -> None:
    rule = next(r for r in RULES if r.name == rule_name)
    assert rule.windows_with_needs(text, [(0, len(text))]) == [(0, len(text))]
    assert rule.pattern.search(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from((*_NEEDS_VOCAB,)), max_size=30), st.sampled_from(["", " ", "-"]))
def test_needs_never_change_what_is_found(words: list[str], glue: str) -> None:
    text = glue.join(words)
    with_needs = extract_dates(Document(text), REF)
    saved = [(r, r.needs) for r in RULES]
    try:
        for r, _ in saved:
            r.needs = None
        assert extract_dates(Document(text), REF) == with_needs
    finally:
        for r, needs in saved:
            r.needs = needs


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    """Every ``LazyPattern`` held at module level in the package (the worst-case test of the
    whole package looks only for compiled ``re.Pattern`` objects)."""
    found: list[tuple[str, LazyPattern]] = []
    for info in pkgutil.walk_packages(factsheet.__path__, "factsheet."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found.extend(
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, LazyPattern)
        )
    return found


@pytest.mark.parametrize(("name", "lazy"), _lazy_patterns())
def test_every_lazy_pattern_is_linear(name: str, lazy: LazyPattern) -> None:
    # As the package-wide worst-case test does: one attempt (match, fullmatch) must be
    # linear; a scan of every position may be quadratic for a pattern meant for ``match``
    # on one line, so it is only bounded on a short input.
    for unit in (*_HOSTILE_UNITS, "By Jane Doe ", "SEOUL, May 21 (", "— ", "12:30 "):
        times = []
        for size in (4_000, 16_000):
            text = unit * (size // len(unit))
            started = time.process_time()
            lazy.match(text)
            lazy.fullmatch(text)
            times.append(time.process_time() - started)
        assert times[1] < 1.0 and (times[1] < 0.05 or times[1] < 10 * times[0]), (name, unit)
        started = time.process_time()
        sum(1 for _ in lazy.finditer(unit * (2_000 // len(unit))))
        assert time.process_time() - started < 2.0, (name, unit)


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"(?P<d>\d+)-(\w+)", 0, "on 12-May and 3-June"),
        (r"may\b", re.IGNORECASE, "May, MAY and mayor"),
        (r"x*$", 0, "xx\nxx"),
    ],
)
def test_lazy_pattern_compiles_once_and_answers_as_re_does(
    source: str, flags: int, text: str
) -> None:
    lazy, eager = LazyPattern(source, flags), re.compile(source, flags)
    assert lazy._compiled is None
    for pos, endpos in ((0, len(text)), (2, len(text) - 1), (4, 9)):
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == [
            m.span() for m in eager.finditer(text, pos, endpos)
        ]
        for method in ("match", "search", "fullmatch"):
            got = getattr(lazy, method)(text, pos, endpos)
            want = getattr(eager, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), method
    assert lazy.compiled is lazy.compiled


@pytest.mark.parametrize(
    ("value", "kind", "reading"),
    [
        ("2025-05-20", "DATE", "Tue 20 May 2025"),
        ("2024-12", "DATE", "December 2024"),
        ("P20Y", "DURATION", "20 years"),
        ("P1D", "DURATION", "1 day"),
        ("PT2H", "DURATION", "2 hours"),
        ("PXY", "DURATION", "some years"),
        ("XXXX-05-20", "DATE", "20 May (year unknown)"),
        ("PRESENT_REF", "DATE", "the present"),
        ("PAST_REF", "DATE", "the past"),
        ("2025-W21", "DATE", "week 21 of 2025"),
        ("2024-Q3", "DATE", "3rd quarter of 2024"),
        ("2022-SU", "DATE", "summer 2022"),
        ("XXXX-Q3", "DATE", "3rd quarter (year unknown)"),
        ("XXXX-SU", "SET", "every summer"),
        ("2024-H1", "DATE", "1st half of 2024"),
        ("199", "DATE", "the 1990s"),
        ("2023", "DATE", "2023"),
        ("2025-05-21TMO", "TIME", "Wed 21 May 2025, morning"),
        ("2025-05-20T14:00", "TIME", "Tue 20 May 2025, 14:00"),
        ("P1W", "SET", "every week"),
        ("XXXX-WXX-7", "SET", "every Sunday"),
        ("something odd", "DATE", None),
    ],
)
def test_human_reading(value: str, kind: str, reading: str | None) -> None:
    timex = Timex(text="x", start=0, end=1, type=kind, value=value)  # type: ignore[arg-type]
    assert human_reading(timex) == reading


_VOCAB = (
    "May", "may", "March", "the", "last", "next", "this", "year", "years", "week", "Friday",
    "Fridays", "2024", "1999", "20", "5", "1/2", "a.m.", "p.m.", "noon", "ago", "later", "that",
    "day", "morning", "fiscal", "quarter", "third-quarter", "half", "of", "in", "on", "every",
    "each", "twice", "a", "decade", "'90s", "1990s", "century", "21st", "Christmas", "Day",
    "New", "Year's", "today", "yesterday", "now", "recently", "the past", "the future", "early",
    "mid-", "-", ",", ".", "$", "%", ":", "'", "“", "”", "\n", "Q3", "FY2024", "10:30", "GMT",
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=40),
    st.sampled_from([REF, None, date(2000, 2, 29), date(1999, 12, 31)]),
)
def test_any_text_gives_ordered_disjoint_exact_spans(words: list[str], ref: date | None) -> None:
    text = " ".join(words)
    found = extract_dates(Document(text), ref)
    previous_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
        previous_end = t.end


_PARAGRAPH = (
    "Over the years, the council met on Friday, March 3, 2019, and again the next day. "
    "Profit in the third quarter of 2024 rose from a year ago; for the past three years "
    "it has grown at about 5% a year. The vote, set for 2 p.m. Tuesday, came after "
    "nearly forty years of debate in the 1990s and early 2000s. Rescuers worked through "
    "the night and into Thanksgiving Day, every day since last December."
)


@pytest.mark.parametrize("text", [_PARAGRAPH, _PARAGRAPH * 3, "x" * 90 + _PARAGRAPH])
def test_trigger_windows_find_what_a_full_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    windowed = extract_dates(Document(text), REF)
    monkeypatch.setattr(
        "factsheet.dates.window_matches", lambda pattern, text, windows: pattern.finditer(text)
    )
    assert extract_dates(Document(text), REF) == windowed
    assert len(windowed) >= 12


# ---------------------------------------------------------------- speed machinery, same output

# Words around unit words: what the trigger tests read (quantities, lead words, letters
# outside ASCII that case-insensitive patterns fold to ASCII ones, hyphens and breaks).
_TRIGGER_TEST_VOCAB = (
    "two", "TWO", "twenty-five", "a", "an", "few", "of", "more", "the", "The", "this",
    "midThis", "next", "fiscal", "past", "year", "years", "Year", "week", "month", "days",
    "weekend", "ago", "-long", "1999", "20", "ſeven", "İ", "é", "-", ",", "\n", "  ",
    # leads of calendar names and reference words
    "Friday", "March", "May", "June", "early", "mid", "mid-", "last", "end", "of", "pre-",
    "these", "near", "future", "now", "recently", "2019", "3",
    # numbers and the words next to them
    "1990s", "1990’s", "’90s", "2024-11-05", "11/05/2024", "/", "5th", "21st", "that", "same",
    "year-ago", "quarter", "'",
)


def _without_trigger_tests(text: str) -> tuple[Timex, ...]:
    saved = dates_pkg._REACHES
    try:
        dates_pkg._REACHES = rule_reaches((r.name, None, None) for r in RULES)
        return extract_dates(Document(text), REF)
    finally:
        dates_pkg._REACHES = saved


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lease runs for a year.", "a year"),
        ("It took two-year talks.", "two-year"),
        ("Wait 20 years.", "20 years"),
        ("After a couple of weeks it ended.", "a couple of weeks"),
        ("He served five straight years.", "five straight years"),
        ("Sales fell this fiscal year.", "this fiscal year"),
        ("Costs rose over the past month.", "the past month"),
        ("Profit grew in the fiscal year.", "the fiscal year"),
        ("We met twice in the last \n week.", "the last \n week"),
        # "ſ" folds to "s": the pattern matches (the handler then reads no number)
        ("They trained for \u017feven years.", None),
        # lead tests: words before the trigger word that the match starts with
        ("It opens early March, as planned.", "early March"),
        ("They met in mid-June 2019.", "mid-June 2019"),
        ("Sales peaked in mid2019.", "mid2019"),
        ("It was set for the end of May.", "the end of May"),
        ("The vote is on Friday, March 3, 2023.", "Friday, March 3, 2023"),
        ("We spoke last Friday.", "last Friday"),
        ("Prices rose in the year 1998 alone.", "the year 1998"),
        ("Sales have fallen in recent years.", "recent years"),
        ("Rates will fall in the near future.", "the near future"),
        # trigger tests of numbers and of words next to them
        ("The filing is dated 2024-11-05.", "2024-11-05"),
        ("The filing is dated 11/05/2024.", "11/05/2024"),
        ("Prices soared in the 1970s and the ’80s.", "the ’80s"),
        ("Prices soared in the 1970’s.", "the 1970’s"),
        ("Profit fell in the 1988 quarter.", "the 1988 quarter"),
        ("The pact was signed on the 5th of May.", "the 5th of May"),
        ("The pact was signed on 21 May.", "21 May"),
        ("She came in March 2020 and left later that same year.", "later that same year"),
        ("Sales beat the year-ago quarter.", "the year-ago quarter"),
    ],
)
def test_trigger_tests_keep_real_dates(sentence: str, expected: str | None) -> None:
    found = extract_dates(Document(sentence), REF)
    assert expected is None or expected in [t.text for t in found]
    assert found == _without_trigger_tests(sentence)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_TEST_VOCAB), max_size=12), st.sampled_from([" ", "-"]))
def test_trigger_tests_never_change_what_is_found(words: list[str], glue: str) -> None:
    text = glue.join(words)
    assert extract_dates(Document(text), REF) == _without_trigger_tests(text)


@pytest.mark.parametrize(
    ("text", "start", "hyphen", "expected"),
    [
        ("for two years", 8, False, "two"),
        ("for TWO  \t years", 11, False, "two"),
        ("a two-year deal", 6, True, "two"),
        ("a two-year deal", 6, False, ""),  # a hyphen only when asked for
        ("in 20 years", 6, False, "0"),  # a figure: its last digit
        ("yes, years", 5, False, ","),
        ("years", 0, False, ""),  # nothing before
        ("noyears", 2, False, ""),  # no space before
        ("caf\u00e9 years", 5, False, None),  # a letter outside ASCII: cannot tell
        ("\u017fix years", 4, False, None),  # the long s folds to "s" in (?i:six)
    ],
)
def test_word_before(text: str, start: int, hyphen: bool, expected: str | None) -> None:
    assert word_before(text, start, hyphen=hyphen) == expected


_REFERENCE_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'’.]*)[^\w\n]{0,3}$")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["He", "said", "U.S.", "o'clock", "’s", "é", "3", " ", ", ", "\n", "—", "."]
        ),
        max_size=20,
    )
)
def test_prev_word_equals_a_plain_search(pieces: list[str]) -> None:
    text = "".join(pieces) + "Monday"
    start = len(text) - len("Monday")
    m = _REFERENCE_PREV_WORD.search(text, max(0, start - 40), start)
    assert Context(Document(text), REF).prev_word_raw(start) == (m.group(1) if m else "")


_REFERENCE_WORD = re.compile(r"[A-Za-z]+")
_REFERENCE_YEAR = re.compile(r"[0-9]{2}(?:[0-9]{2}(?![0-9])|(?=s))")


def _reference_hits(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Trigger words and year-like numbers as a plain regex scan finds them."""
    hits = [
        (m.start(), m.end(), TRIGGERS[m.group().encode()])
        for m in _REFERENCE_WORD.finditer(text)
        if m.group().encode() in TRIGGERS and m.group() not in ("m", "M")
    ]
    for form, pattern in ((b"m", r"[ap]\.m(?![A-Za-z])"), (b"M", r"[AP]\.M(?![A-Za-z])")):
        if form in {m.group().encode() for m in _REFERENCE_WORD.finditer(text)}:
            hits += [
                (m.start(), m.end(), TRIGGERS[form])
                for m in re.finditer(pattern, text)
                if m.start() == 0 or not text[m.start() - 1].isascii()
                or not text[m.start() - 1].isalpha()
            ]
    hits += [
        (m.start(), m.end(), NUMBER_RULES)
        for m in _REFERENCE_YEAR.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isdigit()
    ]
    return sorted(hits)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["May", "may", "MAY", "year", "Years", "a.m", "p.M", "m", "1999", "12345", "90s",
             "²", "1", "é", "ü", "x", " ", "-", ".", "’", "\n", "Friday", "Fridays", "now"]
        ),
        max_size=30,
    )
)
def test_trigger_hits_equal_a_plain_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _trigger_hits(text, TRIGGERS, NUMBER_RULES) == _reference_hits(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reported by the U.S.A.B.C.D.E.F. Monday", "U.S.A.B.C.D.E.F."),  # longer than a short look
        ("an extraordinarily Monday", "extraordinarily"),
        ("an extraordinarily, Monday", "extraordinarily"),
        ("it was o'clock’s.x Monday", "o'clock’s.x"),
        ("Monday", ""),
        ("1234567890123456789 Monday", ""),
        ("on Monday", "on"),
        ("the internationalists Monday", "internationalists"),  # longer than the strip
        ("the 'tis Monday", "tis"),
        ("x.ab Monday", "x.ab"),
        ("5ab Monday", "ab"),
        ("éab Monday", "ab"),
        ("ab\u00a0Monday", "ab"),  # another space than " "
    ],
)
def test_prev_word_reaches_back_past_a_short_look(text: str, expected: str) -> None:
    start = text.rindex("Monday")
    assert Context(Document(text), REF).prev_word_raw(start) == expected


@pytest.mark.parametrize(
    ("words", "text", "matches"),
    [
        (("around", "nearly"), "Around", True),
        (("around", "nearly"), "NEARLY", True),
        (("around", "nearly"), "soon", False),
        (("several", "some"), "ſome", True),  # the long s folds to "s": still a match
        (("kilo",), "\u212ailo", True),  # the Kelvin sign folds to "k"
        (("at least",), "at   least", True),
        (("no.",), "no.", True),
        (("no.",), "nox", False),
    ],
)
def test_any_of_matches_as_a_plain_alternation(
    words: tuple[str, ...], text: str, matches: bool
) -> None:
    plain = "(?i:" + "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in words) + ")"
    assert (re.fullmatch(any_of(words), text) is not None) == matches
    assert (re.fullmatch(plain, text) is not None) == matches


@pytest.mark.parametrize(
    ("text", "start", "plain", "dashed"),
    [
        ("a two-year deal", 6, "", "two"),
        ("a two year deal", 6, "two", "two"),
        ("a two-year deal", 0, "", ""),
    ],
)
def test_word_before_remembers_both_readings_of_a_point(
    text: str, start: int, plain: str, dashed: str
) -> None:
    # asked in both orders, twice in a row: the remembered answer is the one asked for
    assert [word_before(text, start), word_before(text, start, hyphen=True)] == [plain, dashed]
    assert [word_before(text, start, hyphen=True), word_before(text, start)] == [dashed, plain]
    assert word_before(text, start, hyphen=True) == read_word_before(text, start, hyphen=True)


def test_the_article_text_is_not_kept_alive_after_extraction() -> None:
    import gc
    import weakref

    from factsheet.dates import extract_dates
    from factsheet.text import Document

    class Text(str):
        """A str subclass, so that a weak reference to the article can be taken."""

    text = Text("The talks began on Monday and ended three days later.")
    ref = weakref.ref(text)
    extract_dates(Document(text), date(2025, 5, 21))
    del text
    gc.collect()
    assert ref() is None


# The leads of a date ahead, as _led_ahead read them before it looked for their words first.
_REFERENCE_AHEAD = re.compile(
    r"(?i:as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+"
    r"(?:\d\d?(?:[:.]\d\d)?(?:\s?(?i:a\.m\.?|p\.m\.?|am|pm))?(?:\s[A-Z]{3,4})?"
    r"(?:\s+(?i:local\s+time))?\s+(?i:on)\s+)?$"
)
_REFERENCE_DEADLINE = re.compile(
    r"(?i:until|till)\s+(?:\d\d?(?:[:.]\d\d)?(?:\s?(?i:a\.m\.?|p\.m\.?|am|pm))?(?:\s[A-Z]{3,4})?"
    r"(?:\s+(?i:local\s+time))?\s+(?i:on)\s+)?$"
)


@pytest.mark.parametrize(
    ("before", "strict", "expected"),
    [
        ("A ruling may come as early as ", False, True),
        ("A ruling may come AS EARLY AS 3pm on ", False, True),
        ("Bids are due no later than ", False, True),
        ("Bids are due No Later Than 9 a.m. GMT on ", False, True),
        ("It may end as soon as ", False, True),
        ("It may end as ſoon as ", False, True),  # a long s folds to "s"
        ("It may end as ſOON as ", True, True),
        ("The office is shut until ", True, True),
        ("The office is shut TILL 2pm on ", True, True),
        ("The office is shut until ", False, False),
        ("Until then it had been shut, until ", True, False),  # the past perfect
        ("He came as early as he could on ", False, False),
        ("It was later than usual on ", False, False),
        ("Prices rose early on ", True, False),
    ],
)
def test_led_ahead_equals_a_plain_search(before: str, strict: bool, expected: bool) -> None:
    text = before + "Monday"
    start = len(before)
    reference = _REFERENCE_AHEAD.search(text, 0, start) is not None or (
        strict
        and _REFERENCE_DEADLINE.search(text, 0, start) is not None
        and re.search(r"\b[Hh]ad\b", text) is None
    )
    assert reference == expected
    assert Context(Document(text), REF)._led_ahead(start, 0, len(text), strict) == expected


@pytest.mark.parametrize(
    ("word", "strict", "expected"),
    [
        ("will", False, 1),
        ("will", True, 1),
        ("said", False, -1),
        ("walked", True, -1),
        ("Walked", True, None),  # a capitalised -ed word may be a name
        ("now", False, 0),
        ("table", False, None),
    ],
)
def test_remembered_cues_equal_the_cue_of_each_word(
    word: str, strict: bool, expected: int | None
) -> None:
    from factsheet.dates import tense

    future = tense.STRONG_FUTURE_CUES if strict else tense.FUTURE_CUES
    cues = tense._CUES[future]
    assert cues[word] == tense._cue(word, future) == expected
    assert word in cues


def test_remembered_cues_are_bounded() -> None:
    from factsheet.dates import tense

    cues = tense._CUES[tense.FUTURE_CUES]
    for n in range(tense._CUES_MAX + 1 - len(cues)):
        cues[f"w{n}"]
    assert len(cues) > tense._CUES_MAX
    tense.clause_direction("They will meet in May.", 17, 20, 0, 22)
    assert len(cues) < 100
