"""The lead of the story: its first real paragraph, and the sentence that carries the news.

News is written in an inverted pyramid: the first paragraph of the body says what
happened. Picture captions and credit lines sit between the dateline and the lead in web
articles, so they are skipped. The summary is the lead sentence, extended with the next
sentence of the same paragraph while it stays within a summary's length.
"""

from __future__ import annotations

import bisect
import re

from factsheet.event.datelines import match_place_dash
from factsheet.event.layout import Layout
from factsheet.event.lexicon import CAPTION_MARKERS, STOPWORDS
from factsheet.model import Span
from factsheet.text import Document, Segment

# Only the top of the story is read for the lead (after at most so many top lines).
LEAD_PARAGRAPHS = 6
MAX_TOP_LINES = 8
# Sentences are read up to this length only, and so many per paragraph.
MAX_SENTENCE_CHARS = 2000
MAX_PARAGRAPH_SENTENCES = 12
# Captions are short; a longer paragraph is the story even without a final stop.
CAPTION_MAX_WORDS = 40
CAPTION_MAX_CHARS = 400
# Summary length, in words: a human summary of a news story runs to 40-55 words, often in
# one long sentence where the article spends two or three.
SUMMARY_MAX_WORDS = 55
# A lead shorter than this is always extended with the next sentence.
SUMMARY_MIN_WORDS = 20
# How many sentences after the lead may join it.
EXTRA_SENTENCES = 2

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# A time phrase or a "has learned that" opening the lead: no news in it.
_LEAD_IN = re.compile(
    r"(?:(?:On|Last|This|Early|Late|Earlier|Later)\s"
    r"(?:[A-Z][a-z]+day|week|weekend|month|year|morning|night)[^,\n]{0,25},\s"
    r"|(?:Yesterday|Today|Tonight|Earlier today|Last week|This week)[^,\n]{0,25},\s"
    r"|[A-Z][^,.\"\n]{0,60}?\s(?:has|have)\s(?:learned|revealed|reported|confirmed)\sthat\s)"
)


def body_sentences(doc: Document, layout: Layout) -> list[Segment]:
    """Sentences of the first real paragraphs of the body, captions left out."""
    text = doc.text
    paras = [p for p in doc.paragraphs[:LEAD_PARAGRAPHS + MAX_TOP_LINES]
             if p.end > layout.body_start][:LEAD_PARAGRAPHS]
    out: list[Segment] = []
    for i, para in enumerate(paras):
        start = max(para.start, layout.body_start)
        wrapped_from = i > 0 and not _ends_sentence(text, paras[i - 1])
        wraps_on = i + 1 < len(paras) and text[paras[i + 1].start].islower()
        if _is_caption(text, start, para.end, wrapped_from, wraps_on):
            continue
        out.extend(_sentences_in(doc, start, para.end))
    return out


def choose_summary(doc: Document, layout: Layout, sentences: list[Segment]) -> Span | None:
    """The lead sentence, extended while the next sentences add headline words."""
    if not sentences:
        return None
    text = doc.text
    start = _trim_lead_in(text, sentences[0].start, sentences[0].end)
    end = sentences[0].end
    words = _count_words(text, start, end)
    title = _content_words(layout.headline.text) if layout.headline else set()
    best_end, best_score, best_words = end, _headline_overlap(title, text, start, end), words
    for nxt in sentences[1:1 + EXTRA_SENTENCES]:
        words += _count_words(text, nxt.start, nxt.end)
        if words > SUMMARY_MAX_WORDS:
            break
        score = _headline_overlap(title, text, start, nxt.end)
        # A very short lead is a teaser: the next sentence tells the news.
        if score > best_score or best_words < SUMMARY_MIN_WORDS:
            best_end, best_score, best_words = nxt.end, max(score, best_score), words
    return Span(text[start:best_end], start, best_end)


def _headline_overlap(title: set[str], text: str, start: int, end: int) -> int:
    return len(title & _content_words(text[start:end]))


def _trim_lead_in(text: str, start: int, end: int) -> int:
    """Skip a lead-in that carries no news ("On Friday, ", "Officials have confirmed that ")."""
    dash = match_place_dash(text, start, end)
    if dash is not None:  # "Evansville, Indiana - ..." below a caption: a late dateline
        start = dash.body_start
    m = _LEAD_IN.match(text, start, end)
    return m.end() if m else start


def _is_caption(text: str, start: int, end: int, wrapped_from: bool, wraps_on: bool) -> bool:
    """A picture caption or credit: marked, or a short line that is no sentence of the
    story (lower-case start, or no final stop) and not a line of a hard-wrapped one."""
    if end - start > CAPTION_MAX_CHARS:
        return False
    para = text[start:end]
    if any(marker in para for marker in CAPTION_MARKERS):
        return True
    if len(_WORD.findall(para)) > CAPTION_MAX_WORDS:
        return False
    first = para.lstrip("\"“‘'(")[:1]
    if first.islower():
        return not wrapped_from
    return not _SENTENCE_END.search(para) and not wraps_on


def _ends_sentence(text: str, para: Segment) -> bool:
    return bool(_SENTENCE_END.search(text, max(para.start, para.end - 8), para.end))


def _sentences_in(doc: Document, start: int, end: int) -> list[Segment]:
    """The first sentences of ``[start, end)``, each cut to a sane length."""
    sents = doc.sentences
    i = bisect.bisect_right(sents, start, key=lambda s: s.end)
    out: list[Segment] = []
    for s in sents[i:i + MAX_PARAGRAPH_SENTENCES]:
        if s.start >= end:
            break
        # A "sentence" of thousands of characters is no sentence (a table, a run-on
        # text); reading only its beginning keeps the event's cost bounded.
        first = max(s.start, start)
        out.append(Segment(first, min(s.end, first + MAX_SENTENCE_CHARS)))
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in STOPWORDS}


def _count_words(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))
