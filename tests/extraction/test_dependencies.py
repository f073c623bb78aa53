"""The parse relations the rules read, as spaCy DependencyMatcher patterns from lang/dependencies.toml
(extraction/dependencies.py): what a single trigger word acts on, a movement spreading, a purpose under
the event it explains. Sentences are our own, in each language."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import strikewatch
from strikewatch import lang
from strikewatch.errors import LexiconError
from strikewatch.extraction.dependencies import compile_relations
from strikewatch.extraction.lexicon import load_lexicon
from strikewatch.extraction.modality import happened
from strikewatch.extraction.nlp import load_pipeline
from strikewatch.extraction.triggers import find_triggers
from strikewatch.model import TYPES

pytestmark = pytest.mark.slow

NODE = {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"DEP": "nsubj"}}


def types(language: str, text: str) -> list[str]:
    return sorted({e.type for e in strikewatch.extract(text, published="2024-06-05", language=language)})


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a deployment word needs forces in what it acts on (its object, else its subject or complements)
    ("en", "Police were deployed in Almaty on Tuesday.", ["deployment"]),
    ("en", "Protesters deployed banners in front of the parliament in Almaty.", []),
    ("fr", "Des renforts de gendarmes ont été déployés à Nouméa mardi.", ["deployment"]),
    ("fr", "Les manifestants ont déployé des banderoles devant la mairie de Lille.", []),
    ("es", "El gobierno desplegó a 300 policías en Cochabamba el martes.", ["deployment"]),
    ("es", "Los manifestantes desplegaron pancartas frente al Congreso en Lima.", []),
    # a shot is repression when forces fire it, not unknown gunmen (paired "disparos" + forces)
    ("es", "Los manifestantes denunciaron disparos de la policía en El Alto el lunes.", ["repression"]),
])
def test_a_word_that_needs_company_finds_it_in_what_it_acts_on(language: str, text: str, expected: list[str]) -> None:
    assert types(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a protest word under a strike states its purpose (types.toml protest.purpose_of = "strike") ...
    ("en", "Dockers in Antwerp went on strike on Monday to protest the new pension law.", ["strike"]),
    ("es", "Los mineros de Oruro paralizaron la producción el lunes para protestar contra la reforma.", ["strike"]),
    ("fr", "Les cheminots de Lyon ont cessé le travail lundi pour protester contre la réforme.", ["strike"]),
    # ... while one beside it tells an event of its own
    ("en", "Dockers in Antwerp struck and marched through the city on Monday.", ["protest", "strike"]),
])
def test_a_purpose_under_a_strike_is_no_protest_of_its_own(language: str, text: str, expected: list[str]) -> None:
    assert types(language, text) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nurses in Leeds went on strike on Monday. The strike spread to Sheffield on Tuesday."),
    ("fr", "Les infirmiers de Rennes se sont mis en grève lundi. Le mouvement s'est étendu à Brest mardi."),
    ("es", "Los maestros de Culiacán iniciaron una huelga el lunes. El movimiento se extendió a Mazatlán el martes."),
])
def test_a_movement_that_spreads_is_the_story_s_movement_in_a_new_place(language: str, text: str) -> None:
    events = strikewatch.extract(text, published="2024-06-05", language=language)
    assert sorted((e.type, e.date_start) for e in events) == [("strike", "2024-06-03"), ("strike", "2024-06-04")]


@pytest.mark.parametrize(("language", "text", "places"), [
    ("fr", "Les infirmiers de Rennes se sont mis en grève lundi. Mardi, ceux de Brest se sont joints à l'action.",
     ["Brest", "Rennes"]),
    ("fr", "Les infirmiers de Rennes se sont mis en grève lundi. Mardi, ceux de Brest se sont associés au mouvement.",
     ["Brest", "Rennes"]),
    ("es", "Los maestros de Culiacán iniciaron una huelga el lunes. El martes los de Mazatlán se sumaron a la acción.",
     ["Culiacán", "Mazatlán"]),
    # an action alone is anyone's: only one joined is the movement's
    ("fr", "Les infirmiers de Rennes se sont mis en grève lundi. Mardi, l'action des policiers a touché Brest.",
     ["Rennes"]),
])
def test_workers_who_join_the_action_strike_where_they_are(language: str, text: str, places: list[str]) -> None:
    events = strikewatch.extract(text, published="2024-06-05", language=language)
    assert sorted(e.location for e in events if e.type == "strike") == places


def test_the_relations_match_nodes_by_name() -> None:
    relations = compile_relations({"spread": [[{**NODE, "RIGHT_ATTRS": {"DEP": "nsubj", "WORDS": "nouns"}},
                                               {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "verb",
                                                "RIGHT_ATTRS": {"LEMMAS": "verbs"}}]]},
                                  {"nouns": frozenset({"greve"}), "verbs": frozenset({"etendre"})}, ("noun",), "test")
    doc = load_pipeline("fr")("La grève s'étend à Marseille.")
    assert [(m["noun"].text, m["verb"].text) for m in relations.find(doc[:])["spread"]] == [("grève", "étend")]


def test_a_node_matches_morphological_features_on_any_pipeline_s_parse() -> None:
    """MORPH is read as a set of features: spaCy looks it up in the matcher's own vocabulary, where it
    never matched a parse of another pipeline."""
    relations = compile_relations({"wished": [[{"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": "huelga"}},
                                               {"LEFT_ID": "noun", "REL_OP": "<", "RIGHT_ID": "verb",
                                                "RIGHT_ATTRS": {"MORPH": {"IS_SUPERSET": ["Mood=Sub", "Tense=Pres"]}}}]]},
                                  {}, ("noun",), "test")
    nlp = load_pipeline("es")
    assert [m["verb"].text for m in relations.find(nlp("Piden que hagan una huelga en el puerto.")[:])["wished"]] == ["hagan"]
    assert relations.find(nlp("Hicieron una huelga en el puerto.")[:]) == {}


@pytest.mark.parametrize(("group", "node", "text", "before"), [
    # `begun`: a participle under the trigger overrides a cue of calling ("appellent à lever la grève
    # reconduite lundi" tells a strike held; French data does not list "reconduite")
    ("begun", {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "held", "RIGHT_ATTRS": {"LOWER": "reconduite"}},
     "Les syndicats appellent à lever la grève reconduite lundi à Lyon.", False),
    # `called_off`: unlike `planned`, read of a subject too
    ("called_off", {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "paralyser"}},
     "La grève des dockers a paralysé le port de Marseille lundi.", True),
])
def test_a_language_s_stage_patterns_decide_whether_the_event_happened(group: str, node: dict[str, Any], text: str,
                                                                        before: bool) -> None:
    """modality.toml `begun` and `called_off`, any language (here made-up French patterns): the first says
    it happened, the second that it did not, whatever else the sentence says."""
    base = load_lexicon("fr")
    stages = compile_relations({group: [[{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}, node]]}, {}, ("trigger",), "test")
    sent = next(iter(load_pipeline("fr")(text).sents))
    [trigger] = [t for t in find_triggers(sent, base) if t.type == "strike"]
    assert happened(trigger, sent, base) is before
    assert happened(trigger, sent, replace(base, stages=stages)) is not before


def test_a_purpose_step_goes_from_a_word_to_its_head_by_a_purpose_link() -> None:
    steps = compile_relations({"step": lang.load_dependencies()["purpose"]["step"]}, {}, ("lower", "upper"), "test")
    doc = load_pipeline("en")("They decided to strike and marched to the square.")
    pairs = {(m["lower"].text, m["upper"].text) for m in steps.find(doc[:])["step"]}
    assert ("strike", "decided") in pairs and not any(lower == "marched" for lower, _ in pairs)


@pytest.mark.parametrize(("pattern", "needs", "message"), [
    ([{**NODE, "RIGHT_ATTRS": {"WORDS": "verbs"}}], ("noun",), r"test: spread pattern 1: WORDS = 'verbs': no such"),
    ([NODE], ("noun", "verb"), r"test: spread pattern 1: no node named verb"),
    ([NODE, {"LEFT_ID": "noun", "REL_OP": "<<<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {}}], ("noun",),
     r"test: spread pattern 1: not a DependencyMatcher pattern"),
    ([{**NODE, "RIGHT_ATTRS": {"MORPH": "Tense=Fut"}}], ("noun",), r"test: spread pattern 1: MORPH takes one of IS_SUPERSET"),
])
def test_a_malformed_relation_names_where_it_is(pattern: list[dict[str, Any]], needs: tuple[str, ...],
                                                message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        compile_relations({"spread": [pattern]}, {"nouns": frozenset()}, needs, "test")


def test_the_shared_relations_pass_their_schema_and_every_type_they_name_exists() -> None:
    data = lang.load_dependencies()
    assert data["companion"] and data["movement"]["spread"] and data["purpose"]["step"]
    assert all(kind.purpose_of in (None, *TYPES) for kind in TYPES.values())


def test_every_family_of_relations_reads_one_copy_of_a_sentence() -> None:
    """The matcher needs the sentence as a Doc of its own: it is copied once, whatever the families
    asked of it, and each family still finds its own relations in it."""
    from strikewatch.extraction.dependencies import _COPIES
    from strikewatch.extraction.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    doc = load_pipeline("en")("Riot police were deployed after the strike spread to the northern mines.")
    sent = next(iter(doc.sents))
    companions = lexicon.companions.find(sent)
    lexicon.spreading.find(sent)
    lexicon.purpose_steps.find(sent)
    assert len(doc.user_data[_COPIES]) == 1
    assert any(m["trigger"].text == "deployed" for matches in companions.values() for m in matches)


RELATION_SENTENCES = {
    "en": ["The strike spread to three more ports on Monday.", "Workers struck to protest the pay freeze.",
           "Police deployed troops to the square, and the walkout continued to spread."],
    "fr": ["La grève s'est étendue à Lyon mardi.", "Les cheminots ont fait grève pour protester contre la réforme.",
           "Le mouvement gagne les ports de la région."],
    "es": ["Los sindicatos suspendieron la huelga del metro el lunes.",
           "La marcha convocada para el jueves recorrió el centro de la ciudad.",
           "El paro se extendió a Mazatlán y los maestros marcharon para exigir salarios.",
           "La huelga indefinida que comenzará el lunes paralizará el puerto."],
}


@pytest.mark.parametrize("language", sorted(RELATION_SENTENCES))
def test_relations_tried_by_their_words_find_what_one_matcher_of_them_all_finds(language: str) -> None:
    """A pattern whose nodes need words is tried only on a sentence that holds one for each node; what the
    family finds is what one DependencyMatcher of all its patterns finds, in the data's order."""
    from spacy.matcher import DependencyMatcher

    lexicon = load_lexicon(language)
    nlp = load_pipeline(language)
    skipped = tried = 0
    for relations in (lexicon.stages, lexicon.companions, lexicon.spreading, lexicon.purpose_steps):
        if not relations.nodes:
            continue  # (a language without such a rule)
        everything = DependencyMatcher(relations.vocab)
        for key in relations.nodes:
            everything.add(key, [relations.patterns[key]])
        for text in RELATION_SENTENCES[language]:
            sent = next(iter(nlp(text).sents))
            expected: dict[str, list[dict[str, int]]] = {}
            for match_id, token_ids in sorted(everything(sent.as_doc()),
                                              key=lambda m: list(relations.nodes).index(everything.vocab.strings[m[0]])):
                key = everything.vocab.strings[match_id]
                expected.setdefault(key.split("/")[0], []).append(dict(zip(relations.nodes[key], token_ids)))
            found = {group: [{name: t.i - sent.start for name, t in match.items()} for match in matches]
                     for group, matches in relations.find(sent).items()}
            assert found == expected, (text, relations.groups)
            skipped += sum(not p.may_match(sent) for p in relations.anchored)
            tried += sum(p.may_match(sent) for p in relations.anchored)
    assert skipped and tried


def test_a_pattern_that_needs_a_tag_is_tried_only_where_the_tag_stands() -> None:
    """A node's TAG, like its words, is something the sentence must hold for the pattern to match there."""
    relations = compile_relations({"to": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": "xcomp"}},
                                           {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "to",
                                            "RIGHT_ATTRS": {"TAG": "TO"}}]]}, {}, ("verb",), "test")
    nlp = load_pipeline("en")
    without, with_to = nlp("Dockers struck in Antwerp on Monday."), nlp("Dockers decided to strike on Monday.")
    assert relations.free == () and not relations.anchored[0].may_match(without[:])
    assert relations.anchored[0].may_match(with_to[:])
    assert [(m["verb"].text, m["to"].text) for m in relations.find(with_to[:])["to"]] == [("strike", "to")]
