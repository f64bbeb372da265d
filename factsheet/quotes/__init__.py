"""Quotes: quotations and their speakers.

scanner (marks.py) -> attribution finder (attribution.py, phrases.py) -> speaker resolver
(resolve.py). Each quoted stretch is reported once; a multi-paragraph quote is reported as
one quote per paragraph, all with the same speaker.
"""

from __future__ import annotations

from dataclasses import replace

from factsheet.model import Participant, Quote, QuoteKind
from factsheet.quotes.attribution import (
    Attribution,
    AttributionFinder,
    looks_like_title,
    names_a_work,
)
from factsheet.quotes.marks import QuoteSpan, scan_quotes
from factsheet.quotes.phrases import Phrase, Tokens
from factsheet.quotes.resolve import Speaker, SpeakerResolver, to_span
from factsheet.text import Document, is_title_case

# Rules whose mention is right less than about three times in four on news text: their
# mention is reported, but the quote is credited to nobody.
WEAK_RULES = frozenset(
    {
        "subject", "subject-nominal", "subject-apposition", "colon", "chain", "paragraph",
        "previous-paragraph", "previous-sentence", "between", "label", "subject-loose",
        "owner",
    }
)

# Rules that hand a quote the attribution of another quote (weak on their own).
_BORROWED_RULES = frozenset({"chain", "previous-paragraph"})
# A quote this long counts as standing speech even without closing punctuation.
_FULL_MIN_WORDS = 8
_SPEECH_END = frozenset(".?!,;:…—–-")
# A quoted headline in Title Case: a slightly lower share than a title's test, since a
# quote in the headline keeps its own case ("Mayor Blasts Plan: 'We will not pay'").
_TITLE_CASE_SHARE = 0.7


def extract_quotes(doc: Document, participants: tuple[Participant, ...]) -> tuple[Quote, ...]:
    """Every quotation in text order; speaker None when the text does not settle it."""
    spans = scan_quotes(doc)
    if not spans:
        return ()
    tokens = Tokens(doc)
    finder = AttributionFinder(doc, tokens)
    attributions = finder.attribute(spans)
    resolver = SpeakerResolver(doc, tokens, participants, [(s.start, s.end) for s in spans])
    quotes: list[Quote] = []
    kept: list[tuple[QuoteSpan, Attribution | None]] = []
    recent = _RecentSpeaker()
    title_case_headline = _is_title_case(doc)
    opened_in, mark = 0, ""  # the paragraph where the current quotation began, its mark
    for span, found in zip(spans, attributions, strict=True):
        if not span.continued or doc.text[span.open_at] != mark:
            # a new quotation, or the marks change: an excerpt quoting its own sources
            opened_in, mark = span.paragraph, ("" if span.continued else doc.text[span.open_at])
        words = doc.text[span.start : span.end]
        if looks_like_title(words) and (found is None or names_a_work(doc.text, span.open_at)):
            continue  # “The Long Night”, “Big Tony”, CNN's “State of the Union”: no speech
        if span.paragraph == 0 and title_case_headline:
            found = None  # "Mayor Blasts Plan: ‘...’": capitals no longer tell names apart
        stands_alone = finder.char_before(span) in ("", ":", ",")
        full = _is_full(doc.text[span.start : span.end], stands_alone)
        kind: QuoteKind = "full" if full else "partial"
        quotes.append(_quote(doc, tokens, resolver, recent, span, found, kind, opened_in))
        kept.append((span, found))
    _share_speaker_over_chains(doc.text, kept, quotes)
    return tuple(quotes)


def _share_speaker_over_chains(
    text: str, kept: list[tuple[QuoteSpan, Attribution | None]], quotes: list[Quote]
) -> None:
    """The paragraphs of one quotation (each reopened, none closed but the last) are one
    speaker's words: a part that only borrowed the attribution of another part ("chain"
    or "previous-paragraph", weak rules on their own) takes the speaker resolved for that
    part; but only when every part opens with the same mark (an excerpt of an article in
    straight marks reopens around the curly quotes of its sources, which are not the
    excerpt's voice)."""
    for start, end in _chains(kept):
        if len({text[span.open_at] for span, _ in kept[start : end + 1]}) == 1:
            for k, source in _chain_sources(kept, start, end).items():
                if quotes[source].speaker is not None:
                    quotes[k] = replace(
                        quotes[k],
                        speaker=quotes[source].speaker,
                        speaker_kind=quotes[source].speaker_kind,
                    )


def _chains(kept: list[tuple[QuoteSpan, Attribution | None]]) -> list[tuple[int, int]]:
    """First and last index of each quotation of two parts or more (a lone part has no
    other part to borrow from): the parts that reopen the quote of the part before them
    are few, so they are found first and grouped into runs."""
    chains: list[tuple[int, int]] = []
    links = [
        k for k, (span, _) in enumerate(kept) if span.continued and k and kept[k - 1][0].continues
    ]
    for k in links:
        if chains and chains[-1][1] == k - 1:
            chains[-1] = (chains[-1][0], k)
        else:
            chains.append((k - 1, k))
    return chains


def _chain_sources(
    kept: list[tuple[QuoteSpan, Attribution | None]], start: int, end: int
) -> dict[int, int]:
    """For each part of the chain ``start..end`` that borrowed its attribution, the part
    it borrowed from: the nearest one before it with the same mention, else the first one
    after it (two passes, so that a long chain stays linear)."""
    sources: dict[int, int] = {}
    for order in (range(end, start - 1, -1), range(start, end + 1)):  # the later pass wins
        last_own: dict[Phrase, int] = {}
        for k in order:
            found = kept[k][1]
            if found is None:
                continue
            if found.rule not in _BORROWED_RULES:
                last_own[found.mention] = k
            elif found.mention in last_own:
                sources[k] = last_own[found.mention]
    return sources


class _RecentSpeaker:
    """The last named person speaker, for "he said" when no participant covers "he"."""

    def __init__(self) -> None:
        self.name: str | None = None
        self.gender: str | None = None
        self.paragraph = -10

    def remember(self, speaker: Speaker, paragraph: int, gender: str | None) -> None:
        if speaker.name is not None and speaker.kind == "person":
            self.name, self.paragraph, self.gender = speaker.name, paragraph, gender

    def recall(self, paragraph: int, gender: str) -> Speaker:
        """The speaker of the same or the previous paragraph, unless of the other gender."""
        close = paragraph - self.paragraph <= 1
        if self.name is not None and close and self.gender in (gender, None):
            return Speaker(self.name, "person")
        return Speaker(None, None)


def _quote(
    doc: Document,
    tokens: Tokens,
    resolver: SpeakerResolver,
    recent: _RecentSpeaker,
    span: QuoteSpan,
    found: Attribution | None,
    kind: QuoteKind,
    opened_in: int,
) -> Quote:
    text = doc.text
    if found is None:
        return Quote(text[span.start : span.end], span.start, span.end, None, None, None, kind)
    speaker = resolver.resolve(found.mention, found.antecedent, opened_in)
    pronoun = tokens.word(found.mention.first)
    personal = found.antecedent is None and pronoun in ("he", "she")
    if found.mention.kind == "pronoun" and personal:
        speaker = _agreeing(speaker, recent.recall(opened_in, _GENDER[pronoun]))
    if found.rule in WEAK_RULES:
        speaker = Speaker(None, None)  # keep the mention as a pointer, name nobody
    recent.remember(speaker, span.paragraph, resolver.gender_of(speaker.name or ""))
    cue = None
    if found.cue is not None:
        first, last = found.cue
        cue = to_span(doc, tokens, _phrase(first, last))
    return Quote(
        text[span.start : span.end],
        span.start,
        span.end,
        speaker.name,
        to_span(doc, tokens, found.mention),
        cue,
        kind,
        speaker.kind,
    )


_GENDER = {"he": "male", "she": "female"}


def _agreeing(found: Speaker, recent: Speaker) -> Speaker:
    """"he said": the resolver's person and the speaker who has the floor must not differ
    ("“...,” Roe said. Lee frowned. “...,” he said." stays unresolved); either one alone
    answers."""
    if found.name is None:
        return recent
    if recent.name is not None and recent.name != found.name:
        return Speaker(None, None)
    return found


def _phrase(first: int, last: int) -> Phrase:
    return Phrase(first, last, "cue")


def _is_title_case(doc: Document) -> bool:
    """A headline In Title Case, where every word looks like a name."""
    if not doc.paragraphs:
        return False
    first = doc.paragraphs[0]
    return is_title_case(doc.text[first.start : first.end], share=_TITLE_CASE_SHARE)


def _is_full(words: str, stands_alone: bool) -> bool:
    """A sentence or more: opens with a capital, and either stands as its own sentence
    (“...,” she said / She said: “...”) or is long and ends like speech."""
    stripped = words.strip()
    if not stripped:
        return False
    opens = stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "[(‘'\"“"
    if not opens:
        return False
    if stands_alone:
        return True
    # words past the threshold need not be split off: a long quote is long enough
    parts = stripped.split(maxsplit=_FULL_MIN_WORDS)
    return stripped[-1] in _SPEECH_END and len(parts) >= _FULL_MIN_WORDS
