"""Language knowledge as data: one folder per language (ISO 639-1 code), one TOML file per concern.

Languages are found by discovery (a folder with a `dates.toml` is a language), so adding a language
is adding a folder. Every file is validated on load against its schema (`lang/schema.py`); an error
names the file, the line, the key and what was expected.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from strikewatch.errors import LexiconError
from strikewatch.lang.schema import SCHEMAS, Dependencies, read

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
    return read(path, SCHEMAS.get(name), f"language {language!r}: ")


@cache
def load_dependencies() -> dict[str, Any]:
    """The validated parse relations the rules read (`lang/dependencies.toml`), shared by every language."""
    return read(LANG_DIR / "dependencies.toml", Dependencies)
