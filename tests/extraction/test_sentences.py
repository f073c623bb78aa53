"""Our own sentences per language, one per type and variant, with negatives (announced, called,
threatened, planned, hypothetical, negated): each must give exactly the expected types and fields."""
from __future__ import annotations

from typing import Any

import pytest

import strikewatch
from extraction import cases_en, cases_es, cases_fr

pytestmark = pytest.mark.slow

LANGUAGES = {"fr": cases_fr, "en": cases_en, "es": cases_es}
CASES = [(code, *case) for code, cases in LANGUAGES.items() for case in cases.CASES]
HELD_OUT = [(code, *case) for code, cases in LANGUAGES.items() for case in cases.HELD_OUT]


def _problems(language: str, text: str, published: str, expected: dict[str, dict[str, Any]]) -> list[str]:
    events = strikewatch.extract(text, published=published, language=language)
    problems = []
    got_types = sorted({e.type for e in events})
    if got_types != sorted(expected):
        problems.append(f"types {got_types} != {sorted(expected)}")
    for event_type, fields in expected.items():
        candidates = [e for e in events if e.type == event_type]
        if not candidates:
            continue
        if not any(all(getattr(e, k) == v for k, v in fields.items()) for e in candidates):
            got = [{k: getattr(e, k) for k in fields} for e in candidates]
            problems.append(f"{event_type}: fields {got} != {fields}")
    return problems


def test_the_case_lists_are_large_enough() -> None:
    for language, least in (("fr", 40), ("en", 40), ("es", 30)):
        assert sum(1 for c in CASES + HELD_OUT if c[0] == language) >= least
        assert sum(1 for c in CASES if c[0] == language and not c[3]) >= 5  # negatives


@pytest.mark.parametrize(("language", "text", "published", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentence(language: str, text: str, published: str, expected: dict[str, dict[str, Any]]) -> None:
    assert _problems(language, text, published, expected) == []


def test_held_out_sentences_meet_the_floor() -> None:
    """Never tuned on: at least this share must come out right (a floor that only goes up)."""
    right = sum(not _problems(*case) for case in HELD_OUT)
    assert right / len(HELD_OUT) >= 0.5, f"{right}/{len(HELD_OUT)} held-out sentences right"
