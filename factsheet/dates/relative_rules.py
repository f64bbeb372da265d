"""Rules resolved against the reference date: "yesterday", "Wednesday", "last month",
"two years ago", "the following day"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factsheet.dates.context import Candidate, Context
from factsheet.dates.games import in_a_game
from factsheet.dates.lexicon import PARTS_OF_DAY, WEEKDAY_NAME_FORMERS, WEEKDAYS
from factsheet.dates.normalise import (
    day_value,
    duration_value,
    quarter_of,
    relative_value,
    shift,
    value_at,
    weekday_date,
    weekday_step,
)
from factsheet.dates.numbers import quantity
from factsheet.dates.patterns import (
    APPROX,
    NOT_AFTER_NUMBER_CHAR,
    PART_OF_DAY,
    POSITION,
    QUANTITY,
    UNIT_ANY,
    WEEKDAY,
)
from factsheet.dates.rule import Rule, found, lead_word_before, next_is_name, rule, word_before
from factsheet.text import LazyPattern

SATURDAY = 5  # date.weekday()

_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@rule(
    "day_word",
    rf"(?<![\w-])(?:{POSITION})?(?P<w>(?i:today|yesterday|tomorrow|tonight))(?![\w-])"
    rf"(?:\s+(?P<pod>{PART_OF_DAY})(?![\w-]))?",
)
def day_word(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("w")[0].isupper() and not _opens_sentence(ctx, m.start("w")):
        return None  # "USA Today", "the Today show": a title
    word = m.group("w").lower()
    pod = (m.group("pod") or ("night" if word == "tonight" else "")).lower()
    day = _day_text(ctx.ref, _DAY_OFFSETS[word])
    if pod:
        return found(m, "TIME", f"{day}T{PARTS_OF_DAY[pod]}")
    return found(m, "DATE", day)


def _opens_sentence(ctx: Context, offset: int) -> bool:
    """Nothing but opening punctuation or a position word between sentence start and here."""
    sentence = ctx.doc.sentence_at(offset)
    if sentence is None:
        return False
    head = ctx.text[sentence.start : offset].strip(" \"'`“‘(-—").lower()
    return head in ("", "early", "late", "earlier", "later", "mid")


def _day_text(ref: date | None, offset: int) -> str:
    return "XXXX-XX-XX" if ref is None else day_value(ref + timedelta(days=offset))


@rule(
    "two_days",
    r"(?<![\w-])(?i:the\s+day\s+(?:(?P<before>before\s+yesterday)|after\s+tomorrow))(?![\w-])",
    needs=r"(?=(?i:[yt]))(?i:yesterday|tomorrow)",  # (first letters: see any_of)
)
def two_days(m: re.Match[str], ctx: Context) -> Candidate | None:
    return found(m, "DATE", _day_text(ctx.ref, -2 if m.group("before") else 2))


@rule(
    "part_of_day_of",
    rf"(?<![\w-])(?:(?i:early|late|mid)[\s-]?)?(?P<pod>{PART_OF_DAY})\s+"
    r"(?P<w>(?i:yesterday|today|tomorrow))(?![\w-])",
)
def part_of_day_of(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"mid-afternoon yesterday", "late morning today"."""
    day = _day_text(ctx.ref, _DAY_OFFSETS[m.group("w").lower()])
    return found(m, "TIME", f"{day}T{PARTS_OF_DAY[m.group('pod').lower()]}")


@rule(
    "part_of_day",
    rf"(?<![\w-])(?:(?i:early|late)\s+)?(?P<rel>(?i:this|last))\s+(?P<pod>{PART_OF_DAY})(?![\w-])",
)
def part_of_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    pod = m.group("pod").lower()
    last = m.group("rel").lower() == "last"
    if last and pod not in ("night", "evening"):
        return None
    return found(m, "TIME", f"{_day_text(ctx.ref, -1 if last else 0)}T{PARTS_OF_DAY[pod]}")


_WEEKDAY_REL = (
    r"(?=(?i:[lntcp]))(?i:last|next|this(?:\s+(?:past|coming))?|coming|past|the\s+(?:previous|following|next|"
    r"preceding))"
)
# The words a weekday match may start with before the weekday: the last words of
# _WEEKDAY_REL and "early", "late". Keep in step with _WEEKDAY_REL.
_WEEKDAY_LEADS = (
    "last", "next", "this", "past", "coming", "previous", "following", "preceding", "early",
    "late",
)


def _weekday_lead(text: str, start: int) -> bool:
    return lead_word_before(text, start, _WEEKDAY_LEADS)


@rule(
    "weekday",
    rf"(?<![\w-])(?:(?P<rel>{_WEEKDAY_REL})\s+)?(?:(?i:early|late)\s+)?(?P<wd>{WEEKDAY})"
    rf"(?P<pl>s)?(?![\w-])(?:\s+(?P<pod>{PART_OF_DAY})(?P<podpl>s)?(?![\w-]))?",
    lead_test=_weekday_lead,
)
def weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.prev_word(m.start()) in WEEKDAY_NAME_FORMERS or next_is_name(ctx, m.end()):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    pod = PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else ""
    if m.group("pl") or m.group("podpl"):
        return found(m, "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    day = _weekday_value(m, ctx, wd)
    return found(m, "TIME", f"{day}T{pod}") if pod else found(m, "DATE", day)


def _weekday_value(m: re.Match[str], ctx: Context, wd: int) -> str:
    if ctx.ref is None:
        return f"XXXX-WXX-{wd}"
    rel = m.group("rel")
    last = rel.split()[-1].lower() if rel else ""
    if last in _BACK_WORDS:
        return day_value(weekday_step(ctx.ref, wd, -1))
    if last in _AHEAD_WORDS:
        return day_value(weekday_step(ctx.ref, wd, 1))
    if wd == ctx.ref.isoweekday():
        return day_value(ctx.ref)  # the reference's own weekday: that day, whatever the tense
    direction = 1 if last == "this" else ctx.direction(m.start(), m.end(), strict=True)
    return day_value(weekday_date(ctx.ref, wd, direction))


# The last word of a weekday's relative lead that steps back, or ahead ("this past Friday",
# "the following Monday"). Keep in step with _WEEKDAY_REL.
_BACK_WORDS = frozenset({"last", "past", "previous", "preceding"})
_AHEAD_WORDS = frozenset({"next", "coming", "following"})


# "this|last|next" + a calendar unit. "the past year" is a stretch of time, not a date.
_REL_WORD = (
    r"(?=(?i:[tlnpc]))(?i:this|last|next|past|previous|coming|current|the\s+(?:past|last|next|previous|coming"
    r"|current|following|preceding|latest|most\s+recent|prior))"
)
_STEPS = {
    "this": 0, "current": 0, "last": -1, "previous": -1, "preceding": -1, "prior": -1,
    "next": 1, "coming": 1, "following": 1, "past": 0, "latest": 0, "recent": 0,
}


# What "relative_unit" and "the_unit" both need: a unit word after a space ("this year",
# "the week"), never after a hyphen ("11-year-old", "modern-day").
# A needs pattern is searched for: a look-ahead for the first letters lets most positions
# fail at one class test rather than at every branch (as in any_of).
_UNIT_AFTER_SPACE = (
    r"\s(?=(?i:[wmyqdcnp]))(?i:week|month|year|quarter|decade|century|day|morning|night|period)"
)
# The words that end _REL_WORD, and "fiscal": one of them stands right before the unit.
# Keep in step with _REL_WORD. A test of the word's end, not of the whole word: "mid"
# may be glued before a capital ("midThis year").
_BEFORE_RELATIVE_UNIT = (
    "this", "last", "next", "past", "previous", "coming", "current", "following",
    "preceding", "latest", "recent", "prior", "fiscal",
)
# What stands right before the unit of "the_unit": "the", or the kind of year.
_BEFORE_THE_UNIT = ("the", "fiscal", "full", "calendar")


def _word_before_ends(text: str, start: int, endings: tuple[str, ...]) -> bool:
    """Does the word before ``text[start:]`` end with one of ``endings`` (or can a test not
    rule it out)? "that day", "that same year"."""
    word = word_before(text, start)
    return word is None or word.endswith(endings)


def _after_relative_word(text: str, start: int) -> bool:
    """Can the unit word at ``start`` be a "relative_unit" ("this year", "next fiscal
    year")?"""
    word = word_before(text, start)
    return word is None or word.endswith(_BEFORE_RELATIVE_UNIT)


def _after_the(text: str, start: int) -> bool:
    """Can the unit word at ``start`` be a "the_unit" ("the year", "the fiscal year")?"""
    word = word_before(text, start)
    return word is None or word.endswith(_BEFORE_THE_UNIT)


@rule(
    "relative_unit",
    rf"(?<![\w-])(?:{POSITION})?(?P<rel>{_REL_WORD})\s+(?P<fiscal>(?i:fiscal)\s+)?"
    r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|day|morning|night|period))"
    r"(?![\w-])",
    needs=_UNIT_AFTER_SPACE,
    trigger_test=_after_relative_word,
)
def relative_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("unit")[0].isupper() and not m.group("unit").isupper():
        return None  # "This Week With ...": a programme's title
    words = m.group("rel").lower().split()
    unit = m.group("unit").lower()
    if words[-1] == "past" and m.start("rel") == m.start():
        if words == ["the", "past"] and unit == "year":
            # TimeBank draws "over the past year" as the calendar year before
            return found(m, "DATE", relative_value(ctx.ref, "year", -1))
        return _past_unit(m, unit)
    step = _STEPS[words[-1]]
    if unit == "quarter" and in_a_game(ctx, m.start(), m.end()):
        return None  # "going into the last quarter" of a match
    if words[-1] in ("latest", "recent") and unit in ("quarter", "period"):
        # "the latest quarter": the one just ended, the one being reported
        return found(m, "DATE", relative_value(ctx.ref, "quarter", -1))
    if unit == "period":
        return None
    if unit in ("day", "morning", "night"):
        return _relative_day(m, ctx, words, unit, step)
    if unit == "weekend":
        return found(m, "DATE", _weekend(ctx, _weekend_step(m, ctx, step)))
    value = relative_value(ctx.ref, unit, step)
    if words[0] == "the" and step != 0 and unit in ("week", "month", "year"):
        return Candidate(m.start(), m.end(), "DATE", value, anchor=(unit, step, ""))
    return found(m, "DATE", value)


def _past_unit(m: re.Match[str], unit: str) -> Candidate | None:
    """"the past year" is the stretch of a year up to now."""
    if unit == "weekend":
        return found(m, "DURATION", "P2D")
    if unit in ("morning", "night", "period"):
        return None  # "the past period" has no length to give
    return found(m, "DURATION", duration_value(1.0, unit))


def _relative_day(
    m: re.Match[str], ctx: Context, words: list[str], unit: str, step: int
) -> Candidate | None:
    """Only "the next day", "the following morning", "the previous night" are dates."""
    if words[0] != "the" or step == 0:
        return None
    day = _day_text(ctx.ref, step)
    if unit == "day":
        return Candidate(m.start(), m.end(), "DATE", day, anchor=("day", step, ""))
    suffix = f"T{PARTS_OF_DAY[unit]}"
    return Candidate(m.start(), m.end(), "TIME", day + suffix, anchor=("day", step, suffix))


def _weekend_step(m: re.Match[str], ctx: Context, step: int) -> int:
    """ "took place this weekend" written on a weekday: the weekend just gone, the one of
    the week before (an ISO week starts on Monday, so its weekend is still to come)."""
    if step != 0 or ctx.ref is None or ctx.ref.weekday() >= SATURDAY:
        return step
    return -1 if ctx.direction(m.start(), m.end()) < 0 else 0


def _weekend(ctx: Context, step: int) -> str:
    if ctx.ref is None:
        return "XXXX-WXX-WE"
    return value_at(shift(ctx.ref, "week", step), "weekend")


@rule(
    "the_unit",
    rf"(?<![\w-])(?:(?P<pos>{POSITION}))?(?i:the)\s+(?P<kind>(?i:fiscal|full|calendar)\s+)?"
    r"(?P<unit>(?i:year|month|week|quarter|weekend))(?![\w-])",
    needs=_UNIT_AFTER_SPACE,
    trigger_test=_after_the,
)
def the_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"for the year", "over the weekend", "the end of the month": the reference's unit."""
    if not (m.group("pos") or _temporal_preposition_before(ctx, m.start())):
        return None
    after = _word_right_after(ctx, m.end())
    if after in _NOT_AFTER_UNIT or ctx.text[m.end() : m.end() + 2].strip()[:1].isdigit():
        return None
    unit = m.group("unit").lower()
    if unit == "year" and after in ("ended", "ending"):
        return found(m, "DURATION", "P1Y")  # "for the year ended June 30": a fiscal year
    if unit == "weekend":
        direction = ctx.direction(m.start(), m.end())
        return found(m, "DATE", _weekend(ctx, -1 if direction < 0 else 0))
    step = -1 if unit == "quarter" else 0
    return found(m, "DATE", relative_value(ctx.ref, unit, step))


_UNIT_PREPOSITIONS = frozenset({"for", "during", "throughout", "over", "in"})
_NOT_AFTER_UNIT = frozenset(
    (
        "of", "before", "after", "that", "when", "which", "in", "ago", "earlier", "later", "since",
        "as", "the", "a", "through", "he", "she", "it", "they", "we", "i", "you", "who"
    )
)
# "the first nine months of the year", "the rest of the week"
_PART_OF = LazyPattern(r"(?i:months|weeks|days|half|part|rest|end|start|beginning|middle)\s+of\s+$")
_RIGHT_AFTER = LazyPattern(r"['’]?s?\s([A-Za-z]+)")


def _temporal_preposition_before(ctx: Context, start: int) -> bool:
    if ctx.prev_word(start) in _UNIT_PREPOSITIONS:
        return ctx.text[start - 1 : start] == " "
    return _PART_OF.search(ctx.text, max(0, start - 20), start) is not None


def _word_right_after(ctx: Context, end: int) -> str:
    """The next word when only a space (or a possessive) separates it; "" otherwise."""
    m = _RIGHT_AFTER.match(ctx.text, end, min(len(ctx.text), end + 30))
    return m.group(1).lower() if m else ""


_AGO = (
    rf"{NOT_AFTER_NUMBER_CHAR}(?:(?:{APPROX}\s+)?(?P<q>{QUANTITY}|(?i:the))[\s-]+)?(?P<unit>{UNIT_ANY})"
    r"\s+(?:(?i:or\s+so)\s+)?(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|back))"
    r"(?![\w-])"
)


@rule("ago", _AGO)
def ago(m: re.Match[str], ctx: Context) -> Candidate | None:
    direction = m.group("dir").lower()
    if direction in ("before", "after", "back") and not _ends_phrase(ctx, m.end()):
        return None  # "two years after the war": "after" governs a noun
    unit = _singular(m.group("unit"))
    unit_for_value = "day" if unit in ("hour", "minute", "second") else unit
    q = (m.group("q") or "").lower()
    if not q and (unit == m.group("unit").lower() or direction not in ("ago", "later", "earlier")):
        return None  # without a number only "years ago", "months later"
    if q and q != "the" and direction in _ANAPHORIC_DIRECTIONS and unit not in _LONG_UNITS:
        return None  # "three days later": a stretch of time (left to the duration rule)
    ok, amount = (True, 1.0) if q == "the" else quantity(q) if q else (True, None)
    if not ok:
        return None
    back = direction in ("ago", "earlier", "before", "back")
    if amount is None:
        return found(m, "DATE", "PAST_REF" if back else "FUTURE_REF")
    if not amount.is_integer():
        return None
    n = int(amount) * (-1 if back else 1)
    if unit == "decade":
        unit_for_value, n = "year", n * 10
    if unit == "century":
        unit_for_value, n = "year", n * 100
    cand = found(m, "DATE", relative_value(ctx.ref, unit_for_value, n))
    if unit == "year" and n < 0:
        return cand._replace(focus_years_back=-n)
    anaphoric = direction in ("later", "after", "before") or q == "the"
    if anaphoric and unit_for_value in ("day", "week", "month", "year"):
        return cand._replace(anchor=(unit_for_value, n, ""))
    return cand


_ANAPHORIC_DIRECTIONS = frozenset({"later", "earlier", "before", "after"})
_LONG_UNITS = frozenset({"year", "decade", "century"})


def _ends_phrase(ctx: Context, end: int) -> bool:
    rest = ctx.text[end : end + 3].lstrip(" ")
    return not rest or rest[0] in ".,;:!?)\"'”’\n"


def _singular(unit: str) -> str:
    low = unit.lower()
    if low == "centuries":
        return "century"
    return low[:-1] if low.endswith("s") else low


@rule(
    "that_unit",
    r"(?<![\w-])(?:(?i:earlier|later)\s+)?(?i:that)\s+(?:(?i:same)\s+)?"
    r"(?P<unit>(?i:day|week|month|year|morning|night))(?![\w-])",
    needs=r"(?i:that)\s",
    trigger_test=lambda text, start: _word_before_ends(text, start, ("that", "same")),
)
def that_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"that day", "later that year": the unit of the date last mentioned; dropped when
    no date was mentioned before (see the anchor pass)."""
    unit = m.group("unit").lower()
    if unit in ("morning", "night"):
        anchor = ("day", 0, f"T{PARTS_OF_DAY[unit]}")
        return Candidate(m.start(), m.end(), "TIME", "", anchor=anchor)
    return Candidate(m.start(), m.end(), "DATE", "", anchor=(unit, 0, ""))


@rule(
    "year_ago",
    r"(?<![\w-])(?:(?i:the)\s+)?(?:(?i:comparable|same)\s+)?(?P<adj>(?i:year)-(?i:ago|earlier))"
    r"(?:\s+(?P<q>(?i:first|second|third|fourth)[\s-]+)?(?P<what>(?i:quarter|period)))?(?![\w-])",
    needs=r"-(?i:ago|earlier)",
    trigger_test=lambda text, start: text.startswith("-", start + 4),  # "year-ago"
)
def year_ago(m: re.Match[str], ctx: Context) -> Candidate | None:
    if not m.group("what"):
        # "the year-ago results": the adjective alone is the expression
        start = m.start("adj")
        value = f"{ctx.ref.year - 1:04d}" if ctx.ref else "XXXX"
        return Candidate(start, m.end(), "DATE", value, focus_years_back=1)
    if ctx.ref is None:
        return found(m, "DATE", "XXXX")
    ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    q = ordinal.get((m.group("q") or "").strip(" -").lower())
    if q is None:
        last = shift(ctx.ref, "quarter", -1)
        value = f"{last.year - 1:04d}-Q{quarter_of(last)}"
        return Candidate(m.start(), m.end(), "DATE", value, focus_years_back=1)
    return found(m, "DATE", f"{ctx.ref.year - 1:04d}-Q{q}")


@rule(
    "year_end",
    r"(?<![\w-])(?i:year-end|yearend|mid-year|midyear|year['’]s\s+end|year\s+end)(?![\w-])",
    needs=r"(?=(?i:[em]))(?i:end|mid)",
)
def year_end(m: re.Match[str], ctx: Context) -> Candidate | None:
    return found(m, "DATE", f"{ctx.ref.year:04d}" if ctx.ref else "XXXX")


RELATIVE_RULES: tuple[Rule, ...] = (
    day_word, two_days, part_of_day_of, part_of_day, weekday, relative_unit, the_unit, ago,
    that_unit, year_ago, year_end,
)
