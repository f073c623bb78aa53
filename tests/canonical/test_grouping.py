from __future__ import annotations

import random

from helpers_canonical import report

from strikewatch.canonical import cluster, merge


def groups(events) -> set[frozenset[str]]:
    return {frozenset(e.doc_id + ":" + (e.location or "FR") + ":" + str(e.date_start) for e in g)
            for g in cluster(events)}


def test_the_grouping_does_not_depend_on_the_order_of_reports() -> None:
    events = [report("a"), report("b"), report("c", place=None), report("d", place="Marseille"),
              report("e", start="2024-03-06"), report("f", start="2024-03-05", end="2024-03-06", place=None),
              report("g", place=None), report("h", place="Marseille", start="2024-03-06")]
    expected = groups(events)
    rng = random.Random(7)
    for _ in range(30):
        rng.shuffle(events)
        assert groups(events) == expected


def test_a_nationwide_report_beside_several_towns_stays_at_its_own_level() -> None:
    events = [report("a", place="Lyon"), report("b", place="Marseille"), report("c", place=None)]
    assert len(cluster(events)) == 3
    alone = [report("a", place="Lyon"), report("c", place=None)]
    assert len(cluster(alone)) == 1


def test_a_tally_of_the_night_joins_the_nationwide_group_of_its_evening() -> None:
    """Announced the morning after (dated Friday), a nationwide tally of Thursday night's arrests fits
    Lyon's and Marseille's groups of Thursday too: it joins the nationwide report of that evening."""
    events = [report("a", type_="arrest", start="2024-03-07", evidence="Police made 30 arrests in Lyon."),
              report("b", type_="arrest", start="2024-03-07", place="Marseille",
                     evidence="Police made 50 arrests in Marseille."),
              report("c", type_="arrest", start="2024-03-07", place=None,
                     evidence="Police had made 120 arrests across the country by 11 pm."),
              report("d", type_="arrest", start="2024-03-08", place=None,
                     evidence="Police announced 300 arrests across the country for a second night running.")]
    assert groups(events) == {frozenset({"a:Lyon:2024-03-07"}), frozenset({"b:Marseille:2024-03-07"}),
                              frozenset({"c:FR:2024-03-07", "d:FR:2024-03-08"})}


def test_two_days_of_a_story_of_a_night_join_that_night_and_not_the_next() -> None:
    """A suburb's riot dated Thursday to Friday (its story named the night, its sentence does not)
    shares the Friday with the town's riot of Friday night, 3 km away: it groups with Thursday night's."""
    events = [report("a", type_="riot", start="2024-03-07", end="2024-03-08", place="Villeurbanne",
                     evidence="Youths set bins on fire in Villeurbanne."),
              report("b", type_="riot", start="2024-03-07", evidence="Cars burned in Lyon on Thursday night."),
              report("c", type_="riot", start="2024-03-08", evidence="Shops were looted in Lyon on Friday night.")]
    expected = {frozenset({"a:Villeurbanne:2024-03-07", "b:Lyon:2024-03-07"}), frozenset({"c:Lyon:2024-03-08"})}
    assert groups(events) == expected
    assert groups(events[::-1]) == expected


def test_no_chaining_through_a_vague_report() -> None:
    monday, tuesday = report("a", start="2024-03-04"), report("b", start="2024-03-05")
    both = report("c", start="2024-03-04", end="2024-03-05")
    assert len(cluster([monday, tuesday, both])) == 3  # fits either day: joins neither


def test_reconciled_record_takes_precise_fields_and_the_lowest_count() -> None:
    made = merge([report("a", place=None, participants=5000, start="2024-03-04", end="2024-03-05"),
                  report("b", participants=1200, employer="Renault"),
                  report("c", participants=None, start=None, end="2024-03-05")])
    assert len(made) == 1
    event = made[0].event
    assert (event.location, event.admin1, event.date_start, event.date_end) == ("Lyon", "FR-ARA", "2024-03-05", "2024-03-05")
    assert event.participants == 1200 and "participants 1,200-5,000" in event.notes
    assert event.employer == "Renault"
    assert made[0].source_count == 3 and sorted(made[0].sources) == ["a", "b", "c"]
    assert event.event_id.startswith("c")


def _brute_components(events, apart=frozenset()) -> set[frozenset[str]]:
    """Connected components from every pair of reports (the definition the sweep must equal)."""
    from strikewatch.canonical import linked
    from strikewatch.canonical.grouping import linkable, pair

    parent = {e.event_id: e.event_id for e in events}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if linkable(a) and linkable(b) and pair(a.event_id, b.event_id) not in apart and linked(a, b):
                parent[root(a.event_id)] = root(b.event_id)
    groups: dict[str, set[str]] = {}
    for e in events:
        groups.setdefault(root(e.event_id), set()).add(e.event_id)
    return {frozenset(g) for g in groups.values()}


def test_components_equal_those_of_every_pair() -> None:
    from strikewatch.canonical.grouping import components, pair

    rng = random.Random(3)
    for _ in range(40):
        events = []
        for i in range(rng.randrange(2, 25)):
            first = rng.randrange(3, 7)
            events.append(report(rng.choice("abcdefg") + str(i % 3), type_=rng.choice(("strike", "protest")),
                                 start=f"2024-03-0{first}", end=f"2024-03-0{first + rng.choice((0, 0, 1, 2, 3))}",
                                 place=rng.choice(("Lyon", "Villeurbanne", "Marseille", None)), participants=i,
                                 employer=rng.choice((None, None, "Renault")),
                                 evidence=rng.choice(("Some 1,200 workers.", "About 900 workers.", "Workers."))))
        apart = frozenset(pair(a.event_id, b.event_id) for a, b in zip(events, events[1:]) if rng.random() < 0.2)
        for splits in (frozenset(), apart):
            got = {frozenset(e.event_id for e in c) for c in components(events, splits)}
            assert got == _brute_components(events, splits)
