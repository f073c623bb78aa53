"""Encodings of text files: FR/ES/DE sentences of our own, in each encoding a file may come in."""
from __future__ import annotations

from pathlib import Path

import pytest

from strikewatch.ingest import read_documents
from strikewatch.ingest.encoding import decode_text, declared_charset

SENTENCES = {
    "fr": "Les salariés de la raffinerie sont en grève depuis lundi à Feyzin ; « on ne lâchera rien », dit un délégué.",
    "es": "Los estibadores de Algeciras iniciaron una huelga el miércoles; la patronal ofreció un aumento del 3 % en año y medio.",
    "de": "Die Beschäftigten der Stahlhütte in Völklingen traten am Dienstag in den Warnstreik; die Gewerkschaft fordert größere Zuschläge.",
}
CP1252_ONLY = {  # characters Latin-1 lacks: curly quotes, the euro sign, œ, the dash
    "fr": "Les grévistes de l’usine ont obtenu 150 € de prime – une victoire pour le cœur du mouvement.",
    "es": "La huelga “indefinida” de los mineros costó 2 millones de € – según la empresa.",
    "de": "„Wir streiken weiter“ – die Forderung: 300 € mehr für alle Beschäftigten.",
}


def _read(tmp_path: Path, data: bytes, name: str = "a.txt") -> tuple[str, list[str]]:
    path = tmp_path / name
    path.write_bytes(data)
    [(_, doc, warnings)] = list(read_documents([str(path)]))
    return doc.text, warnings


@pytest.mark.parametrize("language", sorted(SENTENCES))
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_files_are_read_as_such(tmp_path: Path, language: str, encoding: str) -> None:
    text, warnings = _read(tmp_path, SENTENCES[language].encode(encoding))
    assert text == SENTENCES[language]
    assert warnings and ("decoded as cp1252" in warnings[0] or "decoded as latin-1" in warnings[0])


@pytest.mark.parametrize("language", sorted(CP1252_ONLY))
def test_cp1252_punctuation_survives(tmp_path: Path, language: str) -> None:
    text, warnings = _read(tmp_path, CP1252_ONLY[language].encode("cp1252"))
    assert text == CP1252_ONLY[language] and "decoded as cp1252" in warnings[0]


SHORT = {"fr": "Grève générale à Marseille", "es": "La huelga del miércoles en Cádiz.",
         "de": "Warnstreik in Völklingen: größere Zuschläge."}


@pytest.mark.parametrize("language", sorted(SHORT))
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_short_western_texts_are_not_read_as_another_charset(tmp_path: Path, language: str, encoding: str) -> None:
    """charset-normalizer reads these as cp1250 ("Grčve ... ŕ"), hp_roman8 or cp1006."""
    assert _read(tmp_path, SHORT[language].encode(encoding))[0] == SHORT[language]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path: Path, language: str) -> None:
    good = (SENTENCES[language] + "\n\n") * 3
    broken = good.encode("utf-8").replace(b" ", b" \xff", 2)
    text, warnings = _read(tmp_path, broken)
    assert text.replace("\ufffd", "") == good.strip() or text.replace("\ufffd", "") == good
    assert text.count("\ufffd") == 2
    assert "mostly UTF-8: 2 invalid byte sequences replaced" in warnings[0]


def test_one_bad_byte_in_ascii_text_is_not_a_refusal(tmp_path: Path) -> None:
    text, warnings = _read(tmp_path, b"Dockers walked out on Monday \x96 the port is closed.")
    assert text == "Dockers walked out on Monday – the port is closed." and "cp1252" in warnings[0]


def test_valid_utf8_needs_no_warning(tmp_path: Path) -> None:
    for sentence in SENTENCES.values():
        assert _read(tmp_path, sentence.encode("utf-8")) == (sentence, [])


def test_non_western_text_is_left_to_the_guess() -> None:
    russian = "Рабочие завода в Тольятти объявили забастовку в понедельник, требуя повышения зарплаты."
    decoded = decode_text(russian.encode("cp1251") * 3)
    assert decoded.encoding not in ("cp1252", "latin-1") and "Тольятти" in decoded.text


def test_html_declared_charset() -> None:
    page = '<html><head><meta charset="iso-8859-1"><title>Grève</title></head><body>grève à Lyon</body></html>'
    data = page.encode("latin-1")
    assert declared_charset(data) == "iso8859-1"
    assert "grève à Lyon" in decode_text(data, declared_charset(data)).text


def test_a_jsonl_line_with_a_few_bad_bytes_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    good = '{"id": "a", "text": "Les salariés de Feyzin sont en grève depuis lundi, à l\'appel de la CGT."}\n'
    path.write_bytes(good.encode().replace(b"lundi", b"lun\xffdi") + b'{"id": "b", "text": "gr\xe8ve \xe0 Lyon"}\n')
    (_, first, warnings), (_, second, _) = read_documents([str(path)])
    assert first.text.replace("\ufffd", "") == "Les salariés de Feyzin sont en grève depuis lundi, à l'appel de la CGT."
    column = good.encode().index(b"lundi") + 4  # the bad byte, counted from 1
    assert warnings == [f"{path}:1: mostly UTF-8: 1 invalid byte sequence replaced by \ufffd (first at column {column})"]
    assert "not valid UTF-8" in str(second)  # a Latin-1 line is not JSON Lines
