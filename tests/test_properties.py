"""Property-based tests (hypothesis): cleaning, dates, places and extraction over arbitrary Unicode,
control characters, the calendar's limits, huge tokens and empty texts never raise and keep their
invariants: offsets inside the text, date_start <= date_end, valid ISO codes, counts >= 0.
Example counts are modest (the suite must stay fast on two cores) and the seed fixed; explore more
with STRIKEWATCH_PROPERTY_EXAMPLES=500 (random seeds then)."""
from __future__ import annotations

import os
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikewatch.dates import find_dates, year_hint
from strikewatch.errors import InputError
from strikewatch.ingest import build_document
from strikewatch.ingest.clean import clean_text, map_offset
from strikewatch.ingest.header import find_published
from strikewatch.ingest.readers import Record

EXPLORE = os.environ.get("STRIKEWATCH_PROPERTY_EXAMPLES")  # set: more examples, a random seed
FAST = settings(max_examples=int(EXPLORE or 150), deadline=None, derandomize=not EXPLORE,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=int(EXPLORE or 10), deadline=None, derandomize=not EXPLORE,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["grève", "strike", "manifestation", "protest", "les", "dockers", "workers", "ont", "went", "on", "cessé",
         "le", "travail", "à", "in", "Marseille", "Almaty", "Le Havre", "Leeds", "Kazakhstan", "France", "police",
         "arrêté", "arrested", "tués", "killed", "1 200", "3", "mille", "thousand", "lundi", "Monday", "hier",
         "yesterday", "la semaine dernière", "last week", "l'an prochain", "next year", "depuis", "since", "jusqu'au",
         "until", "le 31 décembre 9999", "1 January 1", "31 December 9999", "le 1er janvier 1", "mars", "March",
         "2023", "0001", "9999", "trois jours", "three-day", "la nuit de mardi", "le lendemain", "CGT", "union",
         "salaires", "wages", "»", "«", "—", ",", ".", "!", "?", "(", ")"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "\t", "\x00", "\x1b[31m", "\u2028", "\r\n", "\x0c", " \u200b "]
HUGE = st.sampled_from(["x" * 3000, "Grève" * 500, "9" * 1000, "\u0301" * 1000, "🙂" * 500])
DATES = st.one_of(st.sampled_from([date.min, date.max, date(1, 12, 31), date(9999, 1, 1), date(2023, 3, 8)]),
                  st.dates())


@st.composite
def newsy(draw: st.DrawFn) -> str:
    """Text made of strike-report words, date phrases at the calendar's limits, control characters,
    huge tokens and arbitrary Unicode, in any order."""
    parts = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(SEPARATORS),
                                    HUGE, st.text(max_size=20)), max_size=40))
    return "".join(p + draw(st.sampled_from(SEPARATORS)) for p in parts)


TEXTS = st.one_of(st.text(), newsy(), st.just(""), st.just("   \n\n "))


@FAST
@given(TEXTS)
def test_cleaning_keeps_a_valid_offset_map(raw: str) -> None:
    text, offset_map = clean_text(raw)
    for offset in range(0, len(text) + 1, max(1, len(text) // 50)):
        assert 0 <= map_offset(offset_map, offset) <= len(raw)
    published = find_published(text)
    assert published is None or date.fromisoformat(published)


@FAST
@given(TEXTS, st.sampled_from(["fr", "en"]), st.one_of(st.none(), DATES), st.one_of(st.none(), DATES))
def test_dates_stay_in_the_text_and_in_order(text: str, language: str, published: date | None,
                                             anchor: date | None) -> None:
    hint = year_hint(text)
    for mention in find_dates(text, language, published, anchor, offset=7, year_hint=hint):
        assert 7 <= mention.start <= mention.end <= len(text) + 7
        assert mention.first is None or mention.last is None or mention.first <= mention.last


@FAST
@given(TEXTS, st.sampled_from([None, "fr", "en"]))
def test_building_a_document_refuses_or_succeeds(raw: str, language: str | None) -> None:
    try:
        doc = build_document(Record(raw, "<prop>", None, {"language": language} if language else {}))
    except InputError as exc:
        assert "no text left" in str(exc)
        return
    assert doc.text and doc.language


ISO_COUNTRY = re.compile(r"^[A-Z]{2}$")
ISO_REGION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


@pytest.mark.slow
@SLOW
@given(newsy(), st.sampled_from(["fr", "en"]), st.one_of(st.none(), DATES))
def test_extraction_never_raises_and_codes_valid_events(text: str, language: str, published: date | None) -> None:
    from strikewatch.pipeline import analyse_documents

    meta = {"language": language, **({"published": published.isoformat()} if published else {})}
    try:
        doc = build_document(Record(text, "<prop>", None, meta))
    except InputError:
        return
    failures: list[str] = []
    [(_, events)] = list(analyse_documents([doc], on_error=lambda _, reason: failures.append(reason)))
    assert failures == []
    for e in events:
        assert e.evidence_start is not None and e.evidence_end is not None
        assert 0 <= e.evidence_start <= e.evidence_end <= len(doc.text)
        assert e.date_start is None or e.date_end is None or e.date_start <= e.date_end
        assert e.country is None or ISO_COUNTRY.match(e.country), e.country
        assert e.admin1 is None or ISO_REGION.match(e.admin1), e.admin1
        assert all(getattr(e, f) is None or getattr(e, f) >= 0
                   for f in ("participants", "fatalities", "injured", "arrests", "dismissed"))
        assert 0 <= e.confidence <= 1


@pytest.mark.slow
@SLOW
@given(newsy(), st.sampled_from(["fr", "en"]))
def test_places_lie_inside_the_text_with_valid_codes(text: str, language: str) -> None:
    from strikewatch.pipeline import locate

    try:
        mentions = locate(text, language)
    except InputError:
        return
    cleaned, _ = clean_text(text)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(cleaned) and cleaned[m.start:m.end] == m.text
        assert ISO_COUNTRY.match(m.place.country) and (m.place.admin1 is None or ISO_REGION.match(m.place.admin1))
