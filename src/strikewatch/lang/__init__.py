"""Language knowledge as data: one folder per language (ISO 639-1 code), one TOML file per concern.

Languages are found by discovery (a folder with a `dates.toml` is a language), so adding a language
is adding a folder. Every file is validated on load against its schema (`lang/schema.py`); an error
names the file, the line, the key and what was expected.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from strikewatch.errors import LexiconError
from strikewatch.lang.schema import SCHEMAS, read

LANG_DIR = Path(__file__).parent


def available_languages() -> list[str]:
    """Languages that have data, by discovery."""
    return sorted(p.name for p in LANG_DIR.iterdir() if (p / "dates.toml").is_file())


@cache
def load(language: str, name: str) -> dict[str, Any]:
    """The validated contents of `lang/<language>/<name>.toml`."""
    path = LANG_DIR / language / f"{name}.toml"
    if not path.is_file():
        raise LexiconError(
            f"no {name!r} data for language {language!r} ({path} is missing); "
            f"languages with data: {', '.join(available_languages())}")
    data = read(path, SCHEMAS.get(name), f"language {language!r}: ")
    return with_cldr_calendar(language, data) if name == "dates" else data


def with_cldr_calendar(language: str, data: dict[str, Any]) -> dict[str, Any]:
    """Month and weekday names from CLDR (babel), in their full written forms, extended and overridden
    by the file's own `[months]` and `[weekdays]` (abbreviations, spellings without accents)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return data
    months = {name.lower(): number for context in ("format", "stand-alone")
              for number, name in get_month_names("wide", context, locale).items()}
    weekdays = {name.lower(): number for context in ("format", "stand-alone")
                for number, name in get_day_names("wide", context, locale).items()}
    return {**data, "months": {**months, **data.get("months", {})}, "weekdays": {**weekdays, **data.get("weekdays", {})}}
