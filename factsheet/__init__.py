"""factsheet: the fact sheet of a news article (event, dates, participants, quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract"]

if TYPE_CHECKING:
    from factsheet.pipeline import extract


def __getattr__(name: str) -> Any:
    # Lazy: `factsheet --version` must not pay for the extractors' import.
    if name == "extract":
        from factsheet.pipeline import extract

        return extract
    raise AttributeError(name)
