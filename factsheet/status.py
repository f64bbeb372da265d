"""The CLI's exit codes: one enum, documented in --help and the README."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    SUCCESS = 0
    #: Some inputs could not be read or summarised; the others were written.
    INPUT_ERROR = 1
    #: Bad usage: unknown option, malformed --ref-date, no input given (csvkit's convention).
    USAGE = 2
    #: Interrupted with Ctrl-C (128 + SIGINT).
    INTERRUPTED = 130
