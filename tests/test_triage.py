"""Sentence triage: which sentences the parser reads, that the pieces join back into the text, and
that the events are the same as with every sentence parsed (our own texts; the shared corpora below)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SHARED, needs_shared
from strikewatch import pipeline, triage
from strikewatch.extraction.nlp import load_pipeline
from strikewatch.ingest import build_document
from strikewatch.ingest.readers import Record

pytestmark = pytest.mark.slow  # loads the spaCy models

# (language, sentence, whether it may hold an event): inflected and irregular forms, words that need
# company (a deployment needs forces), sentences with no trigger word at all
SENTENCES = [
    ("en", "The dockers struck for a week over unpaid wages.", True),
    ("en", "Hundreds of nurses were demonstrating outside the ministry.", True),
    ("en", "Riot police were deployed around the square before dawn.", True),
    ("en", "Thousands of copies were deployed to the servers overnight.", False),
    ("en", "The weather stayed mild and the harbour was calm all afternoon.", False),
    ("en", "Union leaders met the minister on Tuesday.", False),
    ("fr", "Les cheminots manifestaient devant la gare depuis lundi.", True),
    ("fr", "Les salariées de la blanchisserie ont débrayé jeudi matin.", True),
    ("fr", "Le soleil brillait sur le port et les terrasses étaient pleines.", False),
    # a stem whose vowel alternates (the Spanish lemmatizer's own rule groups)
    ("es", "La cervecera despidió a cuarenta operarios de su planta el martes.", True),
    ("es", "El mercado de flores abre cada mañana a las ocho.", False),
]


def _triage(language: str) -> triage.Triage:
    return triage.load_triage(language, load_pipeline(language))


@pytest.mark.parametrize(("language", "sentence", "expected"), SENTENCES)
def test_a_sentence_may_hold_an_event_when_a_trigger_word_may_stand_in_it(language: str, sentence: str,
                                                                          expected: bool) -> None:
    tokens = load_pipeline(language).make_doc(sentence)
    assert _triage(language).may_hold_event(t.text for t in tokens) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bus drivers struck across the city on Monday.", True),
    ("Drivers struck.", False),  # a caption or heading of fewer than four words asserts nothing
    ("The buses ran late across the city on Monday.", False),
])
def test_a_candidate_sentence_has_words_enough_and_a_trigger_word(sentence: str, expected: bool) -> None:
    units = triage.sentence_units(load_pipeline("en"), sentence)
    assert [_triage("en").is_candidate(unit) for unit in units] == [expected]


def test_every_sentence_the_matcher_finds_a_trigger_in_is_kept() -> None:
    """The triage is a superset of the trigger matcher on lemmas (the tables are the lemmatizer's own)."""
    from strikewatch.extraction.lexicon import load_lexicon
    from strikewatch.extraction.triggers import find_triggers

    nlp = load_pipeline("en")
    text = ("Workers walked out at the bottling plant. Police fired tear gas at the pickets and detained six. "
            "The mayor imposed a curfew. Protesters took to the streets of the capital. Shops reopened later.")
    for sent in nlp(text).sents:
        if find_triggers(sent, load_lexicon("en")):
            assert _triage("en").may_hold_event(t.text for t in sent), sent.text


@pytest.mark.parametrize(("text", "expected"), [
    ("The sky was grey over the town.\nPolice fired on the crowd at the mill gates.\n"
     "Twelve people were injured.\nThe rain kept falling on the lower fields.", [False, True, True, False]),
    # a figure that counts nothing an event counts does not make a neighbour worth parsing
    ("The mill has 3 chimneys.\nPolice fired on the crowd at the mill gates.\n14 were arrested.",
     [False, True, True]),
])
def test_a_neighbour_is_parsed_only_when_it_may_state_a_count(text: str, expected: list[bool]) -> None:
    units = triage.sentence_units(load_pipeline("en"), text)
    assert triage.marked(units, _triage("en")) == expected


def test_a_sentence_that_may_name_the_employer_is_parsed_in_a_story_with_an_event() -> None:
    """The company a labour story is about is read from every sentence naming it near its workplace."""
    text = ("Drivers walked out in Leeds on Monday.\nThe depot belongs to Harwell Coaches.\n"
            "The weather was mild over the town.")
    units = triage.sentence_units(load_pipeline("en"), text)
    assert triage.marked(units, _triage("en")) == [True, False, False]
    text = "Drivers walked out in Leeds on Monday.\nThe Harwell Coaches depot and plant stayed shut."
    units = triage.sentence_units(load_pipeline("en"), text)
    assert triage.marked(units, _triage("en")) == [True, True]
    # without any event candidate, nothing is parsed at all
    units = triage.sentence_units(load_pipeline("en"), "The Harwell Coaches depot and plant stayed shut.")
    assert triage.marked(units, _triage("en")) == [False]


def test_a_dated_sentence_before_an_event_is_parsed() -> None:
    """Narrative time does not move on a flashback, nor on a date in a participle describing another
    noun, which only the parse tells: a dated sentence is parsed when an event may follow it."""
    text = ("Dockers walked out in Durban on Monday.\nThe mayor had visited the harbour on 2 May.\n"
            "The mayor visited the harbour on 3 May.\nThe port, founded in March 1890, stayed quiet.\n"
            "The mayor visited the harbour.\nPolice fired tear gas at the pickets.\n"
            "The mayor had visited the harbour on 4 May.")
    units = triage.sentence_units(load_pipeline("en"), text)
    assert triage.marked(units, _triage("en")) == [True, True, True, True, False, True, False]


def test_a_date_in_a_participle_moves_no_time_with_triage_either() -> None:
    """"Their coup of October" told in a participle clause before the events: the events that follow
    keep the date the story told before it, with and without triage."""
    text = ("Police fired tear gas at marchers in Khartoum on Thursday.\nIn other videos, crowds chant slogans "
            "against any deal with the generals following their October coup.\n"
            "The authorities cut mobile internet across the country.")
    doc = _doc(text, "en")
    with_triage = pipeline.analyse_batch([doc], triage=True)[0]  # type: ignore[list-item]
    without = pipeline.analyse_batch([doc], triage=False)[0]  # type: ignore[list-item]
    assert [e.to_dict() for e in with_triage[0]] == [e.to_dict() for e in without[0]]


def test_runs_cover_the_text_and_join_back_into_it() -> None:
    nlp = load_pipeline("en")
    text = ("Markets were quiet across Nigeria. The port was calm.\n\nDockers walked out at the container "
            "terminal in Durban on Tuesday.\n300 workers joined them.\nThe rain stopped at noon.")
    plan = triage.plan(nlp, text, "en")
    assert [(run.parsed, run.named) for run in plan] == [(False, True), (False, False), (True, True), (False, False)]
    assert "".join(run.text for run in plan) == text
    recognizer = nlp.get_pipe("ner")
    joined = triage.join([nlp(run.text) if run.parsed else recognizer(run.tokens()) if run.named else run.tokens()
                          for run in plan], plan[0].span.doc)
    assert joined.text == text
    assert [s.text.strip() for s in joined.sents][:2] == ["Markets were quiet across Nigeria.", "The port was calm."]
    assert [e.text for e in joined.ents if e.start < len(plan[0].span)] == ["Nigeria"]


def test_a_text_triage_would_spare_little_of_is_parsed_whole() -> None:
    """Every sentence but a short caption may hold an event: one piece, the tokenized text itself."""
    nlp = load_pipeline("en")
    text = ("Dockers walked out at the container terminal in Durban on Tuesday.\nPolice fired rubber bullets "
            "at the pickets outside the gates.\nNurses marched to the provincial legislature.\nCalm.")
    plan = triage.plan(nlp, text, "en")
    assert [(run.parsed, run.named, run.text) for run in plan] == [(True, True, text)]
    assert plan[0].piece() is plan[0].span.doc


# (language, sentence, whether the recognizer may find a name in it): a capitalised word after the
# first, or a first word that is not a capitalised stop word
NAMES = [
    ("en", "The strikers went home after the vote.", False),
    ("en", "It was raining and the square stayed empty.", False),
    ("en", "The strikers went home to Soweto after the vote.", True),
    ("en", "Harwell said nothing about the talks.", True),
    ("en", "US officials said nothing about the talks.", True),
    ("fr", "Les grévistes sont rentrés chez eux après le vote.", False),
    ("fr", "Les grévistes ont défilé jusqu'à la préfecture de Rennes.", True),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), NAMES)
def test_an_unparsed_sentence_is_named_only_when_it_may_hold_a_name(language: str, sentence: str,
                                                                     expected: bool) -> None:
    units = triage.sentence_units(load_pipeline(language), sentence)
    assert [triage.may_name(unit) for unit in units] == [expected]


def test_a_text_with_no_candidate_has_no_plan() -> None:
    assert triage.plan(load_pipeline("fr"), "Le marché aux fleurs ouvre à huit heures.", "fr") == []


def _doc(text: str, language: str) -> object:
    return build_document(Record(text, "<test>", None, {"language": language, "published": "2024-05-10"}))


def test_a_document_with_no_candidate_is_never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = pipeline.parses_of
    monkeypatch.setattr(pipeline, "parses_of", lambda nlp, texts, size: (parsed.extend(texts), real(nlp, texts, size))[1])
    doc = _doc("The orchestra played in the park on Sunday. The audience stayed until dusk.", "en")
    assert pipeline.analyse_batch([doc]) == [([], None)]  # type: ignore[list-item]
    assert parsed == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The weather was fine in the capital on Monday.\nPolice fired on striking miners in Rustenburg on "
           "Tuesday.\n14 people were injured.\nThe mine owners met on Thursday.\nMarkets were quiet."),
    ("fr", "Le temps était doux à Lyon lundi.\nLes éboueurs de Marseille ont cessé le travail mardi 7 mai.\n"
           "Deux cents salariés sont en grève.\nLa mairie a publié un communiqué.\nLe marché était calme."),
])
def test_events_are_the_same_with_and_without_triage(language: str, text: str) -> None:
    doc = _doc(text, language)
    with_triage = pipeline.analyse_batch([doc], triage=True)[0]  # type: ignore[list-item]
    without = pipeline.analyse_batch([doc], triage=False)[0]  # type: ignore[list-item]
    assert with_triage[1] is None and with_triage[0]
    assert [e.to_dict() for e in with_triage[0]] == [e.to_dict() for e in without[0]]


@needs_shared
@pytest.mark.parametrize("split", ["tune", "check"])
def test_triage_keeps_the_answers_of_the_full_parse(split: str) -> None:
    """Dev set, and the event reports and negatives of the split: F1 within 0.005 of the full parse
    (scores only: the differences are listed by benchmarks/bench_triage.py, on tune)."""
    from strikewatch import triage_check

    docs, gold = triage_check.corpus(SHARED, Path(__file__).parent.parent / "gold", split)
    result = triage_check.compare(docs, gold)
    for mode in ("strict", "type_only"):
        assert result.drop(mode) <= 0.005, (mode, result.without[mode], result.with_triage[mode])


def test_a_token_pattern_gives_the_triage_its_words() -> None:
    """"bloquer" + an optional article + one of the places: the words a sentence must hold to be parsed."""
    from strikewatch.triage import _pattern_phrases

    pattern = [{"LEMMA": "bloquer"}, {"POS": "DET", "OP": "?"}, {"LEMMA": {"IN": ["route", "Port"]}}]
    assert _pattern_phrases(pattern) == [("bloquer", "route"), ("bloquer", "port")]
    assert _pattern_phrases([{"POS": "VERB"}]) == []
