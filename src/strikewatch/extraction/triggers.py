"""Trigger words, phrases and token patterns that name an event, found by spaCy's matchers on words
and lemmas (`matching`: a word written without accents may stand for one with them, not the other way round)."""
from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Span, Token

from strikewatch.clauses import has_arguments
from strikewatch.extraction.lexicon import NOT_A_TRIGGER, Lexicon, fold
from strikewatch.extraction.matching import Match, folded_words
from strikewatch.model import TYPES


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int  # token index in the document
    end: int
    weak: bool
    subtype: str | None = None

    def head(self, sent: Span) -> Token:
        """The syntactic head of the trigger's tokens (the token whose head lies outside)."""
        doc = sent.doc
        tokens = [doc[i] for i in range(self.start, self.end)]
        for token in tokens:
            if not (self.start <= token.head.i < self.end) or token.head.i == token.i:
                return token
        return tokens[0]


NAME_LABELS = {"ORG", "PER", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP", "MISC", "DATE", "TIME"}


def _in_a_name(sent: Span, start: int, end: int) -> bool:
    """"Cargo Truckers Solidarity Union", "Comité national de grève": a trigger that starts with a capitalised
    word, all of it inside a name ("cocktails Molotov" starts with a common noun: a name inside it makes no
    name of it; in "the Army was called out" the name is only the phrase's first word)."""
    doc = sent.doc
    if not (doc[start].is_title or doc[start].is_upper) or start == sent.start:
        return False
    return all(doc[i].ent_type_ in NAME_LABELS for i in range(start, end))


def acts(below: Token, governor: Token, lexicon: Lexicon) -> bool:
    """The subject of an active verb or the agent of a passive one acts; the subject of a predicate
    ("las movilizaciones están calendarizadas", "strikes are planned"), of a passive ("el paro fue
    acordado") or of a reflexive passive ("no se permiten marchas") is spoken of."""
    if below.dep_ in ("obl:agent", "agent"):
        return True
    return below.dep_ == "nsubj" and governor.pos_ == "VERB" and not any(
        "Yes" in child.morph.get("Reflex", []) or child.dep_.startswith("aux") and fold(child.lemma_) in lexicon.passive_aux
        for child in governor.children)


def _has_nearby(sent: Span, i: int, wanted: frozenset[str], lexicon: Lexicon, acted_on: bool = False) -> bool:
    """One of these words in what the trigger word acts on (the `companion` relations of
    lang/dependencies.toml): its object ("deployed troops") or, without one, its subject ("police were
    deployed", "troops deployed to the city"), its complements or the noun it describes. When the words
    must be `acted_on`, the active verb's own subject is not looked at ("the crowd dispersed" of itself)."""
    if wanted.isdisjoint(folded_words(sent)):
        return False  # none of them in the sentence: no need to parse out what the word acts on
    found = lexicon.companions.find(sent)
    own = {t.i for t in sent.doc[i].subtree}  # a noun the trigger describes holds the trigger's own words,
    # which say who acts, not on whom ("a proposal dismissed by the cabinet" dismisses no cabinet)
    for tier in lexicon.companions.groups:
        # a verb with a subject or an object of its own borrows none from the verb it is joined to ("…a
        # proclamé le couvre-feu et renvoyé le cabinet": the cabinet, parsed as its subject, is still its own)
        companions = [match["companion"] for match in found.get(tier, []) if match["trigger"].i == i
                      and not ("verb" in match and has_arguments(sent.doc[i]))]
        if acted_on:  # not the one who acts on its own ("the crowd dispersed"; a "subject" after the verb is
            # often its object mislabelled: "despejaron los bloqueos")
            companions = [c for c in companions if not (c.head.i == i and c.i < i and acts(c, sent.doc[i], lexicon))]
        if companions:
            return any(fold(t.lemma_) in wanted or fold(t.text) in wanted for c in companions for t in c.subtree
                       if c.i in own or t.i not in own)
    return False


def _has_company(sent: Span, i: int, event_type: str, lexicon: Lexicon) -> bool:
    """A paired word ("suspended" + internet) or a type that requires company ("deployed" + forces)
    stands with what it needs; other words stand alone."""
    token = sent.doc[i]
    key = next((k for k in ((event_type, fold(token.lemma_)), (event_type, fold(token.text))) if k in lexicon.paired),
               None)
    needs = lexicon.paired[key] if key is not None else lexicon.requires.get(event_type)
    return needs is None or _has_nearby(sent, i, needs, lexicon, key in lexicon.acted_on)


def _subtype(sent: Span, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The subtype a phrase names around the trigger ("grève générale", "general strike"): of those
    starting from the word before it to the word after it, the last."""
    window = sent.doc[max(sent.start, start - 1):sent.end]
    found = [m for m in lexicon.subtypes.find_all(window) if m.start <= end + 1]
    return max(found, key=lambda m: (m.start, m.rank)).value if found else None


LEAD_WORDS = 5  # words of a sentence that may open a story
LEAD_WITHIN = 3  # sentences a story's lead may lie after a byline or dateline
LIST_MARKS = frozenset("•|·▪►")  # marks that separate the items of a list of headlines


def _context(sent: Span) -> list[Span]:
    """Where a type's `unless` words are looked for: the sentence, the one before it ("Two men robbed a
    shop. They were arrested in the street.") and the document's first sentence, which says what the
    story is about ("Police arrested three robbery suspects…" makes every later arrest theirs)."""
    doc = sent.doc
    if sent.start == 0:
        return [sent]
    previous = doc[sent.start - 1].sent
    firsts = list(islice(doc.sents, LEAD_WITHIN + 1))
    lead = firsts[lead_index(firsts)]
    return [sent, previous] if lead.start >= previous.start else [sent, previous, lead]


def lead_index(sentences: Sequence[Span]) -> int:
    """Which of a document's first sentences is its lead, whose words say what the story is about: the
    first of some length, as a byline ("Redacción.") or a dateline line opens no story; a site's list of
    other headlines ("Stocks close lower • 3 killed in ambush • …") opens none either, and past it the
    first line stands. The triage reads the same sentence (`triage.marked`)."""
    for i, sent in enumerate(sentences[:LEAD_WITHIN]):
        if sum(t.text in LIST_MARKS for t in sent) >= 2:
            return 0
        if sum(t.is_alpha for t in sent) >= LEAD_WORDS or i == len(sentences) - 1:
            return i
    return 0


def _unless_outside(unless: frozenset[str], spans: list[Span], start: int, end: int) -> bool:
    """Whether an `unless` word stands outside the trigger phrase itself ("concert de casseroles" is a
    protest, a concert is not)."""
    return any(fold(t.text) in unless or fold(t.lemma_) in unless
               for span in spans for t in span if not start <= t.i < end)


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    # where `unless` words are looked for, with their words folded: the sentence alone (True), or `_context`
    contexts: dict[bool, tuple[list[Span], AbstractSet[str]]] = {}

    def stands(match: Match) -> bool:
        """A single word that needs company ("deployed" needs forces) has it; phrases say enough."""
        return match.end - match.start > 1 or match.value == NOT_A_TRIGGER or \
            _has_company(sent, match.start, match.value, lexicon)

    def denied(match: Match, sentence_only: bool) -> bool:
        """One of the type's `unless` words told here, just before or in the lead (a crime, a war, a disaster,
        a festival): the trigger is none of ours (rule 10)."""
        unless = lexicon.unless.get(match.value)
        if unless is None:
            return False
        if sentence_only not in contexts:
            spans = [sent] if sentence_only else _context(sent)
            contexts[sentence_only] = spans, set().union(*(folded_words(span) for span in spans))
        spans, words = contexts[sentence_only]
        return not unless.isdisjoint(words) and _unless_outside(unless, spans, match.start, match.end)

    matches = [match for match in lexicon.triggers.find(sent, stands)
               if match.value != NOT_A_TRIGGER and not _in_a_name(sent, match.start, match.end)]
    # police firing on "striking miners" act against a crowd of ours, whatever the sentence before told (a
    # weak word, as "unrest", names no such crowd)
    crowd_here = any(TYPES[m.value].movement and not m.weak and not denied(m, False) for m in matches)
    return [Trigger(m.value, m.start, m.end, m.weak, _subtype(sent, m.start, m.end, lexicon)) for m in matches
            if not denied(m, crowd_here and not TYPES[m.value].movement)]
