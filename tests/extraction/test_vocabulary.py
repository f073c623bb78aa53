"""The ways news commonly says each event type (vocabulary_<code>.py): each sentence gives exactly its
types, and sentences that share the words without naming an event of ours give none."""
from __future__ import annotations

import pytest

import strikewatch
from extraction import vocabulary_en, vocabulary_fr

pytestmark = pytest.mark.slow

LANGUAGES = {"en": vocabulary_en, "fr": vocabulary_fr}
PUBLISHED = "2024-05-15"
SAYINGS = [(code, text, types) for code, data in LANGUAGES.items() for text, types in data.SAYINGS]
NOT_EVENTS = [(code, text) for code, data in LANGUAGES.items() for text in data.NOT_EVENTS]


def _types(language: str, text: str) -> set[str]:
    return {e.type for e in strikewatch.extract(text, published=PUBLISHED, language=language)}


@pytest.mark.parametrize(("language", "text", "types"), SAYINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAYINGS)])
def test_a_common_saying_gives_its_types(language: str, text: str, types: set[str]) -> None:
    assert _types(language, text) == types


@pytest.mark.parametrize(("language", "text"), NOT_EVENTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_EVENTS)])
def test_the_same_words_without_an_event_give_none(language: str, text: str) -> None:
    assert _types(language, text) == set()
