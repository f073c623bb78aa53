"""Long texts: sentences are bounded, long documents are parsed in pieces with the same offsets,
and a sentence's entities are found without rebuilding the document's (time linear in length)."""
from __future__ import annotations

import pytest

from strikewatch.extraction.nlp import MAX_SENTENCE_TOKENS, load_pipeline
from strikewatch.parsing import PARSE_PIECE_CHARS, _pieces, parse
from strikewatch.spans import document_text, sentence_entities

pytestmark = pytest.mark.slow

PARAGRAPH = ("Les dockers du Havre ont cessé le travail mardi 7 mars à l'appel de la CGT. "
             "À Marseille, 800 manifestants ont défilé contre la réforme des retraites.\n\n")


def test_a_sentence_without_an_end_is_cut() -> None:
    run_on = " ".join(["les dockers du Havre ont cessé le travail, et manifesté à Marseille"] * 600)
    parsed = load_pipeline("fr")(run_on)
    lengths = [len(s) for s in parsed.sents]
    assert len(lengths) > 20 and max(lengths) <= MAX_SENTENCE_TOKENS + 50


@pytest.mark.parametrize("text", [PARAGRAPH * 300, "mot " * 12_000, "x" * 45_000 + " fin.", "a\n" * 15_000])
def test_long_texts_are_parsed_in_pieces_with_the_same_offsets(text: str) -> None:
    assert "".join(_pieces(text, PARSE_PIECE_CHARS)) == text
    assert all(len(piece) <= PARSE_PIECE_CHARS for piece in _pieces(text, PARSE_PIECE_CHARS))
    parsed = parse(load_pipeline("fr"), text)
    assert parsed.text == text and document_text(parsed) == text
    for ent in parsed.ents:
        assert text[ent.start_char:ent.end_char] == ent.text


def test_sentence_entities_are_span_ents() -> None:
    parsed = parse(load_pipeline("fr"), PARAGRAPH * 5)
    for sent in parsed.sents:
        assert [(e.start, e.end, e.label_) for e in sentence_entities(sent)] == \
               [(e.start, e.end, e.label_) for e in sent.ents]
