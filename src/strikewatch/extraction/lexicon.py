"""A language's trigger, modality and attribute data compiled for matching: phrase tables for spaCy's
matchers (`matching`), and folded word sets (accents removed) for cues and counts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from strikewatch import lang
from strikewatch.errors import LexiconError
from strikewatch.extraction.dependencies import Relations, compile_relations
from strikewatch.extraction.matching import KeySpace, PhraseTable
from strikewatch.extraction.words import FOLDED, fold, fold_chars, lower, spellings, words
from strikewatch.model import DEMANDS

__all__ = ["FOLDED", "NOT_A_TRIGGER", "Lexicon", "fold", "fold_chars", "load_lexicon", "lower", "spellings", "words"]


NOT_A_TRIGGER = "-"  # the value of phrases that contain a trigger word but name no event


@dataclass
class Lexicon:
    language: str
    triggers: PhraseTable
    subtypes: PhraseTable
    requires: dict[str, frozenset[str]]  # type -> words one of which must stand in the trigger's clause
    # (type, word) -> what that word must act on: "suspended" is a restriction when internet is suspended
    paired: dict[tuple[str, str], frozenset[str]]
    acted_on: frozenset[tuple[str, str]]  # paired (type, word) whose needs are what it acts on, never its doer
    unless: dict[str, frozenset[str]]  # type -> words that, in the sentence, the one before or the lead, deny its triggers
    governors: frozenset[str]
    announce: frozenset[str]
    preceding: PhraseTable  # cues just before a trigger ("appel à la grève")
    background: PhraseTable  # cues of a clause of time ("after the clashes")
    negations: frozenset[str]
    occurrence: frozenset[str]  # "avoir lieu", "take place": negated, they deny their subject
    future_morph: tuple[str, ...]
    hearsay_aux: frozenset[str]  # a conditional of these before a participle reports a past fact ("auraient été arrêtés")
    passive_aux: frozenset[str]  # the passive's auxiliary, where the model does not label it `aux:pass`
    clause_morph: tuple[str, ...]  # the same on the head of the trigger's clause (a future; no conditional)
    future_forms: re.Pattern[str] | None  # a verb's spelling that marks a future or conditional the tagger missed
    announced_by: frozenset[str]  # participles that, modifying a trigger, announce it ("huelga convocada")
    courses: frozenset[str]  # subjects that make a copula's predicate a course of action ("la respuesta es la huelga")
    # modality.toml patterns on node "trigger", one matcher, by group: "planned" (no news: called for later,
    # judged, an anniversary's; not read of subjects), "called_off" and "to_come" (whatever its role), "begun"
    # (told as begun or held: it happened, whatever governs it)
    stages: Relations
    actors: PhraseTable
    sectors: PhraseTable
    demands: PhraseTable
    people: frozenset[str]
    roles: frozenset[str]  # one person named by a role ("the strike's organiser"): arrests 1 (DESIGN rule 5)
    populations: frozenset[str]  # what people live in ("a nation of 160 million people"): no crowd
    wholes: frozenset[str]  # "a total of 314 dockers": the whole a figure fills, which the verb acts on
    shares: tuple[str, ...]  # "sur un total de 5000": the whole a crowd is a share of, no crowd itself
    attributions: tuple[str, ...]  # "60 000 selon la police": whose figure it is, after a bare figure
    crowds_after: tuple[str, ...]  # "350,000 on strike": what a crowd does, after a bare figure
    count_kinds: dict[str, frozenset[str]]
    count_words: dict[tuple[str, ...], tuple[int, bool]]  # words -> (value, approximate)
    numbers: PhraseTable  # the same for matching: value the figure, weak when approximate ("des milliers")
    approx_before: tuple[str, ...]  # "plus de 300", "at least 300": an approximate figure
    range_links: frozenset[str]  # "5,000 to 7,000": the words between the two figures of a range
    number_links: frozenset[str]  # "twenty-five", "treinta y dos": words inside one number in words
    between: frozenset[str]  # "between 200 and 300", "entre 200 et 300": a range told by its two ends
    between_links: frozenset[str]
    spreading_nouns: frozenset[str]  # every noun of the `spreading` patterns: the matcher is asked only if one is there
    spread_verbs: frozenset[str]
    companions: Relations  # what a single trigger word acts on, by tiers (lang/dependencies.toml)
    spreading: Relations  # a movement noun spreading ("spread"), or acting where places are a region's ("in_region")
    purpose_steps: Relations  # a word and the head it explains by a purpose link ("step")
    purpose_hops: int  # how many such steps a purpose may climb
    purpose_stage_hops: int  # how many steps from an explained trigger to the verb that stages it ("stage")
    purpose_subject_links: frozenset[str]  # how a purpose reaches the verb whose subject it explains ("subject")
    employer_cues: frozenset[str]
    workplaces: frozenset[str]
    workforce: frozenset[str]  # a workforce or its stoppage beside a name: "GM workers", "grève chez X"
    site_cues: frozenset[str]  # after a workplace, a cue that names where it is: "the factory at X"
    company_words: frozenset[str]  # a name that holds one is a company's: "X Sugarcane Factory"
    not_employers: frozenset[str]
    governed_by: frozenset[str]  # a name right before one of these is where it governs: "the Sundarapettai police"
    told_verbs: frozenset[str]  # lemmas of speaking: whom they speak to is the press ("told JoyNews"), who
    # speaks is a voice, not a crowd or a place ("three strikers told reporters", "Wellington X told")
    possessives: frozenset[str]  # as written: "'s"
    elided_articles: tuple[str, ...]  # folded: "d'", "l'"


def _table(space: KeySpace, table: dict[str, str]) -> PhraseTable:
    """Phrase = value (actors, sectors), in every spelling."""
    compiled = PhraseTable(space)
    for phrase, value in table.items():
        for form in spellings(phrase):
            compiled.add(form, value)
    return compiled


def _phrases(space: KeySpace, phrases: list[str]) -> PhraseTable:
    """Cue phrases, each its own value."""
    compiled = PhraseTable(space)
    for phrase in phrases:
        compiled.add(words(phrase), phrase)
    return compiled


def _add_patterns(table: PhraseTable, patterns: list[list[dict[str, Any]]], value: str, where: str,
                  weak: bool = False) -> None:
    """Token patterns of the data (spaCy's Matcher syntax), refused with the file and type when malformed."""
    for pattern in patterns:
        try:
            table.add_pattern(pattern, value, weak)
        except ValueError as exc:  # spaCy's MatchPatternError, or a MORPH that is no feature set
            raise LexiconError(f"{where}: patterns of {value!r}: not a spaCy token pattern: {exc}") from None


def _forms(expressions: list[str], where: str) -> re.Pattern[str] | None:
    """Regular expressions on a word's spelling, one pattern; refused with the file and key when malformed."""
    if not expressions:
        return None
    try:
        return re.compile("|".join(f"(?:{e})" for e in expressions))
    except re.error as exc:
        raise LexiconError(f"{where}: not a regular expression: {exc}") from None


@cache
def load_lexicon(language: str) -> Lexicon:
    """The compiled data of one language (validated: unknown types, demands or token patterns are refused)."""
    event_data = lang.load(language, "events")  # its schema admits only the types of the registry
    events = {key: table for key, table in event_data.items() if key != "not_triggers"}
    not_triggers = event_data.get("not_triggers", {})
    modality = lang.load(language, "modality")["not_happened"]
    attributes = lang.load(language, "attributes")
    where = f"lang/{language}"
    unknown = set(attributes["demands"]) - set(DEMANDS)
    if unknown:
        raise LexiconError(f"{where}/attributes.toml: unknown demands {sorted(unknown)}; "
                           f"expected some of {', '.join(DEMANDS)}")
    space = KeySpace()
    triggers = PhraseTable(space)
    subtypes = PhraseTable(space)
    weak = {event_type: frozenset(fold(w) for w in data.get("weak", [])) for event_type, data in events.items()}
    for event_type, data in events.items():
        for entry in [*data.get("lemmas", []), *data.get("phrases", [])]:
            for form in spellings(entry):
                triggers.add(form, event_type, fold(entry) in weak[event_type])
        _add_patterns(triggers, data.get("patterns", []), event_type, f"{where}/events.toml")
        _add_patterns(triggers, data.get("weak_patterns", []), event_type, f"{where}/events.toml", weak=True)
        for phrase, subtype in data.get("subtypes", {}).items():
            for form in spellings(phrase):
                subtypes.add(form, subtype)
    paired: dict[tuple[str, str], frozenset[str]] = {}
    acted_on: set[tuple[str, str]] = set()
    for event_type, data in events.items():
        for group in data.get("paired", []):
            needs = frozenset(fold(w) for w in group["needs"])
            for entry in group["lemmas"]:
                key = (event_type, fold(entry))
                paired[key] = paired.get(key, frozenset()) | needs
                if group.get("acted_on"):
                    acted_on.add(key)
                triggers.add(words(entry), event_type, fold(entry) in weak[event_type])
    for entry in not_triggers.get("phrases", []):
        for form in spellings(entry):
            triggers.add(form, NOT_A_TRIGGER)
    _add_patterns(triggers, not_triggers.get("patterns", []), NOT_A_TRIGGER, f"{where}/events.toml")
    demands = PhraseTable(space)
    for demand, phrases in attributes["demands"].items():
        for phrase in phrases:
            demands.add(words(phrase), demand)
    counts = attributes["counts"]
    count_words = {**{words(k): (int(v), False) for k, v in counts["words"].items()},
                   **{words(k): (int(v), True) for k, v in counts["vague"].items()}}
    numbers = PhraseTable(KeySpace(by_lemma=False))  # "thousands" is vague, its lemma "thousand" is not
    for phrase_words, (value, approx) in count_words.items():
        numbers.add(phrase_words, str(value), approx)
    movement = attributes["movement"]
    movement_words = {"movement_nouns": frozenset(fold(w) for w in movement["nouns"]),
                      "spread_verbs": frozenset(fold(w) for w in movement["spread_verbs"]),
                      "join_links": frozenset(fold(w) for w in movement.get("join_links", []))}
    movement_words["join_nouns"] = movement_words["movement_nouns"] | {fold(w) for w in movement.get("join_nouns", [])}
    future_forms = _forms(modality.get("future_forms", []), f"{where}/modality.toml [not_happened] future_forms")
    relations = lang.load_dependencies()
    shared = "lang/dependencies.toml"
    return Lexicon(
        language=language,
        triggers=triggers,
        subtypes=subtypes,
        requires={t: frozenset(fold(w) for w in d["requires"]) for t, d in events.items() if d.get("requires")},
        paired=paired,
        acted_on=frozenset(acted_on),
        unless={t: frozenset(fold(w) for w in d["unless"]) for t, d in events.items() if d.get("unless")},
        governors=frozenset(fold(w) for w in modality["governors"]),
        announce=frozenset(fold(w) for w in modality["announce"]),
        preceding=_phrases(space, modality["preceding"]),
        background=_phrases(space, modality.get("background", [])),
        negations=frozenset(fold(w) for w in modality["negations"]),
        occurrence=frozenset(fold(w) for w in modality.get("occurrence", [])),
        future_morph=tuple(modality.get("future_morph", [])),
        hearsay_aux=frozenset(modality.get("hearsay_aux", [])),
        passive_aux=frozenset(modality.get("passive_aux", [])),
        clause_morph=tuple(modality.get("clause_morph", [])),
        future_forms=future_forms,
        announced_by=frozenset(fold(w) for w in modality.get("announced_by", [])),
        courses=frozenset(fold(w) for w in modality.get("courses", [])),
        stages=compile_relations({group: modality.get(group, []) for group in ("planned", "called_off", "to_come", "begun")},
                                 {name: frozenset(fold(w) for w in words) for name, words in
                                  {"courses": modality.get("courses", []), **modality.get("word_lists", {})}.items()},
                                 ("trigger",), f"{where}/modality.toml [not_happened]"),
        actors=_table(space, attributes["actors"]),
        sectors=_table(space, attributes["sectors"]),
        demands=demands,
        people=frozenset(fold(w) for w in counts["people"]),
        roles=frozenset(fold(w) for w in counts.get("roles", [])),
        populations=frozenset(fold(w) for w in counts.get("populations", [])),
        wholes=frozenset(fold(w) for w in counts.get("wholes", [])),
        shares=tuple(fold(w) for w in counts.get("shares", [])),
        attributions=tuple(fold(w) for w in counts.get("attributions", [])),
        crowds_after=tuple(fold(w) for w in counts.get("crowds_after", [])),
        count_kinds={kind: frozenset(fold(w) for w in counts.get(kind, []))
                     for kind in ("dead", "injured", "arrested", "dismissed", "forces")},
        count_words=count_words,
        numbers=numbers,
        approx_before=tuple(fold(w) for w in counts.get("approx_before", [])),
        range_links=frozenset(fold(w) for w in counts.get("range_links", [])),
        number_links=frozenset(fold(w) for w in counts.get("number_links", [])),
        between=frozenset(fold(w) for w in counts.get("between", [])),
        between_links=frozenset(fold(w) for w in counts.get("between_links", [])),
        spreading_nouns=movement_words["join_nouns"],  # (the movement nouns and those only joined, "l'action")
        spread_verbs=movement_words["spread_verbs"],
        companions=compile_relations({f"tier{n}": tier["patterns"] for n, tier in enumerate(relations["companion"])},
                                     {}, ("trigger", "companion"), f"{shared} [[companion]]"),
        spreading=compile_relations(relations["movement"], movement_words, ("noun",), f"{shared} [movement]"),
        purpose_steps=compile_relations({key: relations["purpose"][key] for key in ("step", "stage", "subject")
                                         if relations["purpose"].get(key)}, {}, ("lower", "upper"),
                                        f"{shared} [purpose]"),
        purpose_hops=relations["purpose"]["hops"],
        purpose_stage_hops=relations["purpose"].get("stage_hops", 0),
        purpose_subject_links=frozenset(relations["purpose"].get("subject_links", [])),
        employer_cues=frozenset(fold(w) for w in attributes["employer"]["cues"]),
        workplaces=frozenset(fold(w) for w in attributes["employer"]["workplaces"]),
        workforce=frozenset(fold(w) for w in attributes["employer"]["workforce"]),
        site_cues=frozenset(fold(w) for w in attributes["employer"].get("site_cues", [])),
        company_words=frozenset(fold(w) for w in attributes["employer"].get("company_words", [])),
        not_employers=frozenset(fold(w) for w in attributes["employer"]["not_employers"]),
        governed_by=frozenset(fold(w) for w in attributes["employer"].get("governed_by", [])),
        told_verbs=frozenset(fold(w) for w in attributes["employer"].get("told_verbs", [])),
        possessives=frozenset(attributes["employer"].get("possessives", [])),
        elided_articles=tuple(fold(w) for w in attributes["employer"].get("elided_articles", [])),
    )
