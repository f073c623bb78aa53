"""The employer of a labour story: the company or public employer whose workers strike, protest or
are laid off (DESIGN.md's `employer`), never a union, a rights group, a ministry or a news agency.

A name counts as an employer where the text puts it in an employer's place: after a workplace or
workforce word and a cue ("workers at X", "les salariés de la X", "l'usine X"), before one ("GM
workers", "the X plant", "X's mine"), or described as one ("X, a fertilizer factory"). The document's
employer is the one placed beside its workforce, then most often placed and named; an event takes the
placed name its own sentence names, else the document's (a protest or an arrest only a name its own
sentence places: its story need not be a labour story). Words are the language's (`[employer]` of lang/<code>/attributes.toml)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from strikewatch.extraction.lexicon import Lexicon, fold
from strikewatch.extraction.triggers import Trigger
from strikewatch.spans import HYPHENS, PERSON_LABELS, document_text, every_word_capitalised, span_text

_KEY = "strikewatch.employers"
_PLACES_KEY = "strikewatch.places_named"
# entity labels that may be a company the small models did not type as one ("Vertbaudet" as LOC,
# "Belaruskali" as a nationality, unknown firms as persons); places among them are dropped by the
# gazetteer, nationalities by their part of speech ("Cambodian workers")
NAME_LABELS = frozenset({"ORG", "MISC", "LOC", "GPE", "FAC", "PRODUCT", "NORP", *PERSON_LABELS})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
BRACKETED = re.compile(r"^[A-Z][A-Za-z0-9&.\-]{1,9}$")  # "(KMG EP)", "(Snim)": a short name defined in brackets
DASHES = HYPHENS | {"—", "--"}
BEFORE_WORDS = 6  # "les employés de bureau de la X"
AFTER_WORDS = 3  # words that may stand between a name and its workplace ("Pou Yuen Vietnam footwear factory")
DESCRIBED_WORDS = 5  # words of an apposition that describe a name ("Belaruskali, a huge fertilizer factory")


@dataclass
class Candidate:
    """One name of the document: its written forms, mentions (token starts), how many of them stand where
    an employer does, and how many of those beside its workforce ("workers at X", not "the X group")."""

    forms: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    placed: int = 0
    by_workforce: int = 0
    placed_starts: list[int] = field(default_factory=list)  # the mentions that stand where an employer does


def _one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's word or lemma is one of these."""
    return fold(token.text) in words or fold(token.lemma_) in words


def _at_work(token: Token, lexicon: Lexicon) -> bool:
    """A workplace, a workforce or a work stoppage ("plant", "salariés", "strike")."""
    return _one_of(token, lexicon.workplaces) or _one_of(token, lexicon.workforce)


@dataclass(frozen=True)
class Name:
    text: str  # without article, possessive or a trailing "de <place>"
    bare: str  # as written, without dots: a place may be known so ("US" for "U.S.")
    start: int  # its tokens
    end: int
    elided_de: bool  # an elided "d'" stands before it: a cue ("salariés d'Afrique Construction")


def _clean(span: Span, typed: bool, lexicon: Lexicon) -> Name:
    """The name a span stands for: "Lonmin" in "Lonmin's Marikana" (a facility), "Brevaux" in "Brevaux en
    grève", "AGC Automotive" in "AGC Automotive de Fleurus" when the parser did not call the whole an
    organisation."""
    tokens = list(span)
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    # a dateline run into the name ("DETROIT - General Motors"), a workplace word of a title before it
    # ("Usine Rolls-Royce de Montréal")
    dash = next((i for i, t in enumerate(tokens[:4]) if t.text in DASHES), None)
    if dash and all(t.text.isupper() for t in tokens[:dash]) and len(tokens) > dash + 1:
        tokens = tokens[dash + 1:]
    if len(tokens) > 1 and fold(tokens[0].text) in lexicon.workplaces and tokens[1].text[:1].isupper():
        tokens = tokens[1:]
    cut = next((i for i, t in enumerate(tokens) if i and (
        _possessive(t, lexicon) or t.is_lower and fold(t.text) in lexicon.workforce  # "Brevaux en grève"
        or not typed and fold(t.text) in lexicon.employer_cues and _is_a_place(" ".join(u.text for u in tokens[i + 1:])))),
        None)
    tokens = tokens[:cut]
    while len(tokens) > 1 and tokens[-1].pos_ in ("ADP", "DET"):
        tokens = tokens[:-1]
    if not tokens:
        return Name("", "", span.start, span.end, False)
    text = span.doc[tokens[0].i:tokens[-1].i + 1].text
    bare = text.replace(".", "").strip()
    elided = _elided_article(text, lexicon)
    text = text[len(elided):].strip()
    for possessive in lexicon.possessives:
        text = text.removesuffix(possessive)
    return Name(" ".join(text.strip(" ,.;:()\"'’\n").split()), bare, tokens[0].i, tokens[-1].i + 1,
                bool(elided) and elided in lexicon.employer_cues)


def _elided_article(text: str, lexicon: Lexicon) -> str:
    """The article elided onto a word, as the language data writes it ("d'" of "d’Afrique Construction",
    which the tokenizer may leave on the name), or ""."""
    plain = fold(text[:4])
    return next((article for article in lexicon.elided_articles
                 if plain.startswith(article) and plain[len(article):len(article) + 1].isalpha()), "")


def _names(doc: Doc, lexicon: Lexicon) -> list[tuple[Span, bool]]:
    """(name, whether the parser calls it an organisation): entities that may be companies, and runs of
    proper nouns it left untyped ("Pou Yuen"), an elided article included ("d’Afrique Construction")."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}

    def extended(ent: Span) -> Span:  # "Afrique" (a place) + "Construction" left out of the entity
        end = ent.end
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].is_sent_start:
            end += 1
        return doc[ent.start:end]

    names = [(extended(ent), ent.label_ == "ORG") for ent in doc.ents if ent.label_ in NAME_LABELS
             and (ent.label_ != "NORP" or all(t.pos_ == "PROPN" for t in ent))]
    names = _joined(names, lexicon)

    def starts_name(token: Token) -> bool:
        if token.pos_ == "PROPN" and (token.is_title or bool(ACRONYM.match(token.text))):
            return True
        article = _elided_article(token.text, lexicon)
        return bool(article) and token.text[len(article):len(article) + 1].isupper()

    # only a proper noun may start a name, or (in a language that elides them) a word an article is elided onto
    propn = doc.vocab.strings["PROPN"]  # (a symbol: its id is the value of the POS attribute)
    proper = [pos == propn or bool(lexicon.elided_articles) for pos in doc.to_array(POS).tolist()]
    i = 0
    while i < len(doc):
        if proper[i] and i not in taken and starts_name(doc[i]):
            end = i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() \
                    and end + 1 not in taken:  # not "La compañía afirmó", tagged as a name
                end += 1
            names.append((doc[i:end + 1], False))
            i = end
        i += 1
    return names


def _joined(names: list[tuple[Span, bool]], lexicon: Lexicon) -> list[tuple[Span, bool]]:
    """"Orvan Knitting Dyeing and Finishing Ltd": two names joined by a conjunction, the second ending
    in a company word, are one company's name (the parser cut it at the conjunction)."""
    out: list[tuple[Span, bool]] = []
    for span, typed in names:
        if out and span.start == out[-1][0].end + 1 and span.doc[span.start - 1].pos_ == "CCONJ" \
                and fold(span[-1].text) in lexicon.company_words:
            first, first_typed = out.pop()
            span, typed = span.doc[first.start:span.end], typed or first_typed
        out.append((span, typed))
    return out


def _sentence_before(doc: Doc, start: int, size: int) -> Span:
    window = doc[max(0, start - size):start]
    starts = [t.i for t in window if t.is_sent_start]
    return doc[max([window.start, *starts]):start]


def _sentence_after(doc: Doc, end: int, size: int) -> list[Token]:
    after = []
    for token in doc[end:min(len(doc), end + size)]:
        if token.is_sent_start:
            break
        after.append(token)
    return after


def _article(token: Token, lexicon: Lexicon) -> bool:
    """A determiner, or an article elided onto the next word ("l'"), not one that is a cue ("d'")."""
    plain = fold(token.text)
    return token.pos_ == "DET" or plain in lexicon.elided_articles and plain not in lexicon.employer_cues


def _bracketed(doc: Doc, name: Name) -> tuple[int, str] | None:
    """"Aluminerie de Bécancour (ABI)", "Société nationale industrielle et minière (Snim)": (where the
    named words end, the short name in brackets) when a short name in brackets follows the name,
    after at most a few small or lower-case words the parser left out of it."""
    after = _sentence_after(doc, name.end, 9)
    opening = next((i for i, t in enumerate(after[:5]) if t.text == "("), None)
    if opening is None or any(t.is_punct or t.like_num for t in after[:opening]):
        return None
    closing = next((i for i, t in enumerate(after[opening + 1:opening + 5]) if t.text == ")"), None)
    short = "".join(t.text for t in after[opening + 1:opening + 1 + (closing or 0)])
    return (name.end + opening, short) if closing and BRACKETED.match(short) else None


def _described_as_not_employer(before: Span, lexicon: Lexicon) -> bool:
    """"The rights group Licadho", "les syndicats FGTB": the nouns just before a name say it is no
    employer (not through a cue, "the union at Ford", nor a verb, "the union saying GM")."""
    for token in reversed([t for t in before if not _article(t, lexicon)][-2:]):
        if _one_of(token, lexicon.not_employers):
            return True
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or fold(token.text) in lexicon.employer_cues:
            return False
    return False


def _spoken_to(root: Token, lexicon: Lexicon) -> bool:
    """"A nurse told JoyNews", "a déclaré à Radio Lumière", "dijo a Radio Sol": whom a source speaks to is
    the press reporting the story, not whom the strikers work for ("told Renault to rehire them" orders
    the firm, and "spoke at Ford" is where)."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep" and fold(verb.text) not in lexicon.employer_cues | lexicon.site_cues:
        verb = verb.head
    elif root.dep_ not in ("dobj", "dative", "obj", "iobj", "obl:arg"):
        return False
    return fold(verb.lemma_) in lexicon.told_verbs and not any(c.dep_ == "xcomp" for c in verb.children)


def _in_place(doc: Doc, name: Name, lexicon: Lexicon) -> tuple[bool, bool]:
    """(whether this mention stands where an employer does, whether beside a workforce word)."""
    if any(fold(w) in lexicon.company_words for w in re.findall(r"\w+", name.text)):
        return True, False  # "Haft Tapeh Sugarcane Factory", "Société des Ciments d'Abidjan"
    if _after_possessive(doc, name.start, lexicon):  # "Lonmin's Marikana mine", "Stellantis's Jeep Wrangler plant"
        return False, False
    before = _sentence_before(doc, name.start, BEFORE_WORDS)
    words = [t for t in before if not _article(t, lexicon)]
    last = fold(words[-1].text) if words else ""
    cued = name.elided_de or last in lexicon.employer_cues
    sited = last in lexicon.site_cues and len(words) > 1 and fold(words[-2].text) in lexicon.workplaces
    # "workers at X", "salariés de la X", "grève chez X", "l'usine X", "the plant of X"; not "the factory at X"
    if (cued or last in lexicon.workplaces) and not sited and any(_at_work(t, lexicon) for t in before):
        return True, any(_one_of(t, lexicon.workforce) for t in before)
    root = doc[name.start:name.end].root
    if root.dep_.startswith("nsubj") and (_one_of(root.head, lexicon.count_kinds["dismissed"])
                                          or _own_workforce(root.sent, lexicon)):
        return True, True  # "X sacked 900 workers", "X a licencié 191 grévistes", "X says strikes by its workers"
    after = _sentence_after(doc, name.end, AFTER_WORDS + DESCRIBED_WORDS)
    if after and _possessive(after[0], lexicon):  # "Lonmin's Marikana mine", "Honda's workers"
        after = after[1:]
    # "GM workers", "the Pou Yuen Vietnam footwear factory", "the X strike committee", "la X en grève"
    for token in after[:AFTER_WORDS]:
        if _at_work(token, lexicon):
            return True, _one_of(token, lexicon.workforce)
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP"):
            break
    if after and after[0].text == ",":  # "Belaruskali, a huge fertilizer factory", "X, entreprise marocaine"
        head = next((t for t in after[1:1 + DESCRIBED_WORDS] if t.pos_ == "NOUN" and t.dep_ != "compound"
                     or t.is_punct), None)  # what the apposition calls it, not "a spokesman for the group"
        if head is not None and _one_of(head, lexicon.workplaces):
            return True, False
    return False, False


def _only_in_a_headline(doc: Doc, name: Name) -> bool:
    """Capitals a headline gives every word ("Clerks Step Up Picket Lines As Walkout Drags On"): words the
    parser took for a name that the text writes nowhere else."""
    return every_word_capitalised(span_text(doc[name.start].sent), share=1.0) and document_text(doc).count(name.text) < 2


def _possessive(token: Token, lexicon: Lexicon) -> bool:
    """A possessive marker of the language's data, or a lone apostrophe the tagger calls one ("Harlow
    Motors' plant")."""
    return token.text in lexicon.possessives or token.tag_ == "POS"


def _after_possessive(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a name stands in a phrase another name owns: a site or a brand of that one."""
    for token in reversed(doc[max(0, start - 3):start]):
        if _possessive(token, lexicon):
            return True
        if token.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
    return False


def _own_workforce(sent: Span, lexicon: Lexicon) -> bool:
    """Whether the sentence speaks of a workforce as someone's ("its workers", "ses salariés"; not "their")."""
    return any(_one_of(t, lexicon.workforce) and any(
        "Poss=Yes" in c.morph and not (c.pos_ == "PRON" and "Number=Plur" in c.morph) for c in t.children)
        for t in sent)


def _is_a_place(name: str, any_size: bool = True, language: str | None = None) -> bool:
    """A place GeoNames knows by that name (without `any_size`, only a country, a region or a large town:
    "Ford" and "Honda" are villages too), one of the language's place aliases ("Britain"), or a part of a
    town named by a compass word ("North Toledo")."""
    from strikewatch.places import place_data
    from strikewatch.places.gazetteer import load_gazetteer, place_key

    if language is not None:
        data = place_data(language)
        first, _, rest = name.partition(" ")
        if place_key(name) in data.aliases or rest and place_key(first) in data.compass \
                and _is_a_place(rest, any_size):
            return True
    return any(p.primary and (any_size or p.kind in ("country", "admin1") or p.population >= 100_000)
               for p in load_gazetteer().lookup(name))


def _is_a_demonym(name: str, lexicon: Lexicon) -> bool:
    """A people's name tagged a proper noun ("Private Kenyan hospital doctors", "Ugandan sugar workers"): whose
    workers they are, not who employs them."""
    from strikewatch.places import is_demonym

    return is_demonym(name, lexicon.language)


def _common_word(name: Name, lower_words: set[str], lexicon: Lexicon) -> bool:
    """A capitalised common noun ("Factory", "Emergency", "État" in a title or at a sentence's start): a
    word of the workplace vocabulary, or one the document also writes in lower case (`lower_words`)."""
    if name.end - name.start != 1:
        return False
    word = fold(name.text)
    return word in lexicon.workplaces or word in lexicon.workforce or word in lower_words


def _names_no_employer(name: str, lexicon: Lexicon) -> bool:
    """A union, a state body, a news agency: organisations that employ no strikers in our sense."""
    return any(fold(w) in lexicon.not_employers for w in re.findall(r"\w+", name))


def note_places(doc: Doc, names: list[str]) -> None:
    """The names the document uses as places: a mine or a town where workers strike is where, not who
    employs them ("workers at Chambishi", "la mine de Djebel Aouam")."""
    doc.user_data[_PLACES_KEY] = frozenset(fold(name) for name in names)


def candidates(doc: Doc, lexicon: Lexicon) -> dict[str, Candidate]:
    """Every name of the document that may employ (key: folded name), computed once per document. An
    acronym given in brackets after a name ("KazMunaiGas Exploration Production (KMG EP)") is that
    name: its mentions count for the full name (see `_written` for the form events carry)."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return dict(cached)
    from strikewatch.places import after_owner_cue
    from strikewatch.places.gazetteer import companies, place_key

    known = companies()  # the companies of our data ("Tengizchevroil") employ wherever they are named
    found: dict[str, Candidate] = {}
    refused = {name for name in doc.user_data.get(_PLACES_KEY, ()) if place_key(name) not in known}
    lower_words = {fold(t.text) for t in doc if t.is_lower}
    alias: dict[str, str] = {}
    for span, typed in sorted(_names(doc, lexicon), key=lambda item: item[0].start):
        name = _clean(span, typed, lexicon)
        key = alias.get(fold(name.text), fold(name.text))
        # no company: a name a hyphen joins to the next word ("a Chinese-owned factory"), one before forces it
        # governs ("the X police"), a headline's capitals
        if key in refused or len(key) < 3 and not name.text.isupper() or not name.text[:1].isupper() \
                or name.end < len(doc) and (doc[name.end].text in HYPHENS or _one_of(doc[name.end], lexicon.governed_by)) \
                or not typed and key not in known and _only_in_a_headline(doc, name):
            continue
        owned = after_owner_cue(doc, name.start, lexicon.language)  # "chez Carrefour" is the chain, not the town
        if key not in found and (_names_no_employer(name.text, lexicon) or _common_word(name, lower_words, lexicon)
                                  or not owned and (_is_a_place(name.text, not typed, lexicon.language)
                                                    or _is_a_place(name.bare, not typed))
                                  or _is_a_demonym(name.text, lexicon)) \
                or _described_as_not_employer(_sentence_before(doc, name.start, 3), lexicon) \
                or _spoken_to(doc[name.start:name.end].root, lexicon):
            refused.add(key)
            found.pop(key, None)
            continue
        bracketed = _bracketed(doc, name)
        if bracketed is not None:
            end, short = bracketed
            if end > name.end:  # the words the parser left out belong to the name
                name = replace(name, text=" ".join(doc[name.start:end].text.split()), end=end)
                key = fold(name.text)
            alias[fold(short)] = key
        candidate = found.setdefault(key, Candidate())
        candidate.forms.append(name.text)
        candidate.starts.append(name.start)
        placed, by_workforce = (True, False) if place_key(name.text) in known else _in_place(doc, name, lexicon)
        candidate.placed += placed
        candidate.by_workforce += by_workforce
        if placed:
            candidate.placed_starts.append(name.start)
    alias.update(_initials(found, alias))
    for short, full in alias.items():  # acronyms seen before their definition, or refused with their name
        if full in refused:
            refused.add(short)
            found.pop(short, None)
        elif short in found and full in found:
            found[full].starts += found[short].starts
            found[full].placed_starts += found[short].placed_starts
            found[full].by_workforce += found[short].by_workforce
            found[full].placed += found.pop(short).placed
    employers = {key: c for key, c in found.items() if c.placed}
    doc.user_data[_KEY] = employers
    return dict(employers)


def _initials(found: dict[str, Candidate], alias: dict[str, str]) -> dict[str, str]:
    """Acronyms made of the capitals of another name of the document ("GM" for "General Motors")."""
    capitals = {"".join(ch for ch in c.forms[0] if ch.isupper()): key for key, c in found.items()
                if len(c.forms[0].split()) > 1}
    return {key: capitals[acronym] for key, c in found.items() if key not in alias
            and ACRONYM.match(c.forms[0].replace(" ", "")) and (acronym := c.forms[0].replace(" ", "")) in capitals
            and capitals[acronym] != key}


def _written(candidate: Candidate) -> str:
    """The name as the text mostly writes it ("Codelco" rather than "Corporación Nacional del Cobre (Codelco)"
    said once), the full one when the two are written as often."""
    return max(candidate.forms, key=lambda form: (candidate.forms.count(form), len(form)))


def find_document_employer(doc: Doc, lexicon: Lexicon) -> str | None:
    """The company a labour story is about: of the names placed as employers, one placed beside its workforce
    before one only named as a site or a group, then the one most often placed and named."""
    found = candidates(doc, lexicon)
    if not found:
        return None
    best = max(found.values(), key=lambda c: (c.by_workforce > 0, c.placed + len(c.starts), -len(_written(c))))
    return _written(best)


def find_employer(trigger: Trigger, sent: Span, lexicon: Lexicon, placed_here: bool = False) -> str | None:
    """The employer named in the event's own sentence: of the document's placed names, the one nearest
    the trigger (the document's employer is given to events whose sentence names none). With
    `placed_here`, only a name this sentence itself puts in an employer's place ("workers gathered
    outside the X refinery"): what a protest or an arrest takes, which need not be a labour story's."""
    found = candidates(sent.doc, lexicon)
    inside = [(abs(start - trigger.start), _written(c)) for c in found.values()
              for start in (c.placed_starts if placed_here else c.starts) if sent.start <= start < sent.end]
    return min(inside)[1] if inside else None


def employer_at(sent: Span, char: int) -> str | None:
    """"At Ford's plant in Wayne, Stellantis's plant in Toledo": of the placed names of the sentence
    (as `find_employer` found them), the one named last before a place (at character `char`)."""
    found: dict[str, Candidate] = sent.doc.user_data.get(_KEY) or {}
    before = [(start, _written(c)) for c in found.values() for start in c.starts
              if sent.start <= start < sent.end and sent.doc[start].idx < char]
    return max(before)[1] if before else None
