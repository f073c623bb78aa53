"""The command end to end, through a subprocess, as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT / "examples" / "corpus"


def run(*args: str, db: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    if db is not None:
        env["STRIKEWATCH_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "strikewatch", *args], input=stdin, capture_output=True,
                          env=env, cwd=ROOT, timeout=300, text=stdin is None)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "sw.db"
    result = run("ingest", str(CORPUS), db=db)
    assert result.returncode == 0, result.stderr
    assert "added: 13" in result.stdout
    return db


def test_ingest_prints_a_summary_and_is_idempotent(corpus_db: Path) -> None:
    again = run("ingest", str(CORPUS), db=corpus_db)
    assert again.returncode == 0
    assert "added: 0  unchanged: 13" in again.stdout
    assert "fr" in again.stdout and "2022-01" in again.stdout


def test_search_greve_finds_the_kazakhstan_statement(corpus_db: Path) -> None:
    result = run("search", "greve", "--json", db=corpus_db)
    hits = json.loads(result.stdout)
    assert any(hit["title"].startswith("Soutien aux grévistes du Kazakhstan") for hit in hits)
    text = run("search", "Tengizchevroil", db=corpus_db).stdout
    assert "Kazakhstan" in text and "Tengizchevroil" in text


def test_show_by_id_prefix(corpus_db: Path) -> None:
    hit = json.loads(run("search", "Mangistaou", "--json", db=corpus_db).stdout)[0]
    shown = run("show", hit["doc_id"][:10], db=corpus_db)
    assert shown.returncode == 0 and "Le 3 janvier, la grève générale paralysait toute la région de Mangistaou" in shown.stdout
    raw = run("show", hit["doc_id"][:10], "--raw", db=corpus_db)
    assert "Réseau Solidarité Ouvrière >" in raw.stdout
    data = json.loads(run("show", hit["doc_id"], "--json", db=corpus_db).stdout)
    assert data["published"] == "2022-01-07" and data["language"] == "fr"


def test_stats_json(corpus_db: Path) -> None:
    stats = json.loads(run("stats", "--json", db=corpus_db).stdout)
    assert stats["documents"] == 13 and stats["by_language"] == {"fr": 7, "en": 5, "es": 1}


def test_db_option_and_stdin(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = run("ingest", "-", "--db", str(db), stdin=b"Dockers went on strike in Antwerp on Monday.")
    assert result.returncode == 0 and db.exists()
    assert "added: 1" in result.stdout.decode()


@pytest.mark.parametrize(("content", "code", "message"), [
    (b"", 3, "empty file"),
    (b"\x00\x01\x02binary" * 100, 3, "binary content"),
])
def test_a_run_where_every_input_fails_exits_3(tmp_path: Path, content: bytes, code: int, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("ingest", str(bad), db=tmp_path / "x.db")
    assert result.returncode == code
    assert f"error: {bad}: {message}" in " ".join(result.stderr.split())


def test_partial_failure_exits_1_and_keeps_the_good_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Dockers went on strike in Antwerp on Monday.")
    (tmp_path / "in" / "empty.txt").write_text("")
    result = run("ingest", str(tmp_path / "in"), db=tmp_path / "x.db")
    assert result.returncode == 1
    assert "added: 1" in result.stdout and "rejected: 1" in result.stdout


def test_malformed_jsonl_lines_warn_or_stop_with_strict(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text('{"id": "a", "text": "Strike in Leeds today."}\n{oops\n{"id": "b", "text": "Rally in Lyon."}\n')
    lenient = run("ingest", str(src), db=tmp_path / "x.db")
    assert lenient.returncode == 0
    assert f"warning: {src}:2: malformed JSON" in " ".join(lenient.stderr.split())
    assert "added: 2" in lenient.stdout
    strict = run("ingest", str(src), "--strict", db=tmp_path / "y.db")
    assert strict.returncode == 3 and f"{src}:2" in strict.stderr
    assert json.loads(run("stats", "--json", db=tmp_path / "y.db").stdout)["documents"] == 1


def test_usage_errors_exit_2(tmp_path: Path, corpus_db: Path) -> None:
    missing = run("ingest", str(tmp_path / "nope.txt"), db=tmp_path / "x.db")
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr
    syntax = run("search", '"unclosed', db=corpus_db)
    assert syntax.returncode == 2 and "invalid search query" in syntax.stderr
    assert "Traceback" not in syntax.stderr
    unknown = run("show", "zzzz", db=corpus_db)
    assert unknown.returncode == 2 and "no document" in unknown.stderr
    lang = run("ingest", str(CORPUS), "--languages", "xx", db=tmp_path / "x.db")
    assert lang.returncode == 2 and "no data for xx" in lang.stderr


def test_foreign_database_exits_4(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(b"not a database" * 200)
    result = run("stats", db=other)
    assert result.returncode == 4 and "cannot open" in result.stderr


COMMANDS = ["ingest", "extract", "search", "show", "events", "export", "eval", "bench", "stats"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Example: strikewatch" in result.stdout


def test_version() -> None:
    assert run("--version").stdout.startswith("strikewatch ")


@pytest.mark.slow
def test_ingest_finds_and_stores_events(corpus_db: Path) -> None:
    stats = json.loads(run("stats", "--json", db=corpus_db).stdout)
    assert stats["events"] > 50 and {"strike", "protest", "riot", "repression"} <= set(stats["events_by_type"])
    events = json.loads(run("events", "--type", "strike", "--country", "KZ", "--json", db=corpus_db).stdout)
    assert any(e["admin1"] == "KZ-47" and e["date_start"] == "2022-01-03" for e in events)


@pytest.mark.slow
def test_extract_command_writes_the_design_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "Les dockers du Havre ont cessé le travail mardi 7 mars.",
                               "published": "2023-03-08"}) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = run("extract", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    [event] = [json.loads(line) for line in out.read_text().splitlines()]
    assert (event["doc_id"], event["type"], event["date_start"], event["admin1"]) == ("a1", "strike", "2023-03-07", "FR-NOR")
    text = event["evidence"]
    source = json.loads(src.read_text(encoding="utf-8"))["text"]
    assert source[event["evidence_start"]:event["evidence_end"]] == text
    bad = run("extract", str(src), "--published", "yesterday")
    assert bad.returncode == 2 and "ISO date" in bad.stderr
    full = tmp_path / "full.jsonl"
    assert run("extract", str(src), "-o", str(full), "--no-triage").returncode == 0  # every sentence parsed
    assert full.read_text() == out.read_text()


def test_a_language_without_data_is_stored_with_a_warning(tmp_path: Path) -> None:
    german = tmp_path / "de.txt"
    german.write_text("Der Streik der Lokführer begann am Montag in Berlin und legte den Bahnverkehr lahm.")
    result = run("ingest", str(german), db=tmp_path / "x.db")
    assert result.returncode == 0
    assert "stored without events" in result.stderr and "'und'" in result.stderr


@pytest.mark.slow
def test_a_bad_document_costs_only_itself(tmp_path: Path) -> None:
    """A date at the end of the calendar and a decompression-bomb PDF beside good inputs: the good
    ones are stored with their events, the bomb is named, nothing prints a traceback."""
    from helpers import make_bomb_pdf

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bomb.pdf").write_bytes(make_bomb_pdf())
    (tmp_path / "in" / "limits.jsonl").write_text("".join(json.dumps(record) + "\n" for record in [
        {"id": "y1", "text": "The dockers in Le Havre went on strike last week.", "published": "0001-01-01"},
        {"id": "y9999", "text": "Les dockers du Havre ont fait grève le 31 décembre 9999 pendant trois jours.",
         "published": "9999-12-31"},
        {"id": "ok", "text": "Les dockers du Havre ont fait grève le 7 mars 2023.", "published": "2023-03-08"},
    ]), encoding="utf-8")
    result = run("ingest", str(tmp_path / "in"), db=tmp_path / "x.db")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'in' / 'bomb.pdf'}: PDF stream inflates" in " ".join(result.stderr.split())
    assert "added: 3" in result.stdout and "rejected: 1" in result.stdout
    events = json.loads(run("events", "--json", db=tmp_path / "x.db").stdout)
    assert {e["doc_id"] for e in events} == {"y1", "y9999", "ok"}


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run("ingest", "-", "--no-extract", db=db, stdin=b"Dockers went on strike in Antwerp.").returncode == 0
    out = tmp_path / "out" / "events.csv"
    result = run("export", "-o", str(out), "--query", '"', db=db)
    assert result.returncode == 2 and "invalid search query" in result.stderr
    assert list(out.parent.iterdir()) == []


def test_control_characters_in_file_names_do_not_forge_output_lines(tmp_path: Path) -> None:
    bad = tmp_path / "x\nerror: forged\x1b[31m.txt"
    bad.write_bytes(b"")
    result = run("ingest", str(bad), db=tmp_path / "x.db")
    assert result.returncode == 3
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("error: forged") for line in result.stderr.splitlines())
    assert "x\\nerror: forged\\x1b[31m.txt: empty file" in result.stderr
