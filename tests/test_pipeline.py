"""The pipeline's error boundaries: one document that breaks a rule never costs the others."""
from __future__ import annotations

import pytest

from strikewatch import pipeline
from strikewatch.errors import AnalysisError
from strikewatch.ingest import build_document
from strikewatch.ingest.readers import Record

pytestmark = pytest.mark.slow

STRIKE = "Les dockers du Havre ont fait grève le {day} mars 2023 contre la réforme des retraites."


def _doc(text: str, doc_id: str, published: str | None = "2023-03-30"):
    meta = {"id": doc_id, "language": "fr", **({"published": published} if published else {})}
    doc = build_document(Record(text, f"batch.jsonl:{doc_id}", "batch.jsonl", meta))
    doc.location = f"batch.jsonl:{doc_id}"
    return doc


@pytest.mark.parametrize("published", ["0001-01-01", "0001-12-31", "9999-01-01", "9999-12-31"])
@pytest.mark.parametrize("text", [
    "The dockers in Le Havre went on strike last week and again yesterday.",
    "The dockers in Le Havre went on strike on 1 January 1 and on 31 December 9999.",
    "Les dockers du Havre sont en grève depuis lundi, et jusqu'à l'année prochaine.",
    "Les dockers du Havre ont fait grève le 31 décembre 9999 pendant trois jours, puis le lendemain.",
])
def test_dates_at_the_limits_of_the_calendar_never_raise(text: str, published: str) -> None:
    for event in pipeline.extract(text, published=published):
        assert event.date_start is None or event.date_end is None or event.date_start <= event.date_end


def _fail_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.analyse_parsed

    def fragile(doc, parsed, parsed_ranges=None):  # noqa: ANN001, ANN202
        if "boom" in doc.text:
            raise OverflowError("date value out of range")
        return real(doc, parsed, parsed_ranges)

    monkeypatch.setattr(pipeline, "analyse_parsed", fragile)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_reported_and_the_others_keep_their_events(
        monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    _fail_on_boom(monkeypatch)
    pipeline.load_pipeline("fr")  # loaded before the workers fork, as the CLI does
    docs = [_doc(STRIKE.format(day=i + 1) + (" boom" if i == 3 else ""), f"d{i}") for i in range(7)]
    failures: list[tuple[str, str]] = []
    results = list(pipeline.analyse_documents(docs, batch_size=2, workers=workers,
                                              on_error=lambda d, reason: failures.append((d.where, reason))))
    assert [d.id for d, _ in results] == [d.id for d in docs]
    assert [len(events) > 0 for _, events in results] == [True, True, True, False, True, True, True]
    assert failures == [("batch.jsonl:d3", "could not be processed (OverflowError: date value out of range)")]


def test_ingest_stores_a_failing_document_without_events(monkeypatch: pytest.MonkeyPatch, archive) -> None:  # noqa: ANN001
    _fail_on_boom(monkeypatch)
    docs = [_doc(STRIKE.format(day=1) + " boom", "bad"), _doc(STRIKE.format(day=2), "good")]
    outcomes = {d.id: (outcome, n) for d, outcome, n in pipeline.ingest(archive, docs, on_error=lambda *_: None)}
    assert outcomes["bad"] == ("added", 0) and outcomes["good"][0] == "added" and outcomes["good"][1] > 0


def test_the_python_api_says_why_one_text_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_on_boom(monkeypatch)
    with pytest.raises(AnalysisError, match="OverflowError"):
        pipeline.extract(STRIKE.format(day=1) + " boom", published="2023-03-30", language="fr")
