"""One definition of a clause over spaCy's dependency parse (Universal Dependencies relations), for
every stage that asks what governs a word: modality (is a strike *called for*?), dates (the date in
the trigger's own clause; "the strike *ended* on Friday"), attachment (the verb that carries the
subject) and the pipeline.

A clause is headed by the root or by a token attached by a clause relation. Complement clauses are
governed by their verb ("ils appellent à *faire grève*", "said they *would strike*"): a cue above them
speaks of them. Adjoined clauses (relative, adverbial, participial, parataxis) stand on their own."""
from __future__ import annotations

from spacy.tokens import Token

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
ADJOINED_DEPS = frozenset({"acl", "acl:relcl", "relcl", "advcl", "parataxis"})
CLAUSE_DEPS = COMPLEMENT_DEPS | ADJOINED_DEPS


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
