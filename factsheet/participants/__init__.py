"""Participants: people, organisations and groups with their mentions merged.

Pipeline (``builder.Builder.run``): words -> runs of capitalised words -> segments
(title/name/place/org) -> person evidence -> clusters (full names, surnames, abbreviations,
short org names, sports teams) -> titles -> groups -> ALL-CAPS and Title Case lines
(headlines, labels: capitals there say nothing) looked up by their body names -> role
nominals and pronouns. Modules: ``words`` (word scan), ``runs`` (name finder),
``classify`` (person evidence), ``titles``, ``clusters`` (merging), ``anaphora``
(pronouns, nominals), ``groups``, ``sports``, ``lexicon`` (word lists in ``data/``).
"""

from __future__ import annotations

from factsheet.model import Participant
from factsheet.participants.builder import Builder
from factsheet.text import Document


def extract_participants(doc: Document) -> tuple[Participant, ...]:
    """Each participant once, most important first, all its mentions in text order."""
    if not doc.text.strip():
        return ()
    return Builder(doc).run()
