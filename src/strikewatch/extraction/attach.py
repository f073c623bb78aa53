"""What hangs on a trigger: the actor (its subject or complement), the employer (read in
extraction/employer.py), the sector, the counts stated in its sentence, and the demands of the document."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num  # type: ignore[import-untyped]

from strikewatch.clauses import clause_path
from strikewatch.dates.grammar import load_grammar
from strikewatch.extraction.lexicon import Lexicon, fold
from strikewatch.extraction.matching import Match
from strikewatch.extraction.triggers import Trigger
from strikewatch.extraction.employer import find_document_employer as find_document_employer
from strikewatch.extraction.employer import find_employer as find_employer
from strikewatch.model import FORCES
from strikewatch.spans import PERSON_LABELS, span_text

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "agent")
COMPLEMENT_DEPS = ("nmod", "poss", "compound", "pobj", "obl:agent")
# "4 000", "100 000", "1,089", "25.000", "286", and number words come from the lexicon.
# thousands separated by a space, a dot, a comma or, in Switzerland, an apostrophe ("15'000")
NUMBER = re.compile(r"(?<![\d.,'’])\d{1,3}(?:[ \u202f\u00a0.,'’]\d{3})+(?![\d])|(?<![\d.,'’])\d+(?![\d.,'’]\d)")
MAX_ACTOR_TOKENS = 8
SCALES = (100, 1000, 100_000, 1_000_000, 10_000_000)  # number words that multiply the one before them (lakh, crore)


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
        if noun.pos_ == "PRON" or noun.ent_type_ in ("GPE", "LOC", "DATE", "TIME") or noun.text.isupper() and len(noun) > 3:
            continue  # a place ("MINNEAPOLIS —" dateline, "Santiago is under…") or a day ("Thursday's strike") is not who acted
        tokens = _phrase_tokens(noun)
        span = sent.doc[tokens[0].i:tokens[-1].i + 1]
        matches = lexicon.actors.find(span)
        if matches:
            # the most specific (longest) actor phrase names the group
            return max(matches, key=lambda m: m.end - m.start).value, tokens
        if noun.pos_ == "PROPN" or noun.ent_type_ == "ORG":
            return " ".join(t.text for t in tokens if t.dep_ not in ("det", "case")), tokens
    return None, []


def find_sector(tokens: list[Token] | Span, lexicon: Lexicon) -> str | None:
    span = tokens if isinstance(tokens, Span) else (tokens[0].doc[tokens[0].i:tokens[-1].i + 1] if tokens else None)
    if span is None:
        return None
    matches = lexicon.sectors.find(span)
    return matches[0].value if matches else None


def _number_value(text: str) -> int:
    return int(re.sub(r"[ \u202f\u00a0.,'’]", "", text))


def _number_spans(sent: Span, lexicon: Lexicon) -> list[tuple[int, int, int, bool]]:
    """(first token, last token, value, approximate) of digits and number words in the sentence; digits
    before a word for thousands or millions are one figure ("160 million", "2 mille")."""
    doc: Doc = sent.doc
    words = {m.start: m for m in lexicon.numbers.find(sent)}
    for first, last, value in _compound_number_words(sent, lexicon, words):
        for start in [start for start in words if first <= start <= last]:
            del words[start]
        words[first] = Match(first, last + 1, str(value), False, last + 1 - first, 0)
    spans = []
    for m in NUMBER.finditer(span_text(sent)):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        scale = words.get(span.end)
        if scale is not None and int(scale.value) >= 1000 and not scale.weak:
            spans.append((span.start, scale.end - 1, _number_value(m.group()) * int(scale.value), False))
            del words[span.end]
        else:
            spans.append((span.start, span.end - 1, _number_value(m.group()), False))
    spans.extend(_scaled_words(sorted(words.values(), key=lambda m: m.start)))
    return _ranges(sorted(spans), doc, lexicon)


def _compound_number_words(sent: Span, lexicon: Lexicon, known: dict[int, Match]) -> list[tuple[int, int, int]]:
    """(first token, last token, value) of number words the language's table does not hold or holds in
    parts: "Twenty-five", "quatre-vingt-dix", "veinticinco", "treinta y dos", "one hundred and twenty"
    (read by text2num). A vague word of the table ("thousands", "des milliers") stays the table's."""
    vague = {i for m in known.values() if m.weak for i in range(m.start, m.end)}  # "tens of thousands"
    out = []
    i = sent.start
    while i < sent.end:
        if i in vague or _number_word(sent.doc[i].lower_, lexicon.language) is None:
            i += 1
            continue
        last = i
        while (step := _number_continues(sent, i, last, lexicon, vague)) is not None:
            last = step
        text = sent.doc[i:last + 1].text.lower()
        value = _number_word(text, lexicon.language)
        # (a lone word under eleven the table lacks is no number: "unos" militares are some)
        if value is not None and (last > i or i not in known and value > 10):
            out.append((i, last, value))
        i = last + 1
    return out


def _number_continues(sent: Span, first: int, last: int, lexicon: Lexicon, vague: set[int]) -> int | None:
    """The last token of the next word of a number in words, after a link ("vingt-cinq", "treinta y dos") or
    none ("cent vingt", "quatre-vingt dix"); None where the number ends. With no link, the words must
    read as one number together ("trois quatre" is two)."""
    doc = sent.doc
    for after in (last + 2, last + 1):
        linked = after == last + 2
        if after >= sent.end or after in vague or _number_word(doc[after].lower_, lexicon.language) is None:
            continue
        if linked and fold(doc[last + 1].text) not in lexicon.number_links:
            continue
        if linked or _number_word(doc[first:after + 1].text.lower(), lexicon.language) is not None:
            return after
    return None


@lru_cache(maxsize=8192)
def _number_word(text: str, language: str) -> int | None:
    """The value of a number in words, None for other words (and in a language text2num does not read)."""
    if not text[:1].isalpha():
        return None
    try:
        return int(text2num(text, language))
    except ValueError:
        return None


def _scaled_words(words: list[Match]) -> list[tuple[int, int, int, bool]]:
    """Number words as figures; a word before a larger round one multiplies it ("two hundred",
    "trois mille", "deux cents")."""
    out: list[tuple[int, int, int, bool]] = []
    for m in words:
        value = int(m.value)
        if out and out[-1][1] == m.start - 1 and not m.weak and not out[-1][3] and value in SCALES \
                and out[-1][2] < value:
            first, _, factor, _ = out.pop()
            out.append((first, m.end - 1, factor * value, False))
        else:
            out.append((m.start, m.end - 1, value, m.weak))
    return out


def _ranges(spans: list[tuple[int, int, int, bool]], doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, int, bool]]:
    """"Between 200 and 300 marchers", "5,000 to 7,000 teachers": one approximate figure, the lower end
    (DESIGN rule 5), spanning both numbers so that what the second counts is what the range counts."""
    out: list[tuple[int, int, int, bool]] = []
    i = 0
    while i < len(spans):
        first, last, value, _ = spans[i]
        if i + 1 < len(spans) and spans[i + 1][0] == last + 2:
            link = fold(doc[last + 1].text)
            before = fold(doc[first - 1].text) if first > 0 else ""
            if link in lexicon.range_links or link in lexicon.between_links and before in lexicon.between:
                out.append((first, spans[i + 1][1], min(value, spans[i + 1][2]), True))
                i += 2
                continue
        out.append(spans[i])
        i += 1
    return out


def find_counts(sent: Span, lexicon: Lexicon) -> list[Count]:
    """Numbers in the sentence with what they count (the noun after them and what it depends on). Found
    once per sentence (kept in the document's `user_data`): a sentence with events is asked for its own
    counts, and again as the neighbour whose counts another sentence's events borrow."""
    memo = sent.doc.user_data.setdefault(_COUNTS, {})
    cached = memo.get((id(lexicon), sent.start, sent.end))
    if cached is None or cached[0] is not lexicon:  # (this lexicon, checked: ids are reused)
        cached = memo[(id(lexicon), sent.start, sent.end)] = (lexicon, _sentence_counts(sent, lexicon))
    return list(cached[1])


_COUNTS = "strikewatch.counts"


ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{1,2}(?:-\d{1,2})?(?!\d)")
YEAR_AFTER_MONTH = 3  # words between a month and its year ("28 de octubre del 2012", "May 3, 2012")


def _in_a_date(doc: Doc, first: int, last: int, value: int, sent: Span, language: str) -> bool:
    """A figure beside a month's name ("2 May", "May 2", "le 2 mai"), a year after one ("octubre del 2012") or
    a figure inside a written date is a day, not a crowd ("3,000 may join" is a crowd: a verb is no month)."""
    months = load_grammar(language).months

    def month(token: Token) -> bool:
        return fold(token.text) in months and token.pos_ not in ("AUX", "VERB")

    if any(month(doc[i]) for i in (first - 1, last + 1) if sent.start <= i < sent.end):
        return True
    if first == last and 1800 <= value <= 2100 and doc[first].text[:4].isdigit() and any(
            month(t) for t in doc[max(sent.start, first - YEAR_AFTER_MONTH):first]):
        return True
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    return any(m.start() <= start and end <= m.end() for m in ISO_DATE.finditer(doc.text, max(0, start - 10), end + 10))


def _sentence_counts(sent: Span, lexicon: Lexicon) -> list[Count]:
    doc: Doc = sent.doc
    counts: list[Count] = []
    for first, last, value, vague in _number_spans(sent, lexicon):
        if _in_a_date(doc, first, last, value, sent, lexicon.language):
            continue  # "on 2 May workers marched", "date 2023-11-04 Striking workers": a day, not a crowd
        before = fold(doc[max(sent.start, first - 3):first].text)
        approx = vague or any(before.endswith(c) for c in lexicon.approx_before)
        if counts and _attributed(doc[last + 1:sent.end], lexicon):
            # "80 000 selon la CGT, 25 000 selon la préfecture": the second figure counts the same people
            counts.append(Count(counts[-1].kind, value, approx, counts[-1].token))
            continue
        # "350,000 on strike", "3000 en grève": a bare figure that the words after it make a crowd
        crowd_after = (vague or value >= CROWD_AT_LEAST) and _followed_by(doc[last + 1:sent.end], lexicon.crowds_after)
        noun = None if crowd_after else _counted_noun(doc, last, sent, lexicon)
        # "3 were killed", "12 ont été tués", "one of the protesters was killed", "33 of the medics were detained":
        # the number's own verb; and the verb a number is the object of ("killing at least 14", "arresting
        # dozens of students", "en blessant une dizaine"; the small French model may call it a complement:
        # "ont arrêté douze grévistes")
        role = doc[last].dep_
        told = _kind_named_by(_verb_and_manner(doc[last].head), lexicon) \
            if role.startswith("nsubj") or role in ("dobj", "obj", "xcomp") else None
        kind = (_count_kind(noun, lexicon) if noun is not None else None) or told
        if kind is None and noun is None and (crowd_after or _acting_crowd(doc[first:last + 1], value, vague)):
            kind = "participants"  # "thousands took to the streets", "des milliers ont manifesté"
        elif kind is None and vague and (crowd := _counted_by_manner(doc[first:last + 1], lexicon)) is not None:
            noun, kind = crowd, "participants"  # "nurses marched in their thousands"
        if kind == "participants" and told:
            kind = told
        if kind == "participants" and (value == 1 or _population(noun or doc[last], range(first, last + 1), lexicon)
                                       or _speaking(noun or doc[last], lexicon)):
            continue  # "one of the strikers said", "lâche un manifestant": a voice of the crowd, not its size
        if kind:
            counts.append(Count(kind, value, approx, (noun or doc[last]).i))
    counted = {c.token for c in counts}
    return counts + [c for c in _one_casualty(sent, lexicon) if c.token not in counted]


CASUALTY_KINDS = ("fatalities", "injured")
CASUALTY_DEPS = {"nsubjpass", "nsubj:pass", "obj", "dobj"}


def _one_casualty(sent: Span, lexicon: Lexicon) -> list[Count]:
    """"Un gréviste a été tué par les gendarmes", "soldiers shot dead a student", "a picket died": one person
    named in the singular, who is killed, wounded or dies, is one casualty (as one person named is one
    arrest, DESIGN rule 5). The subject of an active verb is one only when nothing is its object: "the
    striker killed a guard" tells the guard's death."""
    found = []
    for noun in sent:
        if noun.pos_ != "NOUN" or "Number=Sing" not in noun.morph or not _forms(noun) & (lexicon.people | lexicon.roles) \
                or any(c.like_num or c.dep_ == "conj" for c in noun.children):
            continue
        verb = noun.head
        if noun.dep_ not in CASUALTY_DEPS and not (noun.dep_ == "nsubj" and not any(c.dep_ in ("obj", "dobj") for c in verb.children)):
            continue
        kind = _kind_named_by(_verb_and_manner(verb), lexicon)
        if kind in CASUALTY_KINDS:
            found.append(Count(kind, 1, False, noun.i))
    return found


@lru_cache(maxsize=8)
def _longest_in_tokens(phrases: tuple[str, ...]) -> int:
    """At most how many tokens the longest phrase takes (each word and each mark counted: "d'après" is two
    or three), so that a window of that many tokens holds any of them whole."""
    return max((len(re.findall(r"\w+|[^\w\s]", phrase)) for phrase in phrases), default=0)


def _followed_by(after: Span, phrases: tuple[str, ...]) -> bool:
    """Whether the words after a figure begin with one of these phrases."""
    words = fold(after[:_longest_in_tokens(phrases)].text)
    return any(words == w or words.startswith(w + " ") for w in phrases)


def _attributed(after: Span, lexicon: Lexicon) -> bool:
    """A figure followed by whose figure it is ("selon la police", "according to the organisers")."""
    return _followed_by(after, lexicon.attributions)


CROWD_AT_LEAST = 10  # "two said", "three walked away": a few people named by a bare number are no crowd


def _acting_crowd(number: Span, value: int, vague: bool) -> bool:
    """A bare figure (no noun counted) that does something: the subject of an active verb ("thousands took
    to the streets", "tens of thousands marched") or set before its pronoun, a vague one or one of at least
    `CROWD_AT_LEAST`."""
    root = number.root
    if root.head.pos_ not in ("VERB", "AUX") or not (vague or value >= CROWD_AT_LEAST):
        return False
    # or set before the verb's plural pronoun subject: "une cinquantaine, ils ont manifesté"
    return root.dep_ == "nsubj" or root.i < root.head.i and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" and "Number=Plur" in c.morph and c.i > root.i for c in root.head.children)


def _counted_by_manner(number: Span, lexicon: Lexicon) -> Token | None:
    """"Nurses marched in their thousands", "ils ont défilé par milliers", "marcharon por miles": a vague figure
    in a phrase of manner on a verb counts the people who are its subject."""
    root = number.root
    case = root.head if root.head.pos_ == "ADP" else next((c for c in root.children if c.dep_ == "case"), None)
    if case is None:
        return None
    verb = case.head if case.i == root.head.i else root.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and _forms(c) & (lexicon.people | lexicon.roles)), None)


SHARE_WITHIN = 4  # words before a whole where the word that makes a crowd a share of it stands ("out of a total")


def _population(counted: Token, number: range, lexicon: Lexicon) -> bool:
    """"A nation of 160 million people", "un pays de 12 millions d'habitants": the people counted are
    what a place holds (the first noun above them, past prepositions and the number), not a crowd; nor
    is the whole a crowd is a share of ("4000 maçons, sur un total de 5000 ouvriers")."""
    whole = counted.head.head if counted.head.pos_ == "ADP" else counted.head  # "total of" / "total de"
    if _forms(whole) & lexicon.wholes:
        before = " ".join(fold(t.text) for t in whole.doc[max(whole.sent.start, whole.i - SHARE_WITHIN):whole.i])
        if any(f" {share} " in f" {before} " for share in lexicon.shares):
            return True
    governor = counted.head
    for _ in range(3):
        if governor.i == governor.head.i or governor.pos_ not in ("ADP", "NUM") and governor.i not in number:
            break
        governor = governor.head
    return governor.i != counted.i and governor.pos_ in ("NOUN", "PROPN") and bool(_forms(governor) & lexicon.populations)


def _speaking(counted: Token, lexicon: Lexicon) -> bool:
    """"Two rights workers who saw the clash said …", "trois grévistes ont déclaré": people counted as the
    subject of a verb of speaking are voices, not the crowd ("thousands said no and walked out" are both)."""
    verb = counted.head
    return counted.dep_.startswith("nsubj") and fold(verb.lemma_) in lexicon.told_verbs \
        and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)


def _forms(token: Token) -> set[str]:
    """Word, lemma and the word without a plural s: small models lemmatise some plurals as verbs
    ("salariés" -> "salarier")."""
    word = fold(token.text)
    return {word, fold(token.lemma_), word.removesuffix("s")}


COUNTED_NOUN_WITHIN = 6  # words after a number where the noun it counts may stand ("thousands of Hawaii public
# school teachers")


def _counted_noun(doc: Doc, last: int, sent: Span, lexicon: Lexicon) -> Token | None:
    """The noun a number counts; small models tag some of them as adjectives ("286 civils", "16 morts") or
    as foreign words ("trois mille salariés").
    The parse finds it past modifiers ("750,000 public sector and government workers"), a noun that
    modifies it ("thousands of textile workers"), a possessive ("9,000 of its members"), and before a
    figure set beside it."""
    kinds = lexicon.people.union(lexicon.roles, *lexicon.count_kinds.values())
    number = doc[last]
    if number.dep_ == "appos" and number.head.i < last and _forms(number.head) & kinds:
        return number.head  # set beside the people it counts ("all the drivers, about forty, were on strike")
    if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN") and number.head.i > last:
        for noun in (number.head, *(c for c in number.head.children if c.dep_ == "conj")):
            if _forms(noun) & kinds:
                return noun
    for token in doc[last + 1:min(sent.end, last + COUNTED_NOUN_WITHIN)]:
        if token.dep_ in ("compound", "nmod", "amod") and last < token.head.i < last + COUNTED_NOUN_WITHIN \
                and not _forms(token) & kinds \
                or token.pos_ == "PRON" and "Poss=Yes" in token.morph:
            continue
        if token.pos_ in ("NOUN", "PROPN") or token.pos_ in ("ADJ", "VERB", "X") and _forms(token) & kinds:
            return token
        if token.pos_ not in ("ADJ", "ADP", "DET", "NUM", "ADV"):
            return None
    return None


# event field a count fills <- the word list of the lexicon that names it
COUNT_KINDS = (("fatalities", "dead"), ("injured", "injured"), ("arrests", "arrested"), ("dismissed", "dismissed"))
def count_field(kind: str) -> str:
    """The event field a count fills: its own, or, for the forces a deployment sends, its participants."""
    return "participants" if kind == FORCES else kind


def _kind_named_by(tokens: list[Token], lexicon: Lexicon) -> str | None:
    for kind, words in COUNT_KINDS:
        if any({fold(t.text), fold(t.lemma_)} & lexicon.count_kinds[words] for t in tokens):
            return kind
    return None


def _count_kind(noun: Token, lexicon: Lexicon) -> str | None:
    """"16 morts": the noun names the kind; "41 personnes ont été arrêtées": the word beside the people does."""
    kind = _kind_named_by([noun], lexicon)
    if kind:
        return kind
    if _forms(noun) & (lexicon.people | lexicon.roles) or noun.ent_type_ == "NORP" and "Number=Plur" in noun.morph:
        default = "participants"  # "trois secrétaires généraux interpellés", "thousands of Nigerians"
    elif _forms(noun) & lexicon.count_kinds[FORCES]:  # "2,000 police officers were deployed"
        default = FORCES
    else:
        return None
    if noun.head.pos_ == "ADP" and _forms(noun.head.head) & lexicon.wholes:
        noun = noun.head.head  # "a total of 314 dockers were detained": the total is what the verb acts on
    neighbours = [noun.head.head, *noun.children, *_verb_and_manner(noun.head)]
    # the participle that describes the people first ("quinze tués et trois gendarmes blessés": the three are
    # wounded, whatever the parse hangs them on), then the verb that governs them ("killing one and wounding
    # eight people" wounds the eight)
    described = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")]
    return _kind_named_by(described, lexicon) or _kind_named_by([noun.head], lexicon) \
        or _kind_named_by(neighbours, lexicon) or default


def _verb_and_manner(verb: Token) -> list[Token]:
    """A verb with the words that say how it ended: "fatally shot", "shot dead", "resultaron heridas",
    "placed under house arrest", "placés en garde à vue"."""
    return [verb, *[c for c in verb.children if c.dep_ in ("acomp", "xcomp", "amod", "advmod", "oprd")
                    or c.dep_ == "obj" and c.pos_ == "ADJ" or c.dep_.startswith("obl") and c.pos_ == "NOUN"],
            *[g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]]


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
