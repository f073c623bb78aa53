"""Errors a user can act on: each names what was given and how to fix it, and carries an exit code.

Exit codes of the `strikewatch` command (also in the README):
  0  success (warnings, such as a skipped malformed JSONL line, do not change it)
  1  some inputs were rejected; the others were processed and stored
  2  usage error: bad option, missing path, invalid search syntax
  3  every input was rejected (nothing was processed)
  4  archive error: the database cannot be opened, is not a strikewatch archive, or is newer than this version
  130  interrupted (Ctrl-C or SIGTERM); every document stored before the interrupt stays
"""
from __future__ import annotations

import re

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_ARCHIVE = 4
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM, as shells report 128 + SIGINT


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` with control characters (newline, ESC, ...) written as escapes: a file named
    "a\\nerror: b" must not forge a line of output, nor an ESC sequence repaint the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class StrikewatchError(Exception):
    """Base of all errors strikewatch reports to the user in one line."""

    exit_code = EXIT_USAGE


class UsageError(StrikewatchError):
    exit_code = EXIT_USAGE


class InputError(StrikewatchError):
    """An input file or record cannot be read; `location` is `path` or `path:line`."""

    exit_code = EXIT_INPUT

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{printable(location)}: {message}")
        self.location = location
        self.reason = message


class AnalysisError(StrikewatchError):
    """Finding the events of one document failed; the document is stored without events."""

    exit_code = EXIT_PARTIAL


class QueryError(StrikewatchError):
    exit_code = EXIT_USAGE


class ArchiveError(StrikewatchError):
    exit_code = EXIT_ARCHIVE


class LexiconError(StrikewatchError):
    """A language data file is malformed: names the file, the key and what was expected."""

    exit_code = EXIT_USAGE


class RegistryError(StrikewatchError):
    """The event type registry (types.toml) is malformed: names the file, the type and the key."""

    exit_code = EXIT_USAGE
