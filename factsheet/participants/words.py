"""Words of the article with the facts the name finder needs: capitalisation, possessive
marks, sentence starts, shouted (ALL-CAPS) lines. Built once from ``Document.tokens``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factsheet.text import ABBREVIATIONS, Document

_APOSTROPHES = "’'"
_POSSESSIVE = re.compile(r"[’']s$")
# "al-Assad", "el-Sisi": lower-case Arabic article joined to a capitalised name.
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az|ul|bin)-[A-Z]")
_ADJECTIVE_SUFFIX = re.compile(r"-(?:[a-z]+ed|born|run|made|style|speaking|listed|bound)$")
_OPENERS = frozenset("“\"‘'([:—–-")
# Share of upper-case letters above which a line is a shouted headline or dateline.
_SHOUTED_RATIO = 0.8
_SHOUTED_MAX_LEN = 300


@dataclass(frozen=True, slots=True)
class Word:
    """One word token, possessive ’s and sentence-final period removed."""

    text: str
    start: int
    end: int
    index: int
    cap: bool  # starts with a capital letter (or is "al-Assad")
    possessive: bool  # "Hwang’s", "Reuters’"
    sentence_start: bool  # first word of a sentence, or right after an opening quote/colon
    shouted: bool  # the word sits in an ALL-CAPS line (headline, dateline)
    joined: bool  # nothing but spaces between this word and the previous one, same line

    @property
    def lower(self) -> str:
        return self.text.lower()


def scan_words(doc: Document) -> list[Word]:
    """Every word of the article in order (punctuation tokens dropped)."""
    text = doc.text
    shouted = _shouted_paragraphs(doc)
    starts = {s.start for s in doc.sentences}
    words: list[Word] = []
    prev_end = -1
    prev_token = ""
    tokens = doc.tokens
    para_i = 0
    cut_period = False
    paras = doc.paragraphs
    for i, tok in enumerate(tokens):
        if not (tok.text[0].isalnum() or tok.text[0] == "_"):
            prev_token = tok.text
            continue
        body, end, possessive = _trim(tok.text, tok.start, tok.end)
        if not possessive and i + 1 < len(tokens):
            possessive = _plural_possessive(body, tokens[i + 1].text, end, tokens[i + 1].start)
        while para_i < len(paras) and paras[para_i].end <= tok.start:
            para_i += 1
        gap = text[prev_end : tok.start] if prev_end >= 0 else "\n"
        joined = prev_end >= 0 and gap.strip() == "" and "\n" not in gap and not cut_period
        sentence_start = tok.start in starts or (prev_token in _OPENERS and not joined)
        words.append(
            Word(
                text=body,
                start=tok.start,
                end=end,
                index=len(words),
                cap=_is_cap(body),
                possessive=possessive,
                sentence_start=sentence_start,
                shouted=para_i in shouted,
                joined=joined,
            )
        )
        prev_end = tok.end
        prev_token = tok.text
        cut_period = end != tok.end and not possessive
    return words


def _trim(token: str, start: int, end: int) -> tuple[str, int, bool]:
    """Drop a possessive ’s and a sentence-final period that is not an abbreviation's."""
    if _POSSESSIVE.search(token) and len(token) > 2:
        return token[:-2], end - 2, True
    final_period = token.endswith(".") and len(token) > 2 and "." not in token[:-1]
    if final_period and token[:-1].lower() not in ABBREVIATIONS:
        return token[:-1], end - 1, False
    return token, end, False


def _plural_possessive(body: str, nxt: str, end: int, nxt_start: int) -> bool:
    """"Reuters’ report": an apostrophe right after a word ending in s."""
    return nxt in _APOSTROPHES and nxt_start == end and body.endswith("s")


def _is_cap(word: str) -> bool:
    if "-" in word and _ADJECTIVE_SUFFIX.search(word):
        return False  # "New York-based", "Communist-led": an adjective, not a name
    return word[0].isupper() or bool(_ARTICLE_NAME.match(word))


def _shouted_paragraphs(doc: Document) -> set[int]:
    out: set[int] = set()
    for i, para in enumerate(doc.paragraphs):
        if para.end - para.start > _SHOUTED_MAX_LEN:
            continue  # headlines and datelines are short
        chunk = doc.text[para.start : para.end]
        upper = sum(map(str.isupper, chunk))
        lower = sum(map(str.islower, chunk))
        if upper >= 3 and upper >= _SHOUTED_RATIO * (upper + lower):
            out.add(i)
    return out
