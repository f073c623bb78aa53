"""Quality where nothing was tuned: floors on the held-out `check` split of our gold and on the
negatives (gold/README.md). Lowering a floor is a visible decision in the diff; raising one is the
way to keep a gain. Reads the texts from ../shared and skips without it."""
from __future__ import annotations

import json

import pytest

from conftest import CORPORA, ROOT, needs_shared
from strikewatch import evaluate

pytestmark = [pytest.mark.slow, needs_shared]
GOLD = ROOT / "gold"
EVENT_DOCS = ("events-fr/docs.jsonl", "events-en/docs.jsonl")
NEGATIVE_DOCS = ("negatives-fr/docs.jsonl", "negatives-en/docs.jsonl", "events-es/negatives.jsonl")
# measured on check when the floors were set (strict 0.628, type-only 0.716, admin1 0.899 on 26 Nov,
# round 7); each floor sits a little under its figure
CHECK_FLOORS = {"strict": 0.62, "type_only": 0.70}
CHECK_ADMIN1_FLOOR = 0.89
NEGATIVES_WITH_EVENTS_CEILING = 0.05  # share of all fr/en negatives (tune and check) with any event
# Spanish, on all 30 gold documents (issue 16 asks strict 0.55 and type-only 0.75 there) and its 20
# negatives (the issue asks at most 5 %; measured 4 of 20, so the ceiling can only come down)
SPANISH_FLOORS = {"strict": 0.65, "type_only": 0.80}  # measured 0.661 / 0.816 (round 7)
SPANISH_NEGATIVES_CEILING = 4


def _predict(files: tuple[str, ...], wanted: set[str]) -> dict[str, list[dict]]:
    from strikewatch.ingest import read_documents
    from strikewatch.pipeline import analyse_documents

    docs = [item for _, item, _ in read_documents([str(CORPORA / f) for f in files])
            if not isinstance(item, Exception) and item.id in wanted]
    return {doc.id: [e.to_dict() for e in events] for doc, events in analyse_documents(docs)}


def test_check_split_stays_above_its_floors() -> None:
    gold = evaluate.load_gold(GOLD / "events.jsonl", split="check")
    result = evaluate.score(gold, _predict(EVENT_DOCS, set(gold)))
    for mode, floor in CHECK_FLOORS.items():
        assert result[mode]["f1"] >= floor, f"check {mode} F1 {result[mode]['f1']} fell below {floor}"
    assert result["admin1_accuracy"] >= CHECK_ADMIN1_FLOOR


def test_almost_no_negative_document_gets_an_event() -> None:
    gold = {r["id"]: r for r in map(json.loads, (GOLD / "negatives.jsonl").read_text().splitlines())
            if r["corpus"] in ("negatives-fr", "negatives-en")}
    predicted = _predict(NEGATIVE_DOCS, set(gold))
    with_events = sorted(doc_id for doc_id, events in predicted.items() if events)
    assert len(with_events) / len(gold) <= NEGATIVES_WITH_EVENTS_CEILING, with_events


def test_spanish_gold_stays_above_its_floors() -> None:
    gold = evaluate.load_gold(GOLD / "events-es.jsonl")
    result = evaluate.score(gold, _predict(("events-es/docs.jsonl",), set(gold)))
    for mode, floor in SPANISH_FLOORS.items():
        assert result[mode]["f1"] >= floor, f"Spanish {mode} F1 {result[mode]['f1']} fell below {floor}"


def test_spanish_negatives_stay_under_their_ceiling() -> None:
    gold = {r["id"] for r in map(json.loads, (GOLD / "negatives.jsonl").read_text().splitlines())
            if r["corpus"] == "negatives-es"}
    predicted = _predict(("events-es/negatives.jsonl",), gold)
    assert len(gold) == 20
    assert sum(1 for events in predicted.values() if events) <= SPANISH_NEGATIVES_CEILING
