"""What hangs on a trigger: the actor (its subject or complement), the employer, the sector, the
counts stated in its sentence, and the demands of the document."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from strikewatch.clauses import clause_path
from strikewatch.extraction.lexicon import Lexicon, fold
from strikewatch.extraction.triggers import Trigger
from strikewatch.spans import PERSON_LABELS, sentence_entities

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "agent")
COMPLEMENT_DEPS = ("nmod", "poss", "compound", "pobj", "obl:agent")
# "4 000", "100 000", "1,089", "25.000", "286", and number words come from the lexicon.
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u202f\u00a0.,]\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d.,]\d)")
MAX_ACTOR_TOKENS = 8


@dataclass(frozen=True)
class Count:
    kind: str  # participants, fatalities, injured, arrests, dismissed
    value: int
    approx: bool
    token: int  # the counted noun


def _clause_head(trigger: Trigger, sent: Span) -> Token:
    """The verb that carries the trigger's subject: "étaient en grève", "went on strike", "ont eu lieu";
    in "ont rejoint et élargi le mouvement" the subject stands on the first verb."""
    head = trigger.head(sent)
    path = clause_path(head, 2)  # the verb is sought in the trigger's own clause
    if head.dep_ in ("obl", "obl:arg", "obl:mod", "pobj", "obj", "dobj", "prep") and len(path) > 1 \
            and path[1].pos_ in ("VERB", "AUX"):
        head = path[1]
    elif head.dep_ == "pobj" and len(path) > 2 and path[2].pos_ in ("VERB", "AUX"):
        head = path[2]
    while head.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        head = head.head
    return head


def _phrase_tokens(noun: Token) -> list[Token]:
    """A noun with its modifiers and complements, without relative clauses or punctuation runs."""
    keep = [noun]
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "case", "det", "flat", "flat:name", "poss", "nummod",
                          "appos") and child.i > noun.i - 6:
            keep.extend(t for t in child.subtree if t.dep_ not in ("acl:relcl", "relcl", "punct"))
    keep = sorted(set(keep), key=lambda t: t.i)
    return keep[:MAX_ACTOR_TOKENS]


def find_actor(trigger: Trigger, sent: Span, lexicon: Lexicon) -> tuple[str | None, list[Token]]:
    """(English actor, tokens of the actor phrase) from the trigger's subject or complement."""
    head = _clause_head(trigger, sent)
    candidates = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    trigger_head = trigger.head(sent)
    candidates += [c for c in trigger_head.children if c.dep_ in SUBJECT_DEPS + COMPLEMENT_DEPS
                   and c.pos_ in ("NOUN", "PROPN")]
    for noun in candidates:
        if noun.pos_ == "PRON" or noun.ent_type_ in ("GPE", "LOC") or noun.text.isupper() and len(noun) > 3:
            continue  # a place ("MINNEAPOLIS —" dateline, "Santiago is under…") is not who acted
        tokens = _phrase_tokens(noun)
        span = sent.doc[tokens[0].i:tokens[-1].i + 1]
        matches = lexicon.actors.find(span)
        if matches:
            # the most specific (longest) actor phrase names the group
            return max(matches, key=lambda m: m.end - m.start).value, tokens
        if noun.pos_ == "PROPN" or noun.ent_type_ == "ORG":
            return " ".join(t.text for t in tokens if t.dep_ not in ("det", "case")), tokens
    return None, []


def find_employer(trigger: Trigger, sent: Span, actor_tokens: list[Token], lexicon: Lexicon) -> str | None:
    """The organisation the actors work for: named in the actor phrase's complements ("travailleurs de
    Tengizchevroil") or after "at"/"chez" ("at Ford Motor Co.'s plant"), a company of our data, or an
    organisation there; never the actor itself (a union on strike is no employer)."""
    from strikewatch.places.gazetteer import companies, place_key

    head = _clause_head(trigger, sent)
    actor_root = actor_tokens[0].head if actor_tokens else None
    pool = [t for t in actor_tokens if actor_root is None or t.dep_ not in SUBJECT_DEPS]
    pool = [t for t in pool if t.i != (actor_tokens[0].i if actor_tokens else -1) or t.dep_ in COMPLEMENT_DEPS]
    for child in [*head.children, *trigger.head(sent).children]:
        if child.dep_ in ("obl", "obl:mod", "prep", "nmod", "pobj") and not child.dep_.startswith("nsubj"):
            pool.extend(child.subtree)
    in_pool = {t.i for t in pool}
    known = companies()
    for token in pool:  # a company our data knows ("Armellor-Mittal-Temirtau")
        name = _name_run(token, sent)
        if name is not None and place_key(name.text) in known:
            return name.text
    for ent in sentence_entities(sent):  # not sent.ents: that rebuilds every entity of the document
        if ent.label_ == "ORG" and all(i in in_pool for i in range(ent.start, ent.end)) \
                and ent.text[:1].isupper() and not _names_no_employer(ent.text, lexicon):
            return ent.text.removesuffix("'s").strip()
    for token in pool:
        if token.pos_ == "PROPN" and token.dep_ in ("nmod", "pobj") and token.ent_type_ not in NOT_ORGANISATIONS:
            name = _name_run(token, sent)
            if name is not None and name.text[:1].isupper() and not _is_a_place(name.text, any_size=True) \
                    and not _names_no_employer(name.text, lexicon):
                return name.text
    return None


# entity labels that are never an employer ("Tuesday", "Fleurus", a person)
NOT_ORGANISATIONS = ("LOC", "GPE", "PER", "PERSON", "DATE", "TIME", "NORP")
POSSESSIVES = ("'s", "’s")


def _names_no_employer(name: str, lexicon: Lexicon) -> bool:
    """A union, a state body, a news agency: organisations that employ no strikers in our sense."""
    return any(fold(w) in lexicon.not_employers for w in re.findall(r"\w+", name))


def _organisation_names(doc: Doc) -> list[tuple[Span, bool]]:
    """(name, whether the parser calls it an organisation): organisations, and names it left untyped or
    took for persons or misc ("Vertbaudet", small models' PER for unknown companies)."""
    names = [(ent, ent.label_ == "ORG") for ent in doc.ents if ent.label_ in ("ORG", "PER", "PERSON", "MISC")]
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and doc[i].is_title and i not in taken and not doc[i].is_sent_start:
            end = i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and end + 1 not in taken:
                end += 1
            names.append((doc[i:end + 1], False))
            i = end
        i += 1
    return names


def _at_a_workplace(before: Span, lexicon: Lexicon) -> bool:
    """"workers at", "salariés de", "l'usine de", "the ... plant": what stands before a name that employs."""
    words = [fold(t.lemma_) for t in before] + [fold(t.text) for t in before]
    labour = any(w in lexicon.workplaces or w in lexicon.people for w in words)
    return labour and (bool(before) and fold(before[-1].text) in lexicon.workplaces
                       or any(fold(t.text) in lexicon.employer_cues for t in before[-2:]))


def find_document_employer(doc: Doc, lexicon: Lexicon) -> str | None:
    """The company a labour story is about: the organisation named most often among those named at
    least once where an employer stands ("workers at X", "salariés de X", "X's plant")."""
    mentions: dict[str, list[str]] = {}
    placed: dict[str, int] = {}
    refused: set[str] = set()  # judged once per name, not once per mention
    for span, typed in _organisation_names(doc):
        name = span.text.strip().removesuffix("'s").removesuffix("’s").strip(" ,.;:()\"'’")
        key = fold(name)
        if key in refused:
            continue
        if key not in mentions and (len(key) < 2 or _names_no_employer(name, lexicon)
                                    or _is_a_place(name, any_size=True)):
            refused.add(key)
            continue
        mentions.setdefault(key, []).append(name)
        possessive = span.end < len(doc) and doc[span.end].text in POSSESSIVES or span.text.endswith(POSSESSIVES)
        window = doc[max(0, span.start - 4):span.start]
        starts = [t.i for t in window if t.is_sent_start]  # the words before it in its own sentence
        before = doc[max([window.start, *starts]):span.start]
        cued = any(fold(t.text) in lexicon.employer_cues for t in before[-2:])
        # a name the parser calls an organisation needs a cue; an untyped one, a workplace around it too
        if typed and (possessive or cued) or _at_a_workplace(before, lexicon):
            placed[key] = placed.get(key, 0) + 1
    if not placed:
        return None
    best = max(placed, key=lambda k: (placed[k] + len(mentions[k]), -len(k)))
    return min(mentions[best], key=len)


def _name_run(token: Token, sent: Span) -> Span | None:
    """The run of proper-noun tokens (and hyphens between them) a token stands in."""
    def part(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.text == "-" or t.text[:1].isupper() and t.is_alpha

    if not part(token):
        return None
    start = end = token.i
    while start - 1 >= sent.start and part(sent.doc[start - 1]):
        start -= 1
    while end + 1 < sent.end and part(sent.doc[end + 1]):
        end += 1
    return sent.doc[start:end + 1]


def _is_a_place(name: str, any_size: bool = False) -> bool:
    """A country, a region or a large town (with `any_size`, any place GeoNames knows by that name)."""
    from strikewatch.places.gazetteer import load_gazetteer

    return any(p.primary and (any_size or p.kind in ("country", "admin1") or p.population >= 100_000)
               for p in load_gazetteer().lookup(name))


def find_sector(tokens: list[Token] | Span, lexicon: Lexicon) -> str | None:
    span = tokens if isinstance(tokens, Span) else (tokens[0].doc[tokens[0].i:tokens[-1].i + 1] if tokens else None)
    if span is None:
        return None
    matches = lexicon.sectors.find(span)
    return matches[0].value if matches else None


def _number_value(text: str) -> int:
    return int(re.sub(r"[ \u202f\u00a0.,]", "", text))


def _number_spans(sent: Span, lexicon: Lexicon) -> list[tuple[int, int, int, bool]]:
    """(first token, last token, value, approximate) of digits and number words in the sentence."""
    doc: Doc = sent.doc
    spans = []
    for m in NUMBER.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end - 1, _number_value(m.group()), False))
    spans.extend((m.start, m.end - 1, int(m.value), m.weak) for m in lexicon.numbers.find(sent))
    return spans


def find_counts(sent: Span, lexicon: Lexicon) -> list[Count]:
    """Numbers in the sentence with what they count (the noun after them and what it depends on)."""
    doc: Doc = sent.doc
    counts = []
    for first, last, value, vague in _number_spans(sent, lexicon):
        before = fold(doc[max(sent.start, first - 3):first].text)
        noun = _counted_noun(doc, last, sent, lexicon)
        kind = _count_kind(noun, lexicon) if noun is not None else _kind_named_by([doc[last].head], lexicon) \
            if doc[last].dep_.startswith("nsubj") else None  # "3 were killed", "12 ont été tués"
        if kind:
            counts.append(Count(kind, value, vague or any(before.endswith(c) for c in lexicon.approx_before),
                                (noun or doc[last]).i))
    return counts


def _forms(token: Token) -> set[str]:
    """Word, lemma and the word without a plural s: small models lemmatise some plurals as verbs
    ("salariés" -> "salarier")."""
    word = fold(token.text)
    return {word, fold(token.lemma_), word.removesuffix("s")}


def _counted_noun(doc: Doc, last: int, sent: Span, lexicon: Lexicon) -> Token | None:
    """The noun a number counts; small models tag some of them as adjectives ("286 civils", "16 morts").
    The parse finds it past modifiers ("750,000 public sector and government workers")."""
    kinds = lexicon.people.union(*lexicon.count_kinds.values())
    number = doc[last]
    if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN") and number.head.i > last:
        for noun in (number.head, *(c for c in number.head.children if c.dep_ == "conj")):
            if _forms(noun) & kinds:
                return noun
    for token in doc[last + 1:min(sent.end, last + 5)]:
        if token.pos_ in ("NOUN", "PROPN") or token.pos_ in ("ADJ", "VERB") and _forms(token) & kinds:
            return token
        if token.pos_ not in ("ADJ", "ADP", "DET", "NUM", "ADV") and token.text not in ("de", "d'", "of"):
            return None
    return None


# event field a count fills <- the word list of the lexicon that names it
COUNT_KINDS = (("fatalities", "dead"), ("injured", "injured"), ("arrests", "arrested"), ("dismissed", "dismissed"))


def _kind_named_by(tokens: list[Token], lexicon: Lexicon) -> str | None:
    for kind, words in COUNT_KINDS:
        if any({fold(t.text), fold(t.lemma_)} & lexicon.count_kinds[words] for t in tokens):
            return kind
    return None


def _count_kind(noun: Token, lexicon: Lexicon) -> str | None:
    """"16 morts": the noun names the kind; "41 personnes ont été arrêtées": the word beside the people does."""
    kind = _kind_named_by([noun], lexicon)
    if kind or not _forms(noun) & lexicon.people:
        return kind
    neighbours = [noun.head, noun.head.head, *noun.children,
                  *[c for c in noun.head.children if c.dep_ in ("acomp", "xcomp", "amod", "advmod")
                    or c.dep_ == "obj" and c.pos_ == "ADJ"]]  # "resultaron heridas", "fatally shot"
    # the verb that governs the people first: "killing one and wounding eight people" wounds the eight
    return _kind_named_by([noun.head], lexicon) or _kind_named_by(neighbours, lexicon) or "participants"


def find_demands(doc: Doc, lexicon: Lexicon) -> list[str]:
    """Demands stated anywhere in the document, in taxonomy order."""
    found = {match.value for match in lexicon.demands.find(doc[:])}
    return sorted(found)


PATIENT_DEPS = {"nsubjpass", "nsubj:pass", "obj", "dobj"}


def _patients(head: Token) -> list[Token]:
    """Who an arrest word acts on: the object or passive subject of a verb ("detained X", "X was
    arrested"), the complement of a noun ("the arrest of X", "l'arrestation de X")."""
    found = [c for c in head.children if c.dep_ in PATIENT_DEPS]
    if head.pos_ == "NOUN":
        for child in head.children:
            if child.dep_ == "nmod":
                found.append(child)
            elif child.dep_ == "prep":
                found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def one_person_arrested(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """"Police detained Anatoly Bokun", "son dirigeant a été interpellé", "the arrest of the strike's
    organiser": one named person arrested is `arrests: 1` (DESIGN rule 5); "leaders", "X and Y" are not."""
    patients = _patients(trigger.head(sent))
    if len(patients) != 1:
        return False
    patient = patients[0]
    if any(c.dep_ in ("conj", "nummod") or c.like_num for c in patient.children):
        return False
    if patient.ent_type_ in PERSON_LABELS and patient.pos_ == "PROPN":
        return True
    return "Number=Sing" in str(patient.morph) and fold(patient.lemma_) in lexicon.roles
