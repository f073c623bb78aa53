"""Trigger words, phrases and token patterns that name an event, found by spaCy's matchers on words
and lemmas (`matching`: a word written without accents may stand for one with them, not the other way round)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Span, Token

from strikewatch.extraction.lexicon import NOT_A_TRIGGER, Lexicon, fold
from strikewatch.extraction.matching import Match, folded_words


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


def _has_nearby(sent: Span, i: int, wanted: frozenset[str], lexicon: Lexicon) -> bool:
    """One of these words in what the trigger word acts on (the `companion` relations of
    lang/dependencies.toml): its object ("deployed troops") or, without one, its subject ("police were
    deployed", "troops deployed to the city"), its complements or the noun it describes."""
    if wanted.isdisjoint(folded_words(sent)):
        return False  # none of them in the sentence: no need to parse out what the word acts on
    found = lexicon.companions.find(sent)
    own = {t.i for t in sent.doc[i].subtree}  # a noun the trigger describes holds the trigger's own words,
    # which say who acts, not on whom ("a proposal dismissed by the cabinet" dismisses no cabinet)
    for tier in lexicon.companions.groups:
        companions = [match["companion"] for match in found.get(tier, []) if match["trigger"].i == i]
        if companions:
            return any(fold(t.lemma_) in wanted or fold(t.text) in wanted for c in companions for t in c.subtree
                       if c.i in own or t.i not in own)
    return False


def _has_company(sent: Span, i: int, event_type: str, lexicon: Lexicon) -> bool:
    """A paired word ("suspended" + internet) or a type that requires company ("deployed" + forces)
    stands with what it needs; other words stand alone."""
    token = sent.doc[i]
    needs = lexicon.paired.get((event_type, fold(token.lemma_))) or lexicon.paired.get((event_type, fold(token.text)))
    if needs is None:
        needs = lexicon.requires.get(event_type)
    return needs is None or _has_nearby(sent, i, needs, lexicon)


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


def _unless_outside(unless: frozenset[str], sent: Span, start: int, end: int) -> bool:
    """Whether an `unless` word stands outside the trigger phrase itself ("concert de casseroles" is a
    protest, a concert is not)."""
    return any(fold(t.text) in unless or fold(t.lemma_) in unless
               for span in _context(sent) for t in span if not start <= t.i < end)


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    context: set[str] | None = None  # the words of `_context`, folded, read for a type with `unless` words
    triggers = []

    def stands(match: Match) -> bool:
        """A single word that needs company ("deployed" needs forces) has it; phrases say enough."""
        return match.end - match.start > 1 or match.value == NOT_A_TRIGGER or \
            _has_company(sent, match.start, match.value, lexicon)

    for match in lexicon.triggers.find(sent, stands):
        start, end, event_type = match.start, match.end, match.value
        if event_type == NOT_A_TRIGGER or _in_a_name(sent, start, end):
            continue
        if event_type in lexicon.unless:
            if context is None:
                context = set().union(*(folded_words(span) for span in _context(sent)))
            if not lexicon.unless[event_type].isdisjoint(context) \
                    and _unless_outside(lexicon.unless[event_type], sent, start, end):
                continue  # a crime told here, just before or in the lead: its suspects' arrest is not coded (rule 10)
        triggers.append(Trigger(event_type, start, end, match.weak, _subtype(sent, start, end, lexicon)))
    return triggers
