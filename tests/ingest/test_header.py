from __future__ import annotations

import pytest

from strikewatch.ingest.header import find_author, find_published, find_title


@pytest.mark.parametrize(("text", "expected"), [
    ("samedi 8 janvier 2022, par Réseau syndical", "2022-01-08"),
    ("Publié le 1er mai 2023 à 10h", "2023-05-01"),
    ("8 January 2022 | Reuters", "2022-01-08"),
    ("Posted on January 8, 2022 by staff", "2022-01-08"),
    ("Sept. 13, 2022", "2022-09-13"),
    ("mardi 7 févr. 2023", "2023-02-07"),
    ("2021-03-25T10:00:00Z", "2021-03-25"),
    ("Monday, 31 February 2022", None),  # no such day
    ("No date in this header at all.", None),
])
def test_published(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (" date 2019-06 Les caristes du dépôt ont débrayé deux heures.", "2019-06"),  # a page stamped by month
    ("Published: 2021-11\nThe drivers walked out.", "2021-11"),
    ("date 2019-06 Le 12 juin 2019, les caristes ont débrayé.", "2019-06-12"),  # a day of that month is finer
    ("date 2019-06 Le 12 mai 2019, les caristes ont débrayé.", "2019-06"),  # a day outside it is an event's
    ("2019-2020 : bilan d'une année de grèves", None),  # a span of years is no month
    ("Le rapport 2019-06 de l'inspection est paru.", None),  # a month stamp stands at the very start only
])
def test_a_page_stamped_with_a_month_only_is_published_that_month(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


def test_published_takes_the_first_date_in_the_head_only() -> None:
    text = "Title\n12 mars 2023\n" + "x " * 500 + "le 3 janvier 2020"
    assert find_published(text) == "2023-03-12"
    assert find_published("Title\n" + "word " * 300 + "3 January 2020") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("samedi 8 janvier 2022, par Réseau syndical international (Date : 8 janvier 2022).",
     "Réseau syndical international"),
    ("Strike ends\nBy Jane Doe | January 8, 2022\nText", "Jane Doe"),
    ("Par Claire Martin, le 8 mars 2023", "Claire Martin"),
    ("Workers were attacked by Police in the capital on Monday, according to a statement released "
     "by the union, which said that dozens had been injured and many arrested overnight.", None),
])
def test_author(text: str, expected: str | None) -> None:
    assert find_author(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Strike at the port\n\nDockers walked out.", "Strike at the port"),
    ("8 January 2022\nBy Jane Doe\nNurses strike in Lyon\nBody.", "Nurses strike in Lyon"),
    ("A very long first paragraph " * 10, None),
])
def test_title(text: str, expected: str | None) -> None:
    assert find_title(text) == expected
