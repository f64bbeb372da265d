"""The lead of the story: its first real paragraph, and the sentence that carries the news.

News is written in an inverted pyramid: the first paragraph of the body says what
happened. Picture captions and credit lines, share buttons and promotions sit between the
dateline and the lead in web articles, so they are skipped (a short sentence beside a
credit line is its picture's caption); page clutter does not use up the few top lines
read. The summary is ONE sentence an editor can paste: the lead sentence, unless it cannot
stand alone or a later sentence of the top tells clearly more of the headline's news,
tells the event behind a lead that only states a finding, or names the person a
delayed-identification lead left unnamed ("A deckhand was arrested ..." / "Ola Berg, 34,
..."); a lead that opens with a quotation may stand when it tells the headline's news
after its attribution. It is cut to about 40 words at a clause boundary (see ``trim``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from factsheet.event.datelines import match_place_dash
from factsheet.event.layout import Layout
from factsheet.event.lexicon import (
    ATTRIBUTION_VERBS,
    BACK_POINTERS,
    CAPTION_MARKERS,
    CREDIT_LINKS,
    CREDIT_OPENERS,
    CREDIT_WORDS,
    DANGLING_WORDS,
    DEMONSTRATIVES,
    IRREGULAR_PARTICIPLES,
    PROMO_LINES,
    PROMO_OPENERS,
    PROMO_WORDS,
    PRONOUN_VERBS,
    READER_WORDS,
    REPORTING_VERBS,
    STOPWORDS,
    is_event_verb,
)
from factsheet.event.trim import fit_sentence
from factsheet.model import Participant, Quote, Span
from factsheet.text import Document, Segment, is_title_case

# Only the top of the story is read for the lead: so many of its paragraphs, and at most
# so many lines skipped on the way (captions, credits, share buttons, promotions), so the
# cost stays bounded whatever a web page puts above the lead.
LEAD_PARAGRAPHS = 6
MAX_SKIPPED_LINES = 12
# Sentences are read up to this length only, and so many per paragraph.
MAX_SENTENCE_CHARS = 2000
MAX_PARAGRAPH_SENTENCES = 12
# Captions are short; a longer paragraph is the story even without a final stop.
CAPTION_MAX_WORDS = 40
CAPTION_MAX_CHARS = 400
# A credit line under a picture ("Jon Doe / The Ledger", "Photo: Jane Roe") is shorter.
CREDIT_MAX_WORDS = 10
CREDIT_MAX_CHARS = 100
# A sentence beside a credit line is its picture's caption when it is this short: above
# the credit (where captions stand), or below it when the story follows, longer.
CAPTION_ABOVE_CREDIT_WORDS = 20
CAPTION_BELOW_CREDIT_WORDS = 20
# A caption below a credit line is told by the line after it: read so many lines further.
CREDIT_LOOKAHEAD = 2
# A caption-shaped line of so many words, none a figure, is page clutter ("Share", "Jane
# Roe"), not a row of a table: it does not use up the lead window.
CLUTTER_MAX_WORDS = 4
# A line addressing the reader about a newsletter or an app is a promotion when this short.
PROMO_MAX_WORDS = 30
# A promotion label ("Advertisement", "Sponsored content") is a line of so many words.
PROMO_LABEL_MAX_WORDS = 4
# The news sentence is one of the first sentences of the body ...
CANDIDATE_SENTENCES = 4
# ... the lead, unless a later one shares this much more with the headline (in weighted
# headline words: a name counts twice).
SWITCH_MARGIN = 3
# A sentence shorter than this is a teaser ("It was a quiet night."), not the news.
SUMMARY_MIN_WORDS = 8
# The person a story is about is named at least so many times.
MAIN_PERSON_MENTIONS = 5
# An attribution tail (", researchers say") is this short.
ATTRIBUTION_TAIL_WORDS = 6
# Stems of the words most recently compared (a news text repeats its words).
STEM_CACHE_SIZE = 8192
# Stems of the sentences of the article being read, by offsets, each with its text.
STEMS_SEEN_SIZE = 64
_STEMS_SEEN: dict[tuple[int, int], tuple[str, frozenset[str]]] = {}
# Above any offset: (offset, _MAX_OFFSET) sorts after every segment starting at offset.
_MAX_OFFSET = 1 << 62
QUOTE_MARKS = "\"“‘'"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A line ends a sentence, or a lead-in to a list ("Results on Saturday:"): a stop, then
# closing marks (_ends_with_stop reads them from the end of the line).
_STOPS = frozenset(".!?:")
_CLOSERS = "\"'”’)"
_LAST_WORD = re.compile(r"[^\W\d_]+$")
# Any of the caption markers ("Image:", "Photo:" ...), in one C-speed search.
_CAPTION_MARKER = re.compile("|".join(map(re.escape, CAPTION_MARKERS)))
# "Wikinews has learned that ": the outlet speaking of itself, no news in it. (A time
# phrase opening the lead stays: "On Friday, fishermen rescued ..." is a whole sentence.)
_LEAD_IN = re.compile(
    r"[A-Z][^,.\"\n]{0,60}?\s(?:has|have)\s(?:learned|revealed|reported|confirmed)\sthat\s"
)
# "... has learned that according to a posting, the ...": the source of the outlet's
# knowledge goes with the lead-in (the summary would open in lower case on it).
_SOURCE_AFTER_LEAD_IN = re.compile(r"according to [^,.\"\n]{1,80},\s")
# A lead that leaves its subject unnamed ("A man was ...", "An aid worker has ...").
_INDEFINITE = frozenset({"a", "an"})
# "Jon Doe/AFP", "AP Photo / Jane Roe": a slash between two words, the second capitalised
# (not "9/11" nor "N / A"; a line of capitals only, "WKEF/WRGT", is a station tag).
_CREDIT_SLASH = re.compile(r"[^\W\d_]{2}\s?/\s?[A-Z][^\W\d_]")
# The first word of a line, when it opens the line (a quotation mark or a figure does not).
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+(?:['’][^\W\d_]+)*)")
# Kinds of the lines at the top of the body.
_STORY, _CAPTION, _CLUTTER = 0, 1, 2
_DIGIT = re.compile(r"\d")
# Quotation marks that open a quotation whose close is unambiguous (not an apostrophe).
_OPENING_QUOTES = ('"', "“")
_DOUBLE_QUOTES = '"“”'


def body_sentences(doc: Document, layout: Layout) -> list[Segment]:
    """Sentences of the first real paragraphs of the body, captions left out. Web-page
    clutter (credits, share buttons, promotions, labelled captions) is left out without
    using up the lead window; a plain caption-shaped line uses it up, as a line of a
    table does."""
    headline = layout.headline.text if layout.headline else ""
    top = _TopOfBody(doc.text, _top_of_body(doc, layout.body_start), layout.body_start,
                     headline)
    kinds = top.read()
    out: list[Segment] = []
    used = 0
    for i, kind in enumerate(kinds):
        if kind == _CLUTTER:
            continue
        if used == LEAD_PARAGRAPHS:
            break
        used += 1
        if kind == _CAPTION:
            continue
        para = top.paras[i]
        sents = _sentences_in(doc, max(para.start, layout.body_start), para.end)
        if sents and out and i > 0 and top.wraps[i - 1] and kinds[i - 1] == _STORY:
            # A hard-wrapped sentence goes on from the line above: one sentence again.
            out[-1] = Segment(out[-1].start, sents[0].end)
            sents = sents[1:]
        out.extend(sents)
    return out


def _top_of_body(doc: Document, body_start: int) -> tuple[Segment, ...]:
    """The paragraphs from the one holding the body's start: a fixed number of them."""
    paras = doc.paragraphs
    first = bisect.bisect_right(paras, (body_start, _MAX_OFFSET)) - 1
    if first < 0 or paras[first].end <= body_start:
        first += 1
    return paras[first:first + LEAD_PARAGRAPHS + MAX_SKIPPED_LINES]


class _TopOfBody:
    """The lines at the top of the body, read only as far as the lead window needs: each
    line's kind (story, caption, clutter) and whether it wraps on to the next."""

    def __init__(
        self, text: str, paras: tuple[Segment, ...], body_start: int, headline: str
    ) -> None:
        self.text = text
        self.paras = paras
        self.body_start = body_start
        self.headline = headline
        self.kinds: list[int] = []
        self.wraps: list[bool] = []
        self._credits: list[int] = []
        # Credit lines whose caption is not found yet (the lines below may tell it).
        self._open_credits: list[int] = []

    def read(self) -> list[int]:
        """The kinds of the first lines: enough of them to hold LEAD_PARAGRAPHS lines that
        are no clutter, and after a credit line the lines its caption is told by. Each
        line is classified once; a credit's caption, once found, is marked once (a credit
        whose caption is not yet told is asked again when more lines are read)."""
        wanted = min(LEAD_PARAGRAPHS, len(self.paras))
        while len(self.kinds) < wanted:
            self._read_wraps(wanted)
            while len(self.kinds) < wanted:
                self.kinds.append(self._kind(len(self.kinds)))
            self._mark_captions()
            counted = len(self.kinds) - self.kinds.count(_CLUTTER)
            lookahead = CREDIT_LOOKAHEAD if self._credits else 0
            wanted = min(len(self.kinds) + LEAD_PARAGRAPHS + lookahead - counted,
                         len(self.paras))
        return self.kinds

    def _mark_captions(self) -> None:
        """Marks as clutter the caption beside each credit line whose caption is open."""
        unsettled: list[int] = []
        for credit in self._open_credits:
            caption = self._caption_beside_credit(credit)
            if caption is None:
                unsettled.append(credit)
            else:
                self.kinds[caption] = _CLUTTER
        self._open_credits = unsettled

    def _read_wraps(self, count: int) -> None:
        """Whether each of the first ``count`` lines is a hard-wrapped line that goes on
        in the next one."""
        text, paras, wraps = self.text, self.paras, self.wraps
        for k in range(len(wraps), min(count, len(paras))):
            wraps.append(k + 1 < len(paras) and _wraps_on(text, paras[k], paras[k + 1]))

    def _kind(self, i: int) -> int:
        """Clutter: credit lines, promotions, labelled captions and short lines without a
        figure ("Share", "Jane Roe"). A paragraph that the dateline opens is the story."""
        text, para = self.text, self.paras[i]
        start = max(para.start, self.body_start)
        if para.end - start > CAPTION_MAX_CHARS:  # no caption, credit or promotion is long
            return _STORY
        wrapped_from = i > 0 and self.wraps[i - 1]
        wraps_on = self.wraps[i]
        if start == para.start and not wrapped_from and not wraps_on \
                and _is_credit(text, start, para.end):
            self._credits.append(i)
            self._open_credits.append(i)
            return _CLUTTER
        if _is_promo(text, start, para.end):
            return _CLUTTER
        if _is_caption(text, start, para.end, wrapped_from, wraps_on):
            return _CLUTTER if _is_clutter(text, start, para.end) else _CAPTION
        return _STORY

    def _caption_beside_credit(self, credit: int) -> int | None:
        """The caption of the picture a credit line belongs to: a short sentence just
        above it; with no story above, a short sentence just below it that a longer
        paragraph of the story follows ("Jon Doe / The Ledger" between two sentences: the
        first is the caption)."""
        kinds = self.kinds
        above, below = credit - 1, credit + 1
        if above >= 0 and kinds[above] == _STORY:
            fits = self._short_sentence(above, CAPTION_ABOVE_CREDIT_WORDS)
            story = below if below < len(kinds) and kinds[below] == _STORY else None
            return above if fits and self._tells_less(above, story) else None
        if below + 1 >= len(kinds) or kinds[below] != _STORY or kinds[below + 1] != _STORY:
            return None
        words = self._short_sentence(below, CAPTION_BELOW_CREDIT_WORDS)
        if words and len(_WORD.findall(self.text, *self.paras[below + 1])) > words \
                and self._tells_less(below, below + 1):
            return below
        return None

    def _tells_less(self, caption: int, story: int | None) -> bool:
        """A caption does not tell the headline's news better than the story beside it:
        a short lead above a bare credit line ("Vik builds a ferry terminal." / "Photo:
        Ola Berg") shares more of the headline than the paragraph after it."""
        if story is None or not self.headline:
            return True
        terms = _headline_terms(self.headline)
        return _overlap(terms, self.text, self.paras[caption]) \
            <= _overlap(terms, self.text, self.paras[story])

    def _short_sentence(self, i: int, max_words: int) -> int:
        """The number of words of line ``i`` when it is one whole line of at most
        ``max_words`` words that ends a sentence, else 0."""
        para = self.paras[i]
        if para.start < self.body_start or self.wraps[i] or (i > 0 and self.wraps[i - 1]):
            return 0
        if para.end - para.start > CAPTION_MAX_CHARS or not _ends_sentence(self.text, para):
            return 0
        words = len(_WORD.findall(self.text, para.start, para.end))
        return words if words <= max_words else 0


def _is_clutter(text: str, start: int, end: int) -> bool:
    """A caption-shaped line of a web page rather than of a table: labelled ("Image
    caption, ..."), or a few words without a figure ("Share", "Jane Roe", "BBC News,
    Dayton")."""
    if _CAPTION_MARKER.search(text, start, end):
        return True
    words = _WORD.findall(text, start, min(end, start + CAPTION_MAX_CHARS))
    return len(words) <= CLUTTER_MAX_WORDS and not _DIGIT.search(text, start, end)


def _is_credit(text: str, start: int, end: int) -> bool:
    """A picture credit: "Jon Doe / The Ledger", "Photo: Jane Roe", "Image source, Getty
    Images", "(Getty Images)": a short line, no sentence, that names a picture's source."""
    if end - start > CREDIT_MAX_CHARS:
        return False
    line = text[start:end].strip()
    bracketed = line.startswith("(") and line.endswith(")")
    inner = line[1:-1] if bracketed else line
    if _ends_with_stop(inner):  # a sentence (most short lines): no word list needed
        return False
    words = _WORD.findall(inner)
    if not words or len(words) > CREDIT_MAX_WORDS:
        return False
    if not inner[:1].isupper() or inner.isupper():  # a story line, a station tag
        return False
    if _CREDIT_SLASH.search(inner):
        return True
    lower = [w.lower() for w in words]
    if bracketed:
        return not CREDIT_WORDS.isdisjoint(lower)
    if lower[0] not in CREDIT_OPENERS:
        return False
    after = inner[len(words[0]):].lstrip()[:1]
    return after in (":", ",") or (len(lower) > 1 and lower[1] in CREDIT_LINKS)


def _is_promo(text: str, start: int, end: int) -> bool:
    """A line promoting the outlet: "Sign up for our newsletter ...", "Read more: ...",
    "Advertisement", "Get the news in your inbox with our app."."""
    if end - start > CAPTION_MAX_CHARS:
        return False
    first = _FIRST_WORD.match(text, start, end)
    if first is None:  # a quotation, a figure: no promotion
        return False
    word = first.group(1).lower().replace("’", "'")
    if word in PROMO_LINES or word in PROMO_OPENERS:
        words = [w.lower().replace("’", "'") for w in _WORD.findall(text, start, end)]
        if word in PROMO_LINES and len(words) <= PROMO_LABEL_MAX_WORDS:
            return True
        rests = PROMO_OPENERS.get(word, ())
        if any(tuple(words[:1 + len(rest)]) == (word, *rest) for rest in rests):
            return True
    if text.find("you", start, end) < 0 and text.find("You", start, end) < 0:
        return False
    return _addresses_reader_about_promo(text[start:end].lower().replace("’", "'"))


def _addresses_reader_about_promo(low: str) -> bool:
    """ "Get the news in your inbox with our app.": the reader addressed ("you", "your")
    about a newsletter or an app, in a short line (cheap substring tests first)."""
    if not any(word in low for word in PROMO_WORDS):
        return False
    words = _WORD.findall(low)
    found = set(words)
    return len(words) <= PROMO_MAX_WORDS and not READER_WORDS.isdisjoint(found) \
        and not PROMO_WORDS.isdisjoint(found)


class NewsChoice(NamedTuple):
    """The summary, and the sentence whose place and date are the event's: the same one,
    except that a lead which leaves its person unnamed keeps the facts it tells."""

    summary: Span | None
    event_sentence: Segment | None


def choose_summary(
    doc: Document,
    layout: Layout,
    sentences: list[Segment],
    participants: tuple[Participant, ...] = (),
    quotes: tuple[Quote, ...] = (),
) -> NewsChoice:
    """One sentence that carries the news, cut to about 40 words at a clause boundary.

    ``participants`` tell the person the story is about, if one clearly dominates it;
    ``quotes`` (the quotes section's) tell where a quotation opening the lead ends."""
    try:
        return _choose_summary(doc, layout, sentences, participants, quotes)
    finally:
        _STEMS_SEEN.clear()  # the article's stems: no text kept alive after it


def _choose_summary(
    doc: Document,
    layout: Layout,
    sentences: list[Segment],
    participants: tuple[Participant, ...],
    quotes: tuple[Quote, ...],
) -> NewsChoice:
    terms = _headline_terms(layout.headline.text) if layout.headline else {}
    sentence = news_sentence(doc, terms, sentences, quotes)
    if sentence is None:
        return NewsChoice(None, None)
    text = doc.text
    summary_sentence = _identifying_sentence(terms, text, sentences, sentence, participants)
    summary_sentence = summary_sentence or sentence
    start = _trim_lead_in(text, summary_sentence.start, summary_sentence.end)
    start, end = fit_sentence(text, start, summary_sentence.end)
    return NewsChoice(Span(text[start:end], start, end), sentence)


def news_sentence(doc: Document, terms: dict[str, int], sentences: list[Segment],
                  quotes: tuple[Quote, ...] = ()) -> Segment | None:
    """The lead sentence, unless it cannot stand alone (a teaser, a quote, a question,
    "He ...") or a later sentence of the lead paragraph shares clearly more with the
    headline or tells the event after a lead that states a finding. Later paragraphs tell
    background and reactions: they are read only when the first one has no sentence that
    can stand alone. ``terms`` are the headline's weighted stems (``_headline_terms``)."""
    text = doc.text
    top = sentences[:CANDIDATE_SENTENCES]
    candidates: list[Segment] = []
    paragraph: Segment | None = None
    for sent in top:
        if paragraph is not None and sent.start >= paragraph.end:
            break
        if _stands_alone(text, sent):
            candidates.append(sent)
            paragraph = paragraph or doc.paragraph_at(sent.start)
    if not candidates:
        return sentences[0] if sentences else None
    best, best_score = candidates[0], _overlap(terms, text, candidates[0])
    for sent in candidates[1:]:
        score = _overlap(terms, text, sent)
        if score >= best_score + SWITCH_MARGIN:
            best, best_score = sent, score
    if best is not candidates[0]:
        return best
    best = (_naming_sentence(terms, text, candidates)
            or _event_after_state_lead(terms, text, candidates)
            or best)
    return _quotation_lead(terms, text, sentences[0], best, quotes) or best


def _quotation_lead(terms: dict[str, int], text: str, lead: Segment, choice: Segment,
                    quotes: tuple[Quote, ...]) -> Segment | None:
    """A lead paragraph that opens with a quotation and tells the news after its
    attribution ("'We lost everything,' said Jane Roe, whose house burned down after the
    storm broke the dam.") beats a later paragraph's sentence that shares less of the
    headline: that paragraph tells background or reactions. Without a headline there is
    no evidence: the later sentence stays."""
    if not terms or lead.end > choice.start:
        return None
    opening = text[lead.start:lead.end].lstrip()
    if opening[:1] not in _OPENING_QUOTES or text.find("\n", lead.start, choice.start) < 0:
        return None
    close = _quotation_close(quotes, lead.end - len(opening), lead.end)
    if close is None:
        return None
    rest = Segment(close + 1, lead.end)
    if any(mark in text[rest.start:rest.end] for mark in _DOUBLE_QUOTES):
        return None  # a second quotation: the sentence is made of quotes
    words = len(_WORD.findall(text, rest.start, rest.end))
    if words < SUMMARY_MIN_WORDS or not _tells_event(text, rest, REPORTING_VERBS):
        return None
    return lead if _overlap(terms, text, rest) > _overlap(terms, text, choice) else None


def _quotation_close(quotes: tuple[Quote, ...], opened: int, end: int) -> int | None:
    """Where the closing mark of the quotation opened at ``opened`` stands (its words'
    end, as the quotes section found them), when it closes before ``end``."""
    for quote in quotes:
        if quote.start == opened + 1:
            return quote.end if quote.end < end else None
    return None


def _event_after_state_lead(
    terms: dict[str, int], text: str, candidates: list[Segment]
) -> Segment | None:
    """A lead that only states a finding ("Half of the pupils are short of iodine,
    researchers say") gives way to the next sentence of the lead paragraph that tells
    what happened ("A study released on Monday has found ...") and shares as much with
    the headline. Without a headline there is no evidence: the lead stays."""
    lead = candidates[0]
    if not terms or not _ends_with_attribution(text, lead) or _tells_event(text, lead):
        return None
    lead_score = _overlap(terms, text, lead)
    for sent in candidates[1:]:
        if _tells_event(text, sent) and _overlap(terms, text, sent) >= max(lead_score, 1):
            return sent
    return None


def _ends_with_attribution(text: str, sent: Segment) -> bool:
    """ "..., researchers say.", "..., according to the study.": a short tail after the
    last comma that names who says it."""
    comma = text.rfind(", ", sent.start, sent.end)
    if comma < 0:
        return False
    tail = [w.lower() for w in _WORD.findall(text, comma, sent.end)]
    return len(tail) <= ATTRIBUTION_TAIL_WORDS and any(w in ATTRIBUTION_VERBS for w in tail)


def _tells_event(text: str, sent: Segment, reporting: frozenset[str] = frozenset()) -> bool:
    """A past, perfect or future verb: "has found", "was arrested", "took", "will vote"
    (a reporting verb does not count: "..., researchers reported"; nor do the words of
    ``reporting``: "told")."""
    for m in _WORD.finditer(text, sent.start, sent.end):
        word = m.group()
        if not word.islower() or word in reporting:
            continue
        if word in IRREGULAR_PARTICIPLES or is_event_verb(word, ATTRIBUTION_VERBS):
            return True
    return False


def _identifying_sentence(
    terms: dict[str, int],
    text: str,
    sentences: list[Segment],
    lead: Segment,
    participants: tuple[Participant, ...],
) -> Segment | None:
    """A delayed-identification lead ("A defector was arrested ...") leaves the person
    the story is about unnamed; the next sentence names them first thing ("Jane Roe, 19,
    was arrested ...") and tells the same news (half of the lead's headline words)."""
    if not terms:
        return None
    first = _WORD.search(text, _trim_lead_in(text, lead.start, lead.end), lead.end)
    if first is None or first.group().lower() not in _INDEFINITE:
        return None
    main_person = _main_person(participants)
    if not main_person or any(lead.start <= start < lead.end for start, _ in main_person):
        return None
    following = [s for s in sentences if s.start >= lead.end][:1]
    for sent in following:
        opens_with_name = any(start == sent.start for start, _ in main_person)
        score = _overlap(terms, text, sent)
        if opens_with_name and _stands_alone(text, sent) \
                and 2 * score >= _overlap(terms, text, lead) > 0:
            return sent
    return None


def _naming_sentence(
    terms: dict[str, int], text: str, candidates: list[Segment]
) -> Segment | None:
    """A later sentence of the lead paragraph that opens with the headline's names and
    holds them all, when the lead names none of them: the lead only sets the scene ("News
    of the arrest has stirred ...") and the news is told of the headline's actors after it
    ("Kari Lund, a pilot, was ..."). A sentence that names them only in passing does not."""
    names = {stem for stem, weight in terms.items() if weight > 1}
    if not names or names & _stems(text, candidates[0]):
        return None
    lead_score = _overlap(terms, text, candidates[0])
    for sent in candidates[1:]:
        first = _WORD.search(text, sent.start, sent.end)
        if first is None or _stem(first.group().lower()) not in names:
            continue
        if names <= _stems(text, sent) and _overlap(terms, text, sent) >= lead_score:
            return sent
    return None


def _main_person(participants: tuple[Participant, ...]) -> tuple[tuple[int, int], ...]:
    """The mentions of the person the story is about: the most mentioned person, when
    named often and at least twice as often as anyone else."""
    people = sorted((p for p in participants if p.kind == "person"),
                    key=lambda p: len(p.mentions), reverse=True)
    if not people or len(people[0].mentions) < MAIN_PERSON_MENTIONS:
        return ()
    if len(people) > 1 and 2 * len(people[1].mentions) > len(people[0].mentions):
        return ()
    return tuple((m.start, m.end) for m in people[0].mentions)


def _stands_alone(text: str, sent: Segment) -> bool:
    """A sentence an editor could paste as the summary: not a teaser, a quotation, a
    question, nor one that points back ("He ...", "But ...", "This comes after ...")."""
    body = text[sent.start:sent.end].strip()
    words = _WORD.findall(body)
    if len(words) < SUMMARY_MIN_WORDS or body[:1] in QUOTE_MARKS:
        return False
    if body.rstrip("\"'”’").endswith("?"):
        return False
    first = words[0].lower()
    if first in DEMONSTRATIVES:
        return len(words) < 2 or words[1].lower() not in PRONOUN_VERBS
    return first not in BACK_POINTERS


def _headline_terms(headline: str) -> dict[str, int]:
    """Stems of the headline's content words; a name (a capital after the first word of a
    sentence-case headline) weighs double: it says who or where the news is about."""
    words = _WORD.findall(headline)
    marks_names = not headline.isupper() and not is_title_case(headline)
    terms: dict[str, int] = {}
    for i, word in enumerate(words):
        low = word.lower()
        if low in STOPWORDS:
            continue
        weight = 2 if marks_names and i > 0 and word[:1].isupper() else 1
        terms[_stem(low)] = max(weight, terms.get(_stem(low), 0))
    return terms


def _overlap(terms: dict[str, int], text: str, sent: Segment) -> int:
    stems = _stems(text, sent)
    return sum(weight for stem, weight in terms.items() if stem in stems)


def _stems(text: str, sent: Segment) -> frozenset[str]:
    """The stems of a sentence's words. The choice of the news sentence scores the same
    few sentences several times: they are kept for the article being read (each entry
    holds its text, so an entry of another article is never taken for this one)."""
    key = (sent.start, sent.end)
    seen = _STEMS_SEEN.get(key)
    if seen is not None and seen[0] is text:
        return seen[1]
    if _STEMS_SEEN and (len(_STEMS_SEEN) >= STEMS_SEEN_SIZE
                        or next(reversed(_STEMS_SEEN.values()))[0] is not text):
        _STEMS_SEEN.clear()  # another article (or too many sentences): start afresh
    stems = frozenset(map(_stem, map(str.lower, _WORD.findall(text, sent.start, sent.end))))
    _STEMS_SEEN[key] = (text, stems)
    return stems


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem(word: str) -> str:
    """A crude stem that makes "inspires", "inspired" and "inspire" one word."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[:-2]
    if len(word) > 4 and not word.endswith("ss"):
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _trim_lead_in(text: str, start: int, end: int) -> int:
    """Skip a lead-in that carries no news ("On Friday, ", "Officials have confirmed that ")."""
    dash = match_place_dash(text, start, end)
    if dash is not None:  # "Evansville, Indiana - ..." below a caption: a late dateline
        start = dash.body_start
    m = _LEAD_IN.match(text, start, end)
    if m is None:
        return start
    source = _SOURCE_AFTER_LEAD_IN.match(text, m.end(), end)
    return source.end() if source else m.end()


def _is_caption(text: str, start: int, end: int, wrapped_from: bool, wraps_on: bool) -> bool:
    """A picture caption or credit: marked, or a short line that is no sentence of the
    story (lower-case start, or no final stop) and not a line of a hard-wrapped one."""
    if end - start > CAPTION_MAX_CHARS:
        return False
    para = text[start:end]
    if _CAPTION_MARKER.search(para):
        return True
    first = para.lstrip("\"“‘'(")[:1]
    if first.islower():
        looks_like_caption = not wrapped_from
    else:
        looks_like_caption = not _ends_with_stop(para) and not wraps_on
    # A longer paragraph is the story even so (words counted only when it matters).
    return looks_like_caption and len(_WORD.findall(para)) <= CAPTION_MAX_WORDS


def _wraps_on(text: str, line: Segment, nxt: Segment) -> bool:
    """A hard-wrapped sentence goes on from ``line`` to ``nxt``: the line has no final
    stop, and the next one starts in lower case, with a figure or a bracket, or the line
    breaks off after a comma or a function word ("... drew 2-2 with" / "Brazil on ...").
    A heading ("Election Results") before a paragraph does neither."""
    if _ends_sentence(text, line):
        return False
    first = text[nxt.start]
    if first.islower() or first.isdigit() or first in "([":
        return True
    tail = text[max(line.start, line.end - 30):line.end].rstrip()
    if tail.endswith((",", ";", "-", "–", "—")):
        return True
    last = _LAST_WORD.search(tail)
    return last is not None and last.group() in DANGLING_WORDS


def _ends_with_stop(line: str) -> bool:
    """``[.!?:]["'”’)]*$`` searched in ``line``, read from the end instead of through
    the whole line: a stop, then only closing quotes and brackets ("$" also stands before a
    final newline)."""
    if line.endswith("\n"):
        line = line[:-1]
    return line.rstrip(_CLOSERS)[-1:] in _STOPS


def _ends_sentence(text: str, para: Segment) -> bool:
    return _ends_with_stop(text[max(para.start, para.end - 8):para.end])


def _sentences_in(doc: Document, start: int, end: int) -> list[Segment]:
    """The first sentences of ``[start, end)``, each cut to a sane length."""
    sents = doc.sentences
    # The first sentence ending after ``start``: sentences are in order and never overlap,
    # so it is the last one starting at or before it, or the next (a C-level tuple bisect).
    i = max(0, bisect.bisect_right(sents, (start, _MAX_OFFSET)) - 1)
    if i < len(sents) and sents[i].end <= start:
        i += 1
    out: list[Segment] = []
    for s in sents[i:i + MAX_PARAGRAPH_SENTENCES]:
        if s.start >= end:
            break
        # A "sentence" of thousands of characters is no sentence (a table, a run-on
        # text); reading only its beginning keeps the event's cost bounded.
        if s.start >= start and s.end - s.start <= MAX_SENTENCE_CHARS:
            out.append(s)  # the common case: the sentence as it is, no new Segment
            continue
        first = max(s.start, start)
        out.append(Segment(first, min(s.end, first + MAX_SENTENCE_CHARS)))
    return out
