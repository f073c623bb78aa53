from __future__ import annotations

import pytest

from conftest import ROOT
from strikewatch.ingest.clean import clean_text, map_offset


def test_d01_noise_is_removed(d01_raw: str) -> None:
    text, _ = clean_text(d01_raw)
    for debris in ("Europe Solidaire Sans Frontières >", "\\bullet", "\\underline", "$", "<u>", "</u>",
                   "**", "P.-5.", "\n_\n", "## "):
        assert debris not in text, debris
    assert text.startswith("Solidaires avec le peuple du Kazakhstan!")
    assert "par Réseau syndical international de solidarité et de luttes (Date" in text
    assert "Le 3 janvier, toute la région de Mangistau était touchée par une grève générale" in text


def test_our_noisy_sample_statement_is_cleaned() -> None:
    raw = (ROOT / "examples" / "corpus" / "kazakhstan-statement.md").read_text(encoding="utf-8")
    text, offset_map = clean_text(raw)
    for debris in ("Réseau Solidarité Ouvrière >", "\\bullet", "\\underline", "$", "<u>", "**", "P.-5.", "## "):
        assert debris not in text, debris
    assert text.startswith("Soutien aux grévistes du Kazakhstan")
    assert all(raw[map_offset(offset_map, i)] == ch for i, ch in enumerate(text) if not ch.isspace())


def test_every_cleaned_character_maps_back_to_the_same_raw_character(d01_raw: str) -> None:
    text, offset_map = clean_text(d01_raw)
    wrong = [i for i, ch in enumerate(text) if not ch.isspace() and d01_raw[map_offset(offset_map, i)] != ch]
    assert wrong == []
    start = text.index("Dès le 4 janvier")
    raw_start = map_offset(offset_map, start)
    assert d01_raw[raw_start:raw_start + 40] == text[start:start + 40]


@pytest.mark.parametrize(("raw", "expected"), [
    ("Home > News > Social > Strike at the port\nDockers walked out.", "Dockers walked out."),
    ("Les travail-\nleurs ont cessé le travail.", "Les travailleurs ont cessé le travail."),
    ("The nurses went\non strike on Monday.", "The nurses went on strike on Monday."),
    ("Un **grand** rassemblement a eu lieu.", "Un grand rassemblement a eu lieu."),
    ("Voir [le communiqué](https://example.org/c) du syndicat.", "Voir le communiqué du syndicat."),
    ("First paragraph.\n\n\n\n- 3 -\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
    ("Texte\u00a0insécable\u200b ici.", "Texte insécable ici."),
    ("Windows\r\nline endings.", "Windows line endings."),
    ("Keep <script>this</script> visible.", "Keep <script>this</script> visible."),
    # a line that links to another story goes, with its headline; the same words inside prose stay
    ("Dockers walked out.\nREAD ALSO: Two killed as a bus overturns near Tema\nThe strike goes on.",
     "Dockers walked out.\nThe strike goes on."),
    ("Les dockers ont cessé le travail.\n• À lire aussi : Trois morts dans un accident à Thiès\nLa grève continue.",
     "Les dockers ont cessé le travail.\nLa grève continue."),
    ("Los estibadores pararon.\nTe puede interesar\nLea también | Cae un avión en Salta\nEl paro sigue.",
     "Los estibadores pararon.\nEl paro sigue."),
    ("Related to the strike, the union said it would appeal.", "Related to the strike, the union said it would appeal."),
])
def test_cleaning_rules(raw: str, expected: str) -> None:
    text, offset_map = clean_text(raw)
    assert text == expected
    for i, ch in enumerate(text):
        if ch.isalpha():
            assert raw[map_offset(offset_map, i)] == ch


def test_hyphenated_proper_names_are_kept() -> None:
    text, _ = clean_text("La ville de Nour-\nSoultan est calme.")
    assert "Nour-\nSoultan" in text or "Nour-Soultan" in text


def test_a_document_shows_where_its_evidence_stood_in_the_raw_text(d01_raw: str) -> None:
    from strikewatch.ingest import build_document
    from strikewatch.ingest.readers import Record

    doc = build_document(Record(d01_raw, "d01", None, {"language": "fr"}))
    start = doc.text.index("Le 3 janvier")
    raw = doc.raw_offset(start)
    assert d01_raw[raw:raw + len("Le 3 janvier")] == "Le 3 janvier" and raw > start
