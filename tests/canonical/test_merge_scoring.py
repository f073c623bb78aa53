"""The merge scorer (`eval --merge`): which gold happening a report stands for, and the two halves."""
from __future__ import annotations

from datetime import date

from helpers_canonical import report

from strikewatch.canonical.evaluate import HALVES, Happening, align, half, names_place, score_merge


def happening(id_: str, type_: str = "deployment", first: str = "2024-03-05", last: str | None = None,
              docs: tuple[str, ...] = ("a", "b"), place: str = "") -> Happening:
    return Happening(id_, type_, "FR", date.fromisoformat(first), date.fromisoformat(last or first),
                     frozenset(docs), place=place)


def test_the_gold_place_names_a_town_or_for_a_country_wide_report_the_country() -> None:
    assert names_place("Lyon (and Villeurbanne)", report("a", place="Lyon"))
    assert not names_place("Marseille", report("a", place="Lyon"))
    assert names_place("France (nationwide)", report("a", place=None))
    assert names_place("the whole country, nationwide", report("a", place=None))
    assert not names_place("Marseille", report("a", place=None))
    accented = report("a", place="Lyon")
    accented.location = "Nîmes"
    assert names_place("Nimes and its suburbs", accented)


def test_a_report_stands_for_the_happening_its_place_is_named_in_before_the_closest_dates() -> None:
    """Police sent across the country (two days) and to one city (one day): a country-wide report
    of the first day stands for the country-wide deployment, though the city's dates are closer."""
    nationwide = happening("h1", first="2024-03-05", last="2024-03-06", place="France (nationwide)")
    city = happening("h2", first="2024-03-05", place="Marseille")
    assert align(report("a", type_="deployment", place=None), [nationwide, city]) == "h1"
    assert align(report("a", type_="deployment", place="Marseille"), [nationwide, city]) == "h2"
    # neither place named: the closest dates decide, as before
    assert align(report("a", type_="deployment", place="Lyon"), [nationwide, city]) == "h2"


def test_halves_are_stable_and_a_false_merge_across_them_counts_in_both() -> None:
    ids = [f"h{i:02d}" for i in range(1, 41)]
    assert [half(i) for i in ids] == [half(i) for i in ids]
    assert {half(i) for i in ids} == set(HALVES)
    one, other = next((a, b) for a in ids for b in ids if half(a) != half(b))
    gold = [happening(one, type_="strike", docs=("a",)), happening(other, type_="strike", docs=("b",))]
    result = score_merge([report("a"), report("b")], gold)  # the two reports merge: a false pair
    assert result["pairs"] == {"tp": 0, "predicted": 1, "gold": 0}
    assert all(result["halves"][name]["pairs"]["predicted"] == 1 for name in HALVES)
