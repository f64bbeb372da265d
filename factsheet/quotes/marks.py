"""The quote-mark scanner: top-level quoted stretches, paragraph by paragraph.

Each mark's role (opening, closing, apostrophe) comes from the characters around it
("flanking", as in Markdown): an opening mark has a space or an opening punctuation on its
left and a word on its right; a closing mark the reverse. Curly marks keep their own role
when the context is ambiguous; straight marks then toggle. Marks are paired with a small
stack inside one paragraph, so an odd or unclosed mark never runs past its paragraph
unless the next paragraph reopens the quote (the news convention for long quotes).

Which marks are the outer ones is settled per paragraph: double marks (American style),
or single marks with doubles nested inside (British style) where, read that way, a
paragraph's top-level quotes are all single and such paragraphs outnumber the ones led by
double marks (a double-quoted title or headline among single-quoted speech). A text with
no double mark at all reads single marks everywhere.
One pass over the marks, linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factsheet.quotes.lexicon import ELISIONS
from factsheet.text import Document, Segment

# Every pattern opens with one character class of the marks, so that the regex engine
# jumps from candidate to candidate at C speed; the lookbehinds then test that same first
# character again: a branch-led pattern is tried at every position of the text instead.
# Two-character NYT/TeX marks before single ones, so that '' is one mark and not two
# apostrophes. A run of four or more marks is noise: it is skipped as a whole (the group
# "run" holds the run after its first mark).
_MARK = re.compile(
    r"[“”\"«»‘’'`]"
    r"(?:(?P<run>[“”\"«»‘’'`]{3,})|(?<=`)`|(?<=')'|(?<=[“”\"«»‘’']))"
)
# The same marks without the single ones, for paragraphs where single marks never quote:
# apostrophes are then skipped by the regex engine instead of one by one in Python.
_DOUBLE_MARK = re.compile(
    r"[“”\"«»‘’'`]"
    r"(?:(?P<run>[“”\"«»‘’'`]{3,})|(?<=`)`|(?<=')'|(?<=[“”\"«»]))"
)
_DOUBLE_MARKS = frozenset({"``", "''", "“", "”", '"', "«", "»"})
# A double mark anywhere: “ ” " « » or a two-character '' or ``.
_ANY_DOUBLE = re.compile(r"[“”\"«»'`](?:(?<=[“”\"«»])|(?<=')'|(?<=`)`)")
# A single mark that may open a quotation: a word right after it, a space, an opening
# bracket or another mark (or the text start) right before it. The lookbehind tests the
# two characters ending at the mark, so the pattern still leads with a character class.
_OPENER_FLANKS = r"(?<![^\s(\[{—–\-―/“\"«][‘'])(?=[^\W\d_])"
_SINGLE_OPENER = re.compile(r"[‘']" + _OPENER_FLANKS)
# A double mark or a single opener: the paragraphs the scanner must read in a text that
# has double marks somewhere.
_DOUBLE_OR_OPENER = re.compile(
    r"[“”\"«»'`‘](?:(?<=[“”\"«»])|(?<=')'|(?<=`)`|(?<=[‘'])" + _OPENER_FLANKS + ")"
)
# The word after a mark, past one space; a single mark not inside a word (no letter or
# digit on both sides), where a quote may open or close.
_NEXT_WORD = re.compile(r" ([^\W\d_])")
_QUOTE_LIKE_SINGLE = re.compile(r"[‘’'](?:(?<![^\W_][‘’'])|(?![^\W_]))")
_QUOTE_CHARS = frozenset("“”\"«»‘’'`")
_OPEN_BEFORE = frozenset("([{—–-―/") | _QUOTE_CHARS
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-―…") | _QUOTE_CHARS
_ELISION_WORD = re.compile(r"[A-Za-z]+")

OPEN, CLOSE, NONE = 1, -1, 0
# Deeper nesting is noise (a run of marks); the bound keeps each mark O(1).
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A top-level quoted stretch: ``start/end`` are the words strictly inside the marks."""

    start: int
    end: int
    open_at: int  # where the opening mark starts
    close_at: int  # where the closing mark ends (== end when the paragraph closes it)
    paragraph: int  # index into Document.paragraphs
    closed: bool
    single: bool  # made of single marks (‘ ’ or ')
    continues: bool = False  # reopened by the next paragraph (multi-paragraph quote)
    continued: bool = False  # reopens the quote of the previous paragraph


@dataclass(slots=True)
class _Open:
    mark_start: int
    mark_end: int
    single: bool


def scan_quotes(doc: Document) -> list[QuoteSpan]:
    """Every top-level quote of the article, in text order."""
    text = doc.text
    paragraphs = doc.paragraphs
    singles_everywhere = _ANY_DOUBLE.search(text) is None
    out: list[QuoteSpan] = []
    pending_continuation = False
    marked = _paragraphs_with_marks(text, paragraphs, singles_everywhere)
    single_led = {} if singles_everywhere else _single_led_readings(text, paragraphs, marked)
    for index, para in enumerate(paragraphs):
        if index not in marked:
            pending_continuation = False  # no mark at all: nothing opens or goes on here
            continue
        if index in single_led:
            spans, dangling = single_led[index]
        else:
            spans, dangling = _scan_paragraph(text, para, index, singles_everywhere)
        continues = False
        if dangling is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            continues = nxt is not None and _reopens(text, nxt, dangling.single)
            if continues or not dangling.single:
                spans.append(_unclosed(text, para, index, dangling, continues))
        if spans and pending_continuation and spans[0].open_at == _first_char(text, para):
            spans[0] = _replace_continued(spans[0])
        pending_continuation = continues
        out.extend(s for s in spans if s.end > s.start and not text[s.start : s.end].isspace())
    return out


_Reading = tuple[list[QuoteSpan], "_Open | None"]


def _single_led_readings(
    text: str, paragraphs: tuple[Segment, ...], marked: set[int]
) -> dict[int, _Reading]:
    """The paragraphs to read with single marks as the outer quotes, in an article that
    has double marks somewhere.

    British style quotes with single marks and nests double ones inside; American style
    the reverse, and uses single marks at the top level only in headlines and subheadings.
    So the headline is read with single marks whenever they lead it, and the body when
    more of its quoting paragraphs are led by single marks than by double ones (a
    double-quoted title or headline among single-quoted speech). In such a body, a
    paragraph holding both keeps its single-mark quotes too ("Roe, author of "The Long
    Road", said: 'We will win.'").
    """
    if _doubles_outnumber_openers(text, [paragraphs[index] for index in marked if index]):
        marked = marked & {0}  # the usual American text: only the headline needs reading
    readings: dict[int, _Reading] = {}
    mixed: dict[int, _Reading] = {}
    doubles = 0
    for index in sorted(marked):
        para = paragraphs[index]
        if _has_single_opener(text, para):
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            spans, dangling = _scan_paragraph(text, para, index, allow_single=True)
            if _single_led(text, spans, dangling, nxt, all_single=True):
                readings[index] = (spans, dangling)
                continue
            if index and _single_led(text, spans, dangling, nxt, all_single=False):
                mixed[index] = (spans, dangling)  # either style: no vote
                continue
        if index and _ANY_DOUBLE.search(text, para.start, para.end) is not None:
            doubles += 1
    if len(readings) - (0 in readings) > doubles:
        return readings | mixed
    return {0: readings[0]} if 0 in readings else {}


def _doubles_outnumber_openers(text: str, body: list[Segment]) -> bool:
    """Every marked body paragraph without a single opener holds a double mark: when they
    are at least as many as the ones with an opener, single marks cannot lead the body.
    Paragraphs with no single mark at all are counted first (str.find), then the others
    one by one until the count is settled."""
    maybe = [para for para in body if _holds_single_mark(text, para)]
    without = len(body) - len(maybe)
    openers = 0
    for rank, para in enumerate(maybe):
        if openers + len(maybe) - rank <= without:
            return True  # even if all the rest had one
        if _has_single_opener(text, para):
            openers += 1
        else:
            without += 1
    return openers <= without


def _holds_single_mark(text: str, para: Segment) -> bool:
    return text.find("'", para.start, para.end) != -1 or text.find("‘", para.start, para.end) != -1


def _has_single_opener(text: str, para: Segment) -> bool:
    """The paragraph holds a single mark that may open a quotation. Most paragraphs hold
    no single mark, or only late: str.find reaches the first one faster than the regex
    engine (whose lookbehinds still see the characters before the search start)."""
    straight = text.find("'", para.start, para.end)
    curly = text.find("‘", para.start, para.end)
    if straight == -1 and curly == -1:
        return False
    first = curly if straight == -1 else straight if curly == -1 else min(straight, curly)
    return _SINGLE_OPENER.search(text, first, para.end) is not None


def _single_led(
    text: str,
    spans: list[QuoteSpan],
    dangling: _Open | None,
    nxt: Segment | None,
    all_single: bool,
) -> bool:
    """Read with single marks as quotes, the paragraph holds single-mark quotes only (a
    double one nested inside them), or with ``all_single`` off at least one, and any
    unclosed one is continued below: a stray apostrophe never opens a quote that swallows
    the double-quoted words of the paragraph."""
    singles = [s.single for s in spans]
    if not (all(singles) if all_single else any(singles)):
        return False
    if dangling is None:
        return bool(spans)
    return dangling.single and nxt is not None and _reopens(text, nxt, single=True)


def _paragraphs_with_marks(
    text: str, paragraphs: tuple[Segment, ...], singles_everywhere: bool
) -> set[int]:
    """Indexes of the paragraphs holding a mark the scanner looks at, found in one pass of
    the regex engine: most paragraphs of an article quote nobody."""
    if not paragraphs:
        return set()
    marked = {0}  # the headline may quote with single marks: always scanned
    marks = _MARK if singles_everywhere else _DOUBLE_OR_OPENER
    starts = [para.start for para in paragraphs]
    found = marks.search(text, paragraphs[0].end)
    while found is not None:
        index = bisect_right(starts, found.start()) - 1
        marked.add(index)
        if index + 1 >= len(starts):
            break
        found = marks.search(text, starts[index + 1])  # on to the next paragraph
    return marked


def _scan_paragraph(
    text: str, para: Segment, index: int, allow_single: bool
) -> tuple[list[QuoteSpan], _Open | None]:
    """Closed top-level quotes of one paragraph, and its unclosed outer opening mark."""
    stack: list[_Open] = []
    spans: list[QuoteSpan] = []
    skip_until = para.start
    marks = _MARK if allow_single else _DOUBLE_MARK
    for m in marks.finditer(text, para.start, para.end):
        start, end = m.span()
        if start < skip_until or m.lastgroup is not None:  # the only group is a run of marks
            continue
        mark = m[0]
        if start > para.start and text[start - 1] == "=":
            # a markup attribute (<a href="...">) is not a quotation
            closing = text.find(mark, end, para.end)
            skip_until = closing + len(mark) if closing != -1 else para.end
            continue
        single = mark not in _DOUBLE_MARKS
        if single and not _single_in_play(stack, allow_single):
            continue
        role = _role(text, start, end, para, mark, stack)
        if role == OPEN and len(stack) < _MAX_DEPTH:
            stack.append(_Open(start, end, single))
        elif role == CLOSE:
            opener = _pop_matching(stack, single)
            if opener is not None and not stack:
                spans.append(
                    QuoteSpan(opener.mark_end, start, opener.mark_start, end, index, True, single)
                )
    outer = stack[0] if stack else None
    return spans, outer


def _single_in_play(stack: list[_Open], allow_single: bool) -> bool:
    """Single marks count only where single quotes are the outer quotes of the text."""
    return allow_single and (not stack or stack[-1].single)


def _role(text: str, start: int, end: int, para: Segment, mark: str, stack: list[_Open]) -> int:
    before, after = _flanks(text, start, end, para)
    can_open = _may_open(before, after)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    if mark in "‘’'":
        if _is_apostrophe(text, end, para.end, before, after):
            return NONE
        if _has_open(stack, single=True) and _possessive_inside_quote(text, start, end, para):
            return NONE
        if _closes_elided_letter(text, start, para):
            return NONE
        return _resolve(can_open, can_close, mark == "‘", mark == "’", stack, single=True)
    if mark in ("«", "``"):
        return OPEN
    if mark == "»":
        return CLOSE
    return _resolve(can_open, can_close, mark == "“", mark == "”", stack, single=False)


def _flanks(text: str, start: int, end: int, para: Segment) -> tuple[str, str]:
    """The characters on either side of a mark, a space at the paragraph's edges."""
    before = text[start - 1] if start > para.start else " "
    after = text[end] if end < para.end else " "
    return before, after


def _may_open(before: str, after: str) -> bool:
    """No space after the mark, and before it a space, an opening bracket, a dash, a slash
    or another mark."""
    return not after.isspace() and (before.isspace() or before in _OPEN_BEFORE)


def _resolve(
    can_open: bool, can_close: bool, opening_glyph: bool, closing_glyph: bool,
    stack: list[_Open], single: bool,
) -> int:
    """The role from the flanking context; the glyph or the open stack breaks ties."""
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE if (not single or _has_open(stack, single)) else NONE
    if opening_glyph:
        return OPEN
    if closing_glyph:
        return CLOSE if _has_open(stack, single) else NONE
    if single:  # a straight ' inside a word ("rock'n'roll") is an apostrophe
        return NONE
    return CLOSE if _has_open(stack, single) else OPEN


def _has_open(stack: list[_Open], single: bool) -> bool:
    return any(o.single == single for o in stack)


def _is_apostrophe(text: str, end: int, limit: int, before: str, after: str) -> bool:
    """don’t, ’90s, rock ’n’ roll, ’em: letters around, a year, or a known elision."""
    if before.isalnum() and after.isalnum():
        return True
    if after.isdigit():
        return True
    if before.isspace() or before in _OPEN_BEFORE:
        word = _ELISION_WORD.match(text, end, limit)
        if word is not None:
            nxt = text[word.end()] if word.end() < limit else " "
            if word.group().lower() in ELISIONS and not nxt.isalpha():
                return True
    return False


def _possessive_inside_quote(text: str, start: int, end: int, para: Segment) -> bool:
    """‘It is the farmers’ money,’ he said: a plural possessive (a word in -s, the mark,
    a lower-case word) inside an open quote is an apostrophe when the next single mark of
    the paragraph can only close, for the quote then goes on to that mark."""
    if start < para.start + 2 or text[start - 1] != "s" or not text[start - 2].isalpha():
        return False
    word = _NEXT_WORD.match(text, end, para.end)
    if word is None or not word.group(1)[0].islower():
        return False
    nxt = _QUOTE_LIKE_SINGLE.search(text, word.end(), para.end)
    if nxt is None:
        return False
    before, after = _flanks(text, nxt.start(), nxt.end(), para)
    return not before.isspace() and not _may_open(before, after)


def _closes_elided_letter(text: str, start: int, para: Segment) -> bool:
    """rock ’n’ roll: the second mark around a lone elided letter."""
    if start < para.start + 3 or not text[start - 1].isalpha():
        return False
    return text[start - 2] in "‘’'" and text[start - 3].isspace()


def _pop_matching(stack: list[_Open], single: bool) -> _Open | None:
    """Close the innermost opener of the same kind, dropping unclosed openers inside it."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].single == single:
            opener = stack[depth]
            del stack[depth:]
            return opener
    return None


def _unclosed(text: str, para: Segment, index: int, opener: _Open, continues: bool) -> QuoteSpan:
    end = para.end
    while end > opener.mark_end and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(opener.mark_end, end, opener.mark_start, end, index, False, opener.single,
                     continues=continues)


def _replace_continued(span: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(span.start, span.end, span.open_at, span.close_at, span.paragraph,
                     span.closed, span.single, span.continues, continued=True)


def _first_char(text: str, para: Segment) -> int:
    pos = para.start
    while pos < para.end and text[pos].isspace():
        pos += 1
    return pos


def _reopens(text: str, para: Segment, single: bool) -> bool:
    """The paragraph opens with a mark that continues an unclosed quote of its kind."""
    pos = _first_char(text, para)
    if single:
        return _SINGLE_OPENER.match(text, pos, para.end) is not None and not _is_apostrophe(
            text, pos + 1, para.end, " ", text[pos + 1] if pos + 1 < para.end else " "
        )
    m = _MARK.match(text, pos, para.end)
    return m is not None and m.group() in _DOUBLE_MARKS | {"‘"} and m.group() not in ("”", "»")
