"""What the relevance screen saves on a news stream: documents/s and words/s of the pipeline with the
screen, without it (--no-screen), and of bare spaCy nlp.pipe, on (a) reports of protests and strikes
and (b) a mixed stream where one document in five is such a report (the rest from the negatives).
Reads the texts from ../shared; one process; prints figures and the share of documents parsed."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def _texts(path: Path, language: str) -> list[dict]:
    return [d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d["language"] == language]


def _documents(records: list[dict]) -> list:
    from strikewatch.ingest import build_document
    from strikewatch.ingest.readers import Record

    return [build_document(Record(r["text"], r["id"], None, {k: r[k] for k in ("language", "published", "title")
                                                             if r.get(k)})) for r in records]


def _run(docs: list, screen: bool) -> float:
    from strikewatch import pipeline

    started = time.perf_counter()
    for _ in pipeline.analyse_documents(docs, screen=screen):
        pass
    return time.perf_counter() - started


def _bare(docs: list) -> float:
    from strikewatch.extraction.nlp import load_pipeline

    nlp = load_pipeline(docs[0].language)
    started = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=32):
        pass
    return time.perf_counter() - started


def _streams(lang: str, n: int) -> dict[str, list[dict]]:
    """(a) `n` reports of protests and strikes; (b) the same, each followed by four negatives."""
    reports = _texts(SHARED / f"corpora/events-{lang}/docs.jsonl", lang)[:n]
    others = _texts(SHARED / f"corpora/negatives-{lang}/docs.jsonl", lang)[:4 * len(reports)]
    return {"(a) reports only": reports,
            "(b) mixed, 1 in 5 a report": [d for i, r in enumerate(reports) for d in [r, *others[4 * i:4 * i + 4]]]}


def stream_arguments(description: str) -> argparse.ArgumentParser:
    """--language and --reports of the stream benchmarks; exits when ../shared is not there."""
    if not (SHARED / "corpora").exists():
        sys.exit(f"{SHARED}: the corpora are not there (../shared beside the checkout); benchmark skipped")
    parser = argparse.ArgumentParser(description=description.split("\n")[0])
    parser.add_argument("--language", default="en", choices=["en", "fr"])
    parser.add_argument("--reports", type=int, default=40, help="protest reports in each stream")
    return parser


def main() -> None:
    args = stream_arguments(__doc__).parse_args()
    from strikewatch import relevance

    lang = args.language
    streams = _streams(lang, args.reports)
    reports = streams["(a) reports only"]
    _run(_documents(reports[:2]), screen=False)  # load models, lexicons and the gazetteer before the clock
    print(f"language {lang}; one process; words = whitespace-separated tokens")
    for name, records in streams.items():
        docs = _documents(records)
        words = sum(len(d.text.split()) for d in docs)
        bare = _bare(docs)
        screened = _run(docs, screen=True)
        full = _run(docs, screen=False)
        kept = sum(relevance.is_relevant(d.language, d.title, d.text) for d in docs)
        print(f"\n{name}: {len(docs)} documents, {words:,} words; {kept} parsed with the screen ({kept / len(docs):.0%})")
        for label, seconds in (("bare nlp.pipe", bare), ("pipeline --no-screen", full), ("pipeline with screen", screened)):
            print(f"  {label:<22}{len(docs) / seconds:8.1f} documents/s {words / seconds:10,.0f} words/s"
                  f"   {bare / seconds:5.2f} x bare nlp.pipe")


if __name__ == "__main__":
    main()
