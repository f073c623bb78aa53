"""Language knowledge as data: one folder per language (ISO 639-1 code), one TOML file per concern.

Languages are found by discovery (a folder with a `dates.toml` is a language), so adding a language
is adding a folder. Every file is validated on load; an error names the file, the key and what was
expected.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from strikewatch.errors import LexiconError

LANG_DIR = Path(__file__).parent

Check = Callable[[Any], bool]


def _mapping_of(value_check: Check) -> Check:
    return lambda v: isinstance(v, dict) and all(isinstance(k, str) and value_check(x) for k, x in v.items())


def _is_int_in(lo: int, hi: int) -> Check:
    return lambda v: isinstance(v, int) and lo <= v <= hi


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


def _table_with(**checks: Check) -> Check:
    """A table whose listed keys pass their checks (keys marked optional may be absent)."""
    def check(v: Any) -> bool:
        return isinstance(v, dict) and all(
            (key.removesuffix("_optional") not in v and key.endswith("_optional"))
            or (key.removesuffix("_optional") in v and fn(v[key.removesuffix("_optional")]))
            for key, fn in checks.items())
    return check


def _is_str(v: Any) -> bool:
    return isinstance(v, str) and bool(v)


_paired_list = lambda v: isinstance(v, list) and all(  # noqa: E731
    _table_with(lemmas=_is_str_list, needs=_is_str_list)(g) and set(g) == {"lemmas", "needs"} for g in v)
_trigger_table = _table_with(lemmas_optional=_is_str_list, phrases_optional=_is_str_list,
                             weak_optional=_is_str_list, subtypes_optional=_mapping_of(_is_str),
                             requires_optional=_is_str_list, unless_optional=_is_str_list,
                             paired_optional=_paired_list)


# file -> key -> (check, what was expected); keys not listed are free-form but must parse.
SCHEMAS: dict[str, dict[str, tuple[Check, str]]] = {
    "dates": {
        "months": (_mapping_of(_is_int_in(1, 12)), "a table of month word = number 1..12"),
        "weekdays": (_mapping_of(_is_int_in(0, 6)), "a table of weekday word = number 0 (Monday)..6"),
        "ordinals": (_mapping_of(_is_int_in(1, 31)), "a table of ordinal word = day 1..31"),
        "header": (lambda v: isinstance(v, dict) and _is_str_list(v.get("author_cues")),
                   "a table with author_cues = a list of words"),
        "elapsed_optional": (_table_with(since=_is_str_list, after=_is_str_list, approx_optional=_is_str_list,
                                         one_optional=_is_str_list, units=_mapping_of(_is_int_in(1, 366)),
                                         ordinal_suffixes_optional=_is_str_list,
                                         ordinals_optional=_mapping_of(_is_int_in(2, 100))),
                             "a table with since and after lists, a units table (word = days) and optional "
                             "approx, one, ordinal_suffixes lists and an ordinals table"),
    },
    "pipeline": {"model": (_is_str, "the name of an installed spaCy pipeline package"),
                 "quiet_warnings_optional": (_is_str_list, "a list of spaCy warning codes such as \"W095\""),
                 "install_optional": (_is_str, "the command that installs the model")},
    "modality": {
        "not_happened": (_table_with(governors=_is_str_list, announce=_is_str_list, preceding=_is_str_list,
                                     negations=_is_str_list,
                                     future_morph_optional=lambda v: isinstance(v, list),
                                     announced_by_optional=_is_str_list, courses_optional=_is_str_list),
                         "a table with lists governors, announce, preceding, negations"),
    },
    "attributes": {
        "actors": (_mapping_of(_is_str), "a table of phrase = English actor"),
        "sectors": (_mapping_of(_is_str), "a table of phrase = English sector"),
        "demands": (_mapping_of(_is_str_list), "a table of demand = list of phrases"),
        "counts": (_table_with(people=_is_str_list, dead=_is_str_list, injured=_is_str_list,
                               arrested=_is_str_list, dismissed=_is_str_list,
                               words=_mapping_of(_is_int_in(1, 10**9)), vague=_mapping_of(_is_int_in(1, 10**9))),
                   "a table with people/dead/injured/arrested/dismissed lists and words and vague tables"),
        "movement": (_table_with(nouns=_is_str_list, spread_verbs=_is_str_list),
                     "a table with nouns and spread_verbs lists"),
        "employer": (_table_with(cues=_is_str_list, workplaces=_is_str_list, not_employers=_is_str_list),
                     "a table with cues, workplaces and not_employers lists"),
    },
}


def _validate_events(data: dict[str, Any], path: Path, language: str) -> None:
    for event_type, table in data.items():
        if event_type == "not_triggers":
            if not _table_with(phrases=_is_str_list)(table):
                raise LexiconError(f"{path}: language {language!r}: key 'not_triggers' should be a table "
                                   "with phrases = a list of phrases")
            continue
        if not _trigger_table(table):
            raise LexiconError(f"{path}: language {language!r}: key {event_type!r} should be a table with "
                               "lists lemmas, phrases, weak, requires, unless (words), a subtypes table "
                               "(phrase = subtype) and [[paired]] tables of lemmas and needs")


def available_languages() -> list[str]:
    """Languages that have data, by discovery."""
    return sorted(p.name for p in LANG_DIR.iterdir() if (p / "dates.toml").is_file())


def validate(name: str, data: dict[str, Any], path: Path, language: str) -> None:
    if name == "events":
        _validate_events(data, path, language)
    for entry, (check, expected) in SCHEMAS.get(name, {}).items():
        key = entry.removesuffix("_optional")
        if key not in data and key != entry:
            continue
        if key not in data:
            raise LexiconError(f"{path}: language {language!r}: missing key {key!r} ({expected})")
        if not check(data[key]):
            raise LexiconError(f"{path}: language {language!r}: key {key!r} should be {expected}")


@cache
def load(language: str, name: str) -> dict[str, Any]:
    """The validated contents of `lang/<language>/<name>.toml`."""
    path = LANG_DIR / language / f"{name}.toml"
    if not path.is_file():
        raise LexiconError(
            f"no {name!r} data for language {language!r} ({path} is missing); "
            f"languages with data: {', '.join(available_languages())}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: language {language!r}: not valid TOML: {exc}") from None
    validate(name, data, path, language)
    return data
