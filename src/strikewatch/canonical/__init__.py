"""Cross-document merging: reports of one happening from several documents become one canonical
event that keeps its sources (the per-document events stay as they were extracted)."""
from __future__ import annotations

from strikewatch.canonical.grouping import cluster
from strikewatch.canonical.reconcile import Canonical, reconcile
from strikewatch.canonical.rules import Check, checks, linked
from strikewatch.model import Event

__all__ = ["Canonical", "Check", "checks", "cluster", "linked", "merge", "reconcile"]


def merge(events: list[Event]) -> list[Canonical]:
    """Canonical events of a set of per-document events (the same whatever their order)."""
    return sorted((reconcile(group) for group in cluster(events)),
                  key=lambda c: (c.event.date_start or "9999", c.canonical_id))
