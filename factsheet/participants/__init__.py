"""Participants: people, organisations and groups with their mentions merged (stub)."""

from __future__ import annotations

from factsheet.model import Participant
from factsheet.text import Document


def extract_participants(doc: Document) -> tuple[Participant, ...]:
    """Each participant once, most important first, all its mentions in text order."""
    return ()
