"""Renderers: thin layers that turn fact sheets into table, JSON, Markdown or CSV output."""

from __future__ import annotations

SECTIONS = ("event", "dates", "participants", "quotes")
