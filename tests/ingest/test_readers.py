from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from helpers import make_pdf
from strikewatch.errors import InputError, UsageError
from strikewatch.ingest import build_document, expand_paths, read_documents
from strikewatch.ingest.readers import MAX_BYTES, Record, read_jsonl, read_path


def _docs(*paths: Path) -> list:
    return [item for _, item, _ in read_documents([str(p) for p in paths])]


def test_txt_and_md(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Strike at the port\n\nDockers walked out on Monday in Antwerp.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Grève au port\n\nLes dockers ont **cessé** le travail lundi.", encoding="utf-8")
    a, b = _docs(tmp_path / "a.txt", tmp_path / "b.md")
    assert (a.title, a.language) == ("Strike at the port", "en")
    assert (b.title, b.language) == ("Grève au port", "fr")
    assert "ont cessé le travail" in b.text
    assert b.source_path.endswith("b.md")


def test_html_main_text_and_metadata() -> None:
    [doc] = _docs(Path("examples/corpus/le-havre-dockers.html"))
    assert doc.title == "Le Havre : les dockers bloquent le port contre la réforme"
    assert doc.author == "Claire Martin"
    assert doc.published == "2023-03-08"
    assert "environ 800 manifestants" in doc.text
    for boilerplate in ("Publicité", "mentions légales", "Accueil"):
        assert boilerplate not in doc.text


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(make_pdf([["Communiqué - 14 octobre 2022", "Les salariés sont en grève de-",
                                "puis le 27 septembre."], ["- 2 -"]]))
    [doc] = _docs(path)
    assert doc.published == "2022-10-14"
    assert "en grève depuis le 27 septembre." in doc.text
    assert "- 2 -" not in doc.text


def test_scanned_pdf_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    [error] = _docs(path)
    assert isinstance(error, InputError)
    assert "no text layer" in str(error) and "OCR" in str(error) and str(path) in str(error)


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    [error] = _docs(path)
    assert isinstance(error, InputError) and str(path) in str(error)


def test_jsonl_metadata_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "x1", "text": "Nurses went on strike in Leeds.", "published": "2023-01-18",
                    "language": "en", "url": "https://example.org/1", "title": "Nurses"}),
        "{not json",
        json.dumps({"id": "x2"}),
        "[1, 2]",
        "",
        json.dumps({"text": "Les cheminots ont manifesté à Lille mardi.", "published": "hier"}),
        json.dumps({"text": "Les cheminots ont cessé le travail à Lille mardi dernier."}),
        json.dumps({"id": "x3", "text": "Bulletin: the dockers struck again.", "published": "2023-02"}),
        json.dumps({"id": "x4", "text": "Bulletin: the dockers struck again.", "published": "2023-13"}),
    ]), encoding="utf-8")
    items = _docs(path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError", "InputError",
                                                 "InputError", "Document", "Document", "InputError"]
    assert items[0].id == "x1" and items[0].published == "2023-01-18" and items[0].url == "https://example.org/1"
    assert str(items[1]).startswith(f"{path}:2: malformed JSON")
    assert str(items[2]).startswith(f"{path}:3: missing or empty \"text\"")
    assert str(items[3]).startswith(f"{path}:4:")
    assert str(items[4]).startswith(f"{path}:6:") and "ISO date" in str(items[4])
    assert len(items[5].id) == 64  # sha256 of the cleaned text when no id is given
    assert items[6].published == "2023-02"  # a monthly bulletin is dated by its month
    assert str(items[7]).startswith(f"{path}:9:") and "2023-13" in str(items[7])


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b'{"id": "s1", "text": "Dockers struck in Hamburg."}\n')
    monkeypatch.setattr("sys.stdin", FakeStdin)
    [record] = list(read_path("-"))
    assert isinstance(record, Record) and record.meta["id"] == "s1" and record.location == "<stdin>:1"


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Les salariés de la raffinerie sont en grève depuis lundi à Feyzin.".encode("latin-1"))
    [(_, doc, warnings)] = list(read_documents([str(path)]))
    assert "grève" in doc.text
    assert warnings and "not valid UTF-8" in warnings[0] and str(path) in warnings[0]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t", "empty file"),
    ("image.txt", bytes(range(256)) * 40, "binary content"),
    ("archive.md", b"PK\x03\x04\x00\x00binary zip", "binary content"),
])
def test_unreadable_files_are_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [error] = _docs(path)
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}: {message}")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse: the size check must refuse it before reading
    [error] = _docs(path)
    assert isinstance(error, InputError) and "52.4 MB" in str(error) and "refused" in str(error)
    assert MAX_BYTES < path.stat().st_size


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("sub/b.txt", "a.jsonl", "c.pdf", "notes.docx", ".hidden/x.txt", "sub/.y.md"):
        (tmp_path / name).write_text("x")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])] == \
        ["a.jsonl", "c.pdf", "sub/b.txt"]
    assert len(expand_paths([str(tmp_path / "*.jsonl")])) == 1
    with pytest.raises(UsageError, match="no such file"):
        expand_paths([str(tmp_path / "missing.txt")])
    with pytest.raises(UsageError, match="no file matches"):
        expand_paths([str(tmp_path / "*.html")])


def test_jsonl_overlong_line_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strikewatch.ingest.readers.MAX_JSONL_LINE", 100)
    data = b'{"text": "' + b"a" * 300 + b'"}\n{"text": "Dockers struck in Hamburg."}\n'
    items = list(read_jsonl("big.jsonl", io.BytesIO(data)))
    assert isinstance(items[0], InputError) and str(items[0]).startswith("big.jsonl:1:")
    assert isinstance(items[1], Record) and items[1].text == "Dockers struck in Hamburg."


def test_caller_metadata_wins_over_the_header() -> None:
    record = Record("samedi 8 janvier 2022, par X\n\nLa grève continue à Atyrau.", "mem", None,
                    {"published": "2022-01-09", "language": "fr", "id": "k"})
    doc = build_document(record)
    assert (doc.id, doc.published, doc.language) == ("k", "2022-01-09", "fr")


def test_aes_encrypted_pdf_with_an_empty_password_is_read(tmp_path: Path) -> None:
    from helpers import make_aes_pdf

    path = tmp_path / "aes.pdf"
    path.write_bytes(make_aes_pdf(["Les dockers du Havre ont fait grève le 7 mars 2023."]))
    [doc] = _docs(path)
    assert "dockers du Havre" in doc.text


def test_decompression_bomb_pdf_is_refused_not_raised(tmp_path: Path) -> None:
    from helpers import make_bomb_pdf

    (tmp_path / "bomb.pdf").write_bytes(make_bomb_pdf())
    (tmp_path / "ok.txt").write_text("Les dockers ont fait grève lundi au Havre.", encoding="utf-8")
    bomb, ok = _docs(tmp_path / "bomb.pdf", tmp_path / "ok.txt")
    assert isinstance(bomb, InputError) and "decompression bomb" in str(bomb)
    assert ok.text.startswith("Les dockers")


def test_a_reader_that_breaks_unexpectedly_refuses_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf
    from pypdf.errors import DependencyError

    def broken(*args: object, **kwargs: object) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf, "PdfReader", broken)
    (tmp_path / "a.pdf").write_bytes(make_pdf([["Un texte assez long pour être lu."]]))
    (tmp_path / "b.txt").write_text("Les dockers ont fait grève lundi au Havre.", encoding="utf-8")
    bad, ok = _docs(tmp_path / "a.pdf", tmp_path / "b.txt")
    assert isinstance(bad, InputError) and "a.pdf" in str(bad) and "decrypt it first" in str(bad)
    assert ok.text.startswith("Les dockers")


def test_an_unforeseen_failure_while_building_a_record_refuses_that_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import strikewatch.ingest as ingest

    real = ingest.clean_text

    def fragile(text: str):  # noqa: ANN202
        if "boom" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(ingest, "clean_text", fragile)
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "boom"}\n{"text": "Les dockers ont fait grève lundi."}\n', encoding="utf-8")
    bad, ok = _docs(path)
    assert isinstance(bad, InputError) and bad.location.endswith("a.jsonl:1") and "RecursionError" in str(bad)
    assert ok.location.endswith("a.jsonl:2")


def test_jsonl_fields_of_the_wrong_type_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_text(json.dumps({"id": 42, "text": "Les cheminots ont manifesté à Lille mardi.", "language": ["fr"],
                                "title": {"main": "Grève"}, "published": 20230314, "url": True}) + "\n",
                    encoding="utf-8")
    [(_, doc, warnings)] = list(read_documents([str(path)]))
    assert doc.id == "42" and doc.title != "{'main': 'Grève'}" and doc.language == "fr" and doc.url is None
    assert doc.published is None
    assert sorted(w.split('"')[1] for w in warnings) == ["language", "published", "title", "url"]
    assert all(w.startswith(f"{path}:1: ") and w.endswith("expected a string (field ignored)") for w in warnings)


def test_control_characters_in_file_names_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "a\nerror: forged\x1b[2J.txt"
    path.write_bytes(b"")
    [error] = _docs(path)
    assert "\n" not in str(error) and "\x1b" not in str(error)
    assert "a\\nerror: forged\\x1b[2J.txt: empty file" in str(error)


def test_fifos_and_devices_are_refused_not_read(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    device = tmp_path / "zero.jsonl"
    device.symlink_to("/dev/zero")
    found: list = []
    reader = threading.Thread(target=lambda: found.extend(_docs(fifo, device)), daemon=True)
    reader.start()
    reader.join(timeout=30)  # opening a FIFO without a writer would block for ever
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert [str(e).split(": ", 1)[1] for e in found] == ["a FIFO, not a regular file: refused",
                                                        "a device, not a regular file: refused"]
