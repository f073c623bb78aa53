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
