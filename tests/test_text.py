"""The shared text module: paragraphs, sentences and tokens with their offsets, Title Case
and shouted (ALL CAPS) lines, and the shared word patterns. Sentences written for these
tests."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.text import (
    ABBREVIATIONS,
    ENGLISH_WORD,
    SPACED_WORD,
    TITLE_SMALL_WORDS,
    Document,
    Segment,
    case_counts,
    is_shouted,
    is_title_case,
    title_case_words,
    words_in_order,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Council Approves New Budget For Rural Schools", True),
        ("Council Approves New Budget for Rural Schools", True),  # 6 of 7: above 0.75
        ("Council approves new budget for rural schools", False),
        ("The council approved a budget on Tuesday, officials said.", False),
        ("Jane Roe Wins", False),  # three words: too short to tell from a name
        ("2024: Storm Floods Coastal Towns", True),  # the figure does not count
        ("Storm floods towns as Coastal Guard Waits", False),  # 4 of 7
        ("", False),
    ],
)
def test_is_title_case(line: str, expected: bool) -> None:
    assert is_title_case(line) is expected


@pytest.mark.parametrize(
    ("line", "share", "min_words", "expected"),
    [
        ("Mayor Blasts Plan over Harbour Tolls", 0.75, 4, True),  # 5 of 6
        ("Mayor Blasts Plan over harbour Tolls", 0.75, 4, False),  # 4 of 6
        ("Mayor Blasts Plan over harbour Tolls", 0.6, 4, True),
        ("Mayor Blasts Plan", 0.75, 3, True),
        ("Mayor Blasts Plan", 0.75, 4, False),
    ],
)
def test_title_case_thresholds(line: str, share: float, min_words: int, expected: bool) -> None:
    assert is_title_case(line, share=share, min_words=min_words) is expected
    assert title_case_words(line.split(), share=share, min_words=min_words) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HARBOUR TOLLS RISE AGAIN", True),
        ("LISBON, March 3 (Reuters)", False),  # 8 of 18 letters in capitals
        ("McDONALD WINS BY 40 km", True),  # a few lower-case letters do not hide it
        ("Harbour Tolls Rise Again", False),
        ("UN", False),  # two capitals are an abbreviation, not a style
        ("12 / 40 --", False),
    ],
)
def test_is_shouted(line: str, expected: bool) -> None:
    assert is_shouted(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("ABC def", (3, 3)), ("Café Noir", (2, 5)), ("", (0, 0)), ("ÉTÉ", (1, 0))],
)
def test_case_counts_ascii_letters(line: str, expected: tuple[int, int]) -> None:
    assert case_counts(line) == expected


@pytest.mark.parametrize(
    ("text", "english", "spaced"),
    [
        ("They don't wait.", ["They", "don't", "wait"], ["They", "don't", "wait."]),
        ("ten-year deal", ["ten", "year", "deal"], ["ten-year", "deal"]),
        ("In 2020 — late", ["In", "late"], ["In", "2020", "—", "late"]),
    ],
)
def test_word_patterns(text: str, english: list[str], spaced: list[str]) -> None:
    assert ENGLISH_WORD.findall(text) == english
    assert SPACED_WORD.findall(text) == spaced


@pytest.mark.parametrize("word", ["of", "the", "von", "vs."])
def test_small_words_are_lower_case_words(word: str) -> None:
    assert word in TITLE_SMALL_WORDS


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Document(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote passed. Turnout was low.", ["The vote passed.", "Turnout was low."]),
        ("Did it pass? Yes! It did.", ["Did it pass?", "Yes!", "It did."]),
        ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
        ("It ended (finally.) Then rain.", ["It ended (finally.)", "Then rain."]),
        ('She asked: "Why?" He shrugged.', ['She asked: "Why?"', "He shrugged."]),
        ("Wait... Go on.", ["Wait...", "Go on."]),
        ("Mr. Obi and Dr. Lin met.", ["Mr. Obi and Dr. Lin met."]),  # abbreviations
        ("Mrs. Obi met Gen. Lin and Messrs. Roe.", ["Mrs. Obi met Gen. Lin and Messrs. Roe."]),
        ("The Messrs. Obi left.", ["The Messrs. Obi left."]),
        ("Sales rose 3.5 percent. Costs fell.", ["Sales rose 3.5 percent.", "Costs fell."]),
        ("The U.S.-led talks ended. Next.", ["The U.S.-led talks ended.", "Next."]),
        ("J. R. Tolkien wrote it.", ["J. R. Tolkien wrote it."]),  # initials
        ("It was approx. ten. Then more.", ["It was approx. ten.", "Then more."]),
        ("Prices rose. and fell.", ["Prices rose. and fell."]),  # a lower-case word follows
        ("The plan failed. , they said.", ["The plan failed. , they said."]),
        ("Ends with spaces.   ", ["Ends with spaces."]),
        ("   Starts with spaces. Then.", ["Starts with spaces.", "Then."]),
        ("No stop at all", ["No stop at all"]),
        ('Closing first ".Odd. Yes.', ['Closing first ".Odd.', "Yes."]),
        ("One.\nTwo.\n\nThree", ["One.", "Two.", "Three"]),  # paragraphs end sentences
        ("Tabs.\tAfter.", ["Tabs.", "After."]),
        ("....", ["...."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates rose 2.5%.", ["Rates", "rose", "2.5", "%", "."]),
        ("The U.S.-led team's win.", ["The", "U.S.", "-", "led", "team's", "win."]),
        ("don’t stop", ["don’t", "stop"]),
        ("Café “Noir” — ok", ["Café", "“", "Noir", "”", "—", "ok"]),
        ("a\x1cb", ["a", "b"]),  # Unicode counts the file separator as a space
        ("a\x1cb ’", ["a", "b", "’"]),  # the same in a text that is not ASCII
        ("snake_case-word", ["snake_case-word"]),
        ("", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = Document(text).tokens
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One\n\n  \nTwo  \r\nThree", [(0, 3), (8, 13), (15, 20)]),
        ("\u2028Line", [(1, 5)]),
        ("", []),
    ],
)
def test_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert list(Document(text).paragraphs) == expected


def test_sentence_and_paragraph_at() -> None:
    doc = Document("First one. Second one.\nNext line.")
    assert doc.sentence_at(13) == Segment(11, 22)
    assert doc.sentence_at(10) is None  # the space between two sentences
    assert doc.paragraph_at(25) == Segment(23, 33)


# Plain reference implementations (one regex attempt per character, one object per token):
# the fast ones in factsheet.text must give exactly the same offsets.
_REF_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*\.?|[^\w\s]")
_REF_END = re.compile(r"(?<![.!?\"'”’)\]])[\"'”’)\]]*+(?P<stop>[.!?])[.!?\"'”’)\]]*+")


def _reference_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _REF_END.finditer(text, start, end):
        after = m.end()
        if after < end and not text[after].isspace():
            continue
        if _reference_false_stop(text, m.start("stop"), after, end):
            continue
        out.append(_trimmed(text, cursor, after))
        cursor = after
    out.append(_trimmed(text, cursor, end))
    return [s for s in out if s[0] < s[1]]


def _reference_false_stop(text: str, stop: int, after: int, limit: int) -> bool:
    if text[stop] != ".":
        return False
    word_start = stop
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:stop].lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    rest = text[after:limit].lstrip()
    return bool(rest) and (rest[0].islower() or rest[0] in ",;")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Characters that matter to the splitter and the tokenizer, ASCII and not.
_PIECES = st.sampled_from(
    ["a", "B", "mr", "U.S", "é", "1", "_", " ", "  ", "\t", "\n", "\r\n", "\x1c", "\x1f",
     ".", "!", "?", '"', "'", "’", "”", ")", "]", "-", ",", ";", "—", "\u2028", "Dr", "Messrs", "x"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_offsets_equal_the_reference(text: str) -> None:
    doc = Document(text)
    tokens = [m.span() for m in _REF_TOKEN.finditer(text)]
    assert list(zip(doc.tokens.starts, doc.tokens.ends, strict=True)) == tokens
    expected = [s for p in doc.paragraphs for s in _reference_sentences(text, p.start, p.end)]
    assert [tuple(s) for s in doc.sentences] == expected


@pytest.mark.parametrize(
    "unit", ['"', "”’", ".", '".', ") ", ".”x", "Mr. ", "a.", "x" * 50 + ". ", "'s ", "\n"]
)
def test_sentences_and_tokens_scan_hostile_text_in_linear_time(unit: str) -> None:
    # 100 KB: a linear scan takes milliseconds, a quadratic one (each start inside a run of
    # marks reading the rest of it) seconds.
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    doc = Document(text)
    _ = (doc.sentences, doc.tokens)
    assert time.process_time() - started < 0.25


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        (["jane", "roe"], ["jane", "q.", "roe"], True),
        (["jane", "roe"], ["jane", "roe"], True),
        ([], ["roe"], True),
        (["roe", "jane"], ["jane", "q.", "roe"], False),  # order matters
        (["jane", "roe"], ["jane"], False),
        (["roe", "roe"], ["roe"], False),  # each word of long is used once
    ],
)
def test_words_in_order(short: list[str], long: list[str], expected: bool) -> None:
    assert words_in_order(short, long) is expected
