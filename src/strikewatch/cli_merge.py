"""Commands about canonical events (one per happening, across documents): `why`, `split`, and the
merge evaluation behind `eval --merge`. Registered on the main app by `strikewatch.cli`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from strikewatch.cli import (CountryOption, DbOption, JsonOption, QueryOption, SinceOption, TypeOption,
                             UntilOption, _archive, _filters, _Inputs, app, err, out)
from strikewatch.errors import UsageError, printable


@app.command()
def why(
    event: Annotated[str, typer.Argument(help="A canonical event id, one of its reports' event ids, or a unique start.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Why reports were merged into one canonical event: each field checked, and nearby reports left out.

    Example: strikewatch why c3f2a9
    """
    from strikewatch.canonical.explain import render

    result = _archive(db, readonly=True).why(event)
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    out.print(escape(render(result)))


@app.command()
def split(
    event: Annotated[str, typer.Argument(help="A canonical event id (or a report's event id, or a unique start).")],
    reports: Annotated[Optional[list[str]], typer.Option(
        "--report", "-r", help="Event id of a report to take out (repeatable); default: take every report apart.")] = None,
    undo: Annotated[bool, typer.Option("--undo", help="Forget the splits of this event's reports and merge again.")] = False,
    db: DbOption = None,
) -> None:
    """Undo a merge: keep reports apart from the others for good (new ingests respect it); --undo reverts.

    Example: strikewatch split c3f2a9 --report 9b1e04d2
    """
    archive = _archive(db)
    if undo:
        if reports:
            raise UsageError("--undo takes no --report: it frees every report of the event")
        freed = archive.unsplit(event)
        err.print(f"{freed} split pair{'s' if freed != 1 else ''} forgotten; merged again where the rules agree")
        return
    now = archive.split(event, reports)
    out.print("\n".join(now))
    err.print(f"the reports now belong to {len(now)} canonical event{'s' if len(now) != 1 else ''}")


@app.command()
def chronology(
    db: DbOption = None,
    types: TypeOption = None, country: CountryOption = None, since: SinceOption = None, until: UntilOption = None,
    query: QueryOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write (- for standard output).")] = "-",
) -> None:
    """A day-by-day chronology of canonical events with their sources, and the spread: the first day
    each region joined, per type.

    Example: strikewatch chronology --country KZ --since 2022-01-01 --format html -o kazakhstan.html
    """
    from strikewatch.canonical.chronology import RENDERERS, build

    if fmt not in RENDERERS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(RENDERERS)}")
    archive = _archive(db, readonly=True)
    happenings = archive.canonical_events(**_filters(types, country, since, until, query), quoted_only=True)
    metadata = archive.document_metadata(d for made in happenings for d in made.sources)
    text = RENDERERS[fmt](build(happenings, metadata))
    if output == "-":
        out.file.write(text)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        err.print(f"{len(happenings)} events written to {escape(printable(output))}")


def evaluate_merge(gold: Path, predictions: Path | None, docs: list[Path] | None, as_json: bool) -> None:
    """`eval --merge`: pairwise precision/recall of canonical grouping against gold happenings."""
    from strikewatch.canonical import evaluate as scoring
    from strikewatch.model import Event

    happenings = scoring.load_happenings(gold)
    if predictions is not None:
        if not predictions.exists():
            raise UsageError(f"{predictions}: no such file")
        with open(predictions, encoding="utf-8") as lines:
            events = [Event.from_dict(json.loads(line)) for line in lines if line.strip()]
    else:
        from strikewatch.pipeline import analyse_documents

        sources = docs or [gold.parent / "docs.jsonl"]
        for source in sources:
            if not source.exists():
                raise UsageError(f"{source}: no documents to extract from (give PRED or --docs)")
        wanted = {d for h in happenings for d in h.docs}
        reader = _Inputs([str(s) for s in sources], None, strict=True)
        documents = [doc for doc in reader.documents() if doc.id in wanted]
        events = [e for _, found in analyse_documents(documents, on_error=reader.analysis_failed) for e in found]
    result = scoring.score_merge(events, happenings)
    if as_json:
        out.print_json(json.dumps(result))
    else:
        out.print(escape(scoring.render(result)))
