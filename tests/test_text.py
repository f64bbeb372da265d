"""The shared line-style tests of factsheet.text: Title Case and shouted (ALL CAPS) lines,
and the shared word patterns. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factsheet.text import (
    ENGLISH_WORD,
    SPACED_WORD,
    TITLE_SMALL_WORDS,
    case_counts,
    is_shouted,
    is_title_case,
    title_case_words,
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
