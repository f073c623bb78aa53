"""When two reports from different documents tell the same happening, field by field, so that a
merge can always say why (`strikewatch why`) and a blocking query can never miss a candidate."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from strikewatch.errors import LexiconError
from strikewatch.extraction.words import fold
from strikewatch.lang import load
from strikewatch.model import Event

# A report whose interval spans more than a night across two days tells no day we could match on
# ("since Monday", a range from the last date its text gives to its publication) by its dates alone:
# it would glue together every happening of its days. Up to PLAIN_SPAN_DAYS, type, days and place
# suffice (0 misses a night told as two days). Wider spans, up to MAX_SPAN_DAYS, link only with
# corroboration: something besides type, days and place that ties the two reports. Wider still stays
# on its own. Chosen on half A of the merge corpus: 3 to 5 days give the same figures, 2 fewer
# merges, 6 glues a week of riots together; the narrowest of the plateau is kept.
PLAIN_SPAN_DAYS = 1
MAX_SPAN_DAYS = 3
# A report dated only by its publication ("the protests", no earlier date) is taken to be of that
# day (tuned on the merge corpus: opening it a day earlier joins yesterday's happening more often).
OPEN_START_DAYS = 0
# A night runs across two days, and outlets date it by its evening ("Thursday night") or by the
# morning after (a dateline, an announcement, "overnight"): a report of a night reaches NIGHT_DAYS
# beyond its own day. A weekday within NIGHT_NAME_WORDS words of the night word names its evening.
NIGHT_DAYS = 1
NIGHT_NAME_WORDS = 3
PLACE_RANK = {"site": 0, "city": 1, "admin1": 2, "country": 3}
NEARBY_KM = 15.0  # two city-level readings of one place ("Nairobi CBD", "Nairobi")
# A figure shared by two evidence sentences ties them when it is this large (not a day of the month);
# a four-digit number written without a separator in YEARS is a year.
SHARED_FIGURE_MIN = 100
YEARS = range(1900, 2100)


def shift(day: date, days: int) -> date:
    """A day moved by `days`, held at the ends of the calendar (a text may say 31 December 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def interval(event: Event) -> tuple[date, date] | None:
    """The days a report may mean: a missing end is the start, a missing start (a report dated by
    its publication only) opens OPEN_START_DAYS before the end; no date at all is None."""
    return _days(event.date_start, event.date_end)


@lru_cache(maxsize=65536)
def _days(date_start: str | None, date_end: str | None) -> tuple[date, date] | None:
    start = date.fromisoformat(date_start) if date_start else None
    end = date.fromisoformat(date_end) if date_end else None
    if start is None:
        if end is None:
            return None
        start = shift(end, -OPEN_START_DAYS)
    end = end or start
    return (start, end) if start <= end else (end, start)


@lru_cache(maxsize=16)
def _night_words(language: str) -> tuple[tuple[str, ...], dict[str, int]]:
    """The language's words for night and its weekday names (`lang/<code>/dates.toml`); none for a
    language without date data."""
    try:
        data = load(language, "dates")
    except LexiconError:
        return (), {}
    return (tuple(fold(w) for w in data["grammar"].get("night", [])),
            {fold(name): day for name, day in data["weekdays"].items()})


def night(event: Event) -> date | None:
    """The evening of the one night a report tells of, or None (no night word, or more than a night).
    A night written as its two days is theirs; one dated by a single day is that day's when the text
    names the day's weekday beside the night word ("Thursday night"), else the night before it
    (dated by the morning after: "riots overnight", a dateline over "a third night of riots")."""
    if not event.language:
        return None
    return _night(event.evidence, event.language, event.date_start, event.date_end)


@lru_cache(maxsize=65536)
def _night(evidence: str, language: str, date_start: str | None, date_end: str | None) -> date | None:
    days = _days(date_start, date_end)
    if days is None or (days[1] - days[0]).days > NIGHT_DAYS:
        return None
    night_words, weekdays = _night_words(language)
    text = evidence.lower() if evidence.isascii() else fold(evidence)  # the same for plain ASCII, and faster
    if not any(n in text for n in night_words):
        return None  # most sentences: no need to cut them into words
    words = re.findall(r"\w+", text)
    at = [i for i, word in enumerate(words) if any(n in word for n in night_words)]  # "overnight", "nuits"
    first, last = days
    if last > first:
        return first
    named = {weekdays[w] for i in at for w in words[max(0, i - NIGHT_NAME_WORDS):i + NIGHT_NAME_WORDS + 1]
             if w in weekdays}
    return first if first.weekday() in named else shift(first, -NIGHT_DAYS)


def reach(event: Event) -> tuple[date, date] | None:
    """Every day a report may share with another: its days, and for a report of a night, the night's
    two (at most NIGHT_DAYS beyond its own)."""
    days = interval(event)
    return None if days is None else _reach(days, night(event))


def _reach(days: tuple[date, date], evening: date | None) -> tuple[date, date]:
    if evening is None:
        return days
    return min(days[0], evening), max(days[1], shift(evening, NIGHT_DAYS))


def same_days(a: Event, b: Event) -> bool:
    """The same days, a report of a night being of its evening or of the morning after."""
    if interval(a) == interval(b):
        return True
    na, nb = night(a), night(b)
    if na is not None and nb is not None:
        return na == nb
    evening, other = (na, b) if na is not None else (nb, a)
    if evening is None:
        return False
    morning = shift(evening, NIGHT_DAYS)
    return interval(other) in {(evening, evening), (morning, morning), (evening, morning)}


def span_days(event: Event) -> int | None:
    days = interval(event)
    return None if days is None else (days[1] - days[0]).days


def _distance_km(a: Event, b: Event) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    from math import asin, cos, radians, sin, sqrt

    lat1, lon1, lat2, lon2 = map(radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * asin(sqrt(h))


def _words(value: str | None) -> set[str]:
    return {w for w in "".join(c if c.isalnum() else " " for c in (value or "").casefold()).split() if len(w) > 2}


# digits in groups of three after a thousands separator (comma, dot, space, no-break spaces) or plain,
# a word of their own (not the digits of "A320" or "00h15")
_FIGURE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?!\w|[.,]\d)")


@lru_cache(maxsize=65536)
def figures(text: str | None) -> frozenset[int]:
    """The figures a sentence states ("40,000", "40 000", "471"), whatever the thousands separator of
    its language; days of the month and years left out (see SHARED_FIGURE_MIN)."""
    out = set()
    for match in _FIGURE.finditer(text or ""):
        written = match.group()
        value = int(re.sub(r"\D", "", written))
        if value >= SHARED_FIGURE_MIN and not (written.isdigit() and value in YEARS):
            out.add(value)
    return frozenset(out)


def _fine(event: Event) -> bool:
    return PLACE_RANK.get(event.geo_precision or "country", 3) < 2


def _same_name(a: str | None, b: str | None) -> bool:
    """One place named in both: the same name, or one inside the other ("Nairobi CBD", "Nairobi");
    a town ten kilometres away is near enough to be one place, but not to tie two vague reports."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def corroboration(a: Event, b: Event) -> str | None:
    """What ties two reports together beyond type, days and place (None when nothing does): the same
    town or site, the same employer, or a figure both sentences give ("40,000" and "40 000" police)."""
    if _fine(a) and _fine(b) and a.country == b.country and _same_name(a.location, b.location):
        return f"both in {a.location} / {b.location}"
    if _words(a.employer) & _words(b.employer):
        return f"both name {a.employer} / {b.employer}"
    shared = figures(a.evidence) & figures(b.evidence)
    return f"both give {max(shared):,}" if shared else None


@dataclass(frozen=True)
class Check:
    """One field compared: whether it allows the merge, and what was seen (for `why`)."""

    field: str
    ok: bool
    detail: str


def checks(a: Event, b: Event) -> list[Check]:
    """Every comparison that decides a link, in the order a reader checks them."""
    out = [_document(a, b)]
    out.append(Check("type", a.type == b.type, f"{a.type} / {b.type}"))
    out.append(_dates(a, b))
    out.append(place_check(a, b))
    out.append(_employer(a, b))
    return out


def _document(a: Event, b: Event) -> Check:
    """A document's own events were kept apart on purpose (coding rules 1 and 2: a nationwide
    mention beside a town's march is two events), so they never merge with each other."""
    if a.doc_id != b.doc_id:
        return Check("document", True, "different documents")
    return Check("document", False, "same document: its own events are distinct")


def place_key(event: Event) -> tuple[str | None, str | None, str | None]:
    return event.country, event.admin1, (event.location or "").casefold() or None


def _dates(a: Event, b: Event) -> Check:
    da, db = interval(a), interval(b)
    if da is None or db is None:
        return Check("dates", False, "undated: no day to match on")
    label = f"{da[0]}..{da[1]} / {db[0]}..{db[1]}"
    widest = max((da[1] - da[0]).days, (db[1] - db[0]).days)
    if widest > MAX_SPAN_DAYS:
        return Check("dates", False, f"{label}: a span over {MAX_SPAN_DAYS} days is too vague to match")
    told = night(a), night(b)
    na, nb = _as_nights(da, told[0], db, told[1])
    read = "" if (na, nb) == told else " (two days beside a night are read as the night between them)"
    if na is not None and nb is not None:
        if na != nb:
            return Check("dates", False, f"{label}: two nights, from the {na} and from the {nb}{read}")
        return Check("dates", True, f"{label}: the same night, of the {na} to the {shift(na, NIGHT_DAYS)}{read}")
    ra, rb = _reach(da, na), _reach(db, nb)
    if ra[1] < rb[0] or rb[1] < ra[0]:
        return Check("dates", False, f"{label}: no day in common")
    if widest <= PLAIN_SPAN_DAYS:
        evening = na if na is not None else nb
        one = "" if evening is None else \
            f" (one tells of the night of the {evening} to the {shift(evening, NIGHT_DAYS)})"
        return Check("dates", True, f"{label}: intersect{one}")
    tie = corroboration(a, b)
    if tie is None:
        return Check("dates", False, f"{label}: a span over {PLAIN_SPAN_DAYS} day needs more in common "
                                     "(town, employer or a figure), and there is none")
    return Check("dates", True, f"{label}: intersect, and {tie}")


def _as_nights(da: tuple[date, date], na: date | None, db: tuple[date, date],
               nb: date | None) -> tuple[date | None, date | None]:
    """Beside a report of a night, a report of exactly two days is read as the night between them:
    a night is written so ("the night of the 29th to the 30th", "Thursday into Friday"), and its
    reports may have lost the word (a sentence after the one that named the night). It then links
    with that night only, not with the night before or after, with which it shares a day."""
    if (na is None) == (nb is None):
        return na, nb
    if na is None and (da[1] - da[0]).days == NIGHT_DAYS:
        return da[0], nb
    if nb is None and (db[1] - db[0]).days == NIGHT_DAYS:
        return na, db[0]
    return na, nb


def place_check(a: Event, b: Event) -> Check:
    """Same country; same region or one of them country-wide; same town, one inside the other, or close."""
    if not a.country or a.country != b.country:
        return Check("place", False, f"country {a.country} / {b.country}")
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return Check("place", False, f"regions {a.admin1} / {b.admin1} differ")
    ra, rb = PLACE_RANK.get(a.geo_precision or "country", 3), PLACE_RANK.get(b.geo_precision or "country", 3)
    where = f"{a.location or a.admin1 or a.country} / {b.location or b.admin1 or b.country}"
    if max(ra, rb) >= 2 or (a.location or "").casefold() == (b.location or "").casefold():
        return Check("place", True, f"{where}: same place or one inside the other")
    km = _distance_km(a, b)
    if km is not None and km <= NEARBY_KM:
        return Check("place", True, f"{where}: {km:.0f} km apart")
    return Check("place", False, f"{where}: different towns")


def _employer(a: Event, b: Event) -> Check:
    """Employers are names (the same in every language); actors are words ("dockers", "dockworkers")
    that differ across the languages of the reports, so they inform `why` but never block a link."""
    if a.employer and b.employer and not (_words(a.employer) & _words(b.employer)):
        return Check("employer", False, f"{a.employer} / {b.employer}: different employers")
    shown = " / ".join(x or "-" for x in (a.employer, b.employer))
    return Check("employer", True, f"{shown}: compatible")


def agree(a: Event, b: Event) -> bool:
    """Whether two reports' fields allow them to tell the same happening (documents aside)."""
    if a.type != b.type or a.country != b.country:
        return False  # the cheap tests first: most candidate pairs fail here
    return _dates(a, b).ok and place_check(a, b).ok and _employer(a, b).ok


def linked(a: Event, b: Event) -> bool:
    """Whether two reports may tell the same happening (every check passes)."""
    return a.doc_id != b.doc_id and agree(a, b)


def signature(event: Event) -> tuple[object, ...]:
    """Everything `agree` reads: reports with equal signatures agree with the same reports."""
    return (event.type, event.country, event.admin1, event.location, event.geo_precision, event.latitude,
            event.longitude, event.date_start, event.date_end, event.employer, figures(event.evidence), night(event))


def closeness(a: Event, b: Event) -> tuple[int, int, int]:
    """How well two linked reports agree (higher is better): same days, same place, same precision."""
    da, db = interval(a), interval(b)
    same_days = int(da == db)
    overlap = 0
    if da and db:
        overlap = -abs((da[0] - db[0]).days) - abs((da[1] - db[1]).days)
    same_place = int((a.location, a.admin1) == (b.location, b.admin1))
    return same_days, same_place, overlap
