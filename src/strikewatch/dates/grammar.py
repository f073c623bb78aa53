"""Date expressions of one language as regular expressions built from its data file
(`lang/<code>/dates.toml`): full and partial dates, ranges, nights, weekdays, months, years,
relative days and periods. Each match carries named groups that `resolve.py` turns into dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from strikewatch import lang
from strikewatch.extraction.lexicon import fold


@dataclass(frozen=True)
class Grammar:
    language: str
    pattern: re.Pattern[str]  # one alternation; the name of the group that matched tells the kind
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, int]
    anchor_relative: dict[str, int]
    periods: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    month_parts: dict[str, str]
    open_start: tuple[str, ...]
    until: tuple[str, ...]
    open_start_verbs: frozenset[str]
    close_verbs: frozenset[str]
    night_of: tuple[str, ...]
    duration_units: tuple[str, ...]
    last: frozenset[str]
    flashback_aux: frozenset[str]
    flashback_tense: str
    capitalised_months: bool  # English: "may" and "march" are months only when written "May", "March"


def _alt(words: Any) -> str:
    """Regex alternation of phrases, longest first; spaces match any run of white space."""
    items = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def load_grammar(language: str) -> Grammar:
    data = lang.load(language, "dates")
    g = data["grammar"]
    months = {fold(k): v for k, v in data["months"].items()}
    weekdays = {fold(k): v for k, v in data["weekdays"].items()}
    ordinals = {fold(k): v for k, v in data["ordinals"].items()}
    month = rf"(?:{_alt(months)})(?!\w)"
    weekday = rf"(?:{_alt(weekdays)})(?!\w)"
    day = rf"(?:{_alt(ordinals)}|[0-3]?\d)(?:st|nd|rd|th|er|e)?(?![\d\w])"
    numeric_day = r"[0-3]?\d(?:st|nd|rd|th|er|e)?(?![\d\w])"  # "le premier" alone is no date
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    part = _alt(g["month_parts"])
    last = _alt(g["last"])
    # the words some languages put between day, month and year ("3 de enero de 2022"; "early of")
    links = g.get("date_links", [])
    sep = rf"\s+(?:(?:{_alt(links)})\s+)?" if links else r"\s+"

    def named(name: str, body: str) -> str:
        return f"(?P<{name}>{body})"

    # a point in a range: "3", "3 janvier", "3 janvier 2022", "January 3", "mardi", "mardi 3"
    def point(tag: str) -> str:
        return (rf"(?:{named(f'wd{tag}', weekday)}\s+)?(?:"
                rf"{named(f'd{tag}', day)}(?:{sep}{named(f'm{tag}', month)}(?:{sep}{named(f'y{tag}', year)})?)?"
                rf"|{named(f'mb{tag}', month)}\s+{named(f'db{tag}', day)}(?:,?\s+{named(f'yb{tag}', year)})?"
                rf"|(?<=\s){named(f'wo{tag}', weekday)})")

    # every alternative needs its own group names: number the pairs
    alternatives = []
    for n, (a, b) in enumerate(g["range_pairs"]):
        alternatives.append(rf"(?:{_alt([a])})\s+{point(f'{n}a')}\s+(?:{_alt([b])})\s+(?:(?:{_alt(g['articles'])})\s+)?{point(f'{n}b')}")
    range_body = "|".join(f"(?:{alt})" for alt in alternatives)

    phrases = {**data["relative"], **data["anchor_relative"], **data["periods"], **data["seasons"]}
    body = "|".join([
        named("range", range_body),
        named("full", rf"(?:{weekday},?\s+)?(?:{day}{sep}{month}(?:\s*,?{sep}{year}|\s*,?\s*{year})?|{month}\s+{day}(?:,?\s+{year})?)"),
        named("phrase", _alt(phrases)),
        named("wdday", rf"{weekday}\s+{day}"),
        named("monthexpr", rf"(?:(?:{part})[\s-]*(?:(?:{_alt(links)})\s+)?)?{month}(?:{sep}{year})?"),
        named("year", rf"(?:{_alt(g['year_words'])})\s+{year}"),
        named("weekday", rf"(?:(?:{last})\s+)?{weekday}(?:\s+(?:{last}))?"),
        named("bareday", rf"(?<!\w)(?:{_alt(g['articles'])})\s+{numeric_day}(?!\s*(?:h\b|%|heures?|hours?|ans|years?))"
                           rf"(?!{sep}{month})"),
    ])
    return Grammar(
        language=language,
        pattern=re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE),
        months=months, weekdays=weekdays, ordinals=ordinals,
        relative={fold(k): v for k, v in data["relative"].items()},
        anchor_relative={fold(k): v for k, v in data["anchor_relative"].items()},
        periods={fold(k): v for k, v in data["periods"].items()},
        seasons={fold(k): (v[0], v[1]) for k, v in data["seasons"].items()},
        month_parts={fold(k): v for k, v in g["month_parts"].items()},
        open_start=tuple(sorted((fold(w) for w in g["open_start"]), key=len, reverse=True)),
        until=tuple(fold(w) for w in g["until"]),
        open_start_verbs=frozenset(fold(w) for w in g["open_start_verbs"]),
        close_verbs=frozenset(fold(w) for w in g.get("close_verbs", [])),
        night_of=tuple(fold(w) for w in g.get("night_of", [])),
        duration_units=tuple(fold(w) for w in g.get("duration_units", [])),
        last=frozenset(fold(w) for w in g["last"]),
        flashback_aux=frozenset(g["flashback_aux"]),
        flashback_tense=g["flashback_tense"],
        capitalised_months=bool(g.get("months_need_capital", False)),
    )
