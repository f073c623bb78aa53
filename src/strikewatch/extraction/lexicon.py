"""A language's trigger, modality and attribute data compiled into lookup tables for the matcher.

Phrases are kept in lower case with their accents; a token written without accents may still match
an accented word ("greve" finds "grève", as OCR and PDF conversion give it), while an accented token
matches only itself ("marché" is no "marche"). Cue and count word sets are folded (accents removed)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from strikewatch import lang
from strikewatch.errors import LexiconError
from strikewatch.model import DEMANDS, EVENT_TYPES


@lru_cache(maxsize=1 << 16)  # called for every word by every stage: a text repeats its words
def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and hyphens."""
    decomposed = unicodedata.normalize("NFKD", lower(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_chars(text: str) -> str:
    """`fold` character by character, keeping the length, so that offsets stay valid."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


ELIDED = {"d'": "de", "l'": "le", "qu'": "que", "n'": "ne", "s'": "se", "j'": "je", "m'": "me", "t'": "te"}


def lower(text: str) -> str:
    """Lower case with plain apostrophes and hyphens; accents kept ("marché" is not "marche")."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-").lower()


def words(phrase: str) -> tuple[str, ...]:
    """A phrase as lower-case words; an elided word is written in full ("d'" as "de"), as its lemma
    is, so that "suppression d'emplois" also finds "suppression de 1 200 emplois"."""
    return tuple(ELIDED.get(w, w) for w in lower(phrase).replace("'", "' ").split())


# A word written without any accent (OCR, plain-ASCII sources: "greve") may stand for one with
# accents ("grève"); a word written with accents is only itself ("marché" never matches "marche").
FOLDED = "~"


def word_forms(text: str, lemma: str) -> set[str]:
    """The forms by which a token may match a lexicon word."""
    forms = {lower(text), lower(lemma)}
    if text.isascii():
        forms |= {FOLDED + fold(text), FOLDED + fold(lemma)}
    return forms


def matches(word: str, forms: set[str]) -> bool:
    return word in forms or FOLDED + fold(word) in forms


NUMBER_KEY = "<number>"
NOT_A_TRIGGER = "-"  # the value of phrases that contain a trigger word but name no event


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    value: str  # the type, actor, sector or demand it stands for
    weak: bool = False


@dataclass
class PhraseIndex:
    """Phrases indexed by their first word, longest first, for left-to-right matching over tokens."""

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)

    def add(self, phrase: Phrase) -> None:
        if not phrase.words:
            return
        for key in {phrase.words[0], FOLDED + fold(phrase.words[0])}:
            bucket = self.by_first.setdefault(key, [])
            bucket.append(phrase)
            bucket.sort(key=lambda p: -len(p.words))

    def match_at(self, keys: list[set[str]], i: int) -> tuple[Phrase, int] | None:
        """Longest phrase starting at token i, with the number of tokens it spans; keys[j] holds the
        forms of token j (see word_forms). A number inside a phrase is passed over ("suppression de 1 200 emplois")."""
        best: tuple[Phrase, int] | None = None
        candidates = {id(p): p for first in keys[i] for p in self.by_first.get(first, [])}
        for phrase in candidates.values():
            j = i
            for word in phrase.words:
                while j < len(keys) and not matches(word, keys[j]) and NUMBER_KEY in keys[j] and j > i:
                    j += 1
                if j >= len(keys) or not matches(word, keys[j]):
                    break
                j += 1
            else:
                if best is None or len(phrase.words) > len(best[0].words):
                    best = (phrase, j - i)
        return best


@dataclass
class Lexicon:
    language: str
    triggers: PhraseIndex
    subtypes: dict[tuple[str, ...], str]
    requires: dict[str, frozenset[str]]  # type -> words one of which must stand in the trigger's clause
    # (type, word) -> what that word must act on: "suspended" is a restriction when internet is suspended
    paired: dict[tuple[str, str], frozenset[str]]
    unless: dict[str, frozenset[str]]  # type -> words that, in the sentence, the one before or the lead, deny its triggers
    governors: frozenset[str]
    announce: frozenset[str]
    preceding: list[tuple[str, ...]]
    background: list[tuple[str, ...]]
    negations: frozenset[str]
    future_morph: tuple[str, ...]
    announced_by: frozenset[str]  # participles that, modifying a trigger, announce it ("huelga convocada")
    courses: frozenset[str]  # subjects that make a copula's predicate a course of action ("la respuesta es la huelga")
    actors: PhraseIndex
    sectors: PhraseIndex
    demands: PhraseIndex
    people: frozenset[str]
    count_kinds: dict[str, frozenset[str]]
    count_words: dict[tuple[str, ...], tuple[int, bool]]  # words -> (value, approximate)
    approx_before: tuple[str, ...]  # "plus de 300", "at least 300": an approximate figure
    movement_nouns: frozenset[str]
    spread_verbs: frozenset[str]
    employer_cues: frozenset[str]
    workplaces: frozenset[str]
    not_employers: frozenset[str]


def spellings(phrase: str) -> list[tuple[str, ...]]:
    """A phrase as words, and with its hyphens as words of their own (spaCy splits "sit-in" in
    French but not always in English)."""
    forms = [words(phrase)]
    if "-" in phrase:
        forms.append(words(phrase.replace("-", " - ")))
    return forms


def _index(table: dict[str, str], weak: frozenset[str] = frozenset()) -> PhraseIndex:
    index = PhraseIndex()
    for phrase, value in table.items():
        for form in spellings(phrase):
            index.add(Phrase(form, value, fold(phrase) in weak))
    return index


@cache
def load_lexicon(language: str) -> Lexicon:
    """The compiled data of one language (validated: unknown types or demands are refused)."""
    events = lang.load(language, "events")
    modality = lang.load(language, "modality")["not_happened"]
    attributes = lang.load(language, "attributes")
    where = f"lang/{language}"
    events = dict(events)
    not_triggers = events.pop("not_triggers", {}).get("phrases", [])
    unknown = set(events) - set(EVENT_TYPES)
    if unknown:
        raise LexiconError(f"{where}/events.toml: unknown event types {sorted(unknown)}; "
                           f"expected some of {', '.join(EVENT_TYPES)}")
    unknown = set(attributes["demands"]) - set(DEMANDS)
    if unknown:
        raise LexiconError(f"{where}/attributes.toml: unknown demands {sorted(unknown)}; "
                           f"expected some of {', '.join(DEMANDS)}")
    triggers = PhraseIndex()
    subtypes: dict[tuple[str, ...], str] = {}
    for event_type, data in events.items():
        weak = frozenset(fold(w) for w in data.get("weak", []))
        for entry in [*data.get("lemmas", []), *data.get("phrases", [])]:
            for form in spellings(entry):
                triggers.add(Phrase(form, event_type, fold(entry) in weak))
        for phrase, subtype in data.get("subtypes", {}).items():
            for form in spellings(phrase):
                subtypes[form] = subtype
    paired: dict[tuple[str, str], frozenset[str]] = {}
    for event_type, data in events.items():
        for group in data.get("paired", []):
            needs = frozenset(fold(w) for w in group["needs"])
            for entry in group["lemmas"]:
                key = (event_type, fold(entry))
                paired[key] = paired.get(key, frozenset()) | needs
                triggers.add(Phrase(words(entry), event_type, False))
    for entry in not_triggers:
        for form in spellings(entry):
            triggers.add(Phrase(form, NOT_A_TRIGGER))
    demands = PhraseIndex()
    for demand, phrases in attributes["demands"].items():
        for phrase in phrases:
            demands.add(Phrase(words(phrase), demand))
    counts = attributes["counts"]
    movement = attributes["movement"]
    return Lexicon(
        language=language,
        triggers=triggers,
        subtypes=subtypes,
        requires={t: frozenset(fold(w) for w in d["requires"]) for t, d in events.items() if d.get("requires")},
        paired=paired,
        unless={t: frozenset(fold(w) for w in d["unless"]) for t, d in events.items() if d.get("unless")},
        governors=frozenset(fold(w) for w in modality["governors"]),
        announce=frozenset(fold(w) for w in modality["announce"]),
        preceding=[tuple(fold(w) for w in words(p)) for p in modality["preceding"]],
        background=[tuple(fold(w) for w in words(p)) for p in modality.get("background", [])],
        negations=frozenset(fold(w) for w in modality["negations"]),
        future_morph=tuple(modality.get("future_morph", [])),
        announced_by=frozenset(fold(w) for w in modality.get("announced_by", [])),
        courses=frozenset(fold(w) for w in modality.get("courses", [])),
        actors=_index(attributes["actors"]),
        sectors=_index(attributes["sectors"]),
        demands=demands,
        people=frozenset(fold(w) for w in counts["people"]),
        count_kinds={kind: frozenset(fold(w) for w in counts[kind])
                     for kind in ("dead", "injured", "arrested", "dismissed")},
        count_words={**{words(k): (int(v), False) for k, v in counts["words"].items()},
                     **{words(k): (int(v), True) for k, v in counts["vague"].items()}},
        approx_before=tuple(fold(w) for w in counts.get("approx_before", [])),
        movement_nouns=frozenset(fold(w) for w in movement["nouns"]),
        spread_verbs=frozenset(fold(w) for w in movement["spread_verbs"]),
        employer_cues=frozenset(fold(w) for w in attributes["employer"]["cues"]),
        workplaces=frozenset(fold(w) for w in attributes["employer"]["workplaces"]),
        not_employers=frozenset(fold(w) for w in attributes["employer"]["not_employers"]),
    )
