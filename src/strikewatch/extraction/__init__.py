"""Extraction stage: what events a parsed sentence asserts happened, with their actors and counts.

Places and dates are attached by their own stages (`places`, `dates`); `strikewatch.pipeline` runs
them all over a document."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from strikewatch.extraction.attach import (Count, find_actor, find_counts, find_employer, find_sector,
                                          one_person_arrested)
from strikewatch.extraction.lexicon import Lexicon, fold
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


def _movement_spread(sent: Span, lexicon: Lexicon, region_places: bool) -> Trigger | None:
    """"Le mouvement s'est étendu à …", "workers joined the strike": the movement reaches new places."""
    for token in sent:
        if fold(token.lemma_) in lexicon.movement_nouns or fold(token.text) in lexicon.movement_nouns:
            governor = token.head
            spread = fold(governor.lemma_) in lexicon.spread_verbs or any(
                fold(c.lemma_) in lexicon.spread_verbs for c in governor.children)
            if token.dep_.startswith("nsubj") and (spread or region_places) or \
                    token.dep_ in ("obj", "dobj") and fold(governor.lemma_) in lexicon.spread_verbs:
                return Trigger("strike", token.i, token.i + 1, weak=True)
    return None


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
        if count.kind in owned and (count.kind not in out or count.value < out[count.kind][0]):
            out[count.kind] = (count.value, count.approx)
    return out


# the links by which a purpose hangs under the verb it explains ("to protest", "in protest", "pour protester");
# a relative clause ("who had marched") or a coordinated verb ("struck and marched") tells an event of its own
PURPOSE_LINKS = {"advcl", "xcomp", "prep", "pobj", "obl", "obl:mod", "obl:arg", "nmod", "advmod", "npadvmod", "mark",
                 "acl"}
# the links from a noun up to the verb it is the object of ("held a fifth day of strikes", "observé une grève")
OBJECT_LINKS = {"dobj", "obj", "pobj", "prep", "nmod"}


def _strike_nodes(trigger: Trigger, sent: Span) -> set[int]:
    """The strike's head and the verb that stages it ("staged a strike", "held a fifth day of strikes")."""
    node = trigger.head(sent)
    nodes = {node.i}
    for _ in range(3):
        if node.dep_ not in OBJECT_LINKS or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            nodes.add(node.i)
            break
    return nodes


def _purpose_of(trigger: Trigger, others: list[Trigger], sent: Span) -> bool:
    """"Went on strike to protest the law", "staged a strike to protest", "en grève pour protester contre…",
    "walked out in protest": a protest word that hangs under a strike or the verb that stages it (not beside
    it, as in "struck and marched") says why the strikers struck, not that they also protested."""
    head = trigger.head(sent)
    strikes = {i for t in others if t.type == "strike" for i in _strike_nodes(t, sent)}
    node = head
    for _ in range(6):
        if node.dep_ not in PURPOSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in strikes:
            return True
    return False


def sentence_events(sent: Span, lexicon: Lexicon, movement_type: str | None,
                    region_places: bool = False) -> list[Found]:
    """Events the sentence asserts happened, one per type."""
    triggers = [t for t in find_triggers(sent, lexicon) if happened(t, sent, lexicon)]
    foreground = [t for t in triggers if not is_background(t, sent, lexicon)]
    triggers = foreground or triggers
    triggers = [t for t in triggers if t.type != "protest" or not _purpose_of(t, triggers, sent)]
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
            found.subtype = found.subtype or trigger.subtype
            continue
        actor, actor_tokens = find_actor(trigger, sent, lexicon)
        kind = TYPES[trigger.type]
        employer = find_employer(trigger, sent, actor_tokens, lexicon) if kind.labour else None
        sector = find_sector(actor_tokens, lexicon) or (find_sector(sent, lexicon) if kind.sector_in_sentence else None)
        by_type[trigger.type] = Found(
            type=trigger.type, trigger=trigger, subtype=trigger.subtype, actor=actor, employer=employer,
            sector=sector, counts=_counts_for(trigger.type, counts), confidence=0.45 if trigger.weak else 0.7)
        if "arrests" in kind.counts and "arrests" not in by_type[trigger.type].counts \
                and one_person_arrested(trigger, sent, lexicon):
            by_type[trigger.type].counts["arrests"] = (1, False)
    for found in by_type.values():
        if TYPES[found.type].casualties_to in by_type:
            for casualty in CASUALTIES:
                found.counts.pop(casualty, None)
    return list(by_type.values())
