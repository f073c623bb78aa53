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
    pattern: re.Pattern[str]  # one alternation over folded text; the name of the group that matched tells the kind
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, int]
    anchor_relative: dict[str, int]
    periods: dict[str, str]
    part_periods: dict[str, str]
    holidays: dict[str, tuple[int, int]]
    year_offsets: dict[str, int]
    ago_units: dict[str, int]
    numbers: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    month_parts: dict[str, str]
    open_start: tuple[str, ...]
    open_start_written: tuple[str, ...]  # as written, accents kept: "dès" a few words back, never "des"
    until: tuple[str, ...]
    open_start_verbs: frozenset[str]
    open_ended: frozenset[str]
    close_verbs: frozenset[str]
    night_of: tuple[str, ...]
    duration_units: tuple[str, ...]
    duration_hours: tuple[str, ...]
    last: frozenset[str]
    coming: frozenset[str]  # "next Monday", "lundi prochain": the first such day after publication
    weekday_links: frozenset[str]  # "Saturday and Sunday", "samedi et dimanche": one range
    flashback_aux: frozenset[str]
    flashback_tense: str
    ahead_aux: frozenset[str]  # "will": a clause with it tells of the coming days
    ahead_tense: str | None  # "Tense=Fut": so does a verb in this tense
    capitalised_months: frozenset[str]  # English "may", "march": months only when written "May", "March"
    day_suffixes: tuple[str, ...]  # "3rd", "1er"
    day_first: bool  # numeric dates "03/05/2024" are day/month/year


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
    suffixes = tuple(sorted((fold(w) for w in g.get("day_suffixes", [])), key=len, reverse=True))
    suffix = rf"(?:{_alt(suffixes)})?" if suffixes else ""
    day = rf"(?:{_alt(ordinals)}|[0-3]?\d){suffix}(?![\d\w])"
    numeric_day = rf"[0-3]?\d{suffix}(?![\d\w])"  # "le premier" alone is no date
    # where the language writes a day with its suffix ("on the 23rd"), a bare number is none ("the 23 held")
    bare_day = rf"[0-3]?\d(?:{_alt(suffixes)})(?![\d\w])" if g.get("bare_day_needs_suffix") and suffixes else numeric_day
    not_day = rf"\s*(?:{_alt(g['not_day_units'])})(?!\w)|" if g.get("not_day_units") else ""
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    part = _alt(g["month_parts"])
    last_or_next = _alt([*g["last"], *g.get("next", [])])
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

    # "3-5 May", "May 3–5", "2 and 3 January", "les 2 et 3 janvier": a day range, the month said once
    day_links = g.get("weekday_links", [])
    dash = rf"(?:\s*[-–]\s*|\s+(?:{_alt(day_links)})\s+)" if day_links else r"\s*[-–]\s*"
    n = len(g["range_pairs"])
    alternatives.append(rf"{named(f'd{n}a', day)}{dash}{named(f'd{n}b', day)}{sep}{named(f'm{n}b', month)}"
                        rf"(?:{sep}{named(f'y{n}b', year)})?")
    alternatives.append(rf"{named(f'mb{n + 1}a', month)}\s+{named(f'db{n + 1}a', day)}{dash}{named(f'd{n + 1}b', day)}"
                        rf"(?:,?\s+{named(f'y{n + 1}b', year)})?")
    range_body = "|".join(f"(?:{alt})" for alt in alternatives)

    periods = data["periods"]
    part_periods = data.get("part_periods", {})
    holidays = data.get("holidays", {})
    year_offsets = g.get("year_offsets", {})
    elapsed = data.get("elapsed", {})
    ago_units = {fold(k): int(v) for k, v in elapsed.get("units", {}).items()}
    numbers = {fold(k): int(v) for k, v in lang.load(language, "attributes")["counts"]["words"].items() if int(v) <= 60}
    numbers.update({fold(w): 1 for w in elapsed.get("one", [])})
    approx = rf"(?:(?:{_alt(elapsed['approx'])})\s+)?" if elapsed.get("approx") else ""
    ago_number = rf"{approx}(?:\d{{1,2}}|{_alt(numbers)})"
    ago_unit = _alt(ago_units)
    ago = [rf"(?:{_alt(elapsed['ago_before'])})\s+{ago_number}\s+(?:{ago_unit})(?!\w)"] if elapsed.get("ago_before") else []
    ago += [rf"{ago_number}\s+(?:{ago_unit})\s+(?:{_alt(elapsed['ago_after'])})(?!\w)"] if elapsed.get("ago_after") else []
    # "August 1980", "August, 1980", and "March last year", "mars de l'année dernière"
    month_year = rf"(?:,?{sep}{year})"
    year_tail = (rf"(?:{month_year}|\s+(?:{_alt(year_offsets)})(?!\w))?" if year_offsets else rf"{month_year}?")
    period_links = rf"(?:(?:{_alt(g['period_links'])})\s*)?" if g.get("period_links") else ""
    numeric_day_first = bool(g.get("numeric_day_first", False))
    phrases = {**data["relative"], **data["anchor_relative"], **periods, **data["seasons"]}
    body = "|".join([
        named("range", range_body),
        named("iso", r"(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"),
        *([named("numeric", r"[0-3]?\d[/.][01]?\d[/.](?:19|20)\d\d(?!\d)")] if numeric_day_first else []),
        named("full", rf"(?:{weekday},?\s+)?(?:{day}(?:{sep}|\s*-\s*){month}(?:\s*,?{sep}{year}|\s*,?\s*{year})?"
                      rf"|{month}\s+{day}(?:,?\s+{year})?)"),
        *([named("holiday", _alt(holidays))] if holidays else []),
        *([named("ago", "|".join(ago))] if ago else []),
        named("partperiod", rf"(?:{part})[\s-]*{period_links}(?:{_alt({**periods, **part_periods})})(?!\w)"),
        named("phrase", _alt(phrases)),
        named("wdday", rf"{weekday}\s+{day}"),
        named("monthexpr", rf"(?:(?:{part})[\s-]*(?:(?:{_alt(links)})\s+)?)?{month}{year_tail}"),
        named("year", rf"(?:{_alt(g['year_words'])})\s+{year}"),
        named("weekday", rf"(?:(?:{last_or_next})\s+)?{weekday}(?:\s+(?:{last_or_next}))?"),
        named("bareday", rf"(?<!\w)(?:{_alt(g['articles'])})\s+{bare_day}"
                           rf"(?!{not_day}{sep}{month}|\s*[-–]\s*\d|[/.]\d)"),
    ])
    return Grammar(
        language=language,
        # read on folded text (fold_chars: lower case, no accents), as every phrase of the body is folded:
        # no IGNORECASE, which made every search twice as slow
        pattern=re.compile(rf"(?<!\w)(?:{body})"),
        months=months, weekdays=weekdays, ordinals=ordinals,
        relative={fold(k): v for k, v in data["relative"].items()},
        anchor_relative={fold(k): v for k, v in data["anchor_relative"].items()},
        periods={fold(k): v for k, v in periods.items()},
        part_periods={fold(k): v for k, v in part_periods.items()},
        holidays={fold(k): (v[0], v[1]) for k, v in holidays.items()},
        year_offsets={fold(k): int(v) for k, v in year_offsets.items()},
        ago_units=ago_units, numbers=numbers,
        seasons={fold(k): (v[0], v[1]) for k, v in data["seasons"].items()},
        month_parts={fold(k): v for k, v in g["month_parts"].items()},
        open_start=tuple(sorted((fold(w) for w in g["open_start"]), key=len, reverse=True)),
        open_start_written=tuple(sorted((w.lower() for w in g["open_start"]), key=len, reverse=True)),
        until=tuple(fold(w) for w in g["until"]),
        open_start_verbs=frozenset(fold(w) for w in g["open_start_verbs"]),
        open_ended=frozenset(fold(w) for w in g.get("open_ended", [])),
        close_verbs=frozenset(fold(w) for w in g.get("close_verbs", [])),
        night_of=tuple(fold(w) for w in g.get("night_of", [])),
        duration_units=tuple(fold(w) for w in g.get("duration_units", [])),
        duration_hours=tuple(fold(w) for w in g.get("duration_hours", [])),
        last=frozenset(fold(w) for w in g["last"]),
        coming=frozenset(fold(w) for w in g.get("next", [])),
        weekday_links=frozenset(fold(w) for w in g.get("weekday_links", [])),
        flashback_aux=frozenset(g["flashback_aux"]),
        flashback_tense=g["flashback_tense"],
        ahead_aux=frozenset(g.get("ahead_aux", [])),
        ahead_tense=g.get("ahead_tense"),
        capitalised_months=frozenset(fold(w) for w in g.get("months_need_capital", [])),
        day_suffixes=suffixes,
        day_first=numeric_day_first,
    )
