"""Shared text utilities: paragraphs, sentences and tokens, all with offsets.

The article is scanned once here; every extractor reads the same ``Document``
instead of re-splitting the text. All patterns are linear (no nested quantifiers).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property, partial
from itertools import accumulate
from typing import NamedTuple, overload

# A paragraph is a run of non-blank lines; most news files put one paragraph per line,
# so single newlines also end a paragraph.
# The token pattern is one capturing group so that ``re.split`` returns gaps and tokens in
# turn: their lengths add up to every token's offsets at C speed, with no match object per
# token. Possessive quantifiers give the same tokens (the tail after the first word is
# optional, so the greedy first try always succeeds) without backtracking bookkeeping.
_TOKEN = re.compile(r"(\w++(?:[’'.\-]\w++)*+\.?|[^\w\s])")
# The same tokens in an ASCII-only text, where the ASCII classes test a character faster.
# Unicode counts \x1c-\x1f as spaces and ASCII mode does not, hence the explicit range.
_ASCII_TOKEN = re.compile(r"(\w++(?:['.\-]\w++)*+\.?|[^\w\s\x1c-\x1f])", re.ASCII)

# Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "pres",
        "vs",
        "st",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "etc",
        "rev",
        "hon",
        "fr",
        "messrs",
        "mmes",
        "sens",
        "reps",
        "supt",
        "insp",
        "det",
        "cpl",
        "pvt",
        "ave",
        "blvd",
        "dept",
        "univ",
        "assn",
        "bros",
        "est",
        "approx",
        "a.m",
        "p.m",
    ]
)

# A maximal run of stops and closing marks ("." or ".”)" or "?!") followed by a space or the
# paragraph's end, and the spaces after it (group ``run`` is the run alone). The pattern
# starts with a plain character class, so the engine skips from one mark to the next at C
# speed; the look-behind right after it (the mark and the character before it) rejects
# at once a start inside a run, so each run is read once and a megabyte of quote marks
# or dots is one linear scan. A run that starts with closing marks has its first stop
# in group ``stop``.
_CLOSERS = "\"'”’)\\]"
_SENTENCE_END = re.compile(
    rf"(?P<run>[.!?{_CLOSERS}](?<![.!?{_CLOSERS}].)"
    rf"(?:(?<=[.!?])|[{_CLOSERS}]*+(?P<stop>[.!?]))[.!?{_CLOSERS}]*+)"
    r"(?!\S)\s*+"
)
# The longest abbreviation: a longer word before a period is never one.
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))


class LazyPattern:
    """A regular expression compiled on its first use, with the ``re.Pattern`` methods the
    extractors call. Python compiles every pattern anew in each process; a pattern that
    most articles never reach should not make every start-up pay for it."""

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


class Segment(NamedTuple):
    """A paragraph or a sentence: its start and end offsets in the article."""

    start: int
    end: int


# Segment((start, end)) at C speed: a NamedTuple's own constructor is a Python function.
_segment: Callable[[tuple[int, int]], Segment] = partial(tuple.__new__, Segment)


class Token(NamedTuple):
    """A word or a punctuation mark, with its offsets."""

    text: str
    start: int
    end: int


class Tokens(Sequence[Token]):
    """The article's tokens, stored as offsets and built into ``Token`` only on access.

    Making a million small objects costs more than the rest of a pass over a megabyte, and
    extractors look at tokens only near what they found, so only offsets are kept up front.
    """

    __slots__ = ("_text", "ends", "starts")

    def __init__(self, text: str) -> None:
        self._text = text
        # [gap, token, gap, token, ..., gap]: the running sum of the lengths is each token's
        # start (after a gap) and end (after the token).
        pieces = (_ASCII_TOKEN if text.isascii() else _TOKEN).split(text)
        offsets = list(accumulate(map(len, pieces)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.starts)))]
        start, end = self.starts[index], self.ends[index]
        return Token(self._text[start:end], start, end)

    def index_at(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        return bisect_left(self.starts, offset)


class Document:
    """An article's text with its paragraphs, sentences and tokens computed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def paragraphs(self) -> tuple[Segment, ...]:
        out: list[Segment] = []
        start = 0
        # str.splitlines is C-fast and knows CRLF, lone CR and the Unicode line separators.
        for line in self.text.splitlines(keepends=True):
            body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
            if body and not body.isspace():
                out.append(Segment(start, start + len(body)))
            start += len(line)
        return tuple(out)

    @cached_property
    def sentences(self) -> tuple[Segment, ...]:
        return tuple(_split_paragraphs(self.text, self.paragraphs))

    @cached_property
    def tokens(self) -> Tokens:
        return Tokens(self.text)

    def sentence_at(self, offset: int) -> Segment | None:
        """The sentence that contains ``offset``."""
        return _segment_at(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Segment | None:
        """The paragraph that contains ``offset``."""
        return _segment_at(self.paragraphs, offset)


def _segment_at(segments: tuple[Segment, ...], offset: int) -> Segment | None:
    """The segment holding ``offset``: segments are in text order and never overlap, so the
    last one starting at or before it is the only candidate (a C-level tuple bisect)."""
    index = bisect_right(segments, (offset, _MAX_OFFSET)) - 1
    if index >= 0 and offset < segments[index].end:
        return segments[index]
    return None


_MAX_OFFSET = sys.maxsize


def split_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Split ``text[start:end]`` into sentences, trimmed of surrounding whitespace."""
    return _split_paragraphs(text, (Segment(start, end),))


def _split_paragraphs(text: str, paragraphs: Sequence[Segment]) -> list[Segment]:
    """The sentences of paragraphs in text order, found in one scan from the first to the
    last: between two paragraphs stand only line breaks and blank lines, so no run of
    stops spans two, and the break after a paragraph ends a run as its end would."""
    out: list[Segment] = []
    if not paragraphs:
        return out
    append = out.append
    paras = iter(paragraphs)
    para_start, para_end = next(paras)
    cursor = _skip_space(text, para_start, para_end)
    for m in _SENTENCE_END.finditer(text, paragraphs[0].start, paragraphs[-1].end):
        while m.start() >= para_end:  # the match is in a later paragraph
            _append_tail(text, cursor, para_end, out)
            para_start, para_end = next(paras)
            cursor = _skip_space(text, para_start, para_end)
        # "3.5", "U.S.-led", "Yahoo!s" never match: a space or the end must follow the run.
        stop = m.start(2)  # the first stop, when the run opens with closing marks
        if stop < 0:
            stop = m.start()  # the run starts with its stop
        following = m.end()  # the spaces after the run are part of the match
        if text[stop] == "." and _is_false_stop(text, stop, following, para_end):
            continue
        append(_segment((cursor, m.end(1))))
        cursor = following if following < para_end else para_end
    _append_tail(text, cursor, para_end, out)
    for para_start, para_end in paras:  # paragraphs with no stop at all
        _append_tail(text, _skip_space(text, para_start, para_end), para_end, out)
    return out


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _append_tail(text: str, cursor: int, end: int, out: list[Segment]) -> None:
    """The paragraph's last sentence, when text other than spaces follows its last stop."""
    while end > cursor and text[end - 1].isspace():
        end -= 1
    if cursor < end:
        out.append(_segment((cursor, end)))


def _is_false_stop(text: str, stop: int, following: int, limit: int) -> bool:
    """A period after an abbreviation or an initial, or before a lower-case word
    (``following`` is the first non-space character after the stop, or ``limit``)."""
    if following < limit and (text[following].islower() or text[following] in ",;"):
        return True
    # The word before the period; one longer than any abbreviation need not be read whole.
    floor = max(0, stop - _LONGEST_ABBREVIATION - 1)
    word_start = stop
    while word_start > floor and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:stop].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# Word patterns shared by several sections.
# A run of non-space characters: the word count of a line as a reader sees it.
SPACED_WORD = re.compile(r"\S+")
# An English word in ASCII letters, with one contraction or possessive ending ("don't").
ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

# Words that headline Title Case leaves in lower case ("Man of the Year"). Written from
# general knowledge of headline style.
TITLE_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in",
        "of", "on", "to", "up", "as", "via", "vs", "vs.", "v.", "per", "from", "into", "onto",
        "with", "off", "out", "over", "than",
        # particles of names ("Leonardo da Vinci", "Ludwig van Beethoven")
        "de", "del", "della", "da", "di", "du", "la", "le", "van", "von", "der", "den", "al",
        "bin",
    }
)

# A line is in Title Case when at least this share of its words that start with a letter
# start with a capital, and it has at least this many such words.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_MIN_WORDS = 4
# A line is shouted (ALL CAPS) when at least this share of its letters are capitals.
SHOUTED_SHARE = 0.8
SHOUTED_MIN_CAPITALS = 3

_UPPER_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER_BYTES = b"abcdefghijklmnopqrstuvwxyz"


def title_case_words(
    words: Sequence[str],
    *,
    share: float = TITLE_CASE_SHARE,
    min_words: int = TITLE_CASE_MIN_WORDS,
) -> bool:
    """Do most of these words start with a capital, as in a Title Case headline ("Party
    Boosts Spending In Key States")? Only words that start with a letter count, so
    figures and dashes neither help nor hurt; a short line never qualifies, since two
    or three capitals are as likely a name."""
    alpha = [w for w in words if w[:1].isalpha()]
    capitals = sum(1 for w in alpha if w[:1].isupper())
    return len(alpha) >= min_words and capitals >= share * len(alpha)


def is_title_case(
    line: str, *, share: float = TITLE_CASE_SHARE, min_words: int = TITLE_CASE_MIN_WORDS
) -> bool:
    """``title_case_words`` over the space-separated words of ``line``."""
    return title_case_words(line.split(), share=share, min_words=min_words)


def case_counts(line: str) -> tuple[int, int]:
    """(upper-case, lower-case) ASCII letters of ``line``. ASCII letters are enough to tell
    a line's style, and bytes.translate counts them at C speed."""
    chunk = line.encode("ascii", "ignore")
    upper = len(chunk) - len(chunk.translate(None, _UPPER_BYTES))
    lower = len(chunk) - len(chunk.translate(None, _LOWER_BYTES))
    return upper, lower


def is_shouted(
    line: str, *, share: float = SHOUTED_SHARE, min_capitals: int = SHOUTED_MIN_CAPITALS
) -> bool:
    """Is ``line`` written in capitals ("SEOUL, May 21", "TALKS COLLAPSE")? Most of its
    letters, not all, so that a stray "km" or "McDONALD" does not hide it."""
    return counts_shouted(*case_counts(line), share=share, min_capitals=min_capitals)


def counts_shouted(
    upper: int, lower: int, *, share: float = SHOUTED_SHARE,
    min_capitals: int = SHOUTED_MIN_CAPITALS,
) -> bool:
    """``is_shouted`` from a line's ``case_counts``, for a caller that uses them again."""
    return upper >= min_capitals and upper >= share * (upper + lower)


def words_in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """Every word of ``short`` stands in ``long``, in the same order ("Jane Roe" in
    "Jane Q. Roe"); other words may come between."""
    rest = iter(long)
    return all(word in rest for word in short)
