"""The project's gold data: well-formed, split by the documented rule, pointing inside real texts."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from conftest import CORPORA, ROOT
from strikewatch.evaluate import assign_splits

GOLD = ROOT / "gold"
FILES = ("events.jsonl", "events-es.jsonl", "negatives.jsonl")
DOCS = {"events-fr": "events-fr/docs.jsonl", "events-en": "events-en/docs.jsonl", "events-es": "events-es/docs.jsonl",
        "negatives-fr": "negatives-fr/docs.jsonl", "negatives-en": "negatives-en/docs.jsonl",
        "negatives-es": "events-es/negatives.jsonl"}


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", FILES)
def test_splits_follow_the_documented_rule(name: str) -> None:
    by_corpus: dict[str, dict[str, str]] = defaultdict(dict)
    for record in _lines(name):
        by_corpus[record["corpus"]][record["id"]] = record["split"]
    for corpus, stored in by_corpus.items():
        assert stored == assign_splits(stored), f"{name}: a {corpus} document moved between tune and check"
        assert abs(sum(s == "check" for s in stored.values()) - len(stored) / 3) <= 1


def test_split_rule_is_stable() -> None:
    assert assign_splits(["a", "b", "c"]) == assign_splits(["c", "b", "a", "a"])
    assert sorted(assign_splits([f"x{i}" for i in range(30)]).values()).count("check") == 10


@pytest.mark.parametrize("name", FILES)
def test_evidence_offsets_point_inside_the_documents(name: str) -> None:
    texts: dict[str, str] = {}
    for record in _lines(name):
        path = CORPORA / DOCS[record["corpus"]]
        if not path.exists():
            pytest.skip(f"needs {path} (../shared beside the checkout)")
        if record["corpus"] not in texts:
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                texts[doc["id"]] = doc["text"]
            texts[record["corpus"]] = ""
        text = texts[record["id"]]
        for event in record["events"]:
            start, end = event["evidence_start"], event["evidence_end"]
            assert 0 <= start < end <= len(text) and text[start:end].strip(), (record["id"], event)
            assert "evidence" not in event  # offsets only: no third-party text in the project


def test_gold_events_are_of_known_types_and_codes() -> None:
    import pycountry

    from strikewatch.model import EVENT_TYPES

    for record in _lines("events.jsonl") + _lines("events-es.jsonl"):
        for event in record["events"]:
            assert event["type"] in EVENT_TYPES
            assert pycountry.countries.get(alpha_2=event["country"]) is not None
            assert not event["admin1"] or pycountry.subdivisions.get(code=event["admin1"]) is not None
