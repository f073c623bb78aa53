"""Publication date, author and title read from the head of a text when the caller gives none
("samedi 8 janvier 2022, par X", "By X | 8 January 2022", a first short line as title)."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from strikewatch import lang

HEAD_CHARS = 800  # by-lines and datelines stand near the top; further down a date is an event date
# a page's own date stamp, at its very start, that names only a month ("date 2022-10", "2022-10 |"):
# a word and a colon at most before it, and no day after it
MONTH_STAMP = re.compile(r"\A\W*(?:[^\W\d]+\s*:?\s*)?(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?![\d-])")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[dict[str, int], list[re.Pattern[str]], re.Pattern[str]]:
    months: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    weekdays: list[str] = []
    cues: list[str] = []
    links: list[str] = []
    suffixes: list[str] = []
    for code in lang.available_languages():
        data = lang.load(code, "dates")
        months.update(data["months"])
        ordinals.update(data["ordinals"])
        weekdays.extend(data["weekdays"])
        cues.extend(data["header"]["author_cues"])
        links.extend(data["grammar"].get("date_links", []))
        suffixes.extend(data["grammar"].get("day_suffixes", []))
    month = f"(?P<month>{_alternation(list(months))})"
    day = rf"(?P<day>{_alternation(list(ordinals))}|\d{{1,2}})"
    weekday = rf"(?:(?:{_alternation(weekdays)}),?\s+)?"
    link = rf"(?:(?:{_alternation(links)})\s+)?" if links else ""  # "3 de enero de 2022"
    suffix = rf"(?:{_alternation(suffixes)})?" if suffixes else ""  # "3rd", "1er"
    date_patterns = [
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
        re.compile(rf"\b{weekday}{day}{suffix}\s+{link}{month}(?!\w)\s*,?\s+{link}(?P<year>\d{{4}})\b", re.I),
        re.compile(rf"\b{weekday}{month}(?!\w)\s+{day}{suffix},?\s+(?P<year>\d{{4}})\b", re.I),
    ]
    author = re.compile(
        rf"(?:^|[\s,|])(?:{_alternation(cues)})\s+(?P<author>[A-ZÀ-Ý][^\n,.;:()|]{{2,80}})", re.I)
    return {**months, **ordinals}, date_patterns, author


def _to_date(match: re.Match[str], words: dict[str, int]) -> str | None:
    def number(group: str) -> int:
        value = match.group(group)
        return int(value) if value.isdigit() else words[value.lower()]

    try:
        return date(int(match.group("year")), number("month"), number("day")).isoformat()
    except (ValueError, KeyError):
        return None


def find_published(text: str) -> str | None:
    """First full date (day, month, year) in the head of the text, as an ISO date; or, for a page
    stamped with a month only, that month ("2022-10"), unless the head names a day of it."""
    words, date_patterns, _ = _patterns()
    head = text[:HEAD_CHARS]
    found: list[tuple[int, str]] = []
    for pattern in date_patterns:
        for match in pattern.finditer(head):
            iso = _to_date(match, words)
            if iso:
                found.append((match.start(), iso))
                break
    day = min(found)[1] if found else None
    stamp = MONTH_STAMP.match(head)
    if stamp is None:
        return day
    month = f"{stamp.group('year')}-{stamp.group('month')}"
    return day if day and day.startswith(month) else month


def find_author(text: str) -> str | None:
    """Name after a by-line cue ("par", "by") on a short line in the head of the text.

    Only short lines count: in prose, "attacked by Police" is not a by-line."""
    _, _, author = _patterns()
    for line in text[:HEAD_CHARS].splitlines():
        match = author.search(line)
        if match and len(line.split()) <= 25:
            name = match.group("author").strip()
            if len(name.split()) <= 12:
                return name
    return None


def find_title(text: str) -> str | None:
    """First short line that reads as a heading: datelines and by-lines are passed over, and a
    first line that runs on like a paragraph means the text has no title."""
    _, _, author = _patterns()
    for line in text[:HEAD_CHARS].splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line.split()) <= 12 and (find_published(line) or author.match(line)):
            continue
        return line if len(line) <= 200 else None
    return None
