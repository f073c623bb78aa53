from __future__ import annotations

from helpers_canonical import report

from strikewatch.canonical import checks, linked
from datetime import date

from strikewatch.canonical.rules import corroboration, figures, interval, night, reach, same_days
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


# Nights: 7 March 2024 is a Thursday, the 8th a Friday.
THURSDAY, FRIDAY = date(2024, 3, 7), date(2024, 3, 8)


def riot(doc: str, start: str, evidence: str, end: str | None = None, **fields: object) -> Event:
    return report(doc, type_="riot", start=start, end=end, evidence=evidence, **fields)


def test_a_night_is_its_evening_when_the_text_names_it_else_the_night_before_its_day() -> None:
    assert night(riot("a", "2024-03-07", "Cars burned in Lyon on Thursday night.")) == THURSDAY
    assert night(riot("a", "2024-03-08", "Police said cars burned in Lyon overnight.")) == THURSDAY
    assert night(riot("a", "2024-03-08", "Lyon, 8 March. A second night of looting left shops empty.")) == THURSDAY
    assert night(riot("a", "2024-03-08", "Des voitures ont brûlé dans la nuit à Lyon.", language="fr")) == THURSDAY
    assert night(riot("a", "2024-03-07", "Les nuits de jeudi et vendredi.", end="2024-03-08",
                      language="fr")) == THURSDAY  # a night written as its two days
    # a weekday further from the night word dates something else (the mayor's words, not the night)
    assert night(riot("a", "2024-03-08", "On Friday the mayor of Lyon spoke of a night of looting.")) == THURSDAY


def test_a_report_of_no_night_or_of_several_has_no_night() -> None:
    assert night(riot("a", "2024-03-07", "Cars burned in Lyon on Thursday.")) is None
    assert night(riot("a", "2024-03-05", "Three nights of riots in Lyon.", end="2024-03-07")) is None
    assert night(riot("a", "2024-03-07", "Cars burned in Lyon on Thursday night.", language=None)) is None


def test_one_night_dated_by_its_evening_or_by_the_morning_after_links() -> None:
    evening = riot("a", "2024-03-07", "Shops were looted in Lyon on Thursday night.")
    morning = riot("b", "2024-03-08", "Police said shops were looted in Lyon overnight.")
    assert linked(evening, morning) and same_days(evening, morning)
    dates = next(c for c in checks(evening, morning) if c.field == "dates")
    assert "the same night" in dates.detail
    # a report of that Friday that tells of no night may be of its small hours
    small_hours = riot("c", "2024-03-08", "Shops were looted in Lyon, police said.")
    assert linked(evening, small_hours)
    dates = next(c for c in checks(evening, small_hours) if c.field == "dates")
    assert "tells of the night of the 2024-03-07 to the 2024-03-08" in dates.detail
    assert failing(evening, riot("c", "2024-03-09", "Shops were looted in Lyon, police said.")) == ["dates"]


def test_consecutive_nights_stay_apart_even_when_dated_the_same_day() -> None:
    thursday = riot("a", "2024-03-08", "Lyon saw a second night of looting.")  # dated by the morning after
    friday = riot("b", "2024-03-08", "Shops were looted in Lyon on Friday night.")
    assert failing(thursday, friday) == ["dates"]
    assert not linked(riot("a", "2024-03-07", "Looting in Lyon on Thursday night."),
                      riot("b", "2024-03-08", "Looting in Lyon on Friday night."))


def test_two_days_beside_a_night_are_the_night_between_them() -> None:
    # a later sentence of a story of "the night of Thursday to Friday" keeps its two days, not the word
    two_days = riot("a", "2024-03-07", "Youths threw stones at the police in Lyon.", end="2024-03-08")
    assert night(two_days) is None
    assert linked(two_days, riot("b", "2024-03-07", "Shops were looted in Lyon on Thursday night."))
    assert linked(two_days, riot("b", "2024-03-08", "Police said shops were looted in Lyon overnight."))
    dates = next(c for c in checks(two_days, riot("b", "2024-03-07", "Looting in Lyon on Thursday night."))
                 if c.field == "dates")
    assert "the same night" in dates.detail and "read as the night between them" in dates.detail
    # the nights before and after share a day with it, but are other nights
    assert failing(two_days, riot("b", "2024-03-08", "Shops were looted in Lyon on Friday night.")) == ["dates"]
    assert failing(two_days, riot("b", "2024-03-07", "Lyon, 7 March. A second night of looting.")) == ["dates"]
    # without a night on the other side, two days are two days: a report of either links
    assert linked(two_days, riot("b", "2024-03-08", "Shops were looted in Lyon, police said."))
    assert linked(two_days, riot("b", "2024-03-07", "Shops were looted in Lyon, police said."))
    assert linked(report("a", start="2024-03-07", end="2024-03-08"),
                  report("b", start="2024-03-08", end="2024-03-09"))  # a 48-hour strike, told a day apart


def test_nights_at_the_ends_of_the_calendar_stay_in_it() -> None:
    last_day = riot("a", "9999-12-31", "Cars burned in Lyon on Friday night.")  # a Friday
    assert night(last_day) == date.max and reach(last_day) == (date.max, date.max)
    assert linked(last_day, riot("b", "9999-12-31", "Shops were looted in Lyon."))
    assert failing(last_day, riot("b", "9999-12-31", "Police said cars burned in Lyon overnight.")) == ["dates"]
    assert night(riot("a", "0001-01-01", "Police said cars burned in Lyon overnight.")) == date.min
