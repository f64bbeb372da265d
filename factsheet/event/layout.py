"""The article's layout: headline, byline and dateline at the top of the text.

The top of a news text is a few short lines (headline, byline, dateline) before the body.
Only the first paragraphs are read, and the search stops at the first body paragraph.
A headline is the first line under the page's furniture (section labels, breadcrumbs, share
buttons, release labels, an "Updated ..." stamp), and never a dateline, a byline or the story
itself. Photo captions between the headline and the dateline are stepped over.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factsheet.event.datelines import (
    REPORTER_CUE,
    DatelineMatch,
    is_place_line,
    match_line_dateline,
    match_opening_dateline,
    match_place_dash,
    match_reporter_line,
)
from factsheet.event.lexicon import (
    CAPTION_OPENINGS,
    CREDIT_BRACKET_LABELS,
    CREDIT_SLASH_DESKS,
    CREDIT_VIA_DESKS,
    DATE_LINE_KEYWORDS,
    RELEASE_LABELS,
    SECTION_WORDS,
    TOOL_LINES,
    TOOL_PREFIXES,
)
from factsheet.model import Span
from factsheet.participants.lexicon import NAME_PARTICLES
from factsheet.text import (
    SPACED_WORD,
    Document,
    LazyPattern,
    Segment,
    title_case_words,
)
from factsheet.text import is_title_case as is_title_case  # re-exported for event/__init__

# Release labels above a headline are short, and at most two ("PRESS RELEASE" and
# "FOR IMMEDIATE RELEASE").
MAX_RELEASE_LABELS = 2
# Page furniture above the headline (release labels included): a few short lines at most.
MAX_FURNITURE_LINES = 6
FURNITURE_MAX_CHARS = 60
SECTION_LABEL_MAX_WORDS = 4
BREADCRUMB_MAX_WORDS = 3

# How many paragraphs may come before the body (headline, byline, place, date, caption...).
MAX_TOP_PARAGRAPHS = 6
# A paragraph this long is the body of the story.
BODY_MIN_WORDS = 20
BODY_PROBE_CHARS = 400
# A first line longer than this is the story, never a title.
TITLE_MAX_CHARS = 400
# A first line without a dateline is a headline if it is this short and the next paragraph
# is clearly longer ("a short first line before longer paragraphs").
TITLE_MAX_WORDS = 25
TITLE_NEXT_RATIO = 1.5
# Up to this many words, a one-sentence first line with a full stop is a title; longer,
# it must also be plain (no comma, no figure) and much shorter than what follows.
SHORT_TITLE_WORDS = 12
# "Party Boosts Spending In Key States": Title Case marks a title, stop or no stop
# (factsheet.text.is_title_case with its default thresholds).
# Past-tense reporting verbs: "..., police said." is a story's first sentence.
_STORY_VERBS = frozenset({"said", "told", "reported", "according", "added"})
_SECOND_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s+[A-Z](?=.*[.!?][\"'”’)]*$)")

_NAME_WORD = r"(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’\-]+|[A-Z]\.|[A-Z]{2,})"
# "Jan van der Berg", "Ana de la Cruz": lower-case particles of surnames (the participants
# section's list); lower case, they never compete with a capitalised name word.
_NAME_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w))) + ")"
_NAME = rf"{_NAME_WORD}(?:\s(?:{_NAME_PARTICLE}\s){{0,2}}{_NAME_WORD}){{1,3}}"


# The two name patterns are compiled on first use (start-up cost), the byline one only
# for a line that starts as every byline does.
#
# "By Jane Doe", "BY JANE DOE", "By Jane Doe and Ola Berg, Reuters" (not "By the
# numbers").
_BYLINE = LazyPattern(
    rf"(?:By|BY|BYLINE:)\s+{_NAME}(?:\s(?:and|&)\s{_NAME})?(?:\s?[,|/][^\n]{{0,60}})?\.?$"
)


def _is_byline(line: str) -> bool:
    return line.startswith(("By", "BY")) and _BYLINE.match(line) is not None


# "Vera Haller", "John A. Smith": a bare byline name above the dateline.
_BARE_NAME = LazyPattern(rf"{_NAME}$")

# "CRICKET - LEICESTERSHIRE TAKE OVER ...", "PRESS DIGEST - ...": a Reuters topic slug.
_SLUG = re.compile(r"[A-Z0-9][A-Z0-9&/.' ]{1,40}\s?-\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_WORD = SPACED_WORD
# BODY_MIN_WORDS words (runs of non-space) at least: matched up to the 20th word instead of
# listing every word of the probe. Spaces and words never compete: linear.
_BODY_WORDS = re.compile(rf"\s*(?:\S+\s+){{{BODY_MIN_WORDS - 1}}}\S")
# "Home / News / Local", "News > Local", "World » Europe": a breadcrumb's separators.
_CRUMB_SEPARATOR = re.compile(r"\s[/>»›|]\s|[»›]")


def _alternation(labels: tuple[str, ...]) -> str:
    # In the list's order: a regex alternation tries its branches in turn.
    return "|".join(map(re.escape, labels))


# A photo caption between the headline and the dateline: it opens with "FILE -" or ends
# with a photo credit (event/lexicon.py). The credit must end the caption: a headline may
# name Getty Images.
_CREDIT_END = re.compile(
    rf"(?:\((?:{_alternation(CREDIT_BRACKET_LABELS)})"
    r"[^()\n]{0,80}\)"
    rf"|\svia (?:{_alternation(CREDIT_VIA_DESKS)})\)?"
    r"|REUTERS/[^\n]{1,60}"
    r"|Photograph: [^\n]{1,60}"
    rf"|/(?:{_alternation(CREDIT_SLASH_DESKS)})\)?)\s*$"
)
# A caption's credit is within its last characters; a caption is never long.
CAPTION_CREDIT_TAIL = 100
# A caption above the dateline, a whole paragraph told by its credit, may be long; the
# summary's captions and credits at the top of the body are shorter lines.
TOP_CAPTION_MAX_CHARS = 700


class Layout(NamedTuple):
    """The top of the article. ``dateline_date`` carries a placeholder year when the
    dateline states none ("SEOUL, May 21 (Yonhap)"): then ``year_stated`` is False."""

    headline: Span | None = None
    dateline: Span | None = None
    dateline_date: date | None = None
    dateline_place: Span | None = None
    year_stated: bool = True
    # Where the story itself begins (after the headline, byline and dateline).
    body_start: int = 0


def find_layout(doc: Document) -> Layout:
    """Headline and dateline of the article, when it has them."""
    paras = doc.paragraphs
    if not paras:
        return Layout()
    text = doc.text
    # Section labels, breadcrumbs, share buttons and release labels above the headline.
    top = paras[_furniture_lines(text, paras):] or paras
    index, found = _find_dateline(text, top)
    if found is not None and index is not None and found.place is None:
        found = _with_place_opening(text, top, index + 1, found)
    if found is None or found.place is None:
        index, found = _with_reporter_place(text, top, index, found)
    headline = _headline(text, top, index)
    if headline is None and index == 0:
        headline = _headline_below_stamp(text, top)
    body_start = found.body_start if found else _body_start_without_dateline(top, headline)
    if headline is not None and body_start < headline.end:
        body_start = _body_start_without_dateline(top[1:], headline)
    if found is None:
        return Layout(headline=headline, body_start=body_start)
    place = Span(text[found.place[0]:found.place[1]], *found.place) if found.place else None
    return Layout(
        headline=headline,
        dateline=Span(text[found.start:found.end], found.start, found.end),
        dateline_date=found.date,
        dateline_place=place,
        year_stated=found.year_stated,
        body_start=body_start,
    )


def _furniture_lines(text: str, paras: tuple[Segment, ...]) -> int:
    """How many of the first lines are page furniture, not the headline."""
    count = 0
    for para in paras[:MAX_FURNITURE_LINES]:
        if para.end - para.start > FURNITURE_MAX_CHARS:
            break
        line = text[para.start:para.end].strip()
        # Cheapest tests first; a headline (the common first line) fails them all.
        if not (_is_tool_line(line) or _is_release_label(line, count)
                or _is_breadcrumb(line) or _is_section_label(line)):
            break
        count += 1
    return count


def _is_release_label(line: str, position: int) -> bool:
    """ "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL ...": only the first lines of a release."""
    return position < MAX_RELEASE_LABELS and line.lower().startswith(RELEASE_LABELS)


def _is_section_label(line: str) -> bool:
    """ "POLITICS", "World News", "Arts & Culture": a kicker naming the page's section."""
    words = line.lower().split()
    return (0 < len(words) <= SECTION_LABEL_MAX_WORDS
            and all(w.rstrip(":") in SECTION_WORDS for w in words))


def _is_breadcrumb(line: str) -> bool:
    """ "Home / News / Local", "News > Local": the page's path, not a title."""
    if _CRUMB_SEPARATOR.search(line) is None:
        return False  # one crumb: most lines, told by a search without the split
    crumbs = [c.strip() for c in _CRUMB_SEPARATOR.split(line)]
    if len(crumbs) < 2 or _SENTENCE_END.search(line):
        return False
    if not all(c[:1].isupper() and len(c.split()) <= BREADCRUMB_MAX_WORDS for c in crumbs):
        return False
    return (len(crumbs) > 2 or crumbs[0].lower() == "home"
            or all(_is_section_label(c) for c in crumbs))


def _is_tool_line(line: str) -> bool:
    """ "Share on Facebook", "Save", "Listen to this article": a button, not a title."""
    lower = line.lower()
    return lower in TOOL_LINES or lower.startswith(TOOL_PREFIXES)


def _is_caption(text: str, para: Segment) -> bool:
    """A photo caption: "FILE - ..." or a text ending with a credit "(AP Photo/Jon Doe)"."""
    if para.end - para.start > TOP_CAPTION_MAX_CHARS:
        return False
    if text.startswith(CAPTION_OPENINGS, para.start):
        return True
    tail_start = max(para.start, para.end - CAPTION_CREDIT_TAIL)
    # Every credit has a bracket, a slash or "Photograph:" (a quick test first).
    tail = text[tail_start:para.end]
    if ")" not in tail and "/" not in tail and "Photograph" not in tail:
        return False
    return _CREDIT_END.search(text, tail_start, para.end) is not None


def _find_dateline(
    text: str, paras: tuple[Segment, ...]
) -> tuple[int | None, DatelineMatch | None]:
    """The first dateline among the top paragraphs, and the index of its first paragraph.
    A photo caption may come before it (its length would otherwise end the search)."""
    for i, para in enumerate(paras[:MAX_TOP_PARAGRAPHS]):
        found = match_line_dateline(text, para.start, para.end)
        if found is not None:
            return _with_place_above(text, paras, i, found)
        found = match_opening_dateline(text, para.start, para.end)
        if found is not None:
            return i, found
        if _is_body(text, para):
            if _is_caption(text, para):
                continue  # a long caption above the lead; a short one never ends the search
            found = match_place_dash(text, para.start, para.end)
            if found is not None and (i > 0 or _is_capital_place(text, found)):
                return i, found
            break
    return None, None


def _with_reporter_place(
    text: str, paras: tuple[Segment, ...], index: int | None, found: DatelineMatch | None
) -> tuple[int | None, DatelineMatch | None]:
    """ "Reporting from Dayton, Ohio" among the top lines: the place of a dateline without
    one, or the dateline itself when there is none."""
    top = paras[:MAX_TOP_PARAGRAPHS]
    if text.find(REPORTER_CUE, top[0].start, top[-1].end) < 0:
        return index, found  # the common case, in one quick scan
    for i, para in enumerate(top):
        line = text[para.start:para.end]
        below = found is not None and para.start >= found.body_start
        if _is_body(text, para) or (below and _SENTENCE_END.search(line.rstrip())):
            break  # the story has begun
        reporter = match_reporter_line(text, para.start, para.end)
        if reporter is None:
            continue
        if found is None:
            return i, reporter
        body_start = max(found.body_start, reporter.body_start)
        return index, DatelineMatch(found.start, found.end, body_start, found.date,
                                    found.year_stated, reporter.place)
    return index, found


def _with_place_opening(
    text: str, paras: tuple[Segment, ...], first: int, found: DatelineMatch
) -> DatelineMatch:
    """A dated line, then "Taipei, Taiwan — The ..." opening the story: take that place."""
    for para in paras[first:MAX_TOP_PARAGRAPHS]:
        body = _is_body(text, para)
        if body and _is_caption(text, para):
            continue  # a photo caption between the dated line and the lead
        opening = match_opening_dateline(text, para.start, para.end)
        if opening is None and body:
            opening = match_place_dash(text, para.start, para.end)
        if opening is not None and opening.place is not None:
            return DatelineMatch(found.start, found.end, opening.body_start, found.date,
                                 found.year_stated, opening.place)
        if body:
            break
    return found


def _is_capital_place(text: str, found: DatelineMatch) -> bool:
    """ "KYIV, Ukraine — ..." opening the text: a dateline only with the city in capitals."""
    if found.place is None:
        return False
    city = text[found.place[0]:found.place[1]].split(",")[0]
    return len(city) > 1 and city.isupper()


def _with_place_above(
    text: str, paras: tuple[Segment, ...], i: int, found: DatelineMatch
) -> tuple[int, DatelineMatch]:
    """A date alone on its line takes the place on the line above ("FARMINGTON HILLS, Mich.")."""
    if found.place is not None or i == 0 or found.date is None:
        return i, found
    above = paras[i - 1]
    if not is_place_line(text[above.start:above.end]):
        return i, found
    place = (above.start, above.end)
    merged = DatelineMatch(above.start, found.end, found.body_start, found.date, True, place)
    return i - 1, merged


def _headline(text: str, paras: tuple[Segment, ...], dateline_index: int | None) -> Span | None:
    first = paras[0]
    line = text[first.start:first.end]
    if dateline_index == 0 or _is_byline(line) or _is_caption(text, first):
        return None
    if first.end - first.start > TITLE_MAX_CHARS:
        return None
    if dateline_index is not None:
        # Everything above the dateline is short; a bare name right above it is the byline,
        # a single word a section label ("POLITICS").
        if (dateline_index == 1 and _BARE_NAME.match(line)) or len(_WORD.findall(line)) < 2:
            return None
        return Span(line, first.start, first.end)
    if len(paras) > 1 and _looks_like_title(line, _following_text(text, paras)):
        return Span(line, first.start, first.end)
    return None


def _headline_below_stamp(text: str, paras: tuple[Segment, ...]) -> Span | None:
    """ "Updated May 21, 2025 3:14 PM" above the title: the headline is the line below."""
    if len(paras) < 3:
        return None
    stamp = text[paras[0].start:paras[0].end].lstrip().lower()
    second = paras[1]
    line = text[second.start:second.end]
    if not stamp.startswith(DATE_LINE_KEYWORDS) or _is_byline(line) or _is_body(text, second):
        return None
    if (match_line_dateline(text, second.start, second.end)
            or match_opening_dateline(text, second.start, second.end)):
        return None
    if _looks_like_title(line, _following_text(text, paras[1:])):
        return Span(line, second.start, second.end)
    return None


def _looks_like_title(line: str, following: str) -> bool:
    """A first line with no dateline below it: a title, or already the story?"""
    words = _WORD.findall(line)
    if len(words) < 2 or len(words) > 2 * TITLE_MAX_WORDS or line.endswith(":"):
        return False  # a colon ends a lead-in ("The Times said in an editorial:")
    if _SLUG.match(line) or line.isupper() or title_case_words(words):
        return True
    if not _SENTENCE_END.search(line):
        return True
    # One sentence with a full stop: a title only when clearly shorter than the paragraph
    # below, and not a report ("..., police said.") as a story's first sentence is.
    if len(following) < TITLE_NEXT_RATIO * len(line) or _SECOND_SENTENCE.search(line):
        return False
    if any(w.strip(".,;:\"'”’").lower() in _STORY_VERBS for w in words):
        return False
    if len(words) <= SHORT_TITLE_WORDS:
        return True
    # A longer one reads like a lead unless it is plain: no comma, no figure.
    return (len(words) <= TITLE_MAX_WORDS and "," not in line
            and not any(c.isdigit() for c in line) and len(following) >= 2 * len(line))


def _following_text(text: str, paras: tuple[Segment, ...]) -> str:
    """The longest of the next paragraphs: a deck or "ABSTRACT." may come first."""
    best = max(paras[1:4], key=lambda p: p.end - p.start)
    return text[best.start:best.end]


def _is_body(text: str, para: Segment) -> bool:
    head = min(para.end, para.start + BODY_PROBE_CHARS)  # enough to count 20 words
    return _BODY_WORDS.match(text, para.start, head) is not None


def _body_start_without_dateline(paras: tuple[Segment, ...], headline: Span | None) -> int:
    if headline is None:
        return paras[0].start
    return paras[1].start if len(paras) > 1 else headline.end
