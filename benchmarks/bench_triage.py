"""What sentence triage saves, and what it changes: documents/s and words/s of the pipeline with
triage, without it (--no-triage) and of bare spaCy nlp.pipe (full pipeline: as installed, with thinc's
BLIS, in a process of its own; and as the pipeline loads it, numpy's BLAS on one thread), on (a) reports of
protests and strikes and (b) a mixed stream where one document in five is such a report (the rest
from the negatives); the share of sentences parsed; spaCy's own work on the triage plan and the least
any plan could give it; peak memory; then every event one run found and the other did not on the dev
set, the tune split and the tune negatives, and on the `check` split how many (scores and counts
only: it is never read for errors; tests/test_triage.py holds both to the F1 bound). One process;
texts from ../shared."""
from __future__ import annotations

import resource
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from bench_screen import SHARED, _documents, _streams, stream_arguments

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_WORDS = 600  # the unit: articles of 600 words per second


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the second is the steadier."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def _run(docs: list, triage: bool) -> tuple[float, float]:
    from strikewatch import pipeline

    return _timed(lambda: list(pipeline.analyse_documents(docs, triage=triage)))


def _bare(docs: list) -> tuple[float, float]:
    from strikewatch.extraction.nlp import load_pipeline

    nlp = load_pipeline(docs[0].language)
    return _timed(lambda: list(nlp.pipe((d.text for d in docs), batch_size=32)))


def _bare_as_installed(texts: list[str], language: str, repeat: int) -> tuple[float, float]:
    """Bare nlp.pipe with the model as spaCy loads it (BLIS, no thread limit), the fastest of `repeat`
    rounds, in a fresh process (its own model: neither its memory nor its caches count here)."""
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_time_as_installed, texts, language, repeat).result()


def _time_as_installed(texts: list[str], language: str, repeat: int) -> tuple[float, float]:
    import spacy

    from strikewatch import lang

    nlp = spacy.load(lang.load(language, "pipeline")["model"])
    return min((_timed(lambda: list(nlp.pipe(texts, batch_size=32))) for _ in range(repeat)), key=lambda t: t[1])


def _share_parsed(docs: list) -> tuple[int, int, int]:
    """(sentences triage keeps, sentences parsed with triage, sentences) over the documents the
    relevance screen lets through (a text triage would spare little of is parsed whole)."""
    from strikewatch import relevance, triage
    from strikewatch.extraction.nlp import load_pipeline

    kept = parsed = total = 0
    for doc in docs:
        nlp = load_pipeline(doc.language)
        units = triage.sentence_units(nlp, doc.text)
        total += len(units)
        if relevance.is_relevant(doc.language, doc.title, doc.text):
            kept += sum(triage.marked(units, triage.load_triage(doc.language, nlp)))
            parsed += sum(len(list(run.span.sents)) for run in triage.plan(nlp, doc.text, doc.language) if run.parsed)
    return kept, parsed, total


def _spacy_alone(docs: list) -> tuple[float, float]:
    """CPU seconds of spaCy's work alone (no strikewatch stage) on the documents the relevance screen
    lets through: (on the triage plan, as the pipeline runs it; on the least any plan could give it:
    tagger, parser and recognizer on the sentences that hold a trigger candidate only, the recognizer
    alone on the others that may name something, each kind of piece in one batch). The second is a
    floor of what choosing sentences can save: the rules need more context than that."""
    from strikewatch import relevance, triage
    from strikewatch.extraction.nlp import load_pipeline

    nlp = load_pipeline(docs[0].language)
    recognizer = nlp.get_pipe("ner")
    kept = [d for d in docs if relevance.is_relevant(d.language, d.title, d.text)]
    runs = [run for d in kept for run in triage.plan(nlp, d.text, d.language)]
    least: list[triage.Run] = []
    for d in kept:
        units = triage.sentence_units(nlp, d.text)
        table = triage.load_triage(d.language, nlp)
        kinds = [(table.is_candidate(unit), triage.may_name(unit)) for unit in units]
        least += [triage.Run(units[0].doc[start:end], parse, named)
                  for start, end, (parse, named) in triage.windows(units, kinds)]

    def work(runs: list, batch: Callable[[list], int]) -> Callable[[], object]:
        full = [r.text for r in runs if r.parsed and r.named]  # (as text: a Doc is annotated once)
        bare = [r.text for r in runs if r.parsed and not r.named]
        names = [r for r in runs if r.named and not r.parsed]
        return lambda: (list(nlp.pipe(full, batch_size=batch(full))),
                        list(nlp.pipe(bare, batch_size=batch(bare), disable=["ner"])),
                        list(recognizer.pipe((r.tokens() for r in names), batch_size=batch(names))))

    _timed(work(runs, lambda _: 32))  # fills the lemmatizer caches
    rounds = [(_timed(work(runs, lambda _: 32))[1], _timed(work(least, lambda pieces: max(1, len(pieces))))[1])
              for _ in range(3)]  # taken in turns, the fastest of each: the machine's load varies
    return min(r[0] for r in rounds), min(r[1] for r in rounds)


def _differences() -> None:
    from strikewatch import triage_check

    docs, gold = triage_check.corpus(SHARED, ROOT / "gold", "tune")
    result = triage_check.compare(docs, gold)
    print(f"\nsame answers? dev set, tune split and tune negatives: {len(docs)} documents")
    for mode in ("strict", "type_only"):
        print(f"  {mode:<10} F1 {result.without[mode]['f1']:.4f} without triage, "
              f"{result.with_triage[mode]['f1']:.4f} with (drop {result.drop(mode):+.4f}; at most 0.005)")
    print(f"  events found only without triage: {len(result.only_without)}; only with it: {len(result.only_with)}")
    for sign, events in (("-", result.only_without), ("+", result.only_with)):
        for e in events:
            print(f"  {sign} {e['doc_id']} {e['type']} {e['date_start']} {e['location'] or e['country']}: "
                  f"{' '.join(e['evidence'].split())[:120]}")
    print(f"  events found by both whose other fields differ: {len(result.changed)}")
    for full, triaged in result.changed:
        fields = ", ".join(f"{k} {full[k]!r} -> {triaged.get(k)!r}" for k in full if full[k] != triaged.get(k))
        print(f"  ~ {full['doc_id']} {full['type']} {full['date_start']} {full['location'] or full['country']}: {fields}")
    # the check split is scored, never read for errors: how many events differ, not which
    docs, gold = triage_check.corpus(SHARED, ROOT / "gold", "check")
    result = triage_check.compare(docs, gold)
    print(f"\ncheck split (counts only): {len(docs)} documents; strict F1 drop {result.drop('strict'):+.4f}, "
          f"type-only {result.drop('type_only'):+.4f}; events found only without triage: {len(result.only_without)}, "
          f"only with it: {len(result.only_with)}, found by both with other fields differing: {len(result.changed)}")


def main() -> None:
    parser = stream_arguments(__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the three runs; the fastest of each counts")
    args = parser.parse_args()
    lang = args.language
    streams = _streams(lang, args.reports)
    reports = streams["(a) reports only"]
    _run(_documents(reports[:2]), triage=False)  # load models, lexicons and the gazetteer before the clock
    _run(_documents(reports[:2]), triage=True)
    print(f"language {lang}; one process; words = whitespace-separated tokens; relevance screen on in both runs")
    for name, records in streams.items():
        docs = _documents(records)
        words = sum(len(d.text.split()) for d in docs)
        # best of `repeat` rounds: the first round fills spaCy's lemmatizer caches for all three
        rounds = [(_bare(docs), _run(docs, triage=False), _run(docs, triage=True)) for _ in range(args.repeat)]
        bare, full, triaged = (min((r[i] for r in rounds), key=lambda t: t[1]) for i in range(3))
        installed = _bare_as_installed([d.text for d in docs], lang, args.repeat)
        kept, parsed, total = _share_parsed(docs)
        print(f"\n{name}: {len(docs)} documents, {words:,} words; {kept} of {total} sentences kept by triage "
              f"({kept / total:.0%}), {parsed} parsed ({parsed / total:.0%}: texts it would spare little of are "
              f"parsed whole); ratios to bare nlp.pipe as installed, then as loaded here (CPU time)")
        for label, (seconds, cpu) in (("bare, as installed", installed), ("bare, numpy BLAS", bare),
                                      ("pipeline --no-triage", full), ("pipeline with triage", triaged)):
            print(f"  {label:<22}{len(docs) / seconds:8.1f} documents/s {words / seconds:10,.0f} words/s "
                  f"({words / seconds / ARTICLE_WORDS:5.1f} articles of {ARTICLE_WORDS} words/s;"
                  f" {words / cpu / ARTICLE_WORDS:5.1f} per CPU second)"
                  f"   {installed[0] / seconds:5.2f} x ({installed[1] / cpu:5.2f} x CPU)"
                  f"   {bare[0] / seconds:5.2f} x ({bare[1] / cpu:5.2f} x CPU)")
        planned, floor = _spacy_alone(docs)
        print(f"  spaCy alone, CPU seconds: {bare[1]:.2f} on the whole texts (numpy BLAS), {planned:.2f} on the triage "
              f"plan, {floor:.2f} at least (the full pipeline on candidate sentences only); the pipeline with "
              f"triage {triaged[1]:.2f}, of which strikewatch's own work about {triaged[1] - planned:.2f}")
    print(f"\npeak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    _differences()


if __name__ == "__main__":
    main()
