"""The eval command and the dev-set gate: floors that may only go up (lowering one is a visible decision)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import DEVSET, ROOT, needs_shared
from strikewatch import evaluate
from strikewatch.pipeline import analyse_documents

REFERENCE_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = {"strict": 0.745, "type_only": 0.86}


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from strikewatch.ingest import read_documents

    docs = [item for _, item, _ in read_documents([str(DEVSET / "docs.jsonl")])]
    path = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for _, events in analyse_documents(docs):
            for event in events:
                fh.write(json.dumps(event.to_dict()) + "\n")
    return path


@pytest.mark.slow
@needs_shared
def test_dev_set_scores_stay_above_their_floors(predictions: Path) -> None:
    result = evaluate.score(evaluate.load_gold(DEVSET / "gold.jsonl"), evaluate.load_predictions(predictions))
    for mode, floor in FLOORS.items():
        assert result[mode]["f1"] >= floor, f"{mode} F1 {result[mode]['f1']} fell below {floor}"
    assert result["admin1_accuracy"] >= 0.90


@pytest.mark.slow
@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="the reference scorer lives in ../shared")
def test_same_numbers_as_the_reference_scorer(predictions: Path) -> None:
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE_SCORER)
    reference = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(reference)
    gold_path = DEVSET / "gold.jsonl"
    ours = evaluate.score(evaluate.load_gold(gold_path), evaluate.load_predictions(predictions))
    theirs = reference.score(reference.load_gold(gold_path), reference.load_pred(predictions))
    assert {key: ours[key] for key in theirs} == theirs


def test_matching_rules() -> None:
    gold = {"type": "strike", "date_start": "2022-01-04", "date_end": "2022-01-08", "country": "KZ", "admin1": "KZ-23"}
    assert evaluate.compatible(gold, {**gold, "date_start": "2022-01-08", "date_end": None})
    assert not evaluate.compatible(gold, {**gold, "admin1": "KZ-47"})
    assert evaluate.compatible(gold, {**gold, "admin1": "KZ-47"}, located=False)
    assert not evaluate.compatible(gold, {**gold, "date_start": None, "date_end": None})
    assert evaluate.compatible({**gold, "admin1": None}, {**gold, "admin1": "KZ-47"})
    assert evaluate.compatible(gold, {**gold, "type": "protest"}, coarse=True)
    optional_gold = {**gold, "confidence": "low"}
    result = evaluate.score({"d": [gold, optional_gold]}, {"d": [gold]})
    assert result["strict"]["f1"] == 1.0  # an optional event missed costs nothing


def test_explain_names_the_constraint_that_failed() -> None:
    gold = {"d": [{"type": "strike", "date_start": "2022-01-04", "date_end": "2022-01-04", "country": "KZ",
                   "admin1": "KZ-23", "participants": 300},
                  {"type": "protest", "date_start": "2022-01-05", "date_end": "2022-01-05", "country": "KZ",
                   "admin1": "KZ-75", "evidence_start": 0, "evidence_end": 9},
                  {"type": "arrest", "date_start": "2022-01-06", "date_end": "2022-01-06", "country": "KZ"}]}
    pred = {"d": [{"type": "strike", "date_start": "2022-01-04", "date_end": "2022-01-04", "country": "KZ",
                   "admin1": "KZ-23", "participants": 200, "evidence": "Workers struck."},
                  {"type": "protest", "date_start": "2022-01-05", "date_end": "2022-01-05", "country": "KZ",
                   "admin1": "KZ-47"},
                  {"type": "riot", "date_start": "2022-02-01", "date_end": "2022-02-01", "country": "FR"}]}
    errors = evaluate.explain(gold, pred, {"d": "A rally. Then more."})
    kinds = sorted((e["kind"], e["reason"]) for e in errors)
    assert kinds == [("false positive", "riot"), ("field", "participants"), ("missed", "arrest"),
                     ("near miss", "admin1")]
    near = next(e for e in errors if e["kind"] == "near miss")
    assert near["gold_evidence"] == "A rally."  # gold evidence read from offsets into the text
    assert "false positive: riot (1)" in evaluate.render_explanation(errors)
