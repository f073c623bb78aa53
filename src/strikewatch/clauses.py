"""One module for what a clause is over spaCy's dependency parse (Universal Dependencies relations),
for every stage that asks what governs a word: modality (is a strike *called for*? `governors`),
dates (the date in the trigger's own clause; "the strike *ended* on Friday"), attachment (the verb
that carries the subject) and the pipeline.

A clause is headed by the root or by a token attached by a clause relation. Complement clauses are
governed by their verb ("ils appellent à *faire grève*", "said they *would strike*"): a cue above them
speaks of them. Adjoined clauses (relative, adverbial, participial, parataxis) stand on their own,
except that a relative clause speaks of the noun it describes when a plan or call is at stake."""
from __future__ import annotations

from spacy.tokens import Token

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
ADJOINED_DEPS = frozenset({"acl", "acl:relcl", "relcl", "advcl", "parataxis"})
CLAUSE_DEPS = COMPLEMENT_DEPS | ADJOINED_DEPS
STANDALONE_DEPS = frozenset({"advcl", "parataxis"})  # no cue above them speaks of what they tell


def clause_path(token: Token, hops: int | None = None, through_complements: bool = False) -> list[Token]:
    """The token and its heads up to the head of its clause, that head included; with
    `through_complements`, on up through the clauses that govern a complement clause; at most `hops` heads."""
    path = [token]
    current = token
    while hops is None or len(path) <= hops:
        if current.head.i == current.i:
            break
        if current.dep_ in CLAUSE_DEPS and not (through_complements and current.dep_ in COMPLEMENT_DEPS):
            break
        current = current.head
        path.append(current)
    return path


def clause_head(token: Token) -> Token:
    """The head of the clause the token stands in."""
    return clause_path(token)[-1]


def is_relative(clause: Token) -> bool:
    """A clause introduced by a relative pronoun ("que incluye…"), which some models tag `acl`."""
    return any("Rel" in c.morph.get("PronType", []) for c in clause.children)


def own_coordinate(token: Token) -> bool:
    """A verb coordinated with another that has a subject of its own: a clause of its own; so is a
    verb with a finite auxiliary of its own that the parse hangs as another's complement ("les discussions
    n'ont pas pu reprendre et les guichetiers de la gare ont à leur tour débrayé")."""
    if token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        # a clause left without its verb, a noun and its participle joined to a verb ("a meeting was called
        # and a curfew imposed")
        return any(c.dep_ == "acl" and c.pos_ == "VERB" for c in token.children)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "conj":
        return any(c.dep_.startswith("nsubj") for c in token.children)
    return token.dep_ == "xcomp" and any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", [])
                                         for c in token.children)


def has_arguments(token: Token) -> bool:
    """A subject or an object of its own hangs on the token."""
    return any(c.dep_.startswith("nsubj") or c.dep_ in ("obj", "dobj") for c in token.children)


def _of_purpose(clause: Token) -> bool:
    """An adverbial infinitive ("to protest", "pour protester", "para protestar")."""
    return clause.dep_ == "advcl" and "Inf" in clause.morph.get("VerbForm", [])


def governors(token: Token, hops: int) -> list[Token]:
    """The heads that speak of a token (is it called for, planned?), at most `hops`: up through
    complement clauses and on from a relative clause to the noun it describes ("el calendario de
    movilizaciones, que incluye concentraciones" is a plan, and so is what it includes); an adverbial
    clause or parataxis stands on its own, and so does a coordinated verb with a subject of its own ("the
    government warned it would act, and soldiers were deployed"); a participle's clause ends with the
    noun it describes. An infinitive of purpose is the aim of the clause above it and shares its fate
    ("they called on people to march on Friday *to protest* the verdict")."""
    chain = []
    current = token
    for _ in range(hops):
        if current.head.i == current.i or own_coordinate(current) or (
                current.dep_ in STANDALONE_DEPS and not _of_purpose(current)):
            break
        current, clause = current.head, current
        chain.append(current)
        if clause.dep_ == "acl" and not is_relative(clause) and "Inf" not in clause.morph.get("VerbForm", []):
            break  # (an infinitive goes on: "invitant les habitants à manifester" is a call)
    return chain
