from __future__ import annotations

from helpers_canonical import report

from strikewatch.canonical import checks, linked
from strikewatch.canonical.rules import corroboration, figures, interval
from strikewatch.model import Event


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


def test_figures_read_every_thousands_separator_and_leave_out_days_and_years() -> None:
    assert figures("Around 12,500 dockers marched on 16 March 2024.") == {12500}
    assert figures("Quelque 12 500 dockers ont défilé le 16 mars.") == {12500}
    assert figures("Unos 12.500 estibadores marcharon en 1995.") == {12500}
    assert figures("Près de 12\u202f500 personnes, soit 3,5 % de plus.") == {12500}
    assert figures("Some 2,000 nurses, against 1,800 in 2019; 45 buses.") == {2000, 1800}
    assert figures("An A320 and flight 4471 at 00h15; 400m of road.") == {4471}


def wide(doc: str, **fields: object) -> Event:
    """A report that pins no day: Monday to Thursday (a range up to its publication)."""
    return report(doc, start="2024-03-04", end="2024-03-07", **fields)


def test_a_report_spanning_days_links_only_with_something_more_in_common() -> None:
    assert failing(wide("a", place=None), report("b")) == ["dates"]  # country-wide, those days: too vague
    assert linked(wide("a"), report("b"))  # both in Lyon
    assert linked(wide("a", place=None, employer="Renault"), report("b", employer="Renault SA"))
    assert linked(wide("a", place=None, evidence="Some 3,400 riot police were sent."),
                  report("b", evidence="Quelque 3 400 gendarmes mobiles ont été envoyés."))
    assert not linked(wide("a", place=None, evidence="Some 3,400 riot police."),
                      report("b", evidence="About 3,000 riot police."))


def test_a_nearby_town_is_one_place_but_does_not_tie_a_vague_report() -> None:
    assert linked(report("a", place="Villeurbanne"), report("b", place="Lyon"))
    assert failing(wide("a", place="Villeurbanne"), report("b", place="Lyon")) == ["dates"]
    nairobi, centre = report("a", place="Lyon"), wide("b", place="Lyon")
    nairobi.location, centre.location = "Nairobi", "Nairobi CBD"
    assert corroboration(nairobi, centre) == "both in Nairobi / Nairobi CBD"


def test_what_ties_a_wide_report_is_said() -> None:
    dates = next(c for c in checks(wide("a", employer="Renault"), report("b", employer="Renault")) if c.field == "dates")
    assert dates.ok and "both in Lyon" in dates.detail


def test_more_than_half_a_week_never_links_whatever_it_shares() -> None:
    week = report("a", start="2024-03-01", end="2024-03-07", employer="Renault")
    assert failing(week, report("b", employer="Renault")) == ["dates"]
