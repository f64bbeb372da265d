"""Make article text safe for a terminal or a one-line cell."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and bidi overrides: escape sequences must never reach a terminal.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as visible escapes (``\\x1b``)."""
    return _UNSAFE.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


def one_line(text: str) -> str:
    """Printable, with line breaks and runs of white space folded to one space."""
    return " ".join(printable(text).split())
