"""Throughput of the whole pipeline on a synthetic corpus built from the bundled examples, beside
bare spaCy `nlp.pipe` on the same texts in the same run (the ceiling our own stages eat into)."""
from __future__ import annotations

import json
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from strikewatch.archive import Archive
from strikewatch.extraction.nlp import load_pipeline
from strikewatch.ingest import read_documents
from strikewatch.ingest.readers import Record
from strikewatch.model import Document

EXAMPLES = Path("examples/corpus")


def _example_texts(corpus: Path) -> dict[str, list[tuple[str, str | None]]]:
    """(text, publication date) of every bundled example, per language."""
    by_language: dict[str, list[tuple[str, str | None]]] = {}
    for _, item, _ in read_documents([str(p) for p in sorted(corpus.iterdir())]):
        if isinstance(item, Document):
            by_language.setdefault(item.language, []).append((item.text, item.published))
    return by_language


def synthetic_corpus(n: int, corpus: Path = EXAMPLES) -> list[Document]:
    """N distinct documents of about 600 words: two bundled articles of one language end to end."""
    from strikewatch.ingest import build_document

    by_language = _example_texts(corpus)
    languages = sorted(by_language)
    docs = []
    for i in range(n):
        texts = by_language[languages[i % len(languages)]]
        (first, published), (second, _) = texts[(i // 2) % len(texts)], texts[(i // 2 + 1) % len(texts)]
        text = f"{first}\n\n{second}\n\nDépêche {i}."
        docs.append(build_document(Record(text, f"synthetic:{i}", None,
                                          {"id": f"bench-{i}", "published": published or "2023-01-01",
                                           "language": languages[i % len(languages)]})))
    return docs


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pipeline(docs: list[Document], triage: bool) -> tuple[float, int, dict[str, float]]:
    """(seconds, events, seconds per stage) of ingesting `docs` into a fresh archive."""
    from strikewatch import pipeline

    pipeline.STAGE_SECONDS.clear()
    with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp) / "bench.db") as archive:
        started = time.perf_counter()
        events = sum(count for _, _, count in pipeline.ingest(archive, docs, triage=triage))
        seconds = time.perf_counter() - started
    stages = dict(pipeline.STAGE_SECONDS)
    stages["the rest"] = seconds - sum(stages.values())
    return seconds, events, {k: round(v, 2) for k, v in stages.items()}


def run(n: int = 1000, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Measure one run: documents/s and words/s of the pipeline (with sentence triage and without)
    and of bare nlp.pipe, time per stage."""
    started = time.perf_counter()
    docs = synthetic_corpus(n)
    build_seconds = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in docs)
    for language in {d.language for d in docs}:
        load_pipeline(language)  # loading is paid once, not per document: keep it out of both timings
    progress(f"bare spaCy nlp.pipe on {n} documents")
    started = time.perf_counter()
    for language in sorted({d.language for d in docs}):
        texts = [d.text for d in docs if d.language == language]
        for _ in load_pipeline(language).pipe(texts, batch_size=32):
            pass
    bare_seconds = time.perf_counter() - started
    progress(f"whole pipeline on {n} documents")
    pipeline_seconds, events, stages = _pipeline(docs, triage=True)
    progress(f"whole pipeline on {n} documents, every sentence parsed (--no-triage)")
    full_seconds, full_events, full_stages = _pipeline(docs, triage=False)
    return {
        "documents": n, "words": words, "events": events,
        "words_per_document": round(words / n),
        "build_seconds": round(build_seconds, 2),
        "pipeline_seconds": round(pipeline_seconds, 2),
        "documents_per_second": round(n / pipeline_seconds, 2),
        "words_per_second": round(words / pipeline_seconds),
        "bare_nlp_pipe_seconds": round(bare_seconds, 2),
        "bare_documents_per_second": round(n / bare_seconds, 2),
        "ratio_to_bare_nlp_pipe": round(bare_seconds / pipeline_seconds, 3),
        "stage_seconds": stages,
        "no_triage": {"pipeline_seconds": round(full_seconds, 2), "events": full_events,
                      "documents_per_second": round(n / full_seconds, 2), "stage_seconds": full_stages},
        "peak_rss_mb": round(_peak_rss_mb()),
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        f"documents: {result['documents']} (~{result['words_per_document']} words each), events found: {result['events']}",
        f"pipeline: {result['pipeline_seconds']} s, {result['documents_per_second']} documents/s, "
        f"{result['words_per_second']} words/s (one process)",
        f"bare spaCy nlp.pipe on the same texts: {result['bare_nlp_pipe_seconds']} s, "
        f"{result['bare_documents_per_second']} documents/s",
        f"pipeline throughput / bare nlp.pipe: {result['ratio_to_bare_nlp_pipe']:.0%}",
        f"peak RSS: {result['peak_rss_mb']} MB",
        "seconds per stage: " + ", ".join(f"{k} {v}" for k, v in result["stage_seconds"].items()),
    ]
    full = result["no_triage"]
    stages = result["stage_seconds"]
    lines += [
        f"without sentence triage (--no-triage): {full['pipeline_seconds']} s, {full['documents_per_second']} "
        f"documents/s, events found: {full['events']}",
        "seconds saved by triage per stage: " + ", ".join(
            f"{k} {full['stage_seconds'].get(k, 0.0) - stages.get(k, 0.0):+.2f}"
            for k in dict.fromkeys([*full["stage_seconds"], *stages])),
    ]
    return "\n".join(lines)


def write(results: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
