"""One record for a happening told by several reports: the most precise date and place any report
gives, the lowest credible count with the range in notes (ACLED's rule), and the list of sources."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace

from strikewatch.canonical.grouping import specificity
from strikewatch.model import COUNT_FIELDS, Event

PLACE_FIELDS = ("location", "admin1", "admin1_name", "country", "latitude", "longitude", "geo_precision")
LABEL_FIELDS = ("subtype", "actor1", "actor2", "employer", "sector")


@dataclass
class Canonical:
    """A happening: its reconciled record (`event`, whose `event_id` is the canonical id) and its reports."""

    event: Event
    members: list[Event] = field(default_factory=list)
    # a list page loads only the first reports; the documents of all of them come from the stored record
    listed_sources: list[str] | None = None

    @property
    def canonical_id(self) -> str:
        return self.event.event_id

    @property
    def sources(self) -> list[str]:
        """The documents that tell it, in order of their report's specificity."""
        if self.listed_sources is not None:
            return list(self.listed_sources)
        return list(dict.fromkeys(m.doc_id for m in self.members))

    @property
    def source_count(self) -> int:
        return len(self.sources)


def canonical_id(members: list[Event]) -> str:
    """Named after its most precise report, so that the id survives new, vaguer sources joining."""
    founder = min(members, key=specificity)
    return "c" + hashlib.sha1(founder.event_id.encode("utf-8")).hexdigest()[:15]


def _most_common(values: list[str | None]) -> str | None:
    """The value most reports give (ties: the first given, reports being in specificity order)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in values if v and counts[v] == top)


def _counts(event: Event, members: list[Event]) -> list[str]:
    notes = []
    for name in COUNT_FIELDS:
        values = sorted({getattr(m, name) for m in members if getattr(m, name) is not None})
        credible = [v for v in values if v > 0] or values
        setattr(event, name, credible[0] if credible else None)
        if len(values) > 1:
            notes.append(f"{name} {values[0]:,}-{values[-1]:,} across sources")
    return notes


def reconcile(members: list[Event]) -> Canonical:
    """The canonical record of a group of reports of one happening."""
    ordered = sorted(members, key=specificity)
    narrowest = min(ordered, key=lambda m: (specificity(m)[1], specificity(m)[0], m.event_id))
    event = replace(narrowest, demands=list(dict.fromkeys(d for m in ordered for d in m.demands)))
    finest = ordered[0]
    for name in PLACE_FIELDS:
        setattr(event, name, getattr(finest, name))
    for name in LABEL_FIELDS:
        setattr(event, name, _most_common([getattr(m, name) for m in ordered]))
    notes = _counts(event, ordered)
    event.count_approx = any(m.count_approx for m in ordered if m.participants == event.participants
                             and event.participants is not None)
    best = max(ordered, key=lambda m: (m.confidence, -specificity(m)[0], -specificity(m)[1]))
    event.evidence, event.evidence_start, event.evidence_end = best.evidence, best.evidence_start, best.evidence_end
    event.doc_id, event.language = best.doc_id, best.language
    event.confidence = round(min(1.0, max(m.confidence for m in ordered) + 0.05 * (len(ordered) - 1)), 2)
    own = [m.notes for m in ordered if m.notes]
    if len(ordered) > 1:
        notes.append(f"{len({m.doc_id for m in ordered})} sources")
    event.notes = "; ".join(notes + own) or None
    event.event_id = canonical_id(ordered)
    return Canonical(event, ordered)
