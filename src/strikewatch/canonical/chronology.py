"""A day-by-day chronology of happenings with their sources, and how a movement spread: the first
day each region joined, per type (`strikewatch chronology`, the web chronology page and map)."""
from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from strikewatch.canonical.reconcile import Canonical

Metadata = dict[str, dict[str, Any]]


def _linkable(url: str | None) -> bool:
    """Only http(s) addresses become links (a stored "javascript:" URL stays out), as in the web pages."""
    if not url:
        return False
    return urlsplit(url.strip()).scheme.lower() in ("http", "https") and not any(ord(c) < 32 or c in " ()<>" for c in url)


def _where(event: Any) -> str:
    place = event.location or event.admin1_name or event.admin1
    return f"{place}, {event.country}" if place and event.country else (place or event.country or "?")


def _region(event: Any) -> str:
    """Regions join a movement: the first-level region, or the country when only it is known."""
    return event.admin1 or f"{event.country or '?'} (country-wide)"


def build(happenings: list[Canonical], metadata: Metadata) -> dict[str, Any]:
    """{days: [{day, events: [...]}], spread: [{type, region, region_name, first_day, events}], undated}."""
    days: dict[str, list[dict[str, Any]]] = defaultdict(list)
    first: dict[tuple[str, str], dict[str, Any]] = {}
    undated = 0
    for made in happenings:
        event = made.event
        if not event.date_start and not event.date_end:
            undated += 1
            continue
        day = event.date_start or event.date_end or ""  # not empty: undated reports were counted above
        sources = [{"doc_id": d, "title": metadata.get(d, {}).get("title"), "url": metadata.get(d, {}).get("url"),
                    "published": metadata.get(d, {}).get("published")} for d in made.sources]
        days[day].append({
            "canonical_id": made.canonical_id, "type": event.type, "date_start": event.date_start,
            "date_end": event.date_end, "place": _where(event), "admin1": event.admin1, "country": event.country,
            "latitude": event.latitude, "longitude": event.longitude, "participants": event.participants,
            "fatalities": event.fatalities, "arrests": event.arrests, "notes": event.notes,
            "evidence": event.evidence, "source_count": made.source_count, "sources": sources})
        key = (event.type, _region(event))
        if key not in first or day < first[key]["first_day"]:
            first[key] = {"type": event.type, "region": key[1], "region_name": event.admin1_name or key[1],
                          "country": event.country, "first_day": day, "events": 0}
        first[key]["events"] += 1
    spread = sorted(first.values(), key=lambda r: (r["type"], r["first_day"], r["region"]))
    return {"days": [{"day": d, "events": sorted(days[d], key=lambda e: (e["type"], e["place"]))}
                     for d in sorted(days)], "spread": spread, "undated": undated}


def _when(entry: dict[str, Any]) -> str:
    end = entry["date_end"]
    return "" if end in (None, entry["date_start"]) else f" (to {end})"


def _counts(entry: dict[str, Any]) -> str:
    parts = [f"{entry[k]:,} {label}" for k, label in (("participants", "people"), ("fatalities", "dead"),
                                                      ("arrests", "arrested")) if entry[k]]
    return f" — {', '.join(parts)}" if parts else ""


def _region_label(row: dict[str, Any]) -> str:
    return row["region"] if row["region_name"] == row["region"] else f"{row['region_name']} ({row['region']})"


def to_markdown(chronology: dict[str, Any]) -> str:
    lines = ["# Chronology", ""]
    for day in chronology["days"]:
        lines += [f"## {day['day']}", ""]
        for e in day["events"]:
            sources = ", ".join(f"[{s['title'] or s['doc_id']}]({s['url']})" if _linkable(s["url"])
                                else (s["title"] or s["doc_id"]) for s in e["sources"])
            lines.append(f"- **{e['type']}** in {e['place']}{_when(e)}{_counts(e)} · {e['source_count']} "
                         f"source{'s' if e['source_count'] > 1 else ''}: {sources}")
        lines.append("")
    lines += ["## Spread: the first day each region joined", "", "| type | region | first day | events |",
              "|---|---|---|---|"]
    lines += [f"| {r['type']} | {_region_label(r)} | {r['first_day']} | {r['events']} |" for r in chronology["spread"]]
    if chronology["undated"]:
        lines += ["", f"{chronology['undated']} undated events left out."]
    return "\n".join(lines) + "\n"


def to_html(chronology: dict[str, Any], title: str = "Chronology") -> str:
    """A page of its own (every text escaped), for sharing a chronology as one file."""
    esc = html.escape
    body = [f"<h1>{esc(title)}</h1>"]
    for day in chronology["days"]:
        body.append(f'<h2 id="d{esc(day["day"])}">{esc(day["day"])}</h2><ul>')
        for e in day["events"]:
            links = ", ".join(f'<a href="{esc(s["url"])}">{esc(s["title"] or s["doc_id"])}</a>' if _linkable(s["url"])
                              else esc(s["title"] or s["doc_id"]) for s in e["sources"])
            body.append(f"<li><b>{esc(e['type'])}</b> in {esc(e['place'])}{esc(_when(e))}{esc(_counts(e))} · "
                        f"{e['source_count']} source(s): {links}</li>")
        body.append("</ul>")
    body.append("<h2>Spread: the first day each region joined</h2><table><tr><th>type</th><th>region</th>"
                "<th>first day</th><th>events</th></tr>")
    body += [f"<tr><td>{esc(r['type'])}</td><td>{esc(_region_label(r))}</td>"
             f"<td>{esc(r['first_day'])}</td><td>{r['events']}</td></tr>" for r in chronology["spread"]]
    body.append("</table>")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
            f"<body>{''.join(body)}</body></html>\n")


def to_json(chronology: dict[str, Any]) -> str:
    return json.dumps(chronology, ensure_ascii=False, indent=1) + "\n"


RENDERERS = {"md": to_markdown, "html": to_html, "json": to_json}
