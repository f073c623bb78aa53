"""ACLED-style CSV: ACLED's columns in ACLED's order, with the mapping of DESIGN.md (the `acled` table of
each type in types.toml).

What our model cannot express (README, "ACLED export"): admin2/admin3 (we code to admin1), ACLED's
region names (we leave `region` empty), and ACLED's named actors (we write generic ones:
"Protesters (Kazakhstan)", "Police Forces of Kazakhstan", with our own actor in assoc_actor_1).
`source` names every outlet that tells a canonical event; `source_scale` is read from their web
addresses (a country-code domain of the event's country is National, of another International)."""
from __future__ import annotations

import csv
import io
import time
from collections import defaultdict
from datetime import date
from typing import Any, BinaryIO
from urllib.parse import urlparse

import pycountry

from strikewatch.export.tabular import ExportRow
from strikewatch.model import TYPES, Event

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")

# ACLED's actor type codes: 1 state forces, 5 rioters, 6 protesters, 8 external/other
STATE, RIOTERS, PROTESTERS, OTHER = 1, 5, 6, 8
GEO_PRECISION = {"site": 1, "city": 1, "admin1": 3, "country": 3}


def _country_name(code: str | None) -> str:
    country = pycountry.countries.get(alpha_2=code or "")
    return getattr(country, "common_name", None) or (country.name if country else (code or ""))


def _time_precision(event: Event) -> int:
    """1: the day is known; 2: within a week; 3: a month or more."""
    if event.time_precision == "day":
        return 1
    if event.date_start and event.date_end:
        span = (date.fromisoformat(event.date_end) - date.fromisoformat(event.date_start)).days
        return 2 if span <= 7 else 3
    return 3


def _actors(event: Event, country: str, with_intervention: bool) -> tuple[str, str, int, str, int]:
    """(actor1, assoc_actor_1, inter1, actor2, inter2)."""
    ours = ", ".join(x for x in (event.actor1, event.employer) if x)
    protesters, police = f"Protesters ({country})", f"Police Forces of {country}"
    actor = TYPES[event.type].acled.actor
    if actor == "protesters":
        return protesters, ours, PROTESTERS, police if with_intervention else "", STATE if with_intervention else 0
    if actor == "rioters":
        return f"Rioters ({country})", ours, RIOTERS, "", 0
    if actor == "police":
        return police, "", STATE, protesters, PROTESTERS
    if actor == "military":
        return f"Military Forces of {country}", ours, STATE, "", 0
    if actor == "employer":
        return event.employer or event.actor1 or "Employer", "", OTHER, "", 0
    return f"Government of {country}", ours, STATE, "", 0


def _tags(event: Event) -> str:
    kind = TYPES[event.type]
    tags = [kind.acled.tag] if kind.acled.tag else []
    if "participants" in kind.counts:
        if event.participants is None:
            tags.append("crowd size=no report")
        else:
            tags.append(f"crowd size={'around ' if event.count_approx else ''}{event.participants}")
    return "; ".join(tags)


def _notes(event: Event) -> str:
    notes = [event.evidence]
    if event.date_end and event.date_end != event.date_start:
        notes.append(f"[dates {event.date_start or '?'} to {event.date_end}]")
    if event.arrests:
        notes.append(f"[arrests={event.arrests}]")
    if event.notes:
        notes.append(event.notes)
    return " ".join(notes)


# country-code top-level domains that are not the ISO code of their country
CCTLD = {"uk": "GB"}


def _host(source: dict[str, Any]) -> str | None:
    host = urlparse(source.get("url") or "").hostname
    return host.removeprefix("www.") if host else None


def _sources(row: ExportRow) -> str:
    """Every outlet that tells the event: the site of its address, else its title, else the document id."""
    sources = row.sources or [{"doc_id": row.event.doc_id, "url": row.doc_url, "title": row.doc_title}]
    names = [_host(s) or s.get("title") or s["doc_id"] for s in sources]
    return "; ".join(dict.fromkeys(names))


def _source_scale(row: ExportRow) -> str:
    """National, International or National-International from the outlets' country-code domains;
    empty when no address says (a .com says nothing about an outlet's reach)."""
    sources = row.sources or [{"url": row.doc_url}]
    scales = set()
    for source in sources:
        tld = (_host(source) or "").rsplit(".", 1)[-1]
        if len(tld) == 2 and tld.isalpha():
            scales.add("National" if CCTLD.get(tld, tld.upper()) == row.event.country else "International")
    return "-".join(s for s in ("National", "International") if s in scales)


def write_acled(rows: list[ExportRow], out: BinaryIO) -> None:
    # a protest met by force in the same place and days, told by the same document, is a "Protest with intervention"
    force = defaultdict(list)
    for row in rows:
        if TYPES[row.event.type].acled.intervenes:
            for doc_id in row.source_ids():
                force[(doc_id, row.event.admin1 or row.event.country)].append(row.event)
    numbers: dict[str, int] = defaultdict(int)
    stamp = int(time.time())
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    for row in rows:
        event = row.event
        country_code = event.country or ""
        country_record = pycountry.countries.get(alpha_2=country_code)
        iso3 = country_record.alpha_3 if country_record else "XXX"
        numbers[iso3] += 1
        country = _country_name(country_code)
        coding = TYPES[event.type].acled
        disorder, event_type, sub_type = coding.disorder_type, coding.event_type, coding.sub_event_type
        met = any(e.date_start == event.date_start for doc_id in row.source_ids()
                  for e in force[(doc_id, event.admin1 or event.country)])
        if met and coding.sub_event_type_met:
            sub_type = coding.sub_event_type_met
        actor1, assoc1, inter1, actor2, inter2 = _actors(event, country, met)
        interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2 else inter1 * 10
        writer.writerow([
            f"{iso3}{numbers[iso3]}", event.date_start or event.date_end or "",
            (event.date_start or event.date_end or "")[:4], _time_precision(event), disorder, event_type, sub_type,
            actor1, assoc1, inter1, actor2, "", inter2 or "", interaction, "",
            int(country_record.numeric) if country_record else "", "", country, event.admin1_name or "", "", "",
            event.location or event.admin1_name or country, event.latitude if event.latitude is not None else "",
            event.longitude if event.longitude is not None else "", GEO_PRECISION.get(event.geo_precision or "", 3),
            _sources(row), _source_scale(row), _notes(event), event.fatalities or 0, _tags(event), stamp,
        ])
    text.detach()
