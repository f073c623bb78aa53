from __future__ import annotations

from helpers_canonical import report

from strikewatch.canonical import checks, linked
from strikewatch.canonical.rules import interval


def failing(a, b) -> list[str]:
    return [c.field for c in checks(a, b) if not c.ok]


def test_same_happening_told_twice_links() -> None:
    assert linked(report("a"), report("b"))
    assert failing(report("a"), report("b")) == []


def test_every_field_can_refuse() -> None:
    assert failing(report("a"), report("b", type_="protest")) == ["type"]
    assert failing(report("a"), report("b", start="2024-03-07")) == ["dates"]
    assert failing(report("a"), report("b", place="Marseille")) == ["place"]
    assert failing(report("a"), report("b", place="Nantes")) == ["place"]
    assert failing(report("a", employer="Renault"), report("b", employer="SNCF")) == ["employer"]


def test_a_place_inside_another_links_and_close_towns_link() -> None:
    assert linked(report("a", place=None), report("b", place="Marseille"))
    assert linked(report("a", place="Lyon"), report("b", place="Villeurbanne"))  # 3 km apart


def test_actors_in_other_words_do_not_block() -> None:
    assert linked(report("a", actor1="dockers"), report("b", actor1="dockworkers", employer="Port of Lyon"))
    assert linked(report("a", employer="Renault SA"), report("b", employer="renault"))


def test_vague_or_missing_dates_never_link() -> None:
    assert failing(report("a", start=None), report("b", start=None)) == ["dates"]
    assert failing(report("a", end="2024-03-20"), report("b")) == ["dates"]


def test_a_report_dated_by_its_publication_only_is_that_day() -> None:
    assert str(interval(report("a", start=None, end="2024-03-05"))[0]) == "2024-03-05"


def test_one_document_keeps_its_own_events_apart() -> None:
    assert failing(report("a"), report("a", start="2024-03-05", end="2024-03-06")) == ["document"]
    assert not linked(report("a", place=None), report("a", place="Lyon"))  # rule 2: a nationwide mention
