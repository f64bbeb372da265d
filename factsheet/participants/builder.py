"""The extraction of one article's participants, step by step (see ``run``)."""

from __future__ import annotations

import re
from itertools import pairwise
from operator import attrgetter, itemgetter

from factsheet.model import Participant, Span
from factsheet.participants import lexicon as lx
from factsheet.participants.anaphora import (
    PersonMention,
    resolve_nominals,
    resolve_pronouns,
    resolve_they,
)
from factsheet.participants.classify import (
    NOT_BEFORE_NAME,
    acronym_org,
    context_evidence,
    country_after,
    east_asian_name,
    looks_like_name,
    name_evidence,
    opens_quote,
)
from factsheet.participants.clusters import Cluster, OrgIndex, PersonIndex
from factsheet.participants.groups import find_groups
from factsheet.participants.runs import Segment, build_runs, segment_run
from factsheet.participants.sports import (
    cricket_player,
    is_sports,
    roster_names,
    team_context,
)
from factsheet.participants.surnames import display_names, merge_persons, surname_owners
from factsheet.participants.titles import (
    TITLE_WORDS,
    affiliation_after,
    apposition_after,
    clean_title,
    credential_after,
    role_noun,
    title_before,
    title_before_comma,
)
from factsheet.participants.words import (
    FUNCTION_CAPS,
    Word,
    ordinary_cap,
    scan_words,
    written_lower,
)
from factsheet.text import Document

_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)")
# Gender-only honorifics are not a role ("Mr", "Ms").
_NOT_TITLES = lx.word_set("Mr Mr. Mrs Mrs. Ms Ms. Miss")
_MAX_SHOUTED_NAME = 4
_MAX_OWNER_WORDS = 4  # "South Korea’s", "the UN’s": an owner before an institution
_MAX_LINE = 300  # a shouted line (headline, table row) is short
# A fixture line of a schedule: "KANSAS CITY AT DETROIT".
_CAPS_NAME = r"[A-Z][A-Z.]*(?: [A-Z][A-Z.]*){0,2}"
_FIXTURE = re.compile(rf"({_CAPS_NAME}) AT ({_CAPS_NAME})$", re.M)
# Lower-case words the finders read (particles, connectors, roles, determiners...).
_KEEP_LOWER = (
    lx.NAME_PARTICLES
    | lx.ORG_CONNECTORS
    | lx.ROLE_NOUNS
    | lx.GROUP_NOUNS
    | lx.REPORTING_VERBS
    | TITLE_WORDS
    | NOT_BEFORE_NAME
    | lx.word_set("a an the his her their its our this that who which")
)
_PLACE_PREPOSITIONS = lx.word_set(
    "in at to from near of into across outside inside around toward towards via through"
)
_PREPOSITION_WINDOW = 12
# A peer's territorial designation: "Baroness Roe of Tyne" names one person, not two.
_PEERAGE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(lx.PEER_TITLES)) + ")"
    r"[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+of[ \t]+$"
)
_PEERAGE_WINDOW = 60
_PARTICLE_FORMS = lx.NAME_PARTICLES | {p.capitalize() for p in lx.NAME_PARTICLES}
_COUPLE_LINKS = (" and ", " & ")
_COUPLE_GAPS = frozenset(len(link) for link in _COUPLE_LINKS)
_MIN_CAPITALS_SURNAME = 4  # "KIM", "LEE" may be acronyms as well ("PAC", "TWA")
_POST_NOMINALS_AFTER = re.compile(
    r"(?:,?[ \t]+(?:" + "|".join(sorted(map(re.escape, lx.POST_NOMINALS))) + r")\b)+"
)
_ROMAN_NUMERAL = re.compile(r"(?:II|III|IV)$")
_GIVEN_NAME_HONORIFICS = lx.word_set("Sir Dame")  # "Sir John": the given name, not a surname
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*,")
# "Lebed's wife", "Tarrant's children": only a person has kin (matched right after the
# possessive mark that ends the name).
_KIN_AFTER = re.compile(r"(?:’s|'s|’|')[ \t]+(?:late[ \t]+|new[ \t]+|own[ \t]+)?([a-z]+)\b")
# "the Tarrant administration", "the Rossi government": a leader's name before the office
# ("campaign" is left out: "the Brexit campaign" names a cause as often as a candidate).
_OFFICE_AFTER = re.compile(r"[ \t]+(administration|presidency|government|cabinet)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_ARTICLES = lx.word_set("The A An")
_DETERMINER_APPOSITION = re.compile(r",[ \t]*(?:the|a|an)[ \t]")
# Role nouns that also fit a company, a club or a country ("the market leader").
_SHARED_ROLES = lx.word_set(
    """leader champion owner partner member player maker producer publisher developer
    builder trader broker sponsor distributor supplier operator provider rival host
    creator founder investor buyer seller winner favourite favorite challenger victim"""
)
_AFTER_FUNCTION_WORD = "after_function_word"
# Sort keys read at C speed (no Python call per item).
_START = attrgetter("start")
_RANK = itemgetter(0, 1)  # (minus the mention count, first offset)
_LIST_LINK = re.compile(r", | and |, and ")
_LIST_LINK_BEFORE = re.compile(r"(?:, | and |, and )$")


class Builder:
    """State of one extraction: the article, its words and the participants so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.words, self.lower_vocab = scan_words(doc, _KEEP_LOWER)
        self.persons = PersonIndex()
        self.orgs = OrgIndex()
        self.groups: dict[str, Cluster] = {}
        self.person_mentions: list[PersonMention] = []
        self.sports = is_sports(doc)
        self._rosters: set[int] | None = None
        self.blockers: dict[str, Cluster] = {}
        self.storms: set[str] = set()  # names of storms, not of people
        self.deferred: set[int] = set()  # segments looked at again once all names are known
        self.couples: dict[int, str] = {}  # "John" of "John and Mary Roe" -> "Roe"
        # Lone words no one was found for, with their pronoun blocker if any.
        self.unplaced: list[tuple[Segment, PersonMention | None]] = []

    def run(self) -> tuple[Participant, ...]:
        lower_vocab = self.lower_vocab
        segments: list[Segment] = []
        for run in build_runs(self.words):
            segments.extend(segment_run(run, lower_vocab))
        segments = _merge_possessive_orgs(segments, self.text)
        segments = _split_trailing_names(segments)
        segments = _join_nicknames(segments, self.text)
        segments = [
            seg if len(seg.words) == 1 else self._trim_ordinary_ends(seg)
            for seg in segments
            if len(seg.words) == 1 or not _glued(seg)  # most names are one word
        ]
        self.couples = _couple_surnames(segments, self.text)
        pending = [seg for seg in segments if not self._add_evident(seg)]
        # Teams first: "Surrey" used as a team anywhere makes every "Surrey" the team.
        pending = [seg for seg in pending if not self._add_team(seg)]
        if self.sports:
            pending = self._add_listed_teams(pending)
        for seg in pending:
            self._add_pending(seg)
        self._add_groups()
        self._add_shouted()
        self._merge_persons()
        persons = self.persons.clusters
        resolve_nominals(self.doc, persons, self.orgs)
        resolve_pronouns(self.doc, self.person_mentions)
        resolve_they(self.doc, list(self.groups.values()))
        clusters = [*persons, *self.orgs.clusters, *self.groups.values()]
        return _participants(self.text, clusters)

    def _merge_persons(self) -> None:
        """Surname mentions and name variants settled once all names are known."""
        target = merge_persons(self.persons)
        if not target and not any(c.shared_name for c in self.persons.clusters):
            return  # nothing settled: each surname had one bearer while read
        self.persons.clusters = [c for c in self.persons.clusters if id(c) not in target]
        for m in self.person_mentions:
            m.cluster = target.get(id(m.cluster), m.cluster)
        # "Roe said" after "Jane Roe" and "Jane Q. Roe": ambiguous while read,
        # the one bearer of the surname now.
        owners = surname_owners(self.persons, {seg.key for seg, _ in self.unplaced}, target)
        for seg, blocked in self.unplaced:
            owner = owners.get(seg.key)
            if owner is None:
                continue
            owner.add_name(seg.start, seg.end, self.text[seg.start : seg.end])
            if blocked is None:
                self.person_mentions.append(PersonMention(seg.start, seg.end, owner))
            else:
                blocked.cluster = owner

    # -- names with evidence -------------------------------------------------------------

    def _add_evident(self, seg: Segment) -> bool:
        """Add a segment whose kind is clear; False when it must wait for the others."""
        if self.text.endswith("of ", 0, seg.start) and self._peerage_place(seg):
            return True  # "Lord Roe of Tyne": Tyne is part of the peer's title
        surname = self.couples.get(id(seg))
        if surname is not None:
            self._add_couple_member(seg, surname)
            return True
        if seg.words[0].text in _PARTICLE_FORMS and _particle_shaped(seg):
            if self._particle_surname(seg):
                return True  # "von Roe" after "Ursula von Roe"
            if seg.kind == "unknown" and id(seg) not in self.deferred:
                self.deferred.add(id(seg))  # "De Roe" in a headline: the full name may follow
                return False
        if seg.kind == "event" and any(w.text in lx.STORM_WORDS for w in seg.words[:-1]):
            self.storms.add(seg.words[-1].text)  # "Storm Ivy", later "Ivy": the storm
        if seg.kind == "unknown" and seg.key in self.storms:
            return True
        if seg.kind == "organization":
            self._add_org(seg)
            return True
        if seg.kind == "person":
            self._add_person(seg, seg.evidence, _titled_gender(seg))
            return True
        if seg.kind == "place" and self._is_team(seg):
            self._add_org(seg)
            return True
        if seg.kind == "place" and self._surname_not_place(seg):
            return True
        if seg.kind != "unknown":
            return True  # places, demonyms, events: not participants
        if seg.words[-1].text.isupper() and _capitals_surname(seg):
            self._add_person(seg, ["capitals_surname"], lx.given_name_gender(seg.words[0].text))
            return True  # "Marcel DUBOIS": some outlets write the surname in capitals
        if seg.words[0].text.isupper() and self._capitals_bearer(seg):
            return True
        evidence = name_evidence(seg)
        if not evidence and looks_like_name(seg, self.words, self.text):
            evidence = country_after(seg, self.text)  # "Jan Novak (Czech Republic)"
        if not evidence and len(seg.words) >= 2 and self._is_team(seg):
            self._add_org(seg)
            return True
        if not evidence and self._publication(seg):
            self._add_org(seg)  # "Gazeta Nowa daily said": a newspaper, not a person
            return True
        if len(seg.words) >= 2 and not evidence:
            evidence = context_evidence(seg, self.words, self.text, self._sentence_end(seg.end))
        if len(seg.words) >= 2 and (evidence or self._plain_name(seg)):
            gender = None if east_asian_name(seg.words) else lx.given_name_gender(seg.words[0].text)
            self._add_person(seg, evidence, gender)
            return True
        if acronym_org(seg) and self.orgs.find(seg.key) is None:
            self._add_org(seg)
            return True
        return False

    def _capitals_bearer(self, seg: Segment) -> bool:
        """"DUBOIS said" after "Marcel DUBOIS": the one person of that surname."""
        person = self.persons.by_part(seg.key) if len(seg.words) == 1 else None
        if person is None or not person.full_name:
            return False
        self._person_mention(person, seg.start, seg.end)
        return True

    def _add_couple_member(self, seg: Segment, surname: str) -> None:
        """"John" of "John and Mary Roe": John Roe, known by the surname he shares."""
        name = f"{seg.key} {surname}"
        cluster = self.persons.add_full(name, False, lx.given_name_gender(seg.key))
        cluster.full_name = True
        cluster.shared_name = name
        self._person_mention(cluster, seg.start, seg.end)

    def _particle_surname(self, seg: Segment) -> bool:
        """"von Roe", "Van der Roe": the surname of the one person named in full with it."""
        person = self.persons.by_part(seg.words[-1].text)
        if person is None or not person.full_name:
            return False
        self._person_mention(person, seg.start, seg.end)
        return True

    def _peerage_place(self, seg: Segment) -> bool:
        if seg.kind not in ("unknown", "person"):
            return False
        window = self.text[max(0, seg.start - _PEERAGE_WINDOW) : seg.start]
        return _PEERAGE_BEFORE.search(window) is not None

    def _publication(self, seg: Segment) -> bool:
        """A name before "daily", "weekly", "news agency": a newspaper or an agency. One
        word only before "news agency" ("Interfax"): before "daily" it may be a language
        ("the Swahili daily")."""
        m = _PUBLICATION_AFTER.match(self.text, seg.end)
        if m is None:
            return False
        return len(seg.words) >= 2 or m.group(1).endswith("agency")

    def _trim_ordinary_ends(self, seg: Segment) -> Segment:
        """"Pollster Jane Roe", "Senators Jane Roe": an ordinary word before a given name
        and surname is no part of the name; nor is one after them ("Jane Roe Video")."""
        words = seg.words
        lead = words[0].text
        if seg.kind == "unknown" and len(words) >= 2 and _plural_title(lead, words[1].text):
            # "Senators Roe and Doe": a title, then a person
            return Segment(
                words[1:], "person", honorific=_singular_title(lead), evidence=["honorific"]
            )
        if seg.kind != "unknown":
            return seg
        if lead in FUNCTION_CAPS and lead not in _ARTICLES and lead not in lx.FIRST_NAMES:
            # "To Roe", "With Roe": no name starts so. What is left may be a known
            # person's surname; else it is a title's word ("My Turn"), no pronoun blocker.
            return Segment(words[1:], "unknown", evidence=[_AFTER_FUNCTION_WORD])
        if len(words) < 3:
            return seg
        if words[1].text in lx.FIRST_NAMES and lead not in _ARTICLES and self._ordinary_edge(
            words[0]
        ):
            return Segment(words[1:], "unknown")  # not "The Kelly Hour": a title
        if (
            words[0].text in lx.FIRST_NAMES
            and words[-2].text not in lx.FIRST_NAMES
            and "." not in words[-2].text  # "Jane Q. Public": an initial needs the surname
            and self._ordinary_edge(words[-1])
        ):
            return Segment(words[:-1], "unknown")
        return seg

    def _ordinary_edge(self, w: Word) -> bool:
        t = w.text
        return t not in lx.FIRST_NAMES and ordinary_cap(t, self.lower_vocab)

    def _plain_name(self, seg: Segment) -> bool:
        """Name-shaped words with no other evidence, unless the article writes the first
        one or each of them in lower case too ("Senior Fellow", "Rising Costs": a label or
        a role). A given name is evidence, so "Rush", "Hope" or "Will" do not reach here."""
        if not looks_like_name(seg, self.words, self.text):
            return False
        first = seg.words[0].text.lower()
        if first in self.lower_vocab and first not in lx.NAME_PARTICLES:
            return False  # "Common Core", "Unlike Roe": an ordinary word leads
        return not all(written_lower(w.text, self.lower_vocab) for w in seg.words)

    def _add_person(self, seg: Segment, evidence: list[str], gender: str | None) -> None:
        knight = seg.honorific in _GIVEN_NAME_HONORIFICS and len(seg.words) == 1
        known = self.persons.by_given(seg.key) if knight else None
        if known is not None:
            cluster = known  # "Dame Jane" after "Dame Jane Roe": a knight's given name
        elif len(seg.words) == 1:
            cluster = self.persons.add_single(seg.key, gender)
        else:
            east_asian = ("east_asian" in evidence or east_asian_name(seg.words)) and (
                len(seg.words) == 3 or seg.words[0].text not in lx.FIRST_NAMES
            )
            cluster = self.persons.add_full(seg.key, east_asian, gender)
        self._person_mention(cluster, seg.start, seg.end)
        if cluster.title is None:
            cluster.title = self._title_of(seg)

    def _surname_not_place(self, seg: Segment) -> bool:
        """"Jordan said" after "Neil Jordan": a place word that is the surname of the one
        person named in full before it is that person, unless a place preposition leads
        ("in Jordan")."""
        if len(seg.words) != 1:
            return False
        person = self.persons.by_part(seg.key)
        if person is None or not person.full_name:
            return False
        before = self.text[max(0, seg.start - _PREPOSITION_WINDOW) : seg.start].split()
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            return False
        self._person_mention(person, seg.start, seg.end)
        return True

    def _person_mention(self, cluster: Cluster, start: int, end: int) -> None:
        cluster.add_name(start, end, self.text[start:end])
        self.person_mentions.append(PersonMention(start, end, cluster))

    def _add_org(self, seg: Segment) -> Cluster:
        name = self.text[seg.start : seg.end]
        cluster = self.orgs.find(seg.key)
        if cluster is None:
            cluster = self.orgs.by_suffix(seg.key.split())
        if cluster is None:
            cluster = self.orgs.add(seg.key)
        else:
            self.orgs.alias(cluster, seg.key)
        cluster.add_name(seg.start, seg.end, name)
        paren = _PAREN_ACRONYM.match(self.text, seg.end)
        if paren:
            self.orgs.alias(cluster, paren.group(1))
        return cluster

    # -- names known only from the others --------------------------------------------------

    def _add_team(self, seg: Segment) -> bool:
        if not self._is_team(seg) or self.persons.by_full(seg.key) is not None:
            return False
        if len(seg.words) == 1 and seg.key in lx.FIRST_NAMES:
            return False  # "beat Jane \n Quigley": a name broken over two lines
        if len(seg.words) == 1 and (
            self.persons.by_part(seg.key) is not None or self.persons.by_given(seg.key)
        ):
            return False  # "Hill", "Jansher": a player already named in full
        self._add_org(seg)
        return True

    def _add_listed_teams(self, pending: list[Segment]) -> list[Segment]:
        """"Essex, Derbyshire and Surrey": a name listed next to a team is a team too."""
        team_at: dict[int, Cluster] = {}
        team_end: dict[int, Cluster] = {}
        for cluster in self.orgs.clusters:
            for start, end, _ in cluster.names:
                team_at[start] = cluster
                team_end[end] = cluster
        rest: list[Segment] = []
        for seg in sorted(pending, key=_START):
            if len(seg.words) == 1 and self.persons.by_part(seg.key) is None:
                m_after = _LIST_LINK.match(self.text, seg.end)
                m_before = _LIST_LINK_BEFORE.search(self.text, max(0, seg.start - 6), seg.start)
                if (m_after and m_after.end() in team_at) or (
                    m_before and m_before.start() in team_end
                ):
                    team = self._add_org(seg)
                    team_at[seg.start] = team_end[seg.end] = team
                    continue
            rest.append(seg)
        return rest

    def _add_pending(self, seg: Segment) -> None:
        """A name without evidence: a known person's surname, or a shortened org name."""
        if id(seg) in self.deferred and (self._particle_surname(seg) or self._add_evident(seg)):
            return
        person = self.persons.by_full(seg.key)
        if person is None and len(seg.words) == 1:
            person = self.persons.by_part(seg.key) or self.persons.by_given(seg.key)
        if person is not None:
            self._person_mention(person, seg.start, seg.end)
            return
        org = self.orgs.find(seg.key)
        if org is None and seg.words[-1].text in lx.ORG_HEADS:
            org = self.orgs.by_suffix(seg.key.split())
        if org is None and self._is_team(seg):
            self._add_org(seg)
            return
        if org is None and len(seg.words) == 1:
            org = self.orgs.by_first_word(seg.key)
        if org is None and _company_context(self.text, seg.start, seg.end):
            org = self._add_org(seg)
            return
        if org is not None:
            org.add_name(seg.start, seg.end, self.text[seg.start : seg.end])
        elif len(seg.words) == 1:
            self._add_lone_word(seg)

    def _add_lone_word(self, seg: Segment) -> None:
        """A lone first name is a person, and so is a surname with a role before it or an
        age after it, or in a sports result; another unexplained name blocks pronouns."""
        person = None
        if self._lone_first_name(seg.words[0]):
            person = self.persons.by_first_name(seg.key, lx.given_name_gender(seg.key))
        elif self._surname_shaped(seg.words[0]) and self._lone_surname(seg):
            person = self.persons.add_single(seg.key, None)
        if person is not None:
            self._person_mention(person, seg.start, seg.end)
            person.title = person.title or self._title_of(seg)
        elif _AFTER_FUNCTION_WORD in seg.evidence:
            return
        elif _name_shaped(seg.key, seg.words[0].sentence_start) or seg.key in lx.FIRST_NAMES:
            self.unplaced.append((seg, self._block_pronouns(seg)))
        else:
            self.unplaced.append((seg, None))

    def _surname_shaped(self, w: Word) -> bool:
        """Name-shaped, and at a sentence start not an ordinary word ("Drummond, 54,")."""
        initial = w.sentence_start and w.text.lower() in self.lower_vocab
        return _name_shaped(w.text, initial)

    def _lone_surname(self, seg: Segment) -> bool:
        if self.sports and seg.start in self._roster_starts():
            return True  # "Given, Breen, Staunton, Irwin": a team's line-up
        if self.sports and (
            cricket_player(self.text, seg.start, seg.end) or country_after(seg, self.text)
        ):
            return True  # "b Jones 13", "Novak (Czech Republic)"
        found = title_before(self.words, seg.words[0].index)
        if found is not None and not self.words[found[1] - 1].cap:
            return True  # "midfielder Donato": a lower-case role right before
        if _AGE_AFTER.match(self.text, seg.end):
            return True  # "Drummond, 54," (", who" is weaker)
        return self._kin_after(seg) or self._office_after(seg) or self._role_apposition(seg)

    def _role_apposition(self, seg: Segment) -> bool:
        """"Leeson, the Belfast-born actor, ...": an apposition whose head is a role that
        only a person holds (a company can be "the market leader", not "the actor")."""
        if seg.words[0].sentence_start or not _DETERMINER_APPOSITION.match(self.text, seg.end):
            return False  # "Similarly, the ...": an adverb opening the sentence
        end = _past_post_nominals(self.text, seg.end)  # "Jane Roe KC, a barrister"
        span = apposition_after(self.text, end, self._sentence_end(end))
        if span is None:
            return False
        head = self.text[span[0] : span[1]].split()[-1].lower()
        return role_noun(head) and head not in _SHARED_ROLES

    def _kin_after(self, seg: Segment) -> bool:
        if not seg.words[0].possessive:
            return False
        m = _KIN_AFTER.match(self.text, seg.end)
        return m is not None and m.group(1) in lx.KIN_NOUNS

    def _office_after(self, seg: Segment) -> bool:
        if "-" in seg.key or not _OFFICE_AFTER.match(self.text, seg.end):
            return False  # "the Reagan-Bush administration": two people, not one
        return bool(_THE_BEFORE.search(self.text, max(0, seg.start - 5), seg.start))

    def _roster_starts(self) -> set[int]:
        if self._rosters is None:
            self._rosters = {
                start
                for para in self.doc.paragraphs
                for start, _ in roster_names(self.text, para.start, para.end)
            }
        return self._rosters

    def _lone_first_name(self, w: Word) -> bool:
        """"Nicole" alone: a common first name that is not also an ordinary word."""
        t = w.text
        if opens_quote(self.text, w.start):
            return False  # “Anne of a Thousand Days”: a title
        if t not in lx.FIRST_NAMES or t in lx.PLACES or t in lx.COMMON_CAPS:
            return False
        return t.lower() not in self.lower_vocab and t not in lx.EVENT_HEADS

    def _block_pronouns(self, seg: Segment) -> PersonMention:
        """An unexplained name ("Mohamed") may be the one a pronoun means: it takes part in
        pronoun resolution, so that "he" after it is not given to someone else."""
        blocker = self.blockers.setdefault(seg.key, Cluster("blocker"))
        mention = PersonMention(seg.start, seg.end, blocker)
        self.person_mentions.append(mention)
        return mention

    def _is_team(self, seg: Segment) -> bool:
        if not self.sports or not _team_name(seg.key):
            return False
        if team_context(self.text, seg.start, seg.end):
            return True
        # "the Braves", "the Springboks": a plural nickname is a team in sports copy
        w = seg.words[0]
        before = self.words[w.index - 1].text if w.index > 0 and w.joined else ""
        return len(seg.words) == 1 and seg.key.endswith("s") and before in {"the", "The"}

    def _title_of(self, seg: Segment) -> str | None:
        """The role written around this mention: before the name, in an apposition after
        or before it, an affiliation ("of the Civic Party"), a credential ("QC")."""
        first = seg.words[0].index
        found = title_before(self.words, first)
        address = None  # "Ms": a form of address, the title of last resort
        if found is not None:
            title = self._words_text(*found)
            if title in _NOT_TITLES:
                address = title
            elif (cleaned := clean_title(title)) is not None:
                return cleaned
        end = _past_post_nominals(self.text, seg.end)  # "Jane Roe KC, a barrister"
        span = apposition_after(self.text, end, self._sentence_end(end))
        if span is None:
            comma = title_before_comma(self.words, first, self.text)
            span = (self.words[comma[0]].start, self.words[comma[1] - 1].end) if comma else None
        span = span or affiliation_after(self.text, end) or credential_after(self.text, seg.end)
        if span is None and first > 0 and self.words[first - 1].possessive:
            span = self._owner_before(first)
        found_title = clean_title(self.text[span[0] : span[1]]) if span else None
        return found_title or address

    def _words_text(self, lo: int, hi: int) -> str:
        return self.text[self.words[lo].start : self.words[hi - 1].end]

    def _owner_before(self, first: int) -> tuple[int, int] | None:
        """"DAB’s Starry Lee": the owner of the name, when it is capitalised."""
        lo = first - 1
        if not self.words[lo].cap or not self.words[first].joined:
            return None
        while lo > 0 and self.words[lo].joined and self.words[lo - 1].cap:
            lo -= 1
        return self.words[lo].start, self.words[first - 1].end

    def _sentence_end(self, offset: int) -> int:
        sent = self.doc.sentence_at(max(offset - 1, 0))
        return sent.end if sent is not None else len(self.text)

    # -- groups and ALL-CAPS lines ---------------------------------------------------------

    def _add_groups(self) -> None:
        for start, end in find_groups(self.words, self.text):
            name = self.text[start:end]
            cluster = self.groups.setdefault(name.lower(), Cluster("group"))
            cluster.add_name(start, end, name)

    def _add_shouted(self) -> None:
        """Names in headlines and datelines written in capitals, found by their body form."""
        words = self.words
        shouted = [w.index for w in words if w.shouted]  # few: headlines, datelines
        if not shouted:
            return
        table = self._shouted_table()
        resume = 0  # the word after the last name found (a name spans several words)
        for i in shouted:
            if i < resume:
                continue
            hit = _longest_shouted(words, i, table, self.lower_vocab) or self._shouted_team(i)
            if hit is None:
                continue
            n, cluster = hit
            start, end = words[i].start, words[i + n - 1].end
            if cluster.kind == "person":
                self._person_mention(cluster, start, end)
            else:
                cluster.add_name(start, end, self.text[start:end])
            resume = i + n

    def _shouted_team(self, i: int) -> tuple[int, Cluster] | None:
        """"CHICAGO 70 62 .530" in a sports table: a team written in capitals."""
        if not self.sports:
            return None
        words = self.words
        line_start = self.text.rfind("\n", max(0, words[i].start - _MAX_LINE), words[i].start) + 1
        fixture = _FIXTURE.match(self.text, line_start)
        if fixture is not None and words[i].start in (fixture.start(1), fixture.start(2)):
            n = len(_fixture_team(fixture, words[i].start).split())
            return n, self.orgs.add(_fixture_team(fixture, words[i].start))
        if self.text[line_start : words[i].start].strip(" .0123456789"):
            return None  # a table row starts with the team (after a rank at most)
        n = 0
        while n < _MAX_SHOUTED_NAME and i + n < len(words):
            w = words[i + n]
            if not (w.shouted and w.text.isalpha() and (n == 0 or w.joined)):
                break
            n += 1
        while n > 0 and not _team_name(
            " ".join(w.text.capitalize() for w in words[i : i + n])
        ):
            n -= 1
        if n == 0 or not team_context(self.text, words[i].start, words[i + n - 1].end):
            return None
        name = " ".join(w.text for w in words[i : i + n])
        return n, self.orgs.add(name)

    def _shouted_table(self) -> dict[str, Cluster]:
        table: dict[str, Cluster] = {}
        for cluster in [*self.persons.clusters, *self.orgs.clusters]:
            for _, _, name in cluster.names:
                table.setdefault(" ".join(name.split()).upper(), cluster)
        for cluster in self.persons.clusters:
            for _, _, name in cluster.names:
                surname = name.split()[0 if cluster.east_asian else -1]
                if self.persons.by_part(surname) is cluster:
                    table.setdefault(surname.upper(), cluster)
        return table


def _longest_shouted(
    words: list[Word], i: int, table: dict[str, Cluster], lower_vocab: frozenset[str]
) -> tuple[int, Cluster] | None:
    """The longest known name starting at word i of a headline. In Title Case a lone word
    that is also an ordinary word ("Key", "Price") may be just that word: left alone."""
    first = words[i].text
    ordinary = not first.isupper() and first.lower() in lower_vocab
    best: tuple[int, Cluster] | None = None
    parts: list[str] = []
    for n in range(1, _MAX_SHOUTED_NAME + 1):
        k = i + n - 1
        if k >= len(words) or not words[k].shouted or (n > 1 and not words[k].joined):
            break
        parts.append(words[k].text.upper())
        found = table.get(" ".join(parts))
        if found is not None and not (n == 1 and ordinary):
            best = (n, found)
    return best


# "Gazeta Polska daily", "Interfax news agency": a publication or agency named before its noun.
_PUBLICATION_AFTER = re.compile(
    r"[ \t]+(daily|newspaper|weekly|tabloid|magazine|(?:news[ \t]+)?agency)\b"
)
# "Shares of Acme rose", "Acme shares fell", "Acme's stock": a listed company.
_SHARES_AFTER = re.compile(r"(?:’s|'s)?[ \t]+(?:shares|stock|stocks|shareholders)\b")
_SHARES_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Ss]takes?) (?:of|in) $")


def _company_context(text: str, start: int, end: int) -> bool:
    if _SHARES_AFTER.match(text, end):
        return True
    return bool(_SHARES_BEFORE.search(text, max(0, start - 15), start))


def _name_shaped(t: str, sentence_start: bool) -> bool:
    """A capitalised word mid-sentence that no list explains: possibly someone's name."""
    letters = t.replace("-", "").replace("'", "").replace("’", "")
    if sentence_start or not letters.isalpha() or not t[0].isupper() or t.isupper():
        return False
    return not (
        t in lx.PLACES or t in lx.DEMONYMS or t in lx.COMMON_CAPS or t in lx.CALENDAR_WORDS
        or t in lx.ORG_HEADS or t in lx.EVENT_HEADS or t in lx.KNOWN_ORGS
    )


def _team_name(name: str) -> bool:
    """Could this be a team's name? A place ("New York") or words not ordinary."""
    if name in lx.PLACES:
        return True
    return not any(
        w in lx.COMMON_CAPS or w in lx.CALENDAR_WORDS or w in lx.EVENT_HEADS
        for w in name.split()
    )


def _fixture_team(fixture: re.Match[str], start: int) -> str:
    return fixture.group(1) if fixture.start(1) == start else fixture.group(2)


_NICKNAME = re.compile(r"[ \t]+[\"“]([A-Z][^\"“”\n]{0,30})[\"”][ \t]+(?=[A-Z])")


def _join_nicknames(segments: list[Segment], text: str) -> list[Segment]:
    """`Roberto "Hands of Stone" Duran`: one name, its quoted nickname inside."""
    by_start = {seg.start: i for i, seg in enumerate(segments)}
    out: list[Segment] = []
    skip_until = -1
    for i, seg in enumerate(segments):
        if seg.start < skip_until:
            continue
        # The given name first: a cheap test that spares the pattern most segments.
        m = _NICKNAME.match(text, seg.end) if seg.words[-1].text in lx.FIRST_NAMES else None
        j = by_start.get(m.end(), -1) if m else -1
        if j > i and segments[j].kind in {"unknown", "person"}:
            last = segments[j]
            out.append(Segment(seg.words + last.words, "unknown"))
            skip_until = last.end
            continue
        out.append(seg)
    return out


# "StraussCinematography", "LeeFlagShareReply": words glued where a line break or a tag
# was lost. A name has one inner capital, mostly after a short prefix ("McDonald",
# "DeGraffenreid", "VanderSloot").
_GLUED_WORD = re.compile(r"[a-z]{5}[A-Z][a-z]{5}|[a-z][A-Z][a-z]+[A-Z][a-z]")


def _glued(seg: Segment) -> bool:
    """A would-be person's name of several words with a glued word: no name is kept."""
    return (
        seg.kind in {"unknown", "person"}
        and len(seg.words) > 1
        and any(_GLUED_WORD.search(w.text) for w in seg.words)
    )


def _merge_possessive_orgs(segments: list[Segment], text: str) -> list[Segment]:
    """"South Korea’s Ministry of Foreign Affairs" is one organisation mention."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (
            prev is not None
            and seg.kind == "organization"
            and _institution(seg)
            and prev.kind in {"place", "organization"}
            and prev.words[-1].possessive
            and len(prev.words) <= _MAX_OWNER_WORDS
            and "possessive" not in prev.evidence
            and text[prev.end : seg.start].strip() in {"’s", "'s", "’", "'"}
        ):
            out[-1] = Segment(prev.words + seg.words, "organization", evidence=["possessive"])
            continue
        out.append(seg)
    return out


# A name-shaped word: capitalised, letters (and inner hyphens or apostrophes) only.
_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)*")
_MIN_ORG_WITH_NAME = 5  # "University of Xland Jane Roe": head, link, owner, two names


def _split_trailing_names(segments: list[Segment]) -> list[Segment]:
    """"a student at University of Xland Jane Roe said ... Roe added": a body named by
    its head and "of" swallows the person written right after it. The last two words
    leave it as a person when the surname recurs alone in the article (a body's name
    is not cut down to its last word) and neither word is in any list."""
    lone = {seg.key for seg in segments if len(seg.words) == 1}
    out: list[Segment] = []
    for seg in segments:
        words = seg.words
        if (
            seg.kind == "organization"
            and seg.evidence == ["head"]
            and len(words) >= _MIN_ORG_WITH_NAME
            and words[-1].text in lone
            and words[0].text in lx.ORG_HEADS
            and words[1].text in {"of", "for"}
            and words[-3].cap
            and all(_unlisted_name_word(w) for w in words[-2:])
        ):
            out.append(Segment(words[:-2], "organization", evidence=["head"]))
            out.append(Segment(words[-2:], "person", evidence=["surname_again"]))
            continue
        out.append(seg)
    return out


def _unlisted_name_word(w: Word) -> bool:
    t = w.text
    return (
        not w.possessive
        and _PLAIN_NAME_WORD.fullmatch(t) is not None
        and _name_shaped(t, sentence_start=False)
        and t not in lx.TITLE_MODIFIERS
        and t not in lx.HONORIFICS
        and t not in lx.DEMONYMS
    )


def _institution(seg: Segment) -> bool:
    """"Ministry of Foreign Affairs", "Foreign Ministry": a body named by what it is, which
    needs its owner ("South Korea’s ..."), unlike a proper name ("Russia’s Interfax")."""
    words = seg.words
    if words[0].text in lx.ORG_HEADS:
        return True
    return all(w.text in lx.TITLE_MODIFIERS for w in words[:-1]) and words[-1].text in lx.ORG_HEADS


def _plural_title(word: str, nxt: str) -> bool:
    """"Senators", "Presidents", "Sens.": a title shared by the names listed after it;
    "Architects" too, a plural role noun, when a given name follows."""
    # Not a party's members ("Democrats Abroad"): those words are ordinary capitals.
    single = _singular_title(word)
    if single == word or word in lx.COMMON_CAPS:
        return False
    return single in lx.HONORIFICS or (role_noun(single) and nxt in lx.FIRST_NAMES)


def _singular_title(word: str) -> str:
    """"Senators" -> "Senator", "Sens." -> "Sen." (unchanged when no plural)."""
    if word.endswith("s."):
        return word[:-2] + "."
    return word[:-1] if word.endswith("s") else word


def _past_post_nominals(text: str, end: int) -> int:
    m = _POST_NOMINALS_AFTER.match(text, end)
    return end if m is None else m.end()


def _capitals_surname(seg: Segment) -> bool:
    """A listed given name, then a surname in capitals ("Marcel DUBOIS"), in running text;
    an acronym after a full name ("Jane Roe ABC") is no surname, nor a short one."""
    words = seg.words
    if len(words) == 3 and _ROMAN_NUMERAL.match(words[2].text):
        words = words[:2]  # "Joe Roe III"
    if len(words) != 2 or any(w.shouted for w in words):
        return False
    first, last = words[0].text, words[1].text
    if first not in lx.FIRST_NAMES or first in lx.PLACES or first.isupper():
        return False
    if not (len(last) >= _MIN_CAPITALS_SURNAME and last.isalpha() and last.isupper()):
        return False
    return not (
        last in lx.KNOWN_ORGS or last.capitalize() in lx.ORG_HEADS or last in lx.NOT_PARTICIPANTS
    )


def _couple_surnames(segments: list[Segment], text: str) -> dict[int, str]:
    """"John and Mary Roe", "Gary & Ann Roe": the first given name shares the surname,
    unless the article names another John in full or writes John as a surname."""
    out: dict[int, str] = {}
    surnames_of: dict[str, set[str]] | None = None  # built for the rare article that needs it
    for a, b in pairwise(segments):
        if b.start - a.end not in _COUPLE_GAPS or len(a.words) != 1 or len(b.words) < 2:
            continue
        if a.kind != "unknown" or b.kind not in ("unknown", "person"):
            continue
        if text[a.end : b.start] not in _COUPLE_LINKS:
            continue
        given, surname = b.words[0].text, b.words[-1].text
        if a.key not in lx.FIRST_NAMES or a.key in lx.PLACES or given not in lx.FIRST_NAMES:
            continue
        if surname in lx.FIRST_NAMES or b.words[-1].possessive:
            continue
        if surnames_of is None:
            surnames_of = _surnames_by_given(segments)
        if surnames_of.get(a.key, set()) <= {surname}:
            out[id(a)] = surname
    return out


def _surnames_by_given(segments: list[Segment]) -> dict[str, set[str]]:
    """Given name -> the surnames written after it ("" when it is itself a surname)."""
    out: dict[str, set[str]] = {}
    for seg in segments:
        if len(seg.words) >= 2:
            out.setdefault(seg.words[0].text, set()).add(seg.words[-1].text)
            out.setdefault(seg.words[-1].text, set()).add("")
    return out


def _particle_shaped(seg: Segment) -> bool:
    """"von Roe", "Van der Roe": name particles, then one word."""
    words = seg.words
    if seg.kind not in ("unknown", "person") or len(words) < 2:
        return False
    return all(w.text in _PARTICLE_FORMS for w in words[:-1])


def _titled_gender(seg: Segment) -> str | None:
    """"Mrs Roe": the honorific's gender; "Judge Jane Roe": a neutral title, the given
    name's gender, as for an untitled full name."""
    gender = _honorific_gender(seg.honorific)
    if gender is not None or len(seg.words) < 2 or east_asian_name(seg.words):
        return gender
    return lx.given_name_gender(seg.words[0].text)


def _honorific_gender(honorific: str | None) -> str | None:
    gender = lx.HONORIFICS.get(honorific or "", "-")
    return None if gender == "-" else gender


def _participants(text: str, clusters: list[Cluster]) -> tuple[Participant, ...]:
    named = [(c, _name_of(c)) for c in clusters if c.names]
    shown = display_names(text, [(c, name) for c, name in named if c.kind == "person"])
    # Never two participants of one name and kind: those left so are one in the table.
    merged: dict[tuple[str, str], tuple[Cluster, set[tuple[int, int]]]] = {}
    for c, name in named:
        spans = {(s, e) for s, e, _ in c.names} | set(c.others)
        first, seen = merged.setdefault((shown.get(id(c), name), c.kind), (c, spans))
        if first is not c:
            seen |= spans
            first.title = first.title or c.title
    out: list[tuple[int, int, Participant]] = []
    for (name, kind), (c, span_set) in merged.items():
        ordered = sorted(span_set)
        participant = Participant(
            name=name,
            kind="person" if kind == "person" else kind,  # type: ignore[arg-type]
            title=c.title if kind == "person" else None,
            mentions=tuple([Span(text[s:e], s, e) for s, e in ordered]),
        )
        out.append((-len(ordered), ordered[0][0], participant))
    out.sort(key=_RANK)
    return tuple(p for _, _, p in out)


def _name_of(c: Cluster) -> str:
    name = c.canonical()
    if c.kind == "organization":
        return lx.ORG_ABBREVIATIONS.get(name, name)  # "UN" -> "United Nations"
    return name
