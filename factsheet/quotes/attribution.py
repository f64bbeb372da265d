"""The attribution finder: for each quote, the reporting cue and the speaker mention.

Order of evidence, nearest first:
1. the quote's own sentence: a transcript label (“ROE: ...”); “...,” she said / said
   Smith / — Smith after the quote (unless, after a quote closed by its own period, the cue
   leads on to a colon or a that-clause); Smith said: “...” / according to Smith, “...” / a
   colon lead-in before it; in a sentence with several sources, the outermost one ("Smith
   said Jones called it “x”" is Smith's report) unless the nearer one opens a clause of
   its own (after a comma, "while", "which"...) or the farther cue sits inside the nearer
   subject's apposition; a final ", a pollster said." or ", said Roe." after a partial quote;
2. a multi-paragraph quote: each part takes the nearest attribution before it in the chain;
3. an earlier quote of the same paragraph, when this quote stands as its own sentence or
   continues the same sentence (“...,” he said, “...”), unless another named source speaks
   in between ("..., and her husband cut in. “...”");
4. a reporting verb earlier in the paragraph ("Smith disagreed. “...”");
5. the previous paragraph when it leads in with a colon, when it ends with an attributed
   quote and this paragraph holds nothing but quotes (the speaker keeps the floor), or when
   its last sentence reports speech ("Roe continued her remarks.");
6. the subject opening the quote's sentence ("He mocked the “little senator”"; a definite
   nominal that can speak, or a name with an apposition);
7. a quotation paragraph credited on the dash line below it ("— Jane Roe");
8. last resort, as a pointer only: the subject of the quote's sentence whatever its verb
   ("The union thanked Roe for “...”"), or the subject after an introductory phrase that
   holds the quote ("In calling it “x,” the mayor ..."); never "it", a heading, a stretch
   of time or a thing described by a copula.
Each attribution carries the name of its rule; the caller credits nobody for weak rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from factsheet.quotes import lexicon as lx
from factsheet.quotes.marks import QuoteSpan
from factsheet.quotes.phrases import (
    VERB_FORMS,
    Phrase,
    Tokens,
    ends_sentence,
    is_capitalised,
    norm,
)
from factsheet.text import Document, Segment

_MIDSENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][\w’'-]*")
# A transcript label in capitals before a colon ("SMITH:", "JANE ROE:"); linear, no nesting.
_LABEL = re.compile(r"\s*([A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+){0,2}):\s")

_END = itemgetter(1)  # of a Segment

# Search windows, in tokens.
RIGHT_WINDOW = 30
LEFT_WINDOW = 45
PARAGRAPH_WINDOW = 80
SHORT_LEAD_IN = 6
SHORT_LEAD_IN_COMMA = 4
INFINITIVE_CHAIN = 4
MAX_TITLE_WORDS = 6
MAX_DESCRIPTOR = 8
MAX_ADJUNCT = 7
ACCORDING_WINDOW = 20  # "said in a bill filed in the House, according to the Star"
MAX_DATELINE = 4
MAX_INTRODUCTION = 25  # tokens of an introductory clause before its comma
MAX_INTRODUCTIONS = 2  # introductory phrases in a row before the subject
MAX_AFTER_SPEECH_NOUN = 7  # tokens from "Roe's claim" to the quote it introduces
MAX_ADJECTIVES = 3  # words between an owner and the noun of speech
_COMPLEMENTIZERS = frozenset({"that", "what", "how", "why", "whether", "if", "which", "who"})
_ADJUNCT_STARTS = (
    lx.PREPOSITIONS | lx.TIME_WORDS | lx.TIME_PREPOSITIONS | lx.PARTICIPLE_LEADS
    | {"as", "until", "later", "earlier"}
)
MAX_APPOSITION_WORDS = 25
# Words opening a clause of its own, not a complement of the verb before it (unlike "that").
_NEW_CLAUSE = frozenset(
    {"which", "but", "while", "whereas", "although", "though", "then", "when", "after", "as"}
)
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "seems", "seemed", "remains"})
_TIME_TAIL_WORDS = lx.TIME_WORDS | lx.TIME_PREPOSITIONS | {"last", "this", "next"}
_OPENING_CONJUNCTIONS = frozenset({"and", "but", "yet", "so", "or", "nor", "then"})
_STRAY_MARKS = frozenset({"'", "’"})
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
# Words that may open a cue before a quote: a reporting verb form or "according (to)".
_CUE_WORDS = frozenset(VERB_FORMS) | {"according"}
# Rules whose cue follows the quote it credits.
_CLOSING_RULES = frozenset({"right", "inverted", "closing-report", "dash", "listed"})
_NOT_DESCRIPTOR = (lx.PREPOSITIONS - {"of"}) | lx.CLAUSE_OPENERS | lx.SUBJECT_PRONOUNS


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the quote hangs on (``mention``), by which cue, found by which rule."""

    mention: Phrase
    cue: tuple[int, int] | None  # first and last token of the cue
    rule: str
    antecedent: Phrase | None = None  # what a relative "who" stands for


class AttributionFinder:
    """Attributions for all quotes of one document, in text order."""

    def __init__(self, doc: Document, tokens: Tokens) -> None:
        self.doc = doc
        self.tokens = tokens
        self._capitals: frozenset[str] | None = None
        self._sentence_ends = list(map(_END, doc.sentences))
        self._chars_before: dict[int, str] = {}

    def attribute(self, spans: list[QuoteSpan]) -> list[Attribution | None]:
        own = [self._own(spans, n) for n in range(len(spans))]
        out: list[Attribution | None] = list(own)
        self._share_over_chains(spans, out)
        for n, span in enumerate(spans):
            if out[n] is None:
                out[n] = self._inherited(spans, out, n, span)
        for n in range(len(spans) - 2, -1, -1):
            if out[n] is None:
                out[n] = self._listed_before(spans, out, n)
        for n, span in enumerate(spans):
            if out[n] is None:
                out[n] = self._credit_below(span) or self._fallback(span)
        return out

    def _listed_before(
        self, spans: list[QuoteSpan], out: list[Attribution | None], n: int
    ) -> Attribution | None:
        """“x” and “y,” Roe said: a quote listed with the next one by "and", "or" or a
        comma shares the cue that follows the list."""
        nxt = out[n + 1]
        if nxt is None or nxt.rule not in _CLOSING_RULES:
            return None
        span, after = spans[n], spans[n + 1]
        if after.paragraph != span.paragraph or not span.closed:
            return None
        gap = self.doc.text[span.close_at : after.open_at].strip(" ,")
        if gap not in ("", "and", "or"):
            return None
        return _relabel(nxt, "listed")

    def _credit_below(self, span: QuoteSpan) -> Attribution | None:
        """A quotation standing as its own paragraph, credited in the line below it
        ("— Jane Roe, a voter."), as in epigraphs and lists of quotable lines."""
        para = self.doc.paragraphs[span.paragraph]
        text = self.doc.text
        if span.paragraph + 1 >= len(self.doc.paragraphs) or not self._opens_paragraph(span, para):
            return None
        if not span.closed or text[span.close_at : para.end].strip(" .,;\n\t\"”’'"):
            return None
        below = self.doc.paragraphs[span.paragraph + 1]
        tk = self.tokens
        i, hi = tk.index_at(below.start), tk.index_at(below.end)
        if i >= hi:
            return None
        if tk.is_dash(i):
            return self._dash_credit(i, hi)
        return self._so_says(i, hi)

    def _so_says(self, i: int, hi: int) -> Attribution | None:
        """“...” So says Jane Roe, a resident.: "so" and an inverted reporting verb open the
        sentence after the quotation and name its speaker."""
        tk = self.tokens
        if tk.toks[i].text != "So" or i + 2 >= hi:
            return None
        cue_end = tk.verb_at(i + 1, hi)
        if cue_end is None or tk.is_participle(i + 1):
            return None
        found = tk.phrase_starting_at(cue_end + 1, hi)
        if found is None or found.kind != "name":
            return None
        return Attribution(found, (i + 1, cue_end), "so-says")

    def _fallback(self, span: QuoteSpan) -> Attribution | None:
        """Last resort, reported as a pointer only (weak): the subject opening the quote's
        sentence, whatever its verb ("The group thanked Roe for “...”")."""
        para = self.doc.paragraphs[span.paragraph]
        if looks_like_title(self.doc.text[span.start : span.end]):
            return None
        tk = self.tokens
        lo = max(para.start, self._sentence_start(span.open_at, para))
        lo_i, j = tk.index_at(lo), tk.index_at(span.open_at)
        absolute = self._with_speaker_ing(lo_i, j)
        if absolute is not None:
            return absolute
        found = self.clause_subject(lo_i, j, nominal_ok=True)
        if found is None and lo_i < j and self._opens_introduction(lo_i):
            return self._subject_after_introduction(span, para)
        if found is None or found.last + 1 >= j or not self._can_speak(found):
            unclear = found is None or found.kind == "name"  # "Somewhere in there, he ..."
            return self._subject_after_lead_comma(lo_i, j) if unclear else None
        return Attribution(self._without_verb(found, j), None, "subject-loose")

    def _with_speaker_ing(self, lo_i: int, j: int) -> Attribution | None:
        """"..., with Sen. Roe calling it a “...”": the speaker of an absolute phrase, the
        nearest one before the quote."""
        tk = self.tokens
        for k in range(j - 3, lo_i - 1, -1):
            if tk.stops_at(k) or tk.is_quote_mark(k):
                return None
            if tk.word(k) != "with":
                continue
            found = tk.phrase_starting_at(k + 1, j)
            if found is None or found.kind == "pronoun" or found.last + 1 >= j:
                return None
            v = found.last + 1
            cue_end = tk.verb_at(v, j) if tk.is_participle(v) else None
            return Attribution(found, (v, cue_end), "with-ing") if cue_end is not None else None
        return None

    def _subject_after_lead_comma(self, lo_i: int, j: int) -> Attribution | None:
        """"Somewhere in the speech, he tossed in a “...”": an opening phrase no rule
        recognised, a comma, then the clause's subject and its verb before the quote."""
        tk = self.tokens
        for k in range(lo_i, min(j - 2, lo_i + MAX_INTRODUCTION)):
            if tk.stops_at(k) or tk.is_quote_mark(k):
                return None
            if tk.toks[k].text == ",":
                return self._subject_at(k + 1, j)
        return None

    def _opens_introduction(self, i: int) -> bool:
        word = self.tokens.word(i)
        return word in lx.PREPOSITIONS or word.endswith("ing") or word in ("as", "when", "after")

    def _subject_after_introduction(self, span: QuoteSpan, para: Segment) -> Attribution | None:
        """"In calling the plan “a scam,” the mayor ...": an introductory phrase holding the
        quote, then a comma and the clause's subject."""
        tk = self.tokens
        i, hi = tk.index_at(span.close_at), tk.index_at(para.end)
        if span.end > span.start and self.doc.text[span.end - 1] == ",":
            return self._subject_at(i, hi)  # the comma closes the quote: “...,” the mayor
        for k in range(i, min(hi - 1, i + MAX_INTRODUCTION)):
            if tk.stops_at(k) or (tk.is_quote_mark(k) and k > i):
                return None
            if tk.toks[k].text == "," or tk.toks[k].text.endswith(","):
                return self._subject_at(k + 1, hi)
        return None

    def _subject_at(self, i: int, hi: int) -> Attribution | None:
        """A subject that can speak at token ``i``, followed by a lower-case verb."""
        tk = self.tokens
        found = tk.phrase_starting_at(i, hi)
        if found is None or found.last + 1 >= hi or not self._can_speak(found):
            return None
        verb = tk.toks[found.last + 1].text
        return Attribution(found, None, "subject-loose") if verb[:1].islower() else None

    def _without_verb(self, found: Phrase, hi: int) -> Phrase:
        """"The ad targets the ...", "The paper focuses on ...": a lower-case word before a
        determiner or a preposition is the verb, not part of the subject."""
        tk = self.tokens
        for k in range(found.first + 1, min(found.last + 1, hi - 1)):
            nxt = tk.word(k + 1)
            if not tk.toks[k].text[:1].islower() or tk.word(k) in lx.DETERMINERS:
                continue
            if nxt in lx.DETERMINERS or (nxt in lx.PREPOSITIONS and nxt not in ("of", "for")):
                return Phrase(found.first, k - 1, found.kind)
        return found

    def _can_speak(self, found: Phrase) -> bool:
        """A personal pronoun, a nominal headed by a source noun ("the group"), or a name
        that is no capitalised common word and no heading in capitals."""
        tk = self.tokens
        if found.kind == "pronoun":
            return tk.word(found.first) in _PERSONAL_SUBJECTS
        if found.kind == "nominal":
            head = tk.word(found.last)
            if head in lx.DETERMINERS or head in lx.TIME_UNITS or head in lx.TIME_WORDS:
                return False  # "the", "a few days later": no source at all
            # "The program was a “good thing”": a thing described, not a source speaking
            return self._names_a_source(found) or tk.word(found.last + 1) not in _COPULAS
        first = tk.toks[found.first].text
        return not (len(first) > 1 and first.isupper()) and self._is_clear_subject(found)

    # --- 1. the quote's own sentence ----------------------------------------------------

    def _own(self, spans: list[QuoteSpan], n: int) -> Attribution | None:
        span = spans[n]
        label = self._speaker_label(span)
        if label is not None:
            return label
        para = self.doc.paragraphs[span.paragraph]
        prev_end = spans[n - 1].close_at if n and spans[n - 1].paragraph == span.paragraph else 0
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        next_start = nxt.open_at if nxt and nxt.paragraph == span.paragraph else para.end
        lo = max(para.start, prev_end, self._sentence_start(span.open_at, para))
        right = None
        if span.closed and not self._ends_embedded_sentence(span, para):
            right = self._right(span.close_at, next_start)
            if right is not None and self._leads_elsewhere(span, right, next_start):
                right = None
        if right is not None and self._right_wins_anyway(span, para, right):
            return right  # whatever cue stands before the quote: no need to look for it
        left = self._left(lo, span.open_at, LEFT_WINDOW)
        if left is not None and self._relative_pronoun_source(left):
            # "Roe said ... “x” of Lee, whom he called “y”": the sentence's outer source
            start = max(para.start, self._sentence_start(span.open_at, para))
            outer = self._left(start, span.open_at, PARAGRAPH_WINDOW)
            if outer is not None and outer.mention.kind == "name":
                left = outer
        if right is None and left is None and span.closed:
            return self._sentence_tail(span.close_at, next_start)
        if right is not None and self._right_wins(span, para, left, right):
            return right
        if right is not None and self._closing_report(span, right, next_start):
            return _relabel(right, "closing-report")
        return left or right

    def _closing_report(self, span: QuoteSpan, right: Attribution, end: int) -> bool:
        """"Roe said the plan was “a disaster,” the Post reported.": a plain reporting
        clause right after a partial quote's comma, closing the sentence, is the outermost
        source of the words; a pronoun there ("..., she said.") only repeats the subject."""
        tk = self.tokens
        if right.cue is None or right.mention.kind == "pronoun" or not self._ends_clause(span):
            return False
        first = tk.index_at(span.close_at)
        while first < len(tk.toks) and tk.toks[first].text in (",", *_STRAY_MARKS):
            first += 1
        if min(right.cue[0], right.mention.first) != first:
            return False  # "..., as Roe said", "..., and I agree": another clause
        verb = tk.word(right.cue[0])
        if VERB_FORMS.get(verb) not in lx.PLAIN_REPORTING_VERBS or tk.is_participle(right.cue[0]):
            return False
        last = max(right.cue[1], right.mention.last)
        return self._ends_after(last, tk.index_at(end))

    def _relative_pronoun_source(self, found: Attribution) -> bool:
        """"whom he called", "what she calls": a pronoun inside a relative clause."""
        first = found.mention.first
        if found.mention.kind != "pronoun" or first == 0:
            return False
        return self.tokens.word(first - 1) in ("whom", "what", "which")

    def _right_wins(
        self, span: QuoteSpan, para: Segment, left: Attribution | None, right: Attribution
    ) -> bool:
        """The cue after the quote beats the one before when nothing else reports it, when
        it credits a source ("..." according to the report), or when the quote stands as
        its own sentence ending in a comma (“...,” she said)."""
        if left is None or left.rule == "colon":
            return True
        return self._right_wins_anyway(span, para, right)

    def _right_wins_anyway(self, span: QuoteSpan, para: Segment, right: Attribution) -> bool:
        """The cue after the quote wins whatever stands before it: it credits a source, or
        the quote stands as its own sentence ending in a comma."""
        if right.rule == "according":
            return True
        return self._ends_clause(span) and self._opens_sentence(span, para)

    def _speaker_label(self, span: QuoteSpan) -> Attribution | None:
        """“SMITH: We will win.”: a transcript's speaker label opens the quote."""
        found = _LABEL.match(self.doc.text, span.start, span.end)
        if found is None or found.group(1) in lx.NOT_SPEAKER_LABELS:
            return None
        tk = self.tokens
        first = tk.index_at(found.start(1))
        colon = tk.index_at(found.end(1))
        if colon <= first or tk.toks[colon].text != ":":
            return None
        return Attribution(Phrase(first, colon - 1, "name"), (colon, colon), "label")

    def _leads_elsewhere(self, span: QuoteSpan, right: Attribution, end: int) -> bool:
        """“We are refugees.” Roe said: “...” / “...” He said, twice, that ...: after a quote
        closed by its own period, a cue that goes on to a colon, a "that" clause or another
        quote introduces what follows, not this quote."""
        text = self.doc.text
        if span.end <= span.start or text[span.end - 1] != "." or right.cue is None:
            return False
        tk = self.tokens
        cue_end = right.cue[1]
        last = max(cue_end, right.mention.last)
        nxt = last + 1
        if nxt < len(tk.toks) and tk.toks[nxt].text == ":":
            return True
        return not self._ends_after(last, tk.index_at(end))

    def _ends_embedded_sentence(self, span: QuoteSpan, para: Segment) -> bool:
        """He called it “a threat.” She ...: what follows is the next sentence."""
        text = self.doc.text
        last = text[span.end - 1] if span.end > span.start else ""
        return last in ".!" and not self._opens_sentence(span, para)

    def _ends_clause(self, span: QuoteSpan) -> bool:
        """“…,” he said: a comma or a question closes the quote, or a comma follows it."""
        text = self.doc.text
        last = text[span.end - 1] if span.end > span.start else ""
        after = text[span.close_at] if span.close_at < len(text) else ""
        return last in ",?!—–-…" or after == ","

    def _sentence_start(self, offset: int, para: Segment) -> int:
        """Start of the sentence holding ``offset`` (bisect on cached ends: called per quote
        several times)."""
        k = bisect_right(self._sentence_ends, offset)
        sentences = self.doc.sentences
        if k < len(sentences) and sentences[k].start <= offset:
            return sentences[k].start
        return para.start

    def _right(self, start: int, end: int) -> Attribution | None:
        """After the closing mark: ", he said", ", said Smith", "— Smith", "according to"."""
        tk = self.tokens
        i, hi = tk.index_at(start), tk.index_at(end)
        while i < hi and (tk.toks[i].text == "," or tk.toks[i].text in _STRAY_MARKS):
            i += 1  # also a stray mark closing an inner single quote before the cue
        if i >= hi:
            return None
        if tk.is_dash(i):
            return self._dash_credit(i, hi)
        so_says = self._so_says(i, hi)
        if so_says is not None:
            return so_says
        if tk.word(i) == "according" and i + 1 < hi and tk.word(i + 1) == "to":
            found = tk.phrase_starting_at(i + 2, hi)
            return Attribution(found, (i, i + 1), "according") if found else None
        cue_end = tk.verb_at(i, hi)
        if cue_end is not None and is_capitalised(tk.toks[i]) and i + 1 < hi:
            verb_end = tk.verb_at(i + 1, hi)  # “...,” Read said: a surname that is a verb
            if verb_end is not None and tk.toks[i + 1].text[:1].islower():
                named = Attribution(Phrase(i, i, "name"), (i + 1, verb_end), "right")
                return self._according_to_after(named, hi)
        if cue_end is not None:
            found = tk.phrase_starting_at(cue_end + 1, hi)
            if found is None:
                return None
            found = tk.appositive_name(found, hi) or found  # said her lawyer, Jane Roe.
            return self._according_to_after(Attribution(found, (i, cue_end), "inverted"), hi)
        right = self._subject_then_verb(i, hi)
        return self._according_to_after(right, hi) if right is not None else None

    def _according_to_after(self, found: Attribution, hi: int) -> Attribution:
        """“...,” she said, according to the Post: the article's source is the Post."""
        tk = self.tokens
        start = max(found.mention.last, found.cue[1] if found.cue else 0) + 1
        for k in range(start, min(hi - 2, start + ACCORDING_WINDOW)):
            if tk.stops_at(k) or tk.is_quote_mark(k):
                break
            if tk.word(k) == "according":
                if tk.word(k + 1) != "to":
                    break
                source = tk.phrase_starting_at(k + 2, hi)
                if source is not None and source.kind != "pronoun":
                    return Attribution(source, (k, k + 1), "according")
                break
        return found

    def _subject_then_verb(self, i: int, hi: int) -> Attribution | None:
        tk = self.tokens
        described = self._name_described_then_verb(i, hi)
        if described is not None:
            return described
        word = tk.word
        for v in range(i, min(hi, i + RIGHT_WINDOW)):
            # most words are no verb form: the dict test spares them the verb's checks
            cue_end = tk.verb_at(v, hi) if word(v) in VERB_FORMS else None
            if cue_end is not None and v > i:
                subject = tk.subject_before(v, i)
                if subject is None or not self._only_descriptor_between(i, subject.first):
                    subject = self._apposed_name(i, v, subject) or self._head_of_apposition(i, v)
                if subject is None:
                    return None
                return self._with_antecedent(Attribution(subject, (v, cue_end), "right"), i)
            if tk.stops_at(v) or tk.is_quote_mark(v):
                return None
        return None

    def _apposed_name(self, i: int, v: int, subject: Phrase | None) -> Phrase | None:
        """“...,” another colleague, Jane Roe, recalled: the verb's subject is the name
        set off after the role that opens the stretch."""
        if subject is None:
            return None
        head = self.tokens.phrase_starting_at(i, v)
        if head is None:
            return None
        return subject if self.tokens.appositive_name(head, v) == subject else None

    def _name_described_then_verb(self, i: int, hi: int) -> Attribution | None:
        """“...,” Jane Roe, who has run the clinic for years, said.": a name, an apposition
        between commas that may hold its own verbs or quoted words, then the cue."""
        tk = self.tokens
        head = tk.phrase_starting_at(i, hi)
        if head is None or head.kind != "name" or head.last + 1 >= hi:
            return None
        comma = head.last + 1
        if tk.toks[comma].text != ",":
            return None
        close = self._after_apposition_in_right(comma, hi)
        if close < 0:
            return None
        cue_end = tk.verb_at(close, hi)
        if cue_end is None or not self._ends_after(cue_end, hi):
            return None
        return Attribution(head, (close, cue_end), "right")

    def _after_apposition_in_right(self, comma: int, hi: int) -> int:
        """The token after the comma closing an apposition, quote marks allowed inside."""
        tk = self.tokens
        for k in range(comma + 1, min(hi - 1, comma + 1 + MAX_APPOSITION_WORDS)):
            if tk.toks[k].text == ",":
                return k + 1
            if tk.stops_at(k):
                return -1
        return -1

    def _head_of_apposition(self, i: int, v: int) -> Phrase | None:
        """"Jane Roe, 81 and retired in Dover, Del., said": the phrase opening the stretch."""
        tk = self.tokens
        head = tk.phrase_starting_at(i, v)
        before_verb = tk.skip_adjuncts(v - 1, i)
        if head is None or head.kind == "nominal" or head.last + 1 >= v:
            return None
        if tk.toks[head.last + 1].text != "," or tk.toks[before_verb].text != ",":
            return None
        return head

    def _only_descriptor_between(self, i: int, first: int) -> bool:
        """Nothing, or a few descriptor words ("party co-founder Jane Roe said", "former
        Ohio Gov. John Roe adviser Jane Doe said"), before the subject: no clause word,
        preposition or verb among them."""
        tk = self.tokens
        if first - i > MAX_DESCRIPTOR:
            return False
        for k in range(i, first):
            word = tk.word(k)
            if not tk.toks[k].text[:1].isalnum():
                return False
            if first - i > 4 and (word in _NOT_DESCRIPTOR or word in VERB_FORMS):
                return False
        return True

    def _sentence_tail(self, start: int, end: int) -> Attribution | None:
        """"... a “summer of agony” for her, a pollster said.": a final ", X said"."""
        tk = self.tokens
        i, hi = tk.index_at(start), tk.index_at(end)
        word = tk.word
        for v in range(i, min(hi, i + LEFT_WINDOW)):
            cue_end = tk.verb_at(v, hi) if word(v) in VERB_FORMS else None
            if cue_end is not None:
                subject = tk.subject_before(v, i)
                if subject is None and v > i and tk.toks[v - 1].text == ",":
                    return self._inverted_tail(v, cue_end, hi)
                if subject is None and tk.is_participle(v):
                    continue  # "a “clear” reading of it, said Roe": a noun in -ing
                if subject is None or not self._ends_after(cue_end, hi):
                    return None
                if not self._after_comma(subject.first, i):
                    return None
                return Attribution(subject, (v, cue_end), "sentence-end")
            if tk.stops_at(v) or tk.is_quote_mark(v):
                return None
        return None

    def _inverted_tail(self, v: int, cue_end: int, hi: int) -> Attribution | None:
        """"... begin “building bridges” to him, said Jane Roe, a strategist.": the name
        after a sentence-final inverted verb."""
        tk = self.tokens
        found = tk.phrase_starting_at(cue_end + 1, hi)
        if found is None or found.kind == "pronoun":
            return None
        found = tk.appositive_name(found, hi) or found
        if found.last + 1 >= hi:  # "..., said Jane Roe." closing the paragraph
            closes = ends_sentence(tk.toks[found.last])
            return Attribution(found, (v, cue_end), "sentence-end") if closes else None
        if tk.toks[found.last + 1].text not in (",", ".") and not tk.stops_at(found.last):
            return None
        return Attribution(found, (v, cue_end), "sentence-end")

    def _after_comma(self, first: int, lo_i: int) -> bool:
        """A comma, then at most a few descriptor words ("spokesman"), then the subject."""
        tk = self.tokens
        for k in range(first - 1, max(lo_i, first - 5) - 1, -1):
            if tk.toks[k].text == ",":
                return True
            if not tk.toks[k].text[:1].isalnum():
                return False
        return False

    def _ends_after(self, cue_end: int, hi: int) -> bool:
        """The cue ends its clause, perhaps after a short adjunct ("said on Tuesday.",
        "said after the attacks."), and introduces nothing of its own ("said that ...")."""
        tk = self.tokens
        if ends_sentence(tk.toks[cue_end]):
            return True
        for k in range(cue_end + 1, min(hi, cue_end + 1 + MAX_ADJUNCT)):
            text = tk.toks[k].text
            if text in (",", ";") or tk.stops_at(k):
                return True
            word = tk.word(k)
            if tk.is_quote_mark(k) or word in _COMPLEMENTIZERS:
                return False  # "said that ...": the verb reports what follows
            if k == cue_end + 1 and word not in _ADJUNCT_STARTS:
                return False  # "said Trump's plan ...": an object, not an adjunct
        return cue_end + 1 >= hi

    def _dash_credit(self, i: int, hi: int) -> Attribution | None:
        tk = self.tokens
        j = i
        while j < hi and tk.is_dash(j):
            j += 1
        found = tk.phrase_starting_at(j, hi)
        if found is None or found.kind != "name":
            return None
        return Attribution(found, (i, j - 1), "dash")

    def _left(
        self, lo: int, open_at: int, window: int, outermost: bool = True
    ) -> Attribution | None:
        """Before the opening mark: "Smith said:", "he added that", "according to Smith,".

        With ``outermost``, the first attribution of the sentence wins: in "Smith said Jones
        called it “silly”" the article's source for the words is Smith.
        """
        tk = self.tokens
        lo_i, j = tk.index_at(lo), tk.index_at(open_at)
        labelled = self._name_after_dash(lo_i, j)
        if labelled is not None:
            return labelled
        best: Attribution | None = None
        nearest: Attribution | None = None
        word = tk.word
        for v in range(j - 1, max(lo_i, j - window) - 1, -1):
            if word(v) not in _CUE_WORDS:
                continue  # most words cue nothing: skip them cheaply
            found = self._attribution_at(v, lo_i, j)
            if found is not None:
                best = found
                nearest = nearest or found
                if not outermost:
                    break
        if nearest is not None and best is not None and nearest.mention == best.mention:
            return nearest  # same speaker: the cue nearest the quote is the reporting verb
        if nearest is not None and best is not None and self._inside_subject(nearest, best):
            return nearest  # "Roe, who has told aides ..., said: “...”": Roe's words
        if nearest is not None and best is not None and self._after_comma_clause(nearest, best):
            return nearest  # "When Roe criticized her, Doe shot back: “...”": the main clause
        return best or self._colon_lead_in(lo_i, j)

    @staticmethod
    def _inside_subject(nearest: Attribution, best: Attribution) -> bool:
        """The farther cue lies between the nearer subject and its verb: it belongs to an
        apposition or a relative clause of that subject."""
        if best.cue is None or nearest.cue is None:
            return False
        return nearest.mention.last < best.cue[0] < nearest.cue[0]

    def _after_comma_clause(self, nearest: Attribution, best: Attribution) -> bool:
        """The nearer source opens a clause after a comma or a conjunction: the farther cue
        sits in an introductory phrase or a clause of its own ("Addressing the gala, Roe
        said", "Lee disagreed, while Roe said", "a plan which the agency said was")."""
        first = nearest.mention.first
        if best.rule != "left" or first == 0:
            return False
        before = self.tokens.word(first - 1)
        return before in (",", "and") or before in _NEW_CLAUSE

    def _attribution_at(self, v: int, lo_i: int, j: int) -> Attribution | None:
        tk = self.tokens
        if tk.word(v) == "according" and v + 1 < j and tk.word(v + 1) == "to":
            found = tk.phrase_starting_at(v + 2, j)
            return Attribution(found, (v, v + 1), "according") if found is not None else None
        cue_end = tk.verb_at(v, j)
        if cue_end is None:
            return None
        if v - 1 >= lo_i and tk.word(v - 1) == "to":
            subject = self._subject_of_infinitive(v, lo_i)
            return Attribution(subject, (v, cue_end), "left") if subject is not None else None
        speaker = self._speaker_of_verb(v, cue_end, lo_i, j)
        if speaker is None:
            return None
        return self._with_antecedent(Attribution(speaker, (v, cue_end), "left"), lo_i)

    def _subject_of_infinitive(self, v: int, lo_i: int) -> Phrase | None:
        """"Roe went on to say", "Roe was prompted to say": the subject of the verb chain
        before "to"; other infinitives ("plans to announce") report nothing yet."""
        tk = self.tokens
        if VERB_FORMS.get(tk.word(v)) not in ("say", "tell", "add", "ask", "write"):
            return None
        j = v - 2
        floor = max(lo_i, v - 2 - INFINITIVE_CHAIN)
        while j >= floor and self._in_verb_chain(j):
            j -= 1  # "was prompted", "went on", "decided"
        if j < lo_i or j == v - 2:
            return self.clause_subject(lo_i, v)
        found = tk.phrase_ending_at(j, lo_i)
        if found is None or (found.kind == "nominal" and not self._named_nominal(found)):
            return self.clause_subject(lo_i, v)
        return found

    def _in_verb_chain(self, j: int) -> bool:
        """"was prompted", "went on", "decided": words between a subject and "to say"."""
        word = self.tokens.word(j)
        if not self.tokens.toks[j].text[:1].islower() or word in lx.CLAUSE_OPENERS:
            return False
        return word in lx.PRE_VERB_SKIP or word in lx.CHAIN_WORDS or word.endswith("ed")

    def _speaker_of_verb(self, v: int, cue_end: int, lo_i: int, j: int) -> Phrase | None:
        tk = self.tokens
        before = tk.skip_adjuncts(v - 1, lo_i)
        if before >= lo_i:
            word = tk.word(before)
            coordinated = word in lx.COORDINATORS
            introduced = word in (",", "—") or word in lx.PARTICIPLE_LEADS
            if coordinated or (introduced and tk.is_participle(v)):
                # "Smith slammed the bill and said", "Smith left, saying": the clause subject
                return self.clause_subject(lo_i, v)
        subject = tk.subject_before(v, lo_i)
        if subject is not None and subject.kind == "pronoun" and self._after_what(subject, lo_i):
            # "... discussed what he called “x”": the source is the clause's subject
            return self.clause_subject(lo_i, subject.first - 1) or subject
        if subject is not None:
            return subject
        share = self._share_before(v, lo_i)
        if share is not None:
            return share
        if tk.is_participle(v):
            return None
        after = tk.phrase_starting_at(cue_end + 1, j)  # "Said Smith: “...”"
        if after is None or after.kind == "pronoun":
            return None
        if before < lo_i:
            return after
        # "In short, explained the moderator Jane Roe: “...”"
        closing = after.last + 1
        if tk.toks[before].text == "," and closing < len(tk.toks) and closing + 1 == j:
            return after if tk.toks[closing].text in (":", ",") else None
        # "The paradox, says Jane Roe, a historian, is that she was “...”": a parenthesis
        if tk.toks[before].text == "," and after.kind == "name" and closing < j:
            return after if tk.toks[closing].text == "," else None
        return None

    def _share_before(self, v: int, lo_i: int) -> Phrase | None:
        """Poll shares as the subject: "21 percent said", "52% say", "four in 10 said",
        "most said"."""
        tk = self.tokens
        k = tk.skip_adjuncts(v - 1, lo_i)
        if k - 1 < lo_i:
            return None
        word = tk.word(k)
        if word in ("percent", "per cent") and _is_number(tk.word(k - 1)):
            return Phrase(k - 1, k, "nominal")
        if word == "%" and _is_number(tk.word(k - 1)):
            return Phrase(k - 1, k, "nominal")
        if word == "most" and tk.toks[k].text == "most":
            return Phrase(k, k, "nominal")  # "...; most said": lower case, no adjective
        if k - 2 >= lo_i and tk.word(k - 1) == "in" and _is_number(word):
            return Phrase(k - 2, k, "nominal") if _is_number(tk.word(k - 2)) else None
        return None

    def _after_what(self, subject: Phrase, lo_i: int) -> bool:
        first = subject.first
        return first - 1 >= lo_i and self.tokens.word(first - 1) == "what"

    def _colon_lead_in(self, lo_i: int, j: int) -> Attribution | None:
        """"Smith was blunt: “...”" hangs on the clause subject; a short lead-in with no
        verb ("And from Chairwoman Smith:") on its name."""
        tk = self.tokens
        if j - 1 < lo_i or tk.toks[j - 1].text != ":":
            return None
        lo_i = self._after_last_dash(lo_i, j - 1)  # "Polls agree - Jane Roe: “...”"
        source = self._from_source(lo_i, j - 1)
        if source is not None:
            return Attribution(source, (j - 1, j - 1), "colon")
        subject = self.clause_subject(lo_i, j - 1, nominal_ok=True)
        apposed = tk.appositive_name(subject, j - 1) if subject is not None else None
        found = apposed or self._source_subject(subject)  # "Her son, Jo Roe, is blunt:"
        if found is None and tk.word(lo_i) in ("here's", "here’s"):
            found = tk.phrase_starting_at(lo_i + 1, j - 1)  # "Here's Roe in 1992: “...”"
        if found is None and j - 1 - lo_i <= SHORT_LEAD_IN:
            found = tk.name_run_before(j - 2, lo_i)
        if found is None or not self._is_clear_subject(found):
            return None
        return Attribution(found, (j - 1, j - 1), "colon")

    def _from_source(self, lo_i: int, colon: int) -> Phrase | None:
        """"More from the report:", "From Jane Roe's letter:": the source after a final
        "from" of the lead-in, when it runs up to the colon."""
        tk = self.tokens
        for k in range(colon - 2, max(lo_i, colon - 8) - 1, -1):
            if tk.word(k) == "from":
                if tk.word(k + 1) in lx.DEFINITE_DETERMINERS:  # "the report" ("report" is
                    nominal = Phrase(k + 1, colon - 1, "nominal")  # also a verb form)
                    return nominal if self._names_a_source(nominal) else None
                name = tk.phrase_starting_at(k + 1, colon)
                if name is None or name.last != colon - 1 or name.kind != "name":
                    return None
                return name
            if tk.stops_at(k) or not tk.toks[k].text[:1].isalnum():
                return None
        return None

    def _after_dateline(self, lo_i: int, hi: int) -> int:
        """"WASHINGTON — Jane Roe said": a dateline in capitals and a dash open the text."""
        tk = self.tokens
        k = lo_i
        while k < hi and k - lo_i < MAX_DATELINE and tk.toks[k].text.isupper():
            k += 1
        if lo_i < k < hi and tk.is_dash(k):
            return k + 1
        return self._after_agency_dateline(lo_i, hi)

    def _after_agency_dateline(self, lo_i: int, hi: int) -> int:
        """“Washington (AFP) –”, “PARIS, May 2 (Reuters) —”: a place, perhaps a date, a
        news agency in brackets and a dash."""
        tk = self.tokens
        k = lo_i
        while k < hi and k - lo_i < MAX_DATELINE + 4 and tk.toks[k].text != "(":
            text = tk.toks[k].text
            if not (text == "," or text[:1].isupper() or text.isdigit()):
                return lo_i
            k += 1
        close = k + 2
        if k == lo_i or close + 1 >= hi or tk.toks[close].text != ")":
            return lo_i
        agency = tk.toks[k + 1].text
        if len(agency) < 2 or not agency.isalpha():
            return lo_i  # "Jane Roe (R-Ohio) —", "Roe (D) —": a party label, no agency
        return close + 2 if tk.is_dash(close + 1) else lo_i

    def _name_after_dash(self, lo_i: int, j: int) -> Attribution | None:
        """"Polls agree - Jane Roe: “...”": a bare name between a dash and the colon."""
        tk = self.tokens
        colon = j - 1
        if colon <= lo_i or tk.toks[colon].text != ":":
            return None
        dash = self._after_last_dash(lo_i, colon) - 1
        if dash < lo_i or colon - dash - 1 > SHORT_LEAD_IN:
            return None
        name = tk.name_run_before(colon - 1, dash + 1)
        if name is None or name.first != dash + 1 or name.last != colon - 1:
            return None  # only a name: a verb after the dash has its own subject
        return Attribution(name, (colon, colon), "colon")

    def _after_last_dash(self, lo_i: int, hi: int) -> int:
        for k in range(hi - 1, lo_i - 1, -1):
            if self.tokens.is_dash(k):
                return k + 1
        return lo_i

    def clause_subject(self, lo_i: int, hi: int, nominal_ok: bool = False) -> Phrase | None:
        """The subject a clause opens with, after an introductory phrase ("In May, Smith")."""
        tk = self.tokens
        i = self._after_dateline(lo_i, hi)
        while i + 1 < hi and tk.word(i) in _OPENING_CONJUNCTIONS:
            i += 1  # "But he warned ...", "And critics called ..."
        introduced = False
        for _ in range(MAX_INTRODUCTIONS):  # "On Monday, after a long wait, Roe said"
            first = tk.word(i) if i < hi else ""
            adjunct = i < hi and self._opens_adjunct(i)
            if not (first in lx.NON_NAME_CAPITALS or first in lx.PREPOSITIONS or adjunct):
                break
            after = self._after_comma_from(i, hi)
            if after == i and adjunct:
                return None  # "Holding signs calling him “...”": the subject comes later
            introduced = True
            if after == i:
                break
            i = after
        if introduced:
            if i + 1 < hi and tk.toks[i].text.isdigit() and tk.toks[i + 1].text == ",":
                i += 2  # "On July 6, 2015, Roe said": the year closes the date
            found = tk.phrase_starting_at(i, hi)
            if found is not None and self._is_place_tail(found, hi):
                i = found.last + 2  # "In Salem, New Hampshire, Trump said"
            elif found is not None and found.kind == "name":
                i = self._after_time_tail(found, i, hi)  # "In Ames, Iowa, on Sunday, Roe"
        found = tk.phrase_starting_at(i, hi)
        return found if nominal_ok else self._source_subject(found)

    def _source_subject(self, found: Phrase | None) -> Phrase | None:
        """A clause subject that may be a source: no nominal unless it names someone."""
        if found is not None and found.kind == "nominal" and not self._named_nominal(found):
            return None  # "the plan ...": no source; "Roe's campaign ...": one
        return found

    def _opens_adjunct(self, i: int) -> bool:
        """"Holding signs, ...", "Hours later, ...", "Hastily, ...": no subject yet; but a
        name seen elsewhere in mid-sentence ("King", "Kelly") is a subject."""
        tk = self.tokens
        tok = tk.toks[i]
        word = norm(tok)
        if word in lx.TIME_WORDS or word in lx.TIME_UNITS:
            return True
        if word in lx.DETERMINERS or word.isdigit():  # "Two years later", "A few days on"
            return any(tk.word(k) in lx.TIME_UNITS for k in range(i + 1, min(i + 3, len(tk.toks))))
        if not word.endswith(("ing", "ly")):
            return False
        return tok.text not in self._midsentence_capitals()

    def _is_clear_subject(self, found: Phrase) -> bool:
        """A pronoun, or a name that is no possessive and no capitalised common word."""
        if found.kind == "pronoun":
            return True
        toks = self.tokens.toks
        if norm(toks[found.last]).endswith("'s") or toks[found.last].text.endswith("’"):
            return False
        if found.last > found.first:
            return True
        return toks[found.first].text in self._midsentence_capitals()

    def _midsentence_capitals(self) -> frozenset[str]:
        """Capitalised words seen after a lower-case word: names, not sentence openers."""
        if self._capitals is None:
            self._capitals = frozenset(_MIDSENTENCE_CAPITAL.findall(self.doc.text))
        return self._capitals

    def _after_comma_from(self, i: int, hi: int) -> int:
        for k in range(i, min(hi, i + MAX_INTRODUCTION)):
            if self.tokens.toks[k].text == ",":
                return k + 1
        return i

    def _after_time_tail(self, found: Phrase, i: int, hi: int) -> int:
        """A short place name, a comma, a time ("on Sunday", "last week") and a comma: the
        subject comes after the second comma."""
        tk = self.tokens
        comma = found.last + 1
        if found.last - found.first > 1 or comma >= hi or tk.toks[comma].text != ",":
            return i
        for k in range(comma + 1, min(hi - 1, comma + 4)):
            word = tk.word(k)
            if tk.toks[k].text == ",":
                return k + 1 if k > comma + 1 and is_capitalised(tk.toks[k + 1]) else i
            if word not in _TIME_TAIL_WORDS:
                return i
        return i

    def _is_place_tail(self, found: Phrase, hi: int) -> bool:
        """A short name between two commas and before another name: "Salem, Ohio, Roe"."""
        toks = self.tokens.toks
        after = found.last + 2
        return (
            found.kind == "name"
            and found.last - found.first < 2
            and after < hi
            and toks[found.last + 1].text == ","
            and is_capitalised(toks[after])
        )

    def _with_antecedent(self, found: Attribution, lo_i: int) -> Attribution:
        """"..., who said" hangs on "who"; remember the name before the comma."""
        tk = self.tokens
        first = found.mention.first
        if tk.word(first) != "who" or first - 2 < lo_i:
            return found
        if tk.toks[first - 1].text != ",":
            return found
        antecedent = tk.phrase_ending_at(first - 2, lo_i)
        return Attribution(found.mention, found.cue, found.rule, antecedent)

    # --- 2.-5. inherited ----------------------------------------------------------------

    def _share_over_chains(self, spans: list[QuoteSpan], out: list[Attribution | None]) -> None:
        """The parts of one multi-paragraph quote share the first attribution found."""
        n = 0
        while n < len(spans):
            m = n
            while m + 1 < len(spans) and spans[m].continues and spans[m + 1].continued:
                m += 1
            if m > n:
                # each part takes the nearest attribution before it in the chain (a new
                # transcript label changes the speaker), else the first one after it
                found = next((a for a in out[n : m + 1] if a is not None), None)
                for k in range(n, m + 1):
                    if out[k] is None and found is not None:
                        out[k] = Attribution(found.mention, found.cue, "chain", found.antecedent)
                    elif out[k] is not None:
                        found = out[k]
            n = m + 1

    def _inherited(
        self, spans: list[QuoteSpan], out: list[Attribution | None], n: int, span: QuoteSpan
    ) -> Attribution | None:
        earlier = out[n - 1] if n else None
        para = self.doc.paragraphs[span.paragraph]
        if earlier is not None and spans[n - 1].paragraph == span.paragraph:
            # a later quote standing as its own sentence, or the second half of a split
            # quote, keeps the speaker; one inside another sentence has that sentence's
            stands = self._opens_sentence(span, para) or self._short_lead_in(span, para)
            if stands and not self._same_sentence(spans[n - 1], span, para):
                between = self._left(spans[n - 1].close_at, span.open_at, PARAGRAPH_WINDOW,
                                     outermost=False)
                if (
                    between is not None
                    and between.mention.kind != "nominal"  # "as the crowd cheered"
                    and not self._same_source(between, earlier)
                ):
                    # "“...,” Roe said, and her husband cut in. “...”": the new source
                    return _relabel(between, "between")
            if stands or self._same_sentence(spans[n - 1], span, para):
                return _relabel(earlier, "previous-quote")
            return self._sentence_subject(span, para)
        first_in_para = n == 0 or spans[n - 1].paragraph != span.paragraph
        lo = para.start if first_in_para else spans[n - 1].close_at
        if self._opens_sentence(span, para):
            # "Smith disagreed. “It is wrong.”": the speaker of the sentence before
            found = self._left(lo, span.open_at, PARAGRAPH_WINDOW, outermost=False)
            if found is not None:
                return _relabel(found, "paragraph")
        if first_in_para and self._opens_paragraph(span, para):
            return self._from_previous_paragraph(spans, out, n, span)
        return self._sentence_subject(span, para)

    def _sentence_subject(self, span: QuoteSpan, para: Segment) -> Attribution | None:
        """"He mocked the “little senator”": with no reporting verb, a pronoun or a name
        opening the quote's sentence and followed by its verb is the source."""
        if looks_like_title(self.doc.text[span.start : span.end]):
            return None  # “The Long Night”, “Big Tony”: a work or a nickname, nobody's words
        owner = self._owner_of_words(span, para)
        if owner is not None:
            return owner
        tk = self.tokens
        lo = max(para.start, self._sentence_start(span.open_at, para))
        lo_i, j = tk.index_at(lo), tk.index_at(span.open_at)
        found = self.clause_subject(lo_i, j, nominal_ok=True)
        if found is None or found.last + 1 >= j:
            return None
        rule = "subject"
        if found.kind == "nominal":
            if tk.word(found.first) not in lx.DEFINITE_DETERMINERS:
                return None
            if not self._names_a_source(found):
                return None
            rule = "subject-nominal"
        elif not self._is_clear_subject(found):
            return None
        after = found.last + 1
        if tk.toks[after].text == "," and found.kind != "pronoun":
            after = self._after_apposition(after, j)  # "Roe, who was elected in May, casts"
            rule = "subject-apposition"
            if after < 0:
                return None
        verb = tk.toks[after]
        word = norm(verb)
        if not verb.text[:1].islower() or word in lx.PREPOSITIONS or word in lx.CLAUSE_OPENERS:
            return None
        if word in lx.DETERMINERS or word in lx.SUBJECT_PRONOUNS:
            return None
        return Attribution(found, None, rule)

    def _owner_of_words(self, span: QuoteSpan, para: Segment) -> Attribution | None:
        """"Roe's claim that there were “thousands”", "Roe's “47 percent” remark": the owner
        of a noun of speech is the source of the words it introduces or names."""
        tk = self.tokens
        lo_i = tk.index_at(max(para.start, self._sentence_start(span.open_at, para)))
        j = tk.index_at(span.open_at)
        after = tk.index_at(span.close_at)
        if span.closed and after < len(tk.toks) and tk.word(after) in lx.SPEECH_NOUNS:
            owner = self._owner_before(j, lo_i)  # Roe's “47 percent” remark
            if owner is not None:
                return Attribution(owner, (after, after), "owner")
        k = j - 1
        if k > lo_i and tk.toks[k].text == ":":
            k -= 1  # "Roe's pledge: “...”"
        for that in range(k, max(lo_i, k - MAX_AFTER_SPEECH_NOUN) - 1, -1):
            if tk.word(that) == "that":  # "Roe's claim that there were “...”"
                k = that - 1
                break
            if tk.stops_at(that) or tk.is_quote_mark(that) or tk.verb_at(that, j) is not None:
                break
        if k < lo_i or tk.word(k) not in lx.SPEECH_NOUNS:
            return None  # "Roe's remark was “true”", "Roe's comments as “...”": no content
        owner = self._owner_before(k, lo_i)
        return Attribution(owner, (k, k), "owner") if owner is not None else None

    def _owner_before(self, k: int, lo_i: int) -> Phrase | None:
        """The name in the possessive right before token ``k``, a few adjectives allowed
        ("Roe's recent evidence-free claim")."""
        tk = self.tokens
        m = k - 1
        while m >= lo_i and k - m <= MAX_ADJECTIVES and _is_adjective_like(tk, m):
            m -= 1
        if m < lo_i or not tk.word(m).endswith(("'s", "s'")) or not is_capitalised(tk.toks[m]):
            return None
        found = tk.phrase_ending_at(m, lo_i)
        return found if found is not None and found.kind == "name" else None

    def _named_nominal(self, found: Phrase) -> bool:
        """"Roe's campaign", "the campaign": a nominal owned by a name, or a definite one
        whose head can speak."""
        tk = self.tokens
        first = tk.word(found.first)
        if first not in lx.DETERMINERS:
            return is_capitalised(tk.toks[found.first])
        return first in lx.DEFINITE_DETERMINERS and self._names_a_source(found)

    def _names_a_source(self, found: Phrase) -> bool:
        """"the senator", "the campaign", "the report": a head noun that can speak."""
        head = self.tokens.word(found.last)
        return head in lx.SOURCE_NOUNS or (head.endswith("s") and head[:-1] in lx.SOURCE_NOUNS)

    def _after_apposition(self, comma: int, j: int) -> int:
        """The token after the comma closing an apposition that opened at ``comma``."""
        tk = self.tokens
        for k in range(comma + 1, min(j, comma + 1 + MAX_APPOSITION_WORDS)):
            if tk.toks[k].text == ",":
                return k + 1 if k + 1 < j else -1
            if tk.stops_at(k) or tk.is_quote_mark(k):
                return -1
        return -1

    def _same_source(self, one: Attribution, other: Attribution) -> bool:
        """Same phrase, or the same last word ("Jane Roe" ... "Roe"), or a pronoun."""
        if one.mention == other.mention or one.mention.kind == "pronoun":
            return True
        tk = self.tokens
        return tk.word(one.mention.last) == tk.word(other.mention.last)

    def _opens_sentence(self, span: QuoteSpan, para: Segment) -> bool:
        """Nothing but the sentence start or a colon lead-in before the mark."""
        return self.char_before(span) in ("", ":")

    def char_before(self, span: QuoteSpan) -> str:
        """The last visible character before the opening mark in its sentence, or ""
        (worked out once per quote: several rules ask)."""
        found = self._chars_before.get(span.open_at)
        if found is None:
            found = self._chars_before[span.open_at] = self._char_before(span)
        return found

    def _char_before(self, span: QuoteSpan) -> str:
        para = self.doc.paragraphs[span.paragraph]
        lo = max(para.start, self._sentence_start(span.open_at, para))
        text = self.doc.text
        pos = span.open_at - 1
        while pos >= lo and text[pos].isspace():  # only the blanks before the mark
            pos -= 1
        return text[pos] if pos >= lo else ""

    def _short_lead_in(self, span: QuoteSpan, para: Segment) -> bool:
        """"Now, “...”", "And yet, “...”": a few words and a comma before the mark."""
        if self.char_before(span) != ",":
            return False
        tk = self.tokens
        lo = max(para.start, self._sentence_start(span.open_at, para))
        return tk.index_at(span.open_at) - tk.index_at(lo) <= SHORT_LEAD_IN_COMMA

    def _same_sentence(self, before: QuoteSpan, span: QuoteSpan, para: Segment) -> bool:
        """“We will win,” he said, “and soon.”: no sentence end between the two quotes."""
        sentence = self.doc.sentence_at(before.close_at)
        if sentence is not None and span.open_at < sentence.end:
            return True
        return self._sentence_start(span.open_at, para) <= before.open_at

    def _opens_paragraph(self, span: QuoteSpan, para: Segment) -> bool:
        text = self.doc.text
        pos = span.open_at - 1
        while pos >= para.start and text[pos].isspace():
            pos -= 1
        return pos < para.start

    def _from_previous_paragraph(
        self, spans: list[QuoteSpan], out: list[Attribution | None], n: int, span: QuoteSpan
    ) -> Attribution | None:
        if span.paragraph == 0:
            return None
        prev = self.doc.paragraphs[span.paragraph - 1]
        text = self.doc.text
        if _last_visible(text, prev) == ":":
            lo = self._sentence_start(prev.end - 1, prev)
            found = self._left(lo, prev.end, LEFT_WINDOW)
            return _relabel(found, "lead-in") if found is not None else None
        earlier = out[n - 1] if n else None
        quoted_before = n > 0 and spans[n - 1].paragraph == span.paragraph - 1
        if earlier is not None and quoted_before and self._ends_its_paragraph(spans[n - 1], prev):
            return _relabel(earlier, "previous-paragraph")
        # "Roe continued his remarks." then a paragraph of quotation: Roe's, weakly
        para = self.doc.paragraphs[span.paragraph]
        if not span.closed or text[span.close_at : para.end].strip(" .,;\n\t\"”’'"):
            return None  # more words after the quote: its source may be among them
        last = self._sentence_start(prev.end - 1, prev)
        if quoted_before and last < spans[n - 1].close_at:
            return None  # the last sentence of the paragraph before is a quote of its own
        found = self._left(last, prev.end, LEFT_WINDOW, outermost=False)
        return _relabel(found, "previous-sentence") if found is not None else None

    def _ends_its_paragraph(self, before: QuoteSpan, prev: Segment) -> bool:
        """The attributed quote sits in the last sentence of its paragraph."""
        text = self.doc.text
        tail = text[before.close_at : min(prev.end, before.close_at + 60)]
        if before.close_at + 60 > prev.end and not _holds_another_sentence(tail):
            return True
        sentence = self.doc.sentence_at(before.close_at)
        end = prev.end
        while end > before.close_at and text[end - 1].isspace():
            end -= 1
        return sentence is not None and sentence.end >= end


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or"})


def looks_like_title(words: str) -> bool:
    """Every word capitalised but the small ones, and short: a title or a name."""
    parts = words.split(maxsplit=MAX_TITLE_WORDS)  # one part past the limit is enough
    if not parts or len(parts) > MAX_TITLE_WORDS:
        return False
    return all(p[:1].isupper() or p.lower() in _TITLE_SMALL_WORDS for p in parts if p[:1].isalpha())


_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def names_a_work(text: str, open_at: int) -> bool:
    """CNN's “State of the Union”, author of “Bitter Pill”, on “Meet the Press”: a title."""
    found = _WORD_BEFORE.search(text, max(0, open_at - 30), open_at)
    if found is None:
        return False
    word = found.group(1).lower().replace("’", "'")
    return word.endswith("'s") or word in lx.WORK_CUES


def _last_visible(text: str, para: Segment) -> str:
    pos = para.end - 1
    while pos > para.start and text[pos].isspace():
        pos -= 1
    return text[pos]


def _holds_another_sentence(tail: str) -> bool:
    """Another sentence after the previous quote's attribution may change the topic."""
    sentences = [s for s in tail.replace("!", ".").replace("?", ".").split(". ") if s.strip()]
    return len(sentences) > 1


def _is_adjective_like(tk: Tokens, m: int) -> bool:
    """A lower-case word that may stand between an owner and its noun: no verb, no
    determiner, no preposition."""
    word = tk.word(m)
    if not tk.toks[m].text[:1].islower() or word in VERB_FORMS:
        return False
    return word not in lx.DETERMINERS and word not in lx.PREPOSITIONS


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _is_number(word: str) -> bool:
    """"21", "52.5", "four": a count or a share."""
    return word.replace(".", "", 1).isdigit() or word in _NUMBER_WORDS


def _relabel(found: Attribution, rule: str) -> Attribution:
    return Attribution(found.mention, found.cue, rule, found.antecedent)


__all__ = ["Attribution", "AttributionFinder", "looks_like_title", "names_a_work"]
