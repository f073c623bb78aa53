"""Reports grouped into happenings, as a function of the set of reports alone (never of the order
they came in): linked reports form components; each component is cut into groups whose members
all link with each other, visiting the most precise reports first. Reports with the same fields
(the same happening told alike by many outlets) are compared once, not once per pair."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from strikewatch.canonical.rules import (MAX_SPAN_DAYS, PLACE_RANK, agree, closeness, interval, place_key, reach,
                                         same_days, signature, span_days)
from strikewatch.model import Event

Pair = tuple[str, str]
NO_PAIRS: frozenset[Pair] = frozenset()


def pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def linkable(event: Event) -> bool:
    """Only dated reports with a span we can match on ever link (see rules.MAX_SPAN_DAYS)."""
    days = span_days(event)
    return days is not None and days <= MAX_SPAN_DAYS and bool(event.country)


class Agreement:
    """`agree` remembered per pair of signatures (symmetric), and each report's signature (its night
    is read from its sentence: once per report, not once per comparison)."""

    def __init__(self) -> None:
        self.memo: dict[tuple[object, object], bool] = {}
        self.signatures: dict[int, tuple[object, ...]] = {}  # by id(): the caller holds the reports meanwhile

    def signature(self, event: Event) -> tuple[object, ...]:
        found = self.signatures.get(id(event))
        if found is None:
            found = self.signatures[id(event)] = signature(event)
        return found

    def __call__(self, a: Event, b: Event) -> bool:
        key = (self.signature(a), self.signature(b))
        if key not in self.memo:
            self.memo[key] = self.memo[(key[1], key[0])] = agree(a, b)
        return self.memo[key]


def components(events: list[Event], apart: set[Pair] | frozenset[Pair] = NO_PAIRS,
               agreement: Agreement | None = None) -> list[list[Event]]:
    """Connected components of the link graph (union-find), each sorted by event id. Candidates come
    from a sweep over each (type, country) block sorted by first day: a signature is compared only
    with those that start before it ends (days counted with their nights, `rules.reach`)."""
    agreement = agreement or Agreement()
    parent = {e.event_id: e.event_id for e in events}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: Event, b: Event) -> None:
        if a.doc_id != b.doc_id and pair(a.event_id, b.event_id) not in apart:
            ra, rb = root(a.event_id), root(b.event_id)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

    def join_all(left: list[Event], right: list[Event]) -> None:
        """Join every linked pair of left × right; without splits one partner each is enough (a
        partner from another document joins the report to all that partner is joined to)."""
        if apart:  # a user's splits: every pair on its own (rare, small)
            for a in left:
                for b in right:
                    join(a, b)
            return
        for mine, theirs in ((left, right), (right, left)):
            for a in mine:
                partner = next((b for b in theirs if b.doc_id != a.doc_id), None)
                if partner is not None:
                    join(a, partner)

    by_signature: dict[tuple[object, ...], list[Event]] = defaultdict(list)
    for event in events:
        if linkable(event):
            by_signature[agreement.signature(event)].append(event)
    blocks: dict[tuple[str, str], list[tuple[date, date, list[Event]]]] = defaultdict(list)
    for same in by_signature.values():
        days = reach(same[0])
        if days is None:  # not so: linkable reports are dated
            continue
        start, end = days
        blocks[(same[0].type, same[0].country or "")].append((start, end, same))
    for block in blocks.values():
        block.sort(key=lambda item: (item[0], min(e.event_id for e in item[2])))
        for i, (_, end, same) in enumerate(block):
            join_all(same, same)
            for start_j, _, other in block[i + 1:]:
                if start_j > end:
                    break
                if agreement(same[0], other[0]):
                    join_all(same, other)
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[root(event.event_id)].append(event)
    return [sorted(g, key=lambda e: e.event_id) for g in groups.values()]


def specificity(event: Event) -> tuple[int, int, str]:
    """Fine places first, then narrow dates: they found the groups that vaguer reports join (a
    country-wide report then sees every town's group, and can tell when it fits several)."""
    days = span_days(event)
    return (PLACE_RANK.get(event.geo_precision or "country", 3), days if days is not None else 10_000, event.event_id)


class _Group:
    """A group being formed: its members, one report per signature, and its documents."""

    def __init__(self, founder: Event, kind: tuple[object, ...]) -> None:
        self.members = [founder]
        self.kinds = {kind: founder}
        self.docs = {founder.doc_id}

    def add(self, event: Event, kind: tuple[object, ...]) -> None:
        self.members.append(event)
        self.kinds.setdefault(kind, event)
        self.docs.add(event.doc_id)

    def takes(self, event: Event, agreement: Agreement, apart: set[Pair] | frozenset[Pair]) -> bool:
        """Whether `event` links with every member (documents differ, fields agree, no split)."""
        if event.doc_id in self.docs or not all(agreement(event, kind) for kind in self.kinds.values()):
            return False
        return not apart or all(pair(event.event_id, m.event_id) not in apart for m in self.members)


def refine(component: Iterable[Event], apart: set[Pair] | frozenset[Pair] = NO_PAIRS,
           agreement: Agreement | None = None) -> list[list[Event]]:
    """Groups in which every two members link (complete linkage: no chaining from Monday's march to
    Wednesday's through a report of "this week's marches"). A vague report that fits groups of
    several places or days ("riots across France" beside Marseille's and Lyon's) is not assigned to
    one of them at random: it joins a group told at its own level (its place, its days or night), or
    founds one. What a group is about is its founder's place and days, not those of the vague
    reports that joined it since."""
    agreement = agreement or Agreement()
    groups: list[_Group] = []
    for event in sorted(component, key=specificity):
        # ambiguity is judged on the founders (what each group is about), not on who joined since
        near = {(place_key(g.members[0]), interval(g.members[0])) for g in groups
                if g.members[0].doc_id != event.doc_id and agreement(event, g.members[0])}
        fits = [g for g in groups if g.takes(event, agreement, apart)]
        if len(near) > 1:
            fits = [g for g in fits if place_key(g.members[0]) == place_key(event)
                    and same_days(g.members[0], event)]
        if not fits:
            groups.append(_Group(event, agreement.signature(event)))
            continue
        best = max(fits, key=lambda g: (closeness(event, g.members[0]), len(g.members)))  # ties: first founded
        best.add(event, agreement.signature(event))
    return [g.members for g in groups]


def cluster(events: list[Event], apart: set[Pair] | frozenset[Pair] = NO_PAIRS) -> list[list[Event]]:
    """Every report in exactly one group; the same groups whatever the order of `events`."""
    agreement = Agreement()
    return [group for component in components(events, apart, agreement)
            for group in refine(component, apart, agreement)]
