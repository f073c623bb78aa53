"""The measurement of an event-level filter (training/measure_event_filter.py): the features it reads off
the pipeline, folds grouped by document, and a verdict that can tell a useful model from a useless one."""
from __future__ import annotations

import random
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "training"))
import measure_event_filter as measure  # noqa: E402


def _examples(useful: bool, seed: int = 3) -> list[measure.Example]:
    """Made-up events, five per document; with `useful`, a feature marks the wrong ones (a background
    cue), else it is noise."""
    rng = random.Random(seed)
    out = []
    for doc in range(60):
        for _ in range(5):
            label = int(rng.random() < 0.75)
            cue = (not label) if useful else rng.random() < 0.3
            features = {"type=protest": 1.0, "own_date": float(rng.random() < 0.5)}
            if cue:
                features["background"] = 1.0
            out.append(measure.Example(f"d{doc}", "en", "protest", features, label, label))
    return out


@pytest.mark.slow
def test_the_features_of_an_event_come_from_its_sentence_and_document() -> None:
    from strikewatch.ingest import build_document
    from strikewatch.ingest.readers import Record

    text = ("Port strike\n\nDockers in Antwerp walked out on Monday over pay, the union said. "
            "About 2,000 of them marched to the town hall on Tuesday.")
    doc = build_document(Record(text, "ours", None, {"language": "en", "published": "2024-05-08"}))
    with measure.tapped() as seen:
        events = next(measure.pipeline.analyse_documents([doc], screen=False))[1]
    assert [len(f) for _, _, f in seen] == [len(events)]
    by_type = {e.type: f for e, f in zip(seen[0][1], seen[0][2])}
    strike, protest = by_type["strike"], by_type["protest"]
    assert {"type=strike", "lang=en", "own_date", "own_place", "age=7"} <= set(strike)
    assert any(name.startswith("trigger=en:strike:") for name in strike)
    assert "w=en:pay" in strike and "w=en:pay" not in protest
    assert protest["count"] == 1.0  # "About 2,000 of them"
    # the pipeline is only watched: the same events with the tap as without it
    assert [e.to_dict() for e in events] == [e.to_dict() for e in next(
        measure.pipeline.analyse_documents([doc], screen=False))[1]]


def test_folds_keep_each_document_whole_and_are_seeded() -> None:
    examples = _examples(useful=True)
    fold_of = measure.folds(examples)
    assert set(fold_of.values()) == set(range(measure.FOLDS))
    assert measure.cross_validated(examples, 1.0, ()) == measure.cross_validated(examples, 1.0, ())


def test_a_useful_model_beats_keeping_every_event_and_noise_does_not() -> None:
    for useful in (True, False):
        examples = _examples(useful)
        gold = sum(e.label for e in examples) + 20  # some gold events the rules missed
        threshold, value = measure.best_threshold(examples, measure.cross_validated(examples, 1.0, ()), gold)
        keep_all = measure.f1(examples, gold, lambda e: e.label)
        if useful:
            assert threshold > 0 and value > keep_all + 0.05
        else:
            assert value < keep_all + 0.01


def test_feature_groups_can_be_left_out() -> None:
    features = {"w=en:march": 1.0, "trigger=en:protest:march": 1.0, "root=en:say": 1.0, "type=protest": 1.0}
    assert measure.without(("words",), features).keys() == {"trigger=en:protest:march", "root=en:say", "type=protest"}
    assert measure.without(("words", "triggers"), features).keys() == {"type=protest"}
