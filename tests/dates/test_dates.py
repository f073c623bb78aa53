"""Date expressions resolved against a publication date: (language, text, published, anchor, expected).

`expected` is (first, last, precision) of the first expression found, or None when the text has no date."""
from __future__ import annotations

from datetime import date

import pytest

from strikewatch.dates import find_dates, year_hint

D = date.fromisoformat
CASES = [
    # French: full and partial dates
    ("fr", "Le 3 janvier, la grève a commencé.", "2022-01-08", None, ("2022-01-03", "2022-01-03", "day")),
    ("fr", "le 1er mai 2023 à Paris", "2023-05-02", None, ("2023-05-01", "2023-05-01", "day")),
    ("fr", "samedi 8 janvier 2022", "2022-01-10", None, ("2022-01-08", "2022-01-08", "day")),
    ("fr", "le 30 décembre", "2022-01-02", None, ("2021-12-30", "2021-12-30", "day")),  # year boundary
    ("fr", "le 28 février", "2024-03-01", None, ("2024-02-28", "2024-02-28", "day")),
    ("fr", "le 29 février", "2024-03-01", None, ("2024-02-29", "2024-02-29", "day")),  # leap year
    ("fr", "le 12 janv. dernier", "2023-02-01", None, ("2023-01-12", "2023-01-12", "day")),
    ("fr", "le 5 sept.", "2023-09-20", None, ("2023-09-05", "2023-09-05", "day")),
    ("fr", "le 14 juillet", "2023-08-01", None, ("2023-07-14", "2023-07-14", "day")),
    ("fr", "le lundi 6 novembre", "2023-11-10", None, ("2023-11-06", "2023-11-06", "day")),
    # French: bare days take the month of the narrative, else of publication
    ("fr", "Dans la nuit du 4 au 5, des heurts", "2022-01-08", None, ("2022-01-04", "2022-01-05", "range")),
    ("fr", "le 5, les rassemblements", "2022-01-08", None, ("2022-01-05", "2022-01-05", "day")),
    ("fr", "le 28, une grève", "2022-01-08", None, ("2021-12-28", "2021-12-28", "day")),  # month boundary
    ("fr", "le 12, une grève", "2022-01-20", D("2021-11-30"), ("2021-11-12", "2021-11-12", "day")),
    # French: open ranges end at publication
    ("fr", "Dès le 4 janvier, les travailleurs", "2022-01-08", None, ("2022-01-04", "2022-01-08", "range")),
    ("fr", "À partir du 5, les rassemblements", "2022-01-08", None, ("2022-01-05", "2022-01-08", "range")),
    ("fr", "en grève depuis le 27 septembre", "2022-10-14", None, ("2022-09-27", "2022-10-14", "range")),
    ("fr", "depuis lundi", "2023-03-09", None, ("2023-03-06", "2023-03-09", "range")),
    # French: ranges
    ("fr", "du 3 au 7 janvier", "2022-01-20", None, ("2022-01-03", "2022-01-07", "range")),
    ("fr", "du 28 décembre au 3 janvier", "2022-01-20", None, ("2021-12-28", "2022-01-03", "range")),
    ("fr", "les 23 et 24 novembre", "2023-12-01", None, ("2023-11-23", "2023-11-24", "range")),
    ("fr", "la nuit de mardi à mercredi", "2021-01-20", None, ("2021-01-19", "2021-01-20", "range")),
    ("fr", "une grève du 11 au 14 décembre", "2023-12-20", None, ("2023-12-11", "2023-12-14", "range")),
    # French: weekdays and relative days
    ("fr", "mardi dernier", "2022-01-08", None, ("2022-01-04", "2022-01-04", "day")),
    ("fr", "samedi dernier", "2022-01-08", None, ("2022-01-01", "2022-01-01", "day")),  # same weekday: a week back
    # the coming such day, a week on when it is today
    ("fr", "lundi prochain", "2024-03-20", None, ("2024-03-25", "2024-03-25", "day")),
    ("fr", "mercredi prochain", "2024-03-20", None, ("2024-03-27", "2024-03-27", "day")),
    ("en", "next Monday", "2024-03-20", None, ("2024-03-25", "2024-03-25", "day")),
    ("en", "the coming Friday", "2024-03-20", None, ("2024-03-22", "2024-03-22", "day")),
    # two weekdays joined by "and": one range
    ("fr", "samedi et dimanche", "2024-03-20", None, ("2024-03-16", "2024-03-17", "range")),
    ("en", "on Saturday and Sunday", "2024-03-20", None, ("2024-03-16", "2024-03-17", "range")),
    ("fr", "lundi matin", "2021-01-20", None, ("2021-01-18", "2021-01-18", "day")),
    ("fr", "mercredi", "2021-01-20", None, ("2021-01-20", "2021-01-20", "day")),  # the day of publication
    ("fr", "hier soir", "2023-03-01", None, ("2023-02-28", "2023-02-28", "day")),
    ("fr", "avant-hier", "2024-03-01", None, ("2024-02-28", "2024-02-28", "day")),
    ("fr", "aujourd'hui", "2023-05-01", None, ("2023-05-01", "2023-05-01", "day")),
    ("fr", "demain", "2023-05-01", None, ("2023-05-02", "2023-05-02", "day")),
    ("fr", "le lendemain", "2023-05-10", D("2023-05-03"), ("2023-05-04", "2023-05-04", "day")),
    ("fr", "la veille", "2023-05-10", D("2023-05-01"), ("2023-04-30", "2023-04-30", "day")),
    ("fr", "la semaine dernière", "2022-05-12", None, ("2022-05-02", "2022-05-08", "range")),
    ("fr", "ce week-end", "2023-06-05", None, ("2023-06-03", "2023-06-04", "range")),
    # French: months, seasons, years
    ("fr", "En décembre, des milliers", "2022-01-08", None, ("2021-12-01", "2021-12-31", "month")),
    ("fr", "en mars 2019", "2023-01-01", None, ("2019-03-01", "2019-03-31", "month")),
    ("fr", "début janvier", "2022-02-01", None, ("2022-01-01", "2022-01-10", "range")),
    ("fr", "fin décembre", "2022-02-01", None, ("2021-12-21", "2021-12-31", "range")),
    ("fr", "à la mi-octobre", "2023-12-01", None, ("2023-10-11", "2023-10-20", "range")),
    ("fr", "cet été", "2022-12-09", None, ("2022-06-01", "2022-08-31", "range")),
    ("fr", "en 2019", "2023-01-01", None, ("2019-01-01", "2019-12-31", "year")),
    ("fr", "jusqu'au 19 janvier", "2022-01-08", None, ("2022-01-19", "2022-01-19", "day")),
    # English
    ("en", "On January 5, troops arrived", "2022-01-08", None, ("2022-01-05", "2022-01-05", "day")),
    ("en", "on 8 January 2022", "2022-01-10", None, ("2022-01-08", "2022-01-08", "day")),
    ("en", "Sept. 13, 2022", "2022-09-14", None, ("2022-09-13", "2022-09-13", "day")),
    ("en", "which began Nov 24", "2022-12-09", None, ("2022-11-24", "2022-12-09", "range")),
    ("en", "since Monday", "2023-03-09", None, ("2023-03-06", "2023-03-09", "range")),
    ("en", "since October 17", "2019-10-25", None, ("2019-10-17", "2019-10-25", "range")),
    ("en", "from April 28 to May 2", "2021-05-04", None, ("2021-04-28", "2021-05-02", "range")),
    ("en", "from 3 to 7 January", "2022-01-20", None, ("2022-01-03", "2022-01-07", "range")),
    ("en", "between 3 and 5 May", "2022-05-20", None, ("2022-05-03", "2022-05-05", "range")),
    ("en", "the night of 5 to 6", "2022-01-08", None, ("2022-01-05", "2022-01-06", "range")),
    ("en", "on Tuesday", "2022-01-08", None, ("2022-01-04", "2022-01-04", "day")),
    ("en", "last Tuesday", "2022-01-11", None, ("2022-01-04", "2022-01-04", "day")),  # same weekday: a week back
    ("en", "Friday night", "2019-10-19", None, ("2019-10-18", "2019-10-18", "day")),
    ("en", "yesterday", "2022-03-01", None, ("2022-02-28", "2022-02-28", "day")),
    ("en", "today", "2023-11-08", None, ("2023-11-08", "2023-11-08", "day")),
    ("en", "tomorrow", "2023-11-08", None, ("2023-11-09", "2023-11-09", "day")),
    ("en", "the next day", "2023-05-10", D("2023-05-03"), ("2023-05-04", "2023-05-04", "day")),
    ("en", "last week", "2022-06-28", None, ("2022-06-20", "2022-06-26", "range")),
    ("en", "early January", "2022-02-01", None, ("2022-01-01", "2022-01-10", "range")),
    ("en", "in late December", "2022-01-15", None, ("2021-12-21", "2021-12-31", "range")),
    ("en", "in December", "2022-01-08", None, ("2021-12-01", "2021-12-31", "month")),
    ("en", "This summer, an eight-day strike", "2022-12-09", None, ("2022-06-01", "2022-08-31", "range")),
    ("en", "in 2019", "2023-01-01", None, ("2019-01-01", "2019-12-31", "year")),
    ("en", "on the 5th", "2022-01-08", None, ("2022-01-05", "2022-01-05", "day")),
    ("en", "May 4 (RHC)", "2021-05-04", None, ("2021-05-04", "2021-05-04", "day")),
    ("en", "dockers struck in June, 1976, at the port", "2024-05-15", None, ("1976-06-01", "1976-06-30", "month")),
    # no date at all, or words that only look like one
    ("fr", "Les travailleurs réclament de meilleurs salaires.", "2022-01-08", None, None),
    ("fr", "La Constitution de 1993", "2022-01-08", None, None),
    ("fr", "le premier ministre a parlé", "2022-01-08", None, None),
    ("fr", "le 5 % des salariés", "2022-01-08", None, None),
    ("en", "You may go now; the march was long.", "2022-01-08", None, None),
    # a headline in title case: every word has its capital, so "March" and "May" need a day or a year
    ("en", "Thousands Of Teachers March In Nairobi Over Pay", "2022-05-08", None, None),
    ("en", "Dockers May Strike Again At Felixstowe", "2022-05-08", None, None),
    ("en", "Nurses Walk Out On March 3 In Leeds", "2022-05-08", None, ("2022-03-03", "2022-03-03", "day")),
    ("en", "Dockers Strike At The Port In May 2021", "2022-05-08", None, ("2021-05-01", "2021-05-31", "month")),
    ("en", "The strike lasted 12 hours.", "2022-01-08", None, None),
    # English writes a day alone with its suffix: "the 14" are people
    ("en", "Pickets gathered where the 14 were being held.", "2022-01-08", None, None),
]


@pytest.mark.parametrize(("language", "text", "published", "anchor", "expected"), CASES,
                         ids=[f"{c[0]}-{c[1][:30]}" for c in CASES])
def test_phrase(language: str, text: str, published: str, anchor: date | None,
                expected: tuple[str, str, str] | None) -> None:
    found = find_dates(text, language, D(published), anchor)
    if expected is None:
        assert found == []
        return
    assert found, f"no date found in {text!r}"
    first = found[0]
    got = (first.first.isoformat(), first.last.isoformat() if first.last else None, first.precision)
    assert got == expected


def test_there_are_at_least_60_cases() -> None:
    assert len(CASES) >= 60


def test_without_publication_date_years_come_from_the_text() -> None:
    text = "Lors des derniers mois de 2023, les grèves se multiplient. Le 23 septembre, une manifestation."
    hint = year_hint(text)
    assert hint == date(2023, 12, 31)
    [mention] = find_dates("Le 23 septembre, une manifestation.", "fr", None, year_hint=hint)
    assert mention.first == date(2023, 9, 23)
    # an open range has no end when the publication date is unknown
    [open_range] = find_dates("à partir du 24 novembre", "fr", None, year_hint=hint)
    assert (open_range.first, open_range.last) == (date(2023, 11, 24), None)
    # weekdays need the real publication date
    assert find_dates("mardi", "fr", None, year_hint=hint) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "ce lundi 4 octobre", date(2021, 10, 4)),  # 4 October 2022 was a Tuesday
    ("en", "on Wednesday, October 20", date(2021, 10, 20)),
    ("es", "el miércoles 20 de octubre", date(2021, 10, 20)),
    ("fr", "le samedi 3 décembre", date(2022, 12, 3)),  # the guessed year fits
    ("fr", "le mardi 3 décembre", date(2022, 12, 3)),  # no fit within two years: the guess stands
])
def test_without_publication_date_a_weekday_picks_the_year(language: str, text: str, expected: date) -> None:
    """A text of unknown date guesses its year from the latest it names (here 2022); a weekday written
    with the day says which of the last years it was."""
    [mention] = find_dates(text, language, None, year_hint=date(2022, 12, 31))
    assert mention.first == expected


def test_offsets_point_into_the_text() -> None:
    text = "Les dockers ont cessé le travail mardi 7 mars à Marseille."
    [mention] = find_dates(text, "fr", D("2023-03-08"), offset=100)
    assert text[mention.start - 100:mention.end - 100] == mention.text == "mardi 7 mars"


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("fr", "Quelques heurts ont émaillé la nuit de mardi à Tunis.", "2021-01-20", ("2021-01-19", "2021-01-20")),
    ("en", "Clashes broke out on the night of January 4.", "2022-01-08", ("2022-01-04", "2022-01-05")),
    ("fr", "286 civils ont été tués depuis le coup d'Etat du 1er février.", "2021-03-25", ("2021-02-01", "2021-03-25")),
])
def test_nights_and_distant_since(language: str, text: str, published: str, expected: tuple[str, str]) -> None:
    [mention] = find_dates(text, language, D(published))
    assert (mention.first.isoformat(), mention.last.isoformat()) == expected


@pytest.mark.parametrize(("language", "text", "days"), [
    ("fr", "Une grève de trois jours débute le 21 novembre.", 3),
    ("fr", "une grève de 48 heures", 2),  # whole days of 24 hours
    ("fr", "Les dockers débrayent pour 72h à partir de lundi.", 3),
    ("en", "an eight-day strike by truckers", 8),
    ("en", "a 2-day walkout", 2),
    ("en", "The 48-hour stoppage shut the mills on Tuesday.", 2),
    ("en", "a 24-hour strike", 1),
    ("en", "a 36-hour strike", None),  # two calendar days or three
    ("en", "Buses stood still on the first day of the three-day strike.", 3),  # "first day" is no length
    ("en", "The strike began on Monday.", None),
])
def test_durations(language: str, text: str, days: int | None) -> None:
    from strikewatch.dates import duration_days
    from strikewatch.extraction.lexicon import load_lexicon

    assert duration_days(text, language, load_lexicon(language).count_words) == days


@pytest.mark.parametrize(("language", "text", "days"), [
    ("fr", "Une grève de trois jours débute le 21 novembre.", 3),
    ("en", "Police fired tear gas on Tuesday after two days of protests.", None),  # how long the protests ran
    ("fr", "Les salariés ont obtenu gain de cause après trois jours de grève.", None),
    ("fr", "Le travail a repris à l'usine après 48 heures de grève.", None),
])
def test_a_duration_after_a_cue_is_no_length_of_the_event(language: str, text: str, days: int | None) -> None:
    from strikewatch.dates import duration_days
    from strikewatch.extraction.lexicon import load_lexicon

    assert duration_days(text, language, load_lexicon(language).count_words) == days


# How long an event had run by its date: its first day is counted back (days inclusively).
ELAPSED = [
    ("en", "The dockers' strike in Hull entered its eighth day on Monday.", "2024-03-13",
     {"strike": ("2024-03-04", "2024-03-11")}),
    ("en", "Workers have been on strike for more than two weeks at the Karvell plant in Leeds.", "2024-05-20",
     {"strike": ("2024-05-06", "2024-05-20")}),
    # "after" dates what it governs (the protests), not the curfew ordered then
    ("en", "The governor ordered a curfew on Friday after six days of protests in Kano.", "2024-07-14",
     {"protest": ("2024-07-07", "2024-07-12"), "restriction": ("2024-07-12", None)}),
    ("fr", "Plusieurs centaines de personnes manifestent chaque soir depuis une semaine à Mamoudzou.", "2024-02-10",
     {"protest": ("2024-02-03", "2024-02-10")}),
    ("fr", "La grève des éboueurs de Brest entre dans son dixième jour ce lundi 4 mars.", "2024-03-05",
     {"strike": ("2024-02-24", "2024-03-04")}),
    ("es", "Los mineros de Oruro están en huelga desde hace una semana.", "2024-03-14",
     {"strike": ("2024-03-07", "2024-03-14")}),
    # a day of the movement told apart is part of it, not a second strike
    ("en", "Bus drivers in Leeds have been on strike for two weeks. On Monday the strike closed three depots.",
     "2024-06-12", {"strike": ("2024-05-29", "2024-06-12")}),
    # a span that names the event's own length ("two weeks of strike") counts back without a cue
    ("en", "Dockers at the Hull terminal marked two weeks of strike on Monday.", "2024-03-13",
     {"strike": ("2024-02-26", "2024-03-11")}),
    ("fr", "Les éboueurs de Brest ont fêté lundi trois semaines de grève.", "2024-03-13",
     {"strike": ("2024-02-19", "2024-03-11")}),
    # an open-ended event runs from its date to publication; a one-day one does not
    ("en", "On Monday, porters at the Leeds hospital went on an indefinite strike.", "2024-06-12",
     {"strike": ("2024-06-10", "2024-06-12")}),
    ("en", "On Monday, porters at the Leeds hospital held a one-day strike.", "2024-06-12",
     {"strike": ("2024-06-10", "2024-06-10")}),
    ("en", "On Monday, bakers at the Leeds depot embarked on a strike over pay.", "2024-06-12",
     {"strike": ("2024-06-10", "2024-06-12")}),
    ("fr", "Le 3 juin, les caristes de l'entrepôt de Lens se sont mis en grève illimitée.", "2024-06-12",
     {"strike": ("2024-06-03", "2024-06-12")}),
    ("es", "El 3 de junio, los estibadores de Vigo iniciaron un paro indefinido.", "2024-06-12",
     {"strike": ("2024-06-03", "2024-06-12")}),
    # the qualifier one word away, which the parser may hang on the verb rather than on the strike
    ("fr", "Les dockers de Sète ont déclenché une grève générale illimitée jeudi 6 juin.", "2024-06-12",
     {"strike": ("2024-06-06", "2024-06-12")}),
    # an ongoing strike is still on at publication
    ("en", "The ongoing strike by porters at the Leeds hospital reached the wards on Monday.", "2024-06-12",
     {"strike": ("2024-06-10", "2024-06-12")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "published", "expected"), ELAPSED,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ELAPSED)])
def test_how_long_an_event_had_run(language: str, text: str, published: str,
                                   expected: dict[str, tuple[str, str | None]]) -> None:
    import strikewatch

    events = strikewatch.extract(text, published=published, language=language)
    for event_type, (start, end) in expected.items():
        found = [e for e in events if e.type == event_type]
        assert len(found) == 1, [(e.type, e.date_start, e.date_end) for e in events]
        assert found[0].date_start == start
        if end is not None:
            assert found[0].date_end == end


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Publié le 14/06.\nLe ministre a affirmé mardi que le gouvernement avait évité le pire au port de Sfax.\n"
           "Les dockers ont affronté la police devant les grilles."),
    ("en", "Posted on 14 June.\nThe minister said on Tuesday that the government had averted the worst at the port of "
           "Mombasa.\nDockers clashed with police outside the gates."),
])
def test_a_date_of_the_main_clause_moves_the_story_past_a_pluperfect_clause(language: str, text: str) -> None:
    """The undated clash that follows runs from the Tuesday the statement was made to publication (rule 3):
    only what the pluperfect clause tells is a flashback."""
    import strikewatch

    events = strikewatch.extract(text, published="2024-06-14", language=language)
    assert [(e.type, e.date_start, e.date_end) for e in events] == [("riot", "2024-06-11", "2024-06-14")]


@pytest.mark.parametrize(("text", "published", "first", "last"), [
    # the night ends after publication: the week before is meant
    ("dans la nuit de mercredi à jeudi", "2024-05-15", "2024-05-08", "2024-05-09"),
    ("dans la nuit de mercredi à jeudi", "2024-05-16", "2024-05-15", "2024-05-16"),
    ("du lundi au mercredi", "2024-05-17", "2024-05-13", "2024-05-15"),
    ("du 28 décembre au 3 janvier", "2024-01-10", "2023-12-28", "2024-01-03"),
])
def test_a_span_of_weekdays_runs_forward_and_ends_by_publication(text: str, published: str, first: str,
                                                                  last: str) -> None:
    (mention,) = find_dates(text, "fr", date.fromisoformat(published))
    assert (mention.first, mention.last) == (date.fromisoformat(first), date.fromisoformat(last))


# Published on Wednesday 15 May 2024.
NEW_FORMS = [
    # counted back from publication
    ("en", "Police raided the depot two days ago.", ("2024-05-13", "2024-05-13", "day")),
    ("en", "The picket began a week ago.", ("2024-05-08", "2024-05-08", "day")),
    ("en", "Workers were sacked three months ago.", ("2024-02-01", "2024-02-29", "month")),
    ("fr", "La police a évacué le piquet il y a deux jours.", ("2024-05-13", "2024-05-13", "day")),
    ("fr", "Le mouvement est né il y a une semaine.", ("2024-05-08", "2024-05-08", "day")),
    ("es", "La policía desalojó el piquete hace dos días.", ("2024-05-13", "2024-05-13", "day")),
    # months and weeks named from publication, and their parts
    ("en", "Dockers struck last month.", ("2024-04-01", "2024-04-30", "range")),
    ("en", "Nurses rallied earlier this month.", ("2024-05-01", "2024-05-15", "range")),
    ("en", "Teachers walked out late last month.", ("2024-04-21", "2024-04-30", "range")),
    ("en", "Clashes broke out at the weekend.", ("2024-05-11", "2024-05-12", "range")),
    ("en", "Miners marched early last week.", ("2024-05-06", "2024-05-08", "range")),
    ("en", "Bakers have protested since the start of the month.", ("2024-05-01", "2024-05-15", "range")),
    ("fr", "Les dockers ont débrayé le mois dernier.", ("2024-04-01", "2024-04-30", "range")),
    ("fr", "Les cheminots ont défilé en fin de semaine dernière.", ("2024-05-10", "2024-05-12", "range")),
    ("fr", "Les postiers ont manifesté au début du mois.", ("2024-05-01", "2024-05-10", "range")),
    ("fr", "Les infirmières ont fait grève à la fin du mois dernier.", ("2024-04-21", "2024-04-30", "range")),
    ("es", "Los mineros pararon a finales del mes pasado.", ("2024-04-21", "2024-04-30", "range")),
    # a month in a year named from publication
    ("en", "The plant closed in March last year.", ("2023-03-01", "2023-03-31", "month")),
    ("fr", "L'usine a fermé en mars de l'année dernière.", ("2023-03-01", "2023-03-31", "month")),
    ("es", "La fábrica cerró en marzo del año pasado.", ("2023-03-01", "2023-03-31", "month")),
    # day ranges written with a dash, numeric dates, named days
    ("en", "Dockers struck on 3-5 May.", ("2024-05-03", "2024-05-05", "range")),
    ("en", "Dockers struck on May 3–5.", ("2024-05-03", "2024-05-05", "range")),
    ("fr", "Grève les 3-5 mai dans les ports.", ("2024-05-03", "2024-05-05", "range")),
    ("en", "The ruling came on 2024-04-03.", ("2024-04-03", "2024-04-03", "day")),
    ("fr", "Rassemblement le 03/04/2024 devant la mairie.", ("2024-04-03", "2024-04-03", "day")),
    ("es", "Concentración el 03/04/2024 ante el ayuntamiento.", ("2024-04-03", "2024-04-03", "day")),
    ("en", "Unions marched on May Day.", ("2024-05-01", "2024-05-01", "day")),
    ("fr", "Les syndicats ont défilé pour le Premier-Mai.", ("2024-05-01", "2024-05-01", "day")),
    ("fr", "Cortèges de la fête du Travail dans toute la France.", ("2024-05-01", "2024-05-01", "day")),
    ("es", "Marchas del Día del Trabajador en todo el país.", ("2024-05-01", "2024-05-01", "day")),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEW_FORMS, ids=[f"{c[0]}-{c[1][:35]}" for c in NEW_FORMS])
def test_counted_back_periods_parts_ranges_and_named_days(language: str, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    found = find_dates(text, language, date(2024, 5, 15))
    assert found, f"no date found in {text!r}"
    got = (found[0].first.isoformat(), found[0].last.isoformat() if found[0].last else None, found[0].precision)
    assert got == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A few days ago nothing had been decided."),  # no number, no date
    ("fr", "Il y a des milliers de grévistes."),  # "il y a" without a span of time
    ("en", "The score was 3-5 at half time."),  # a dash between numbers without a month
    ("fr", "Version 2.5 du logiciel."),
])
def test_look_alikes_of_the_new_forms_are_no_dates(language: str, text: str) -> None:
    assert find_dates(text, language, date(2024, 5, 15)) == []


@pytest.mark.parametrize(("text", "open_start"), [
    ("Des heurts ont éclaté mardi à Lyon.", False),  # the article "des" is no "dès"
    ("Dès mardi, les dockers ont bloqué le port.", True),
    ("Depuis le blocage de mardi, le port est fermé.", True),
])
def test_since_cues_a_few_words_back_are_read_as_written(text: str, open_start: bool) -> None:
    (mention,) = find_dates(text, "fr", date(2024, 5, 16))
    assert mention.open_start is open_start


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    # a day of the coming weeks is that coming day (news announces what is ahead)...
    ("es", "paros los días 12 y 13 de junio", "2024-06-05", "2024-06-12"),
    ("fr", "une grève le 3 janvier", "2023-12-28", "2024-01-03"),
    ("en", "a march on 20 June", "2024-06-05", "2024-06-20"),
    # ...a day further ahead is last year's
    ("en", "a march on 20 August", "2024-06-05", "2023-08-20"),
    ("fr", "une grève le 3 mai", "2024-06-05", "2024-05-03"),
])
def test_a_day_of_the_coming_weeks_is_ahead(language: str, text: str, published: str, expected: str) -> None:
    found = find_dates(text, language, date.fromisoformat(published))
    assert found[0].first == date.fromisoformat(expected)


def test_an_announced_day_ahead_is_no_event() -> None:
    import strikewatch

    text = "Los estibadores de Vigo anuncian paros los días 12 y 13 de junio."
    assert strikewatch.extract(text, published="2024-06-05", language="es") == []


# A page dated by its month only (a monthly bulletin, an archive stamp "date 2023-03").
MONTH_DATED = [
    ("fr", "Les infirmières de l'hôpital de Brest ont fait grève pour leurs salaires.", ("2023-03-01", "2023-03-31")),
    ("en", "Bus drivers in Leeds walked out over pay.", ("2023-03-01", "2023-03-31")),
    ("es", "Los estibadores de Vigo hicieron huelga por sus salarios.", ("2023-03-01", "2023-03-31")),
    # a day without a year is in the year of the page; a weekday cannot be placed within the month
    ("fr", "Le 14 mars, les infirmières de l'hôpital de Brest ont fait grève.", ("2023-03-14", "2023-03-14")),
    ("en", "On Tuesday, bus drivers in Leeds walked out over pay.", ("2023-03-01", "2023-03-31")),
]


@pytest.mark.parametrize(("language", "text", "expected"), MONTH_DATED)
def test_a_page_dated_by_month_tells_its_undated_events_within_that_month(language: str, text: str,
                                                                         expected: tuple[str, str]) -> None:
    import strikewatch

    events = strikewatch.extract(text, published="2023-03", language=language)
    assert [(e.type, e.date_start, e.date_end) for e in events] == [("strike", *expected)]


def test_a_day_after_the_month_of_a_month_dated_page_is_announced() -> None:
    import strikewatch

    text = "Les infirmières de l'hôpital de Brest feront grève le 4 avril."
    assert strikewatch.extract(text, published="2023-03", language="fr") == []


# Published on Wednesday 15 May 2024: a weekday of a clause about the coming days is the coming one.
AHEAD = [
    ("en", "Rail lines will close on Thursday and Saturday.", ["2024-05-16", "2024-05-18"]),
    ("en", "Rail lines closed on Thursday and Saturday.", ["2024-05-09", "2024-05-11"]),
    ("en", "The union said on Monday that drivers will walk out on Friday.", ["2024-05-13", "2024-05-17"]),
    ("en", "Dockers will march on Wednesday.", ["2024-05-15"]),  # the day of publication stays
    ("fr", "Les cheminots feront grève jeudi.", ["2024-05-16"]),
    ("fr", "Les cheminots ont fait grève jeudi.", ["2024-05-09"]),
    ("es", "Los mineros harán huelga el jueves.", ["2024-05-16"]),
    ("es", "Los mineros van a marchar el viernes.", ["2024-05-17"]),
    ("es", "Los mineros marcharon el viernes.", ["2024-05-10"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "expected"), AHEAD, ids=[f"{c[0]}-{c[1][:35]}" for c in AHEAD])
def test_weekdays_of_the_coming_days_are_ahead(language: str, text: str, expected: list[str]) -> None:
    from strikewatch.dates import read_ahead, tells_ahead
    from strikewatch.extraction.nlp import load_pipeline

    parsed = load_pipeline(language)(text)
    published = date(2024, 5, 15)
    got = []
    for mention in find_dates(text, language, published):
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        ahead = mention.weekday and span is not None and tells_ahead(span.root, language)
        got.append((read_ahead(mention, published) if ahead else mention).first.isoformat())
    assert got == expected


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Police fired tear gas at protesters in Mysuru on Friday. The party that runs the state came to power in "
           "2014. Later, demonstrators blocked the main road in Mysuru."),
    ("fr", "La police a dispersé des manifestants vendredi à Thiès. Le parti au pouvoir a gagné les élections en 2014. "
           "Plus tard, des manifestants ont bloqué la route principale de Thiès."),
])
def test_a_year_named_in_passing_does_not_take_the_story_back_to_it(language: str, text: str) -> None:
    """A bare year is a period, not a day the story moves to: the undated blockade after it still runs from
    the Friday told before (rule 3), not from the last day of that year."""
    import strikewatch

    events = strikewatch.extract(text, published="2019-12-20", language=language)
    assert ("protest", "2019-12-20", "2019-12-20") in [(e.type, e.date_start, e.date_end) for e in events]
