"""Reports grouped into happenings, as a function of the set of reports alone (never of the order
they came in): linked reports form components; each component is cut into groups whose members
all link with each other, visiting the most precise reports first."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from strikewatch.canonical.rules import MAX_SPAN_DAYS, PLACE_RANK, closeness, interval, linked, place_key, span_days
from strikewatch.model import Event

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def linkable(event: Event) -> bool:
    """Only dated reports with a span we can match on ever link (see rules.MAX_SPAN_DAYS)."""
    days = span_days(event)
    return days is not None and days <= MAX_SPAN_DAYS and bool(event.country)


def links(events: list[Event], apart: set[Pair] | frozenset[Pair] = frozenset()) -> list[Pair]:
    """Linked pairs, found by a sweep over each (type, country) block sorted by first day: a report
    is compared only with those that start before it ends, never with all the others."""
    blocks: dict[tuple[str, str], list[tuple[object, object, Event]]] = defaultdict(list)
    for event in events:
        if linkable(event):
            start, end = interval(event)  # type: ignore[misc]
            blocks[(event.type, event.country or "")].append((start, end, event))
    found = []
    for block in blocks.values():
        block.sort(key=lambda item: (item[0], item[2].event_id))
        for i, (_, end, event) in enumerate(block):
            for start_j, _, other in block[i + 1:]:
                if start_j > end:  # type: ignore[operator]
                    break
                key = pair(event.event_id, other.event_id)
                if key not in apart and linked(event, other):
                    found.append(key)
    return found


def components(events: list[Event], apart: set[Pair] | frozenset[Pair] = frozenset()) -> list[list[Event]]:
    """Connected components of the link graph (union-find), each sorted by event id."""
    parent = {e.event_id: e.event_id for e in events}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links(events, apart):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[root(event.event_id)].append(event)
    return [sorted(g, key=lambda e: e.event_id) for g in groups.values()]


def specificity(event: Event) -> tuple[int, int, str]:
    """Fine places first, then narrow dates: they found the groups that vaguer reports join (a
    country-wide report then sees every town's group, and can tell when it fits several)."""
    days = span_days(event)
    return (PLACE_RANK.get(event.geo_precision or "country", 3), days if days is not None else 10_000, event.event_id)


def refine(component: Iterable[Event], apart: set[Pair] | frozenset[Pair] = frozenset()) -> list[list[Event]]:
    """Groups in which every two members link (complete linkage: no chaining from Monday's march to
    Wednesday's through a report of "this week's marches"). A vague report that fits groups of
    several places or days ("riots across France" beside Marseille's and Lyon's) is not assigned to
    one of them at random: it joins a group told at its own level, or founds one."""
    groups: list[list[Event]] = []
    for event in sorted(component, key=specificity):
        fits = [g for g in groups
                if all(pair(event.event_id, m.event_id) not in apart and linked(event, m) for m in g)]
        if len({(place_key(g[0]), interval(g[0])) for g in fits}) > 1:
            fits = [g for g in fits if (place_key(g[0]), interval(g[0])) == (place_key(event), interval(event))]
        if not fits:
            groups.append([event])
            continue
        best = max(fits, key=lambda g: (closeness(event, g[0]), len(g)))  # ties: the first founded
        best.append(event)
    return groups


def cluster(events: list[Event], apart: set[Pair] | frozenset[Pair] = frozenset()) -> list[list[Event]]:
    """Every report in exactly one group; the same groups whatever the order of `events`."""
    return [group for component in components(events, apart) for group in refine(component, apart)]
