"""The `strikewatch` command: thin wrappers that parse options and call the library."""
from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from strikewatch import __version__
from strikewatch.archive import MARK_END, MARK_START, Archive, EventFilters, default_path
from strikewatch.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_PARTIAL, StrikewatchError, UsageError, printable
from strikewatch.ingest import STDIN, expand_paths, publication_date, read_documents
from strikewatch.lang import available_languages
from strikewatch.model import Document, Event

app = typer.Typer(
    help="Turn articles about strikes, protests and their repression into a dated, geocoded event dataset.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]})
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Archive file (default: $STRIKEWATCH_DB or ./strikewatch.db).", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ScreenOption = Annotated[bool, typer.Option(
    "--no-screen", help="Parse every document, even those its language's relevance model judges off-topic.")]
TriageOption = Annotated[bool, typer.Option(
    "--no-triage", help="Parse every sentence, not only those that may hold an event and their neighbours.")]
WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", min=1, max=64, show_default="1, or up to 4 (one per core) from 200 documents",
    help="Processes that parse in parallel (each holds its own models, ~500 MB).")]
AUTO_WORKERS_FROM = 200


def _workers(given: int | None, documents: int) -> int:
    """Parse in one process for a handful of documents; use the cores (up to 4) for many."""
    if given:
        return given
    import os

    return min(4, os.cpu_count() or 1) if documents >= AUTO_WORKERS_FROM else 1


def _archive(db: str | None, readonly: bool = False) -> Archive:
    return Archive(db or default_path(), readonly=readonly)


def _languages(value: str | None) -> list[str] | None:
    if not value:
        return None
    wanted = [code.strip() for code in value.split(",") if code.strip()]
    unknown = sorted(set(wanted) - set(available_languages()))
    if unknown:
        raise UsageError(f"--languages: no data for {', '.join(unknown)}; available: {', '.join(available_languages())}")
    return wanted


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _version(value: bool) -> None:
    if value:
        out.print(f"strikewatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """strikewatch: offline protest-event coding. Run a command with --help for its options and an example."""


def _progress(total: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[current]}"), TimeRemainingColumn(),
                    console=err, transient=True, disable=total < 2)


class _Inputs:
    """Documents read from the given files; bad files and lines are reported as they come and counted."""

    def __init__(self, files: list[str], languages: list[str] | None, strict: bool) -> None:
        self.files, self.languages, self.strict = files, languages, strict
        self.rejected = self.skipped_lines = self.failed = 0
        self.stopped = False  # --strict met a bad input: the documents before it are still processed

    def analysis_failed(self, doc: Document, reason: str) -> None:
        """A document whose analysis broke: reported, kept without events, the run goes on."""
        err.print(f"error: {escape(printable(doc.where))}: {escape(reason)}; kept without events")
        self.failed += 1

    def documents(self) -> Iterator[Document]:
        for path, item, warnings in read_documents(self.files, self.languages):
            for warning in warnings:
                err.print(f"warning: {escape(printable(warning))}")
            if isinstance(item, StrikewatchError):
                line_error = ":" in getattr(item, "location", "").removeprefix(path)
                if self.strict:
                    err.print(f"error: {escape(printable(str(item)))} (--strict: stopping after the inputs before it)")
                    self.stopped = True
                    return
                err.print(f"{'warning' if line_error else 'error'}: {escape(printable(str(item)))}"
                          + (" (line skipped)" if line_error else ""))
                if line_error:
                    self.skipped_lines += 1
                else:
                    self.rejected += 1
                continue
            yield item


def _count_records(files: list[str]) -> int:
    """How many documents the files hold (a JSONL file holds one per line), for the progress bar."""
    total = 0
    for path in files:
        if path != STDIN and path.lower().endswith((".jsonl", ".ndjson")) and Path(path).is_file():
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def _ingest_with_progress(archive: Archive, inputs: _Inputs, total: int, no_extract: bool, workers: int,
                          counts: dict[str, int], unanalysed: dict[str, int], screen: bool = True,
                          triage: bool = True) -> None:
    """Store the inputs, counting outcomes in `counts` as they come (an interrupt keeps the counts)."""
    from strikewatch.pipeline import MAX_ANALYSED_CHARS, can_analyse
    from strikewatch.pipeline import ingest as ingest_documents

    with _progress(total) as progress:
        task = progress.add_task("ingesting", total=total, current="")
        for doc, outcome, n_events in ingest_documents(archive, inputs.documents(), analyse=not no_extract,
                                                        workers=workers, on_error=inputs.analysis_failed,
                                                        screen=screen, triage=triage):
            if not no_extract and outcome != "unchanged" and not can_analyse(doc.language):
                unanalysed[doc.language] = unanalysed.get(doc.language, 0) + 1
            if not no_extract and len(doc.text) > MAX_ANALYSED_CHARS:
                err.print(f"warning: {escape(printable(doc.where))}: {len(doc.text):,} characters; events were "
                          f"looked for in the first {MAX_ANALYSED_CHARS:,} only (the whole text is searchable)")
            counts[outcome] += 1
            counts["events"] += n_events
            progress.update(task, advance=1, current=escape(printable(Path(doc.source_path or doc.id).name[:40])))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    db: DbOption = None,
    languages: Annotated[Optional[str], typer.Option(
        "--languages", help="Comma-separated languages to detect among (default: all with data).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Stop at the first bad file or JSONL line instead of skipping it.")] = False,
    no_extract: Annotated[bool, typer.Option(
        "--no-extract", help="Store documents only; do not look for events (faster).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the summary.")] = False,
    workers: WorkersOption = None,
    no_screen: ScreenOption = False,
    no_triage: TriageOption = False,
) -> None:
    """Clean, date and store documents (txt, md, html, pdf, jsonl) and the events found in them.

    Example: strikewatch ingest examples/corpus/ --db strikewatch.db
    """
    wanted = _languages(languages)
    files = expand_paths(paths)
    archive = _archive(db)
    inputs = _Inputs(files, wanted, strict)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "events": 0}
    unanalysed: dict[str, int] = {}
    total = _count_records(files)
    before = archive.stats()["documents"]
    try:
        _ingest_with_progress(archive, inputs, total, no_extract, _workers(workers, total), counts, unanalysed,
                              screen=not no_screen, triage=not no_triage)
    except KeyboardInterrupt:
        # counted in the archive: the interrupt may land between a commit and the count of it, or
        # before a document's rollback ran (then its rows are still visible here, and not stored)
        archive.abandon_transaction()
        stored_now = max(counts["added"] + counts["updated"], archive.stats()["documents"] - before)
        err.print(f"interrupted: {stored_now} document{'s' if stored_now != 1 else ''} stored "
                  "(run the same command again to resume)")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if inputs.stopped:
        raise typer.Exit(EXIT_INPUT)
    for code, n in sorted(unanalysed.items()):
        err.print(f"warning: {n} document{'s' if n > 1 else ''} in language {code!r} stored without events "
                  f"(extraction knows {', '.join(available_languages())}; 'und' means undetermined)")
    counts_line = {**counts, "rejected": inputs.rejected, "skipped lines": inputs.skipped_lines,
                   "not analysed": inputs.failed}
    if not quiet:
        out.print("  ".join(f"{k}: {v}" for k, v in counts_line.items() if v or k in ("added", "unchanged")))
        _print_stats(archive.stats())
    stored = counts["added"] + counts["updated"] + counts["unchanged"]
    if inputs.rejected or inputs.failed:
        raise typer.Exit(EXIT_PARTIAL if stored else EXIT_INPUT)
    if not stored and inputs.skipped_lines:
        raise typer.Exit(EXIT_INPUT)


def _when(event: Event) -> str | None:
    """"2022-01-03", or "2022-01-04..2022-01-08" for a range."""
    if event.date_end in (None, event.date_start):
        return event.date_start
    return f"{event.date_start}..{event.date_end}"


def _print_stats(stats: dict[str, object]) -> None:
    out.print(f"archive: {stats['documents']} documents, {stats['events']} events"
              + (f" ({stats['canonical_events']} happenings across documents)" if "canonical_events" in stats else ""))
    for key, heading in (("by_language", "language"), ("by_month", "month"), ("events_by_type", "event type")):
        values = stats[key]
        assert isinstance(values, dict)
        if not values:
            continue
        table = Table(heading, "count", box=None, pad_edge=False)
        for name, count in values.items():
            table.add_row(name, str(count))
        out.print(table)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="JSONL of {id, text, published?, language?} or txt/md/html/pdf files and folders.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write events, one JSON object per line (- for stdout).")] = "-",
    language: Annotated[Optional[str], typer.Option("--language", help="Language of every input, when known (fr, en).")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date (ISO, or a month like 2022-01) of every input without one.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad file or JSONL line.")] = False,
    workers: WorkersOption = None,
    no_screen: ScreenOption = False,
    no_triage: TriageOption = False,
    out_dir: Annotated[Optional[Path], typer.Option(
        "--out-dir", help="Run as a Dask job: write partitioned Parquet, JSONL, errors and a manifest here "
                          "(a killed run restarted with the same command resumes).", show_default=False)] = None,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="With --out-dir: local (one worker per core), local:N (N worker processes) or the "
                            "address of a Dask scheduler, tcp://host:port.", show_default="local")] = None,
    partition_size: Annotated[int, typer.Option(
        "--partition-size", min=1, help="With --out-dir: documents per partition (the unit of work and of resume).")] = 500,
) -> None:
    """Find the events in documents and write them as JSONL (no archive needed), or on a Dask cluster.

    Example: strikewatch extract examples/corpus/news-articles.jsonl -o events.jsonl
    Example: strikewatch extract 'corpus/*.jsonl' --out-dir results/ --scheduler local:2
    """
    from strikewatch.pipeline import analyse_documents, can_analyse

    wanted = _languages(language)
    if published and not publication_date(published):
        raise UsageError(f"--published {published!r}: expected an ISO date like 2022-01-08 or a month like 2022-01")
    published = publication_date(published)
    if out_dir is not None or scheduler is not None:
        _extract_scaled(inputs, out_dir, scheduler or "local", partition_size, output, language, published,
                        not no_screen, workers, strict, triage=not no_triage)
        return
    reader = _Inputs(expand_paths(inputs), wanted, strict)
    documents = []
    for item in reader.documents():
        if language:
            item.language = language
        if published and not item.published:
            item.published = published
        if not can_analyse(item.language):
            err.print(f"warning: {escape(printable(item.where))}: language {item.language!r} has no "
                      f"extraction data ({', '.join(available_languages())}); no events")
        documents.append(item)
    if reader.stopped:
        raise typer.Exit(EXIT_INPUT)
    failed = reader.rejected + reader.skipped_lines
    if not documents:
        raise typer.Exit(EXIT_INPUT)
    total = done = 0
    sink = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        with _progress(len(documents)) as progress:
            task = progress.add_task("extracting", total=len(documents), current="")
            for _, events in analyse_documents(documents, workers=_workers(workers, len(documents)),
                                              screen=not no_screen, triage=not no_triage,
                                              on_error=reader.analysis_failed):
                for event in events:
                    sink.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                total += len(events)
                done += 1
                progress.advance(task)
    except KeyboardInterrupt:
        err.print(f"interrupted: {total} events written, from the first {done} of {len(documents)} documents")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if sink is not sys.stdout:
            sink.close()
    err.print(f"{total} events from {len(documents)} documents" + (f" ({failed} inputs skipped)" if failed else "")
              + (f" ({reader.failed} not analysed)" if reader.failed else ""))
    if reader.rejected or reader.failed:  # as for ingest: a skipped JSONL line is only a warning
        raise typer.Exit(EXIT_PARTIAL)


def _extract_scaled(inputs: list[str], out_dir: Path | None, scheduler: str, partition_size: int, output: str,
                    language: str | None, published: str | None, screen: bool, workers: int | None,
                    strict: bool, triage: bool = True) -> None:
    """extract --out-dir: the Dask job of strikewatch.scale, with a progress display."""
    from strikewatch import scale

    if out_dir is None:
        raise UsageError("--scheduler needs --out-dir DIR (the job writes partitioned files, not one stream)")
    if output != "-" or workers or strict:
        raise UsageError("--out-dir replaces -o, --scheduler local:N replaces --workers, and a bad record goes to "
                         "DIR/errors/ instead of stopping the job (no --strict)")
    scale.parse_scheduler(scheduler)
    options = scale.Options(language=language, published=published, screen=screen, triage=triage)
    with Progress(TextColumn("partitions"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[status]}"), TimeRemainingColumn(), console=err, transient=True) as bar:
        task = bar.add_task("partitions", total=None, status="starting the cluster")

        def show(progress: scale.Progress) -> None:
            bar.update(task, total=progress.partitions, completed=progress.done + progress.failed,
                       status=f"{progress.documents} documents, {progress.documents_per_second:.1f} documents/s, "
                              f"{progress.errors} errors" + (f", {progress.failed} partitions failed" if progress.failed else ""))

        with scale.connect(scheduler) as client:
            summary = scale.run(inputs, out_dir, client, options, partition_size, on_progress=show)
    done = summary.progress
    err.print(f"{done.events} events from {done.documents} documents in {done.done - done.skipped} partitions "
              f"({done.documents_per_second:.1f} documents/s); {done.skipped} of {done.partitions} partitions "
              f"already written; {done.errors} documents refused or failed (see {out_dir / 'errors'})")
    for name, reason in summary.failures.items():
        err.print(f"error: {name}: {escape(reason)} (run the same command again to retry it)")
    if summary.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("ingest-events")
def ingest_events(
    out_dir: Annotated[Path, typer.Argument(help="The --out-dir of 'strikewatch extract --scheduler'.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the summary.")] = False,
) -> None:
    """Store the documents and events of a Dask job's results folder in the archive.

    Example: strikewatch ingest-events results/ --db strikewatch.db
    """
    from strikewatch.scale import ingest_results

    if not out_dir.is_dir():
        raise UsageError(f"{out_dir}: no such folder")
    archive = _archive(db)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "events": 0, "skipped partitions": 0}
    for outcome, what, n_events in ingest_results(archive, out_dir):
        if outcome == "skipped":
            err.print(f"warning: {escape(what)}; not stored")
            counts["skipped partitions"] += 1
            continue
        counts[outcome] += 1
        counts["events"] += n_events
    if not quiet:
        out.print("  ".join(f"{k}: {v}" for k, v in counts.items() if v or k in ("added", "unchanged")))
        _print_stats(archive.stats())
    if counts["skipped partitions"]:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events: one {id, events: [...]} per line.", exists=True, dir_okay=False)],
    predictions: Annotated[Optional[Path], typer.Argument(
        help="Predicted events (JSONL); without it, extraction runs on the gold documents.", dir_okay=False)] = None,
    docs: Annotated[Optional[list[Path]], typer.Option(
        "--docs", help="The gold documents (JSONL {id, text, published, language}; repeatable); "
                       "default: docs.jsonl beside GOLD.")] = None,
    split: Annotated[Optional[str], typer.Option(
        "--split", help="Only the gold documents of this split (the \"split\" of each gold line: tune, check).")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="List every false positive, missed event, near miss and wrong field with its sentence.")] = False,
    merge: Annotated[bool, typer.Option(
        "--merge", help="GOLD is clusters of happenings (clusters.jsonl): score the cross-document merge pairwise.")] = False,
    canonical: Annotated[bool, typer.Option(
        "--canonical", help="Also score canonical events (merged across documents) against per-happening gold.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score events against gold data: strict, coarse-type, type+date, type+place and type-only F1.

    Example: strikewatch eval gold/events.jsonl --docs fr.jsonl --docs en.jsonl --split tune --explain
    (cross-document merge: strikewatch eval --merge ../shared/corpora/merge/clusters.jsonl)
    """
    if merge:
        from strikewatch.cli_merge import evaluate_merge

        if split or explain or canonical:
            raise UsageError("--merge scores the grouping of whole happenings: it takes no --split, --explain "
                             "or --canonical")

        return evaluate_merge(gold, predictions, docs, as_json)
    from strikewatch import evaluate as scoring

    gold_events = scoring.load_gold(gold, split=split)
    sources = docs or [gold.parent / "docs.jsonl"]
    texts: dict[str, str] = {}
    if predictions is not None:
        if not predictions.exists():
            raise UsageError(f"{predictions}: no such file")
        predicted = scoring.load_predictions(predictions)
        predicted = {doc_id: events for doc_id, events in predicted.items() if doc_id in gold_events}
        if explain and all(source.exists() for source in sources):
            texts = {doc.id: doc.text for doc in _Inputs([str(s) for s in sources], None, strict=True).documents()}
    else:
        from strikewatch.pipeline import analyse_documents

        for source in sources:
            if not source.exists():
                raise UsageError(f"{source}: no gold documents to extract from (give PRED or --docs)")
        reader = _Inputs([str(s) for s in sources], None, strict=True)
        wanted = [doc for doc in reader.documents() if doc.id in gold_events]
        texts = {doc.id: doc.text for doc in wanted}
        predicted = {doc.id: [e.to_dict() for e in events]
                     for doc, events in analyse_documents(wanted, on_error=reader.analysis_failed)}
    result = scoring.score(gold_events, predicted)
    if canonical:
        from strikewatch.canonical.evaluate import score_canonical

        result["canonical_strict"] = score_canonical(gold_events, [Event.from_dict(r) for v in predicted.values()
                                                                   for r in v])
    errors = scoring.explain(gold_events, predicted, texts) if explain else None
    if as_json:
        out.print_json(json.dumps({**result, "errors": errors} if explain else result))
        return
    out.print(escape(scoring.render(result)))
    if canonical:
        merged = result["canonical_strict"]
        out.print(f"canonical events against per-happening gold (strict): P {merged['precision']:.3f}  "
                  f"R {merged['recall']:.3f}  F1 {merged['f1']:.3f}  ({merged['pred']} events, {merged['gold']} happenings)")
    if errors is not None:
        out.print()
        out.print(escape(scoring.render_explanation(errors)), soft_wrap=True)


@app.command()
def bench(
    n: Annotated[int, typer.Option("--n", min=10, help="Documents in the synthetic corpus.")] = 1000,
    curve: Annotated[bool, typer.Option("--curve", help="Also run at N/8, N/4 and N/2: time against corpus size "
                                                          "(on by itself from 5,000 documents).")] = False,
    corpus: Annotated[Path, typer.Option("--corpus", help="Articles to build the corpus from.")] = Path("examples/corpus"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the figures as JSON.")] = Path("bench/results.json"),
) -> None:
    """Measure documents/s, words/s, peak memory and time per stage, beside bare spaCy nlp.pipe.

    Example: strikewatch bench --n 1000
    """
    from strikewatch import bench as benchmark

    if not corpus.is_dir():
        raise UsageError(f"--corpus {corpus}: no such folder (run from the repository, or give one)")
    benchmark.EXAMPLES = corpus
    curve = curve or n >= 5000
    sizes = sorted({max(10, n // 8), max(10, n // 4), max(10, n // 2), n}) if curve else [n]
    results = []
    for size in sizes:
        result = benchmark.run(size, progress=lambda message: err.print(message))
        results.append(result)
        out.print(escape(benchmark.render(result)))
        out.print()
    if curve:
        out.print("time against corpus size:")
        for result in results:
            out.print(f"  {result['documents']:>7} documents  {result['pipeline_seconds']:>8} s  "
                      f"{result['documents_per_second']:>6} documents/s")
    benchmark.write(results, output)
    err.print(f"figures written to {output}")


TypeOption = Annotated[Optional[list[str]], typer.Option("--type", help="Only events of this type (repeatable).")]
CountryOption = Annotated[Optional[str], typer.Option("--country", help="Only events in this country (ISO 3166-1 alpha-2).")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="Only events on or after this date (ISO).")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Only events on or before this date (ISO).")]
QueryOption = Annotated[Optional[str], typer.Option("--query", help="Only events of documents matching this full-text query.")]
PerDocumentOption = Annotated[bool, typer.Option(
    "--per-document", help="Events as each document told them, not one canonical event per happening.")]


def _filters(types: list[str] | None, country: str | None, since: str | None, until: str | None,
             query: str | None) -> EventFilters:
    from strikewatch.model import EVENT_TYPES

    unknown = sorted(set(types or []) - set(EVENT_TYPES))
    if unknown:
        raise UsageError(f"--type {', '.join(unknown)}: unknown; choose among {', '.join(EVENT_TYPES)}")
    for name, value in (("--since", since), ("--until", until)):
        if value and not _is_iso_date(value):
            raise UsageError(f"{name} {value!r}: expected an ISO date like 2022-01-08")
    if country and len(country) != 2:
        raise UsageError(f"--country {country!r}: expected an ISO 3166-1 alpha-2 code like KZ")
    return {"types": types or None, "country": country, "since": since, "until": until, "query": query}


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, json, geojson, parquet or acled.")] = "csv",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write (- for standard output).")] = "-",
    db: DbOption = None,
    types: TypeOption = None, country: CountryOption = None, since: SinceOption = None, until: UntilOption = None,
    query: QueryOption = None, per_document: PerDocumentOption = False,
) -> None:
    """Write the archive's events for pandas, R, QGIS, spreadsheets or ACLED-based workflows: one
    canonical event per happening (with all its sources), or --per-document.

    Example: strikewatch export --format geojson --country KZ --since 2022-01-01 -o kazakhstan.geojson
    """
    from strikewatch.export import BINARY_FORMATS, EXPORTERS
    from strikewatch.export import export as write_events

    if fmt not in EXPORTERS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(EXPORTERS)}")
    filters = _filters(types, country, since, until, query)
    archive = _archive(db, readonly=True)
    if output == "-":
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise UsageError(f"{fmt} is binary: give a file with -o")
        count = write_events(archive, fmt, sys.stdout.buffer, per_document, **filters)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        partial = Path(output).with_name(Path(output).name + ".partial")
        try:
            with open(partial, "wb") as sink:
                count = write_events(archive, fmt, sink, per_document, **filters)
        except BaseException:  # an error or an interrupt: no half file, under either name
            partial.unlink(missing_ok=True)
            raise
        partial.replace(output)  # a failed export never leaves half a file under the real name
    err.print(f"{count} events written" + ("" if output == "-" else f" to {escape(printable(output))}"))


@app.command()
def events(
    db: DbOption = None,
    types: TypeOption = None, country: CountryOption = None, since: SinceOption = None, until: UntilOption = None,
    query: QueryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most events to show.")] = 50,
    per_document: PerDocumentOption = False,
    as_json: JsonOption = False,
) -> None:
    """List stored events, oldest first, with the filters of export: one canonical event per
    happening with its number of sources, or --per-document.

    Example: strikewatch events --type strike --country KZ
    """
    archive = _archive(db, readonly=True)
    filters = _filters(types, country, since, until, query)
    if per_document:
        found, counts = archive.events(**filters, limit=limit), {}
    else:
        merged = archive.canonical_events(**filters, limit=limit, quoted_only=True)
        found, counts = [m.event for m in merged], {m.canonical_id: m.source_count for m in merged}
    if as_json:
        out.print_json(json.dumps([{**e.to_dict(), **({"source_count": counts[e.event_id]} if counts else {})}
                                   for e in found]))
        return
    for event in found:
        when = _when(event)
        where = ", ".join(x for x in (event.location, event.country) if x)
        sources = f"{counts[event.event_id]:>2}× " if counts else ""
        out.print(f"{event.event_id[:10]}  {when or 'undated':<22} {event.type:<11} {escape(where)[:28]:<28} "
                  f"{sources}{escape(event.evidence[:100])}")
    if not found:
        err.print("no event matches")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind; 0.0.0.0 opens the archive to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Turn uploads off.")] = False,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        "--allowed-host", help="Another name the server may be addressed by (repeatable); requests naming "
                               "any other host are refused (DNS rebinding).")] = None,
) -> None:
    """Start the web interface: search, documents with their evidence, events, timeline, map, upload.

    Example: strikewatch serve --port 8000   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from strikewatch.web import create_app

    path = db or default_path()
    if read_only and not Path(path).exists():
        raise UsageError(f"{path}: no archive to serve read-only (run 'strikewatch ingest' first)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: serving on {host}: anyone who can reach this machine can read the archive"
                  + ("" if read_only else " and upload files"))
    err.print(f"strikewatch: serving {path} on http://{host}:{port}")
    uvicorn.run(create_app(path, read_only=read_only, host=host, extra_hosts=tuple(allowed_host or ())),
                host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of documents per language and month, and of events per type.

    Example: strikewatch stats --json
    """
    result = _archive(db, readonly=True).stats()
    if as_json:
        out.print_json(json.dumps(result))
    else:
        _print_stats(result)


def _highlight(snippet: str) -> str:
    return escape(snippet).replace(MARK_START, "[bold reverse]").replace(MARK_END, "[/bold reverse]")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="FTS5 query: words (ANDed), \"a phrase\", OR, NOT, NEAR(a b).")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most results to show.")] = 20,
    language: Annotated[Optional[str], typer.Option("--language", help="Only documents in this language.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over titles and texts, best first, accents optional ("greve" finds "grève").

    Example: strikewatch search '"grève générale" OR strike' --limit 5
    """
    hits = _archive(db, readonly=True).search(query, limit=limit, language=language)
    if as_json:
        out.print_json(json.dumps([{**hit.__dict__, "snippet": hit.snippet.replace(MARK_START, "")
                                    .replace(MARK_END, "")} for hit in hits]))
        return
    if not hits:
        err.print(f"no document matches {query!r}")
        return
    for hit in hits:
        out.print(f"[bold]{hit.doc_id[:12]}[/bold]  {hit.published or 'undated'}  {hit.language}  "
                  f"{escape(hit.title or '(untitled)')}")
        out.print("    " + _highlight(" ".join(hit.snippet.split())))


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, or a unique start of it.")],
    db: DbOption = None,
    raw: Annotated[bool, typer.Option("--raw", help="Print the text as ingested, before cleaning.")] = False,
    as_json: JsonOption = False,
) -> None:
    """A stored document: metadata, cleaned text and the events found in it.

    Example: strikewatch show 3f2a9c
    """
    archive = _archive(db, readonly=True)
    doc = archive.get_document(doc_id)
    events = archive.events(doc_id=doc.id)
    if as_json:
        data = doc.to_dict()
        data.pop("offset_map")
        out.print_json(json.dumps({**data, "events": [e.to_dict() for e in events]}))
        return
    for label, value in (("id", doc.id), ("title", doc.title), ("published", doc.published),
                         ("language", doc.language), ("author", doc.author), ("url", doc.url),
                         ("source", doc.source_path)):
        if value:
            out.print(f"[bold]{label:>9}[/bold]  {escape(value)}")
    out.print()
    out.print(escape(doc.raw_text if raw else doc.text))
    if events:
        happening = {m.event_id: made for made in archive.canonical_events(doc_id=doc.id) for m in made.members}
        out.print(f"\n[bold]{len(events)} events[/bold] (→ the canonical event each belongs to, and its sources)")
        for event in events:
            when = _when(event)
            where = event.location or event.admin1 or event.country or "?"
            made = happening.get(event.event_id)
            merged = f"  → {made.canonical_id[:10]} ({made.source_count})" if made else ""
            out.print(f"  {event.type:<11} {when or 'undated':<22} {escape(where):<20} {escape(event.evidence[:90])}"
                      + merged)


from strikewatch import cli_merge  # noqa: E402,F401  (registers why, split on `app`)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM does what Ctrl-C does: stop, keep what is stored, say so."""
    raise KeyboardInterrupt


def main() -> None:
    """Console entry point: library errors become one line on stderr and a documented exit code.

    Usage errors, --help and typer.Exit codes are handled by click itself (standalone mode); typer
    turns an interrupt it sees into a silent exit 130, so long commands catch theirs and say what
    was kept."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except StrikewatchError as exc:
        err.print(f"strikewatch: error: {escape(printable(str(exc)))}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("strikewatch: interrupted; what was stored stays")
        sys.exit(EXIT_INTERRUPTED)
