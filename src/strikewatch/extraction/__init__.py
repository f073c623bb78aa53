"""Extraction stage: what events a parsed sentence asserts happened, with their actors and counts.

Places and dates are attached by their own stages (`places`, `dates`); `strikewatch.pipeline` runs
them all over a document."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Span, Token

from strikewatch.clauses import ADJOINED_DEPS, clause_head
from strikewatch.extraction.attach import (Count, count_field, find_actor, find_counts, find_employer, find_sector,
                                          one_person_arrested)
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.matching import folded_words
from strikewatch.extraction.words import fold
from strikewatch.extraction.modality import happened, is_background
from strikewatch.extraction.triggers import Trigger, find_triggers
from strikewatch.model import TYPES


@dataclass
class Found:
    """One event type asserted by one sentence (several triggers of a type in a sentence are one event)."""

    type: str
    trigger: Trigger
    subtype: str | None = None
    actor: str | None = None
    employer: str | None = None
    sector: str | None = None
    counts: dict[str, tuple[int, bool]] = field(default_factory=dict)
    confidence: float = 0.6
    told: list[Count] = field(default_factory=list)  # the sentence's own counts of the kinds it takes, in order
    absorbed: str | None = None  # the type of the words it took in ("the march turned violent": protest)


def _movement_spread(sent: Span, lexicon: Lexicon, region_places: bool) -> Trigger | None:
    """"Le mouvement s'est étendu à …", "workers joined the strike": the movement reaches new places
    (the `movement` relations of lang/dependencies.toml; `in_region` when the places are a region's).
    The trigger is the first such movement noun; its type is the caller's."""
    if lexicon.spreading_nouns.isdisjoint(folded_words(sent)):
        return None  # no movement noun: spare the matcher
    found = lexicon.spreading.find(sent)
    groups = ("spread", "in_region") if region_places else ("spread",)
    nouns = [match["noun"].i for group in groups for match in found.get(group, [])]
    return Trigger("strike", min(nouns), min(nouns) + 1, weak=True) if nouns else None


def borrow_counts(found: Found, neighbours: list[tuple[list[Count], list[str]]]) -> None:
    """"Police fired on the crowd. 220 people were injured.": a toll told in the next (or previous)
    sentence belongs to the event when that sentence tells no event of the same type itself.
    `neighbours` are (the sentence's counts, the types it asserts), nearest first."""
    for counts, types in neighbours:
        if found.type in types:
            continue
        for kind, value in _counts_for(found.type, counts).items():
            if kind in CASUALTIES and TYPES[found.type].casualties_to in types:
                continue  # the toll of clashes the police fired into is the repression's (rule 6)
            found.counts.setdefault(kind, value)


CASUALTIES = ("fatalities", "injured")


def _counts_for(event_type: str, counts: list[Count]) -> dict[str, tuple[int, bool]]:
    """The counts of the sentence that belong to an event of this type (lowest figure when several);
    which counts a type takes is the registry's `counts`."""
    out: dict[str, tuple[int, bool]] = {}
    owned = TYPES[event_type].counts
    for count in counts:
        field = count_field(count.kind)
        if count.kind in owned and (field not in out or count.value < out[field][0]):
            out[field] = (count.value, count.approx)
    return out


def _purpose_of(trigger: Trigger, others: list[Trigger], sent: Span, lexicon: Lexicon) -> bool:
    """"Went on strike to protest the law", "staged a strike to protest", "en grève pour protester contre…",
    "walked out in protest": a word of a type that is the purpose of another (types.toml `purpose_of`)
    hanging under a trigger of that type, under the verb that stages it ("staged a strike", "observé
    une grève") or under the people it describes ("enseignants en grève pour protester…"), by purpose
    links (the `purpose` relations of lang/dependencies.toml; not beside it, as in "struck and marched")
    says why they acted, not that they also did this. A verb of this type whose subject is such a trigger
    ("la grève a rassemblé 15 000 mineurs", "the strike drew thousands") tells what that event did."""
    explained = TYPES[trigger.type].purpose_of
    heads = {t.head(sent).i for t in others if t.type == explained}
    if not heads:
        return False
    word = trigger.head(sent)
    if word.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and c.i in heads for c in word.children):
        return True
    found = lexicon.purpose_steps.find(sent)
    up = {m["lower"].i: m["upper"].i for m in found.get("step", [])}
    staged_by = {m["lower"].i: m["upper"].i for m in found.get("stage", [])}
    for head in list(heads):
        node = head
        for _ in range(lexicon.purpose_stage_hops):
            if node not in staged_by:
                break
            node = staged_by[node]
            heads.add(node)  # the people in the state ("les enseignants en grève pour protester…") too
            if sent.doc[node].pos_ in ("VERB", "AUX"):
                break
    acting: set[int] = set()  # the verbs the explained triggers are the subjects of
    for m in found.get("subject", []):
        if m["lower"].i in heads:
            verb = m["upper"]
            acting |= {verb.i, verb.head.i} if verb.dep_.startswith("aux") else {verb.i}  # "la grève a démarré"
    node = word.i
    for _ in range(lexicon.purpose_hops):
        if node not in up:
            return False
        link = sent.doc[node].dep_
        node = up[node]
        if node in heads or node in acting and link in lexicon.purpose_subject_links:
            return True
    return False


def _code_the_force(found: Found, by_type: dict[str, Found]) -> None:
    """"Clashes left three dead": deaths in a crowd's clashes go on the force's event (DESIGN.md coding
    rule 6), coded from the same words when the sentence names no force of its own."""
    force = TYPES[found.type].casualties_to
    if force is None or force in by_type or "fatalities" not in found.counts:
        return
    tolls = {kind: found.counts[kind] for kind in CASUALTIES if kind in found.counts}
    by_type[force] = Found(type=force, trigger=found.trigger, counts=tolls, confidence=found.confidence,
                           told=[c for c in found.told if c.kind in CASUALTIES])


def _absorb(found: Found, by_type: dict[str, Found], triggers: list[Trigger], sent: Span) -> None:
    """"The march turned violent", "la manifestation a dégénéré": a demonstration that turns violent is one
    riot, not also a protest (DESIGN.md coding rule 6; types.toml `absorbs`), when one of its words is the
    subject of one of the riot's words; "clashes broke out after days of marches" tells two happenings."""
    absorbed = by_type.get(TYPES[found.type].absorbs or "")
    if absorbed is None:
        return
    riot_words = [t.head(sent) for t in triggers if t.type == found.type]
    march_words = [t.head(sent) for t in triggers if t.type == absorbed.type]
    if not any(march.dep_.startswith("nsubj") and march.head.i == riot.i or _adjoined(march, riot)
               or _adjoined(riot, march) for riot in riot_words for march in march_words):
        return
    del by_type[absorbed.type]
    found.counts = {**absorbed.counts, **found.counts}
    found.absorbed = absorbed.type


def _adjoined(lower: Token, upper: Token) -> bool:
    """The lower word's clause hangs on the upper word as a relative or adverbial clause, on the word itself
    or on a noun in its clause ("thousands marched through the capital, where clashes broke out", "clashes
    broke out when students marched"): one scene; joined by "and", or a noun of time ("clashes broke out
    after days of marches"), two."""
    clause = clause_head(lower)
    if clause.dep_ not in ADJOINED_DEPS or clause.dep_ == "parataxis":
        return False
    return clause_head(clause.head).i == clause_head(upper).i and clause.head.dep_ != "conj"


FATAL_HOPS = 3  # "died [after [being shot]]"


def _fatal(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """"A protester died after being shot by police", "murió tras recibir un disparo": the force a death or
    a wound is told to follow is the sentence's news, not its background (the type that takes the dead)."""
    kind = TYPES[trigger.type]
    if "fatalities" not in kind.counts or kind.casualties_to:
        return False
    wounded = lexicon.count_kinds["dead"] | lexicon.count_kinds["injured"]
    return any(fold(above.lemma_) in wounded or fold(above.text) in wounded
               for above in islice(trigger.head(sent).ancestors, FATAL_HOPS))


def _tells_the_sentence(trigger: Trigger, sent: Span) -> bool:
    """A trigger in the sentence's main clause, not in a clause of time, manner or cause hung on it: of two
    words of one type, the one whose date and places the sentence gives."""
    return clause_head(trigger.head(sent)).i == sent.root.i


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in noun.children)


def _defines_a_kind(sent: Span, candidates: list[Trigger]) -> bool:
    """"Una huelga es un arma de los asalariados", "Strikes are a weapon of the weak", "Une grève est un
    arrêt concerté du travail": a definition in the present (a trigger, indefinite or plural, the subject of a
    copula whose predicate is indefinite) speaks of a kind of event, not of one; nothing in it is news
    ("the strike is a success" and "la huelga es la tercera del mes" are about one)."""
    root = sent.root
    copula = next((c for c in root.children if c.dep_ == "cop"), None)
    predicate: Token | None = root
    if copula is None and root.pos_ == "AUX":  # "A strike is a refusal…": the copula heads, its `attr` predicates
        copula, predicate = root, next((c for c in root.children if c.dep_ == "attr"), None)
    if copula is None or predicate is None or "Pres" not in copula.morph.get("Tense", []) or not _indefinite(predicate):
        return False
    heads = {t.head(sent).i for t in candidates}
    return any(c.dep_.startswith("nsubj") and c.i in heads and (_indefinite(c) or "Plur" in c.morph.get("Number", []))
               for c in root.children)


def asserts_any(sent: Span, lexicon: Lexicon, kinds: set[str]) -> bool:
    """Whether the sentence tells an event of these types as happened, in its foreground or in passing."""
    return any(t.type in kinds and happened(t, sent, lexicon) for t in find_triggers(sent, lexicon))


def sentence_events(sent: Span, lexicon: Lexicon, movement_type: str | None,
                    region_places: bool = False) -> list[Found]:
    """Events the sentence asserts happened, one per type."""
    candidates = find_triggers(sent, lexicon)
    if candidates and _defines_a_kind(sent, candidates):
        return []
    triggers = [t for t in candidates if happened(t, sent, lexicon)]
    foreground = [t for t in triggers if not is_background(t, sent, lexicon) or _fatal(t, sent, lexicon)]
    triggers = foreground or triggers
    # the purpose of a strike only called ("convocó una huelga para protestar contra…") is no more an event
    triggers = [t for t in triggers if not _purpose_of(t, candidates, sent, lexicon)]
    # "the movement spread to …" speaks of a movement the story has told already; before one, "el
    # conflicto llegó a la capital" is as likely a war and "la lucha continúa" a league
    if movement_type is not None and not any(TYPES[t.type].movement for t in triggers):
        spread = _movement_spread(sent, lexicon, region_places)
        if spread is not None and happened(spread, sent, lexicon):
            triggers.append(Trigger(movement_type, spread.start, spread.end, weak=True))
    counts = find_counts(sent, lexicon) if triggers else []
    by_type: dict[str, Found] = {}
    for trigger in triggers:
        if trigger.type in by_type:
            found = by_type[trigger.type]
            if found.trigger.weak and not trigger.weak:
                found.trigger, found.confidence = trigger, max(found.confidence, 0.7)
            elif _tells_the_sentence(trigger, sent) and not _tells_the_sentence(found.trigger, sent) \
                    and trigger.weak <= found.trigger.weak:
                found.trigger = trigger  # "Après avoir manifesté à Berne…, ils ont battu le pavé hier à Genève"
            found.subtype = found.subtype or trigger.subtype
            continue
        actor, actor_tokens = find_actor(trigger, sent, lexicon)
        kind = TYPES[trigger.type]
        employer = find_employer(trigger, sent, lexicon, not kind.labour) if kind.at_employer else None
        sector = find_sector(actor_tokens, lexicon) or (find_sector(sent, lexicon) if kind.sector_in_sentence else None)
        by_type[trigger.type] = Found(
            type=trigger.type, trigger=trigger, subtype=trigger.subtype, actor=actor, employer=employer,
            sector=sector, counts=_counts_for(trigger.type, counts), confidence=0.45 if trigger.weak else 0.7,
            told=[c for c in counts if c.kind in kind.counts])
        if "arrests" in kind.counts and "arrests" not in by_type[trigger.type].counts \
                and one_person_arrested(trigger, sent, lexicon):
            by_type[trigger.type].counts["arrests"] = (1, False)
    for found in list(by_type.values()):
        _code_the_force(found, by_type)
    for found in list(by_type.values()):
        _absorb(found, by_type, triggers, sent)
    for found in by_type.values():
        if TYPES[found.type].casualties_to in by_type:
            for casualty in CASUALTIES:
                found.counts.pop(casualty, None)
    return list(by_type.values())
