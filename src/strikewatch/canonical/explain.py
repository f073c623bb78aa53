"""Why a canonical event holds the reports it holds, field by field, and why nearby reports of the
same type and country stayed out (`strikewatch why`): a merge a user cannot check is not trusted."""
from __future__ import annotations

from typing import Any

from strikewatch.canonical.reconcile import Canonical
from strikewatch.canonical.rules import checks
from strikewatch.model import Event


def _report(event: Event) -> dict[str, Any]:
    return {"event_id": event.event_id, "doc_id": event.doc_id, "date_start": event.date_start,
            "date_end": event.date_end, "place": event.location or event.admin1 or event.country,
            "participants": event.participants, "fatalities": event.fatalities, "arrests": event.arrests,
            "evidence": event.evidence}


def explain(made: Canonical, nearby: list[Event], apart: set[tuple[str, str]]) -> dict[str, Any]:
    """Each report checked against the founding (most precise) report; each nearby outsider too."""
    founder = made.members[0]
    ids = {m.event_id for m in made.members}
    members = [{**_report(m), "checks": [c.__dict__ for c in checks(founder, m)] if m is not founder else []}
               for m in made.members]
    outside = []
    for other in sorted(nearby, key=lambda e: (e.date_start or "", e.event_id)):
        if other.event_id in ids:
            continue
        split = any(tuple(sorted((other.event_id, m))) in apart for m in ids)
        failed = [c.__dict__ for c in checks(founder, other) if not c.ok]
        reason = failed or [{"field": "group", "ok": False, "detail": "split apart by a user" if split else
                             "links, but fits another group better or several groups at once"}]
        outside.append({**_report(other), "checks": reason})
    return {"canonical": made.event.to_dict(), "sources": made.sources, "source_count": made.source_count,
            "members": members, "nearby": outside}


def render(result: dict[str, Any]) -> str:
    event = result["canonical"]
    when = event["date_start"] if event["date_end"] in (None, event["date_start"]) else \
        f"{event['date_start']}..{event['date_end']}"
    lines = [f"{event['event_id']}  {event['type']}  {when}  "
             f"{event['location'] or event['admin1'] or event['country']}  {result['source_count']} source(s)"]
    if event["notes"]:
        lines.append(f"  notes: {event['notes']}")
    lines.append("reports merged (each compared with the first, the most precise):")
    for member in result["members"]:
        lines.append(f"  {member['event_id']}  doc {member['doc_id']}  {member['date_start']}..{member['date_end']}  "
                     f"{member['place']}")
        lines.append(f"      \"{member['evidence'][:160]}\"")
        for check in member["checks"]:
            lines.append(f"      {'✓' if check['ok'] else '✗'} {check['field']}: {check['detail']}")
    if result["nearby"]:
        lines.append("nearby reports of the same type and country left out:")
        for other in result["nearby"]:
            lines.append(f"  {other['event_id']}  doc {other['doc_id']}  {other['date_start']}..{other['date_end']}  "
                         f"{other['place']}")
            for check in other["checks"]:
                lines.append(f"      ✗ {check['field']}: {check['detail']}")
    return "\n".join(lines)
