"""Partitions of the Dask job and what a worker writes, without a cluster or spaCy models."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scale_corpus import documents, write_corpus
from strikewatch import scale
from strikewatch.errors import InputError, UsageError
from strikewatch.model import Document, Event
from strikewatch.scale import inputs, output


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def _docs(part: inputs.Partition) -> list[Document | InputError]:
    return [item for item, _ in inputs.read_partition(part)]


def test_jsonl_is_cut_by_records_and_read_back_with_its_line_numbers(corpus: Path) -> None:
    path = str(corpus / "articles.jsonl")
    parts = inputs.plan([path], 5)
    assert [p.kind for p in parts] == ["jsonl"] * 4  # 16 lines: 5 + 5 + 5 + 1
    read = [item for p in parts for item in _docs(p)]
    assert [d.id for d in read if isinstance(d, Document)] == [d["id"] for d in documents(14)]
    errors = {e.location: e.reason for e in read if isinstance(e, InputError)}
    assert errors == {f"{path}:4": pytest.approx(errors[f"{path}:4"]), f"{path}:8": 'missing or empty "text" field'}
    assert errors[f"{path}:4"].startswith("malformed JSON")


def test_the_same_inputs_give_the_same_partitions_and_a_changed_line_changes_one(corpus: Path) -> None:
    path = corpus / "articles.jsonl"
    before = inputs.plan([str(path)], 5)
    assert inputs.plan([str(path)], 5) == before
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[12] = lines[12].replace("2024-03", "2024-04")
    path.write_text("".join(lines), encoding="utf-8")
    after = inputs.plan([str(path)], 5)
    assert [a.checksum == b.checksum for a, b in zip(before, after)] == [True, True, False, True]


def test_csv_records_spanning_lines_are_never_cut(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", n_jsonl=0, n_csv=5, n_txt=0)
    parts = inputs.plan([str(corpus / "table.csv")], 2)
    assert len(parts) == 3
    read = [d for p in parts for d in _docs(p)]
    expected = documents(5, start=100)
    assert [(d.id, d.language, d.published, d.title) for d in read] == \
        [(d["id"], d["language"], d["published"], d["title"]) for d in expected]
    assert "\n" in expected[0]["text"] and read[0].text.startswith("Grève numéro 100")
    assert read[2].source_path.endswith("table.csv") and parts[1].first_line == 6  # the header, then 2 rows of 2 lines


def test_parquet_row_groups_become_partitions(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "articles.parquet"
    rows = documents(6)
    rows[4]["text"] = ""
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    parts = inputs.plan([str(path)], 3)
    assert [(p.start, p.stop) for p in parts] == [(0, 2), (2, 3)]  # groups of 2 rows: 4 rows, then 2
    read = [d for p in parts for d in _docs(p)]
    assert [d.id for d in read if isinstance(d, Document)] == [d["id"] for d in rows if d["text"]]
    assert str(read[4]) == f"{path}:5: missing or empty 'text' column"


def test_a_table_without_a_text_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    [error] = _docs(inputs.plan([str(path)], 10)[0])
    assert isinstance(error, InputError) and "no 'text' column (columns: id, body)" in str(error)


def test_folders_include_tables_and_stdin_is_refused(corpus: Path) -> None:
    names = [Path(p).name for p in inputs.expand_inputs([str(corpus)])]
    assert names == ["articles.jsonl", "loose-0.txt", "loose-1.txt", "table.csv"]
    with pytest.raises(UsageError, match="standard input"):
        inputs.expand_inputs(["-"])


def _fake_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """One strike per document, and an exception for a document that says POISON."""
    from strikewatch import pipeline

    def analyse(docs, batch_size=32, workers=1, screen=True, triage=True):  # noqa: ANN001, ANN202
        for doc in docs:
            if "POISON" in doc.text:
                raise RuntimeError("the parser choked")
            event = Event(doc.id, "strike", evidence=doc.text[:20], date_start=doc.published)
            event.assign_id()
            yield doc, [event]

    monkeypatch.setattr(pipeline, "analyse_documents", analyse)


def test_a_bad_document_goes_to_the_errors_file_and_the_partition_is_written(
        tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_analysis(monkeypatch)
    path = corpus / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({**json.loads(lines[1]), "text": "POISON " + json.loads(lines[1])["text"]})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [part] = inputs.plan([str(path)], 100)
    out = tmp_path / "out"
    marker = scale.run_partition(part, str(out), scale.Options(), "key")
    assert (marker["documents"], marker["events"], marker["errors"]) == (13, 13, 3)
    errors = [json.loads(line) for line in (out / "errors" / "part-00000.jsonl").read_text().splitlines()]
    assert [e["location"].rsplit(":", 1)[-1] for e in errors[:2]] == ["4", "8"]
    assert errors[2]["doc_id"] == "sw-001" and errors[2]["reason"] == "analysis failed: RuntimeError: the parser choked"
    assert output.done_marker(out, "part-00000", part.checksum, "key") == marker
    assert output.done_marker(out, "part-00000", part.checksum, "other settings") is None
    import pyarrow.parquet as pq

    table = pq.read_table(out / "events" / "part-00000.parquet")
    assert table.num_rows == 13 and str(table.schema.field("date_start").type) == "date32[day]"


def test_a_truncated_file_makes_its_partition_undone(tmp_path: Path, corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_analysis(monkeypatch)
    [part] = inputs.plan([str(corpus / "loose-0.txt"), str(corpus / "loose-1.txt")], 10)
    out = tmp_path / "out"
    scale.run_partition(part, str(out), scale.Options(language="en", published="2024-01-02"), "k")
    events = (out / "events-jsonl" / "part-00000.jsonl").read_text().splitlines()
    assert [json.loads(e)["date_start"] for e in events] == ["2024-01-02", "2024-01-02"]
    (out / "events-jsonl" / "part-00000.jsonl").write_text(events[0] + "\n")
    assert output.done_marker(out, part.name, part.checksum, "k") is None


def test_an_interrupted_write_leaves_nothing_under_the_real_name(tmp_path: Path) -> None:
    def fail(fh):  # noqa: ANN001, ANN202
        fh.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        output.atomic_write(tmp_path / "events" / "part-00000.jsonl", fail)
    assert list((tmp_path / "events").iterdir()) == []


def test_leftovers_of_a_killed_run_and_of_an_older_plan_are_removed(tmp_path: Path) -> None:
    for name in ("events/part-00000.parquet", "events/part-00007.parquet", "events-jsonl/.part-00001.jsonl.x.partial",
                 "_partitions/part-00007.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    removed = output.remove_leftovers(tmp_path, {"part-00000", "part-00001"})
    assert sorted(removed) == ["_partitions/part-00007.json", "events-jsonl/.part-00001.jsonl.x.partial",
                               "events/part-00007.parquet"]


def test_scheduler_values() -> None:
    assert scale.parse_scheduler("local") == ("local", None)
    assert scale.parse_scheduler("local:3") == ("local", 3)
    assert scale.parse_scheduler("tcp://127.0.0.1:8786") == ("tcp://127.0.0.1:8786", None)
    for bad in ("local:0", "local:x", "dask://host", "tcp://nohost"):
        with pytest.raises(UsageError, match="--scheduler"):
            scale.parse_scheduler(bad)


def test_an_unrelated_folder_is_never_used_as_out_dir(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not a strikewatch results folder"):
        output.check_out_dir(tmp_path)


def test_versions_name_models_and_language_data() -> None:
    found = scale.versions()
    assert found["models"]["fr"].startswith("fr_core_news_sm 3.8") and len(found["language_data"]) == 64
