"""Places stage: find place mentions in parsed sentences and resolve them to gazetteer places.

Candidates come from spaCy entities and from runs of capitalised words (spaCy misses many places),
looked up through language aliases, company sites and the gazetteer. A candidate that spaCy did
not tag as a place must lie in the document's main country or be a large town, so that capitalised
common words ("Police", "Mars") are not taken for towns. Country and continent names are never
resolved to a town.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from urllib.parse import urlsplit

import pycountry
from spacy.tokens import Doc, Span, Token

from strikewatch import lang
from strikewatch.extraction.lexicon import fold, load_lexicon
from strikewatch.places.gazetteer import (
    Place,
    capital_names,
    companies,
    load_gazetteer,
    place_key,
    region_data,
    shared_aliases,
)
from strikewatch.spans import HYPHENS, PERSON_LABELS, document_text, sentence_entities

PLACE_LABELS = {"GPE", "LOC"}  # a FAC ("Michigan Assembly Plant") is named after a place, like an ORG
TIME_LABELS = {"DATE", "TIME"}
MAX_WORDS = 6
MIN_NAME = 3  # shorter keys ("A", "GM") match hundreds of GeoNames alternate names


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets in the document text
    end: int
    text: str
    place: Place
    via: str  # entity, capitalised, alias, company
    region_phrase: bool = False  # "la région d'Atyrau", "Atyrau region": the admin1 is meant
    qualified: bool = False  # "Wayne, Michigan": the reading was settled by a region or country beside it


@dataclass(frozen=True)
class PlaceData:
    aliases: dict[str, str]
    demonyms: dict[str, str]
    region_words: frozenset[str]
    compass: frozenset[str]  # "Sud", "North": region names that need a region word to be regions
    nationwide: tuple[str, ...]
    default_country: str | None
    likely_countries: frozenset[str]  # where texts in this language mostly come from: ties go their way
    capital_articles: frozenset[str]  # "La Paz", "El Salvador": capitalised, these articles may start a name
    contractions: dict[str, str]
    not_places: frozenset[str]
    streets_before: frozenset[str]  # "place Bulgarie", "rue de Tunis": a street named after a place
    streets_after: frozenset[str]  # "Tahrir Square", "Bulgaria Street"
    mastheads: frozenset[str]  # as written: "Pakistan Today" is a newspaper
    missions: frozenset[str]  # "embassy": a country's mission abroad is where its events are not
    site_nouns: frozenset[str]  # "their Cape Town campus": a site a place name qualifies is there
    capital_words: frozenset[str]  # "the capital": the capital of the story's country
    capital_country_words: frozenset[str]  # "the country's capital"
    away: frozenset[str]  # "south of Lima", "north of the capital": a reference point, somewhere else
    origin: frozenset[str]  # "venus de Flandre", "came from Leeds": where people came from, not the event's place
    origin_links: frozenset[str]
    seat: frozenset[str]  # "a company based in Redford", "un responsable basé à Goma": where someone sits, not acts
    seat_links: frozenset[str]
    plural_articles: frozenset[str]  # "les Carrefour du Rhône": a name in the singular after them is a brand's shops
    owner_cues: frozenset[str]  # "chez Carrefour", "chez Orange": a name after them is a firm's or a person's
    where: frozenset[str]  # "the city, where police arrested 20": what a relative clause of place describes
    capital_demonym_endings: frozenset[str]  # "Zimbabwe-an capital", "capitale mali-enne"


def _event_words(language: str) -> list[str]:
    """The single words that name events in the language (`lemmas` of lang/<code>/events.toml)."""
    events = lang.load(language, "events")
    return [word for table in events.values() if isinstance(table, dict)
            for word in table.get("lemmas", []) if " " not in word]


@cache
def place_data(language: str) -> PlaceData:
    data = lang.load(language, "places")
    dates_data = lang.load(language, "dates")
    return PlaceData(
        aliases={**shared_aliases(), **{place_key(k): v for k, v in data["aliases"].items()}},
        demonyms={place_key(k): v for k, v in data["demonyms"].items()},
        region_words=frozenset(fold(w) for w in data["region_words"]["words"]),
        compass=frozenset(place_key(w) for w in data["region_words"].get("compass", [])),
        nationwide=tuple(fold(w) for w in data["region_words"]["nationwide"]),
        default_country=data.get("default_country"),
        likely_countries=frozenset(data.get("likely_countries", [])),
        capital_articles=frozenset(fold(w) for w in data.get("names", {}).get("capital_articles", [])),
        contractions={fold(k): v for k, v in data.get("contractions", {}).items()},
        # "Lundi", "Mars" at the start of a sentence are days and months, not Lund or a town called Mars;
        # "Grève des dockers", "Paro en el puerto" at the start of a title are events, not Greve or Paro
        not_places=frozenset(place_key(w) for w in [*data.get("not_places", []), *dates_data["weekdays"],
                                                    *dates_data["months"], *_event_words(language)]),
        streets_before=frozenset(fold(w) for w in data.get("streets", {}).get("before", [])),
        streets_after=frozenset(fold(w) for w in data.get("streets", {}).get("after", [])),
        mastheads=frozenset(data.get("streets", {}).get("mastheads", [])),
        missions=frozenset(fold(w) for w in data.get("missions", [])),
        site_nouns=frozenset(fold(w) for w in data.get("site_nouns", [])),
        capital_words=frozenset(fold(w) for w in data.get("capital", {}).get("words", [])),
        capital_country_words=frozenset(fold(w) for w in data.get("capital", {}).get("country_words", [])),
        away=frozenset(fold(w) for w in data.get("away", [])),
        where=frozenset(fold(w) for w in data.get("where", [])),
        origin=frozenset(fold(w) for w in data.get("origin", [])),
        origin_links=frozenset(fold(w) for w in data.get("origin_links", [])),
        seat=frozenset(fold(w) for w in data.get("seat", [])),
        seat_links=frozenset(fold(w) for w in data.get("seat_links", [])),
        plural_articles=frozenset(data.get("plural_articles", [])),
        owner_cues=frozenset(fold(w) for w in data.get("owner_cues", [])),
        capital_demonym_endings=frozenset(fold(w) for w in data.get("capital", {}).get("demonym_endings", [])),
    )


@dataclass(frozen=True)
class NameWords:
    """How place names are built, from the `[names]` tables of every language: a French text names
    "Santiago de Chile" and an English one "Saint-Denis", so the words of all languages apply."""

    connectors: frozenset[str]  # inside a name: "Santiago de Chile", "Mar del Plata"
    articles: frozenset[str]  # never the first word of a name looked up ("la Tunisie")
    of: frozenset[str]  # "University of Dhaka": a place inside an organisation's name
    qualifier_links: frozenset[str]  # "Wayne, Michigan", "Sucre en Bolivie": a region or country qualifies a town
    abbreviations: dict[str, str]  # folded first word -> the word it stands for ("mt" -> "Mount")


@cache
def name_words() -> NameWords:
    tables = [lang.load(code, "places").get("names", {}) for code in lang.available_languages()]

    def union(key: str) -> frozenset[str]:
        return frozenset(fold(w) for table in tables for w in table.get(key, []))

    abbreviations = {fold(short): full for table in tables for short, full in table.get("abbreviations", {}).items()}
    return NameWords(union("connectors"), union("articles"), union("of"), union("qualifier_links"), abbreviations)


def _resolve_code(value: str) -> Place | None:
    """An alias target: ISO 3166-2 code, ISO 3166-1 code, or the name of a town or site."""
    gazetteer = load_gazetteer()
    if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", value):
        return gazetteer.admin1(value)
    if re.fullmatch(r"[A-Z]{2}", value):
        return gazetteer.country(value)
    return gazetteer.named(value, ("site", "city", "admin1"))


def _candidates(sent: Span, entities: list[Span]) -> list[tuple[int, int, str]]:
    """(first token, end token, source) of spans that may name a place, longest first."""
    doc = sent.doc
    spans: list[tuple[int, int, str]] = []
    # the small models often tag places as persons ("Sidi Bouzid", "Santiago is under…"): such spans are
    # looked up, but believed only as far as capitalised words are
    # dates are no places, and a model after its brand is a product named after a place ("the Jeep Cherokee";
    # the small model calls places products too, "Dhaka's Savar upazila", so a brand must stand before it)
    unnamed = {i for ent in entities
               if ent.label_ in TIME_LABELS
               or (ent.label_ == "PRODUCT" and ent.start > sent.start and doc[ent.start - 1].ent_type_ == "ORG")
               for i in range(ent.start, ent.end)}
    for ent in entities:
        commas = [t.i for t in ent if t.text == ","]
        if commas and ent.label_ not in PLACE_LABELS:
            # "Matamoros, Tamaulipas" tagged as one organisation: names joined by commas are no one name
            starts, ends = [ent.start, *(i + 1 for i in commas)], [*commas, ent.end]
            spans.extend((a, b, "capitalised") for a, b in zip(starts, ends) if b > a)
        elif ent.label_ in PLACE_LABELS or ent.label_ in ("ORG", "FAC", "MISC", "NORP"):
            spans.append((ent.start, ent.end, "entity" if ent.label_ in PLACE_LABELS else
                          "org" if ent.label_ in ("ORG", "FAC") else ent.label_.lower()))
        elif ent.label_ in PERSON_LABELS:
            spans.append((ent.start, ent.end, "capitalised"))
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if i == sent.start and token.pos_ == "NOUN" and token.is_title \
                and not (i + 1 < sent.end and _capitalised(doc[i + 1])):
            i += 1  # "Police rounded up…": a common noun capitalised as the sentence's first word (Police, PL)
        elif _capitalised(token) and i not in unnamed:
            j = i + 1
            while j < sent.end and j - i < MAX_WORDS:
                nxt = doc[j]
                if _capitalised(nxt) and j not in unnamed:
                    j += 1
                elif fold(nxt.text) in name_words().connectors and j + 1 < sent.end and doc[j + 1].is_title:
                    j += 2
                else:
                    break
            spans.append((i, j, "capitalised"))
            i = j
        else:
            i += 1
    return spans


def _without_possessive(ent: Span) -> Span:
    """An entity without its possessive ending: the tagger reads "Port Moresby's" as one name, and the
    name in it, "Port Moresby", is the place ("Papua New Guinea's" is no "Guinea")."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _capitalised(token: Token) -> bool:
    """A word that may start a proper name: "Paris", "NANTERRE", "Kul'sary", "Hpa-An"."""
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def _after_hyphen(doc: Doc, s: int, start: int) -> bool:
    """The span starts inside a word joined by a hyphen, with no spaces ("Seine-Maritime")."""
    return s - 1 > start and doc[s - 1].text in HYPHENS and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_


def where_clause(mentions: list[PlaceMention], trigger: Token, language: str) -> list[PlaceMention]:
    """The places of a relative clause of place holding the trigger: those inside it and the place before
    it that it describes, with the places that describe that one ("Medan and Bandung, the capital of West
    Java, where police arrested 209 people": the arrests are in Bandung, West Java, not in Medan). Read by
    position, as the parse often hangs the clause on the last noun ("Kano, the largest city of the north,
    where…"); a list ("Medan and Bandung", "Ibadan, Ilorin") ends the description. All places if there is
    no such clause."""
    where = place_data(language).where
    clause = next((token for token in [trigger, *trigger.ancestors] if token.dep_ in ("relcl", "acl:relcl", "acl")
                   and any(fold(c.text) in where and c.i < token.i for c in token.children)), None)
    if clause is None:
        return mentions
    word = clause.left_edge
    # the clause ends where it does, not with what the parse joins to it ("…, where police detained 41, and in
    # Kano" hangs Kano on "detained")
    last = max((c.right_edge for c in clause.children if c.dep_ not in ("conj", "cc") or c.pos_ in ("VERB", "AUX")),
               key=lambda t: t.i, default=clause)
    clause_end = max(last.idx + len(last), clause.idx + len(clause))
    starts = sorted({(m.start, m.end) for m in mentions if m.end <= word.idx}, reverse=True)
    described = starts[0][0] if starts else word.idx
    for (start, end), (following, _) in zip(starts[1:], starts):
        between = trigger.doc.char_span(end, following, alignment_mode="expand")
        if between is None or all(t.is_punct or t.is_space for t in between) or any(t.pos_ == "CCONJ" for t in between):
            break
        described = start
    kept = [m for m in mentions if described <= m.start and m.end <= clause_end]
    towns = {m.place.admin1 for m in kept if m.place.kind not in ("country", "admin1")}
    return [m for m in kept if not (m.place.kind == "admin1" and m.place.admin1 in towns)]  # "Bandung, West Java"


def _shops(sent: Span, s: int, e: int, data: PlaceData) -> bool:
    """"Dans les Carrefour du Rhône": a name in the singular after a plural article (as written, so not "Les
    Ulis") is a brand's shops; plural place names keep theirs ("les Comores", "los Andes")."""
    doc = sent.doc
    return s > sent.start and doc[s - 1].text in data.plural_articles \
        and not doc[e - 1].text.lower().endswith(("s", "x"))


def _before_hyphen(doc: Doc, e: int) -> bool:
    """The span ends inside a capitalised word joined by a hyphen, with no spaces ("Part-Dieu")."""
    return e + 1 < len(doc) and doc[e].text in HYPHENS and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
        and doc[e + 1].text[:1].isupper()


def _sub_spans(doc: Doc, start: int, end: int, data: PlaceData) -> list[tuple[int, int]]:
    """The span, then shorter spans inside it, longest first (so "Nour-Soultan" beats "Nour")."""
    out = []
    words = name_words()
    for length in range(end - start, 0, -1):
        for s in range(start, end - length + 1):
            if fold(doc[s + length - 1].text) in words.connectors:
                continue
            first = fold(doc[s].text)
            if (first in words.articles or first in data.capital_articles) \
                    and not _named_with_article(doc[s:s + length], words, data):
                continue
            out.append((s, s + length))
    return out


def _named_with_article(span: Span, words: NameWords, data: PlaceData) -> bool:
    """"La Paz", "El Salvador": in languages that say so (`capital_articles`), a capitalised article
    followed by capitalised words may be part of the name ("la policía", "El tránsito" are not)."""
    return len(span) > 1 and fold(span[0].text) in data.capital_articles and span[0].text[:1].isupper() and all(
        t.text[:1].isupper() or fold(t.text) in words.connectors for t in span[1:])


def _worth_looking_up(span: Span, data: PlaceData) -> bool:
    """Proper names are capitalised and not function words: "metro", "A", "GM" are no towns
    (unless our own aliases say so: "UK")."""
    key = place_key(span.text)
    if key in data.not_places:
        return False
    if key in data.aliases or key in companies():
        return True
    return span.text[:1].isupper() and len(key) >= MIN_NAME and not (len(span) == 1 and span[0].is_stop)


def _place_in_name(doc: Doc, s: int, e: int, start: int, end: int, places: list[Place], language: str) -> bool:
    """Inside an organisation's name, a place counts after "of"/"de" ("University of Dhaka", "raffinerie
    de Feyzin"), or when the whole name is one big city the tagger took for an organisation ("Karachi"),
    or a country, or a town after a preposition that does not say whose ("sent to Kisumu", "in the Noumea
    area", not "workers at Toyota"), or a town a site is named after ("Auckland City Hospital", "the
    Chambishi mine").
    "Radio Habana Cuba" and "Ford Motor" name no place."""
    before = doc[s - 1] if s > doc[s].sent.start else None
    if before is not None and fold(before.text) in name_words().of and e == end:
        return True
    named_from = next((i for i in range(start, end) if doc[i].pos_ != "DET"), start)  # "the Sydney CBD"
    site_nouns = place_data(language).site_nouns
    if s == named_from and e < end and fold(doc[end - 1].text) in site_nouns:
        # "Auckland City Hospital", "Durban University of Technology": a site named after its town ("Michigan
        # Assembly Plant" is named after a state, often not the one it is in)
        return any(p.primary and p.kind == "city" and p.population >= TOWN_AFTER_PREPOSITION
                   for p in places)
    if (s, e) != (start, end):
        return False
    if e - s == 1 and end < len(doc) and fold(doc[end].text) in site_nouns:
        # "the Chambishi mine": a site named after its town, the name alone tagged as an organisation (a
        # town abroad or too small is still refused when readings are chosen for the story's country)
        return any(p.primary and p.kind == "city" for p in places)
    if any(p.kind == "country" and p.primary for p in places):
        return True  # the whole name is a country's ("Nepal" alone on a line, tagged as an organisation)
    if e - s > 1:  # "Santiago de Compostela": a name of several words that is a town's own name
        return any(p.primary and p.kind in ("city", "admin1") for p in places)
    preposition = next((t for t in reversed(doc[doc[s].sent.start:s]) if t.pos_ != "DET"), None)
    placed = preposition is not None and preposition.pos_ == "ADP" \
        and fold(preposition.text) not in load_lexicon(language).employer_cues
    return any(p.primary and p.population >= (TOWN_AFTER_PREPOSITION if placed else 500_000) for p in places)


def _lookup(text: str, data: PlaceData, before: str = "") -> tuple[list[Place], str]:
    """Places a name may be; after a contracted article ("du Havre", "au Kef") the name with its
    article ("Le Havre") is tried first."""
    article = data.contractions.get(fold(before))
    if article:
        with_article = _lookup(f"{article} {text}", data)
        if with_article[0]:
            return with_article
    key = place_key(text)
    if key in data.aliases:
        place = _resolve_code(data.aliases[key])
        return ([place], "alias") if place else ([], "alias")
    company_sites = companies()
    if key in company_sites:
        place = _resolve_code(company_sites[key])
        return ([place], "company") if place else ([], "company")
    found = load_gazetteer().lookup(text)
    first, _, rest = text.partition(" ")
    full = name_words().abbreviations.get(fold(first.rstrip(".")))
    if not found and full and rest:  # "Mt Hagen", "Sta. Cruz": the name as GeoNames writes it
        found = load_gazetteer().lookup(f"{full} {rest}")
    return found, "gazetteer"


def _region_phrase(doc: Doc, start: int, end: int, data: PlaceData) -> bool:
    before = [fold(t.text) for t in doc[max(0, start - 3):start]]
    after = fold(doc[end].text) if end < len(doc) else ""
    return any(w in data.region_words for w in before) or after in data.region_words


def find_places(sent: Span, language: str) -> list[PlaceMention]:
    """Every place named in the sentence, ambiguity kept (all readings, largest first)."""
    data = place_data(language)
    doc = sent.doc
    found: list[PlaceMention] = []
    taken: set[int] = set()
    entities = [_without_possessive(ent) for ent in sentence_entities(sent)]
    candidates = _candidates(sent, entities)
    # spaCy's word that a span is a place holds for any shorter span inside it
    place_tokens = {i for s, e, source in candidates if source == "entity" for i in range(s, e)}
    # a word inside a person's full name is no place ("Yalid Jiménez Santiago"); the whole name may be one.
    # Only names of capitalised words count: "Aluminerie de Bécancour" tagged as a person is none
    persons = {i: (ent.start, ent.end) for ent in entities if ent.label_ in PERSON_LABELS and len(ent) > 1
               and all(t.text[:1].isupper() or t.text == "-" for t in ent) for i in range(ent.start, ent.end)}
    for start, end, source in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        if any(i in taken for i in range(start, end)):
            continue
        if start > sent.start and after_owner_cue(doc, start, language):
            taken.update(range(start, end))  # "grève chez Carrefour": the firm, not the Haitian town
            continue
        if _street(doc[start:end], sent, data):
            taken.update(range(start, end))
            continue
        for s, e in _sub_spans(doc, start, end, data):
            if any(i in taken for i in range(s, e)):
                continue
            span = doc[s:e]
            if place_key(span.text) in data.not_places:
                taken.update(range(s, e))  # "América Latina" is no place, nor is "Latina" inside it
                break
            if s in persons and persons[s] != (s, e) or not _worth_looking_up(span, data) or _shops(sent, s, e, data):
                continue
            if place_key(span.text) in data.compass and not _region_phrase(doc, s, e, data):
                continue  # "South Dagon", "le Sud du pays": a direction, not Cameroon's South region
            places, via = _lookup(span.text, data, doc[s - 1].text if s > sent.start else "")
            if via == "gazetteer" and _of_a_town(sent, e, data):
                continue  # "Carrefour de Vénissieux", "Port of Durban": something in the town named after it
            if via == "gazetteer" and _acronym(span):
                places = [p for p in places if p.kind in ("country", "admin1")]
            if via == "gazetteer" and _after_hyphen(doc, s, start):
                # "Seine-Maritime", "Loire-Atlantique": a region after a hyphen qualifies the name (Togo's
                # Maritime region is not meant); a town there is a site ("Mittal-Temirtau")
                places = [p for p in places if p.kind not in ("country", "admin1")]
            if via == "gazetteer" and _before_hyphen(doc, e):
                # "Part-Dieu", "Bab-Ezzouar": the first word of a name joined by a hyphen is no town of its own
                places = [p for p in places if p.kind in ("country", "admin1")]
            if not places or source == "org" and via == "gazetteer" \
                    and not _place_in_name(doc, s, e, start, end, places, language):
                continue
            if source == "entity" and via == "gazetteer" and _first_name(doc, (s, e), (start, end), language):
                taken.update(range(s, end))
                continue
            if source == "capitalised" and via == "gazetteer" and s == start and e < end \
                    and fold(doc[e].text) not in name_words().connectors and not _case_changes(span, doc[e]):
                # "Michigan Assembly Plant", "Detroit Free Press": a name built on a place; the words of that
                # place are no other place ("Papua New Guinea PM" is not in Guinea)
                taken.update(range(s, e))
                continue
            kind = "entity" if source == "capitalised" and all(i in place_tokens for i in range(s, e)) else source
            taken.update(range(s, e))
            for place in places[:8]:
                found.append(PlaceMention(span.start_char, span.end_char, span.text, place,
                                          via if via != "gazetteer" else kind,
                                          _region_phrase(doc, s, e, data)))
            break
        if source == "org":
            taken.update(range(start, end))  # the rest of an organisation's name is no place either
    return _qualified(found, sent.text, sent.start_char)


def _of_a_town(sent: Span, e: int, data: PlaceData) -> bool:
    """Whether "of"/"de" and a town follow the name: a name of that form is a shop, a port or a site in
    the town ("Carrefour de Vénissieux", "Port de Sète"), not a town abroad of the same name; "Saint-Louis
    du Sénégal" names its country, "Tripoli du Liban" too, and both stay."""
    doc = sent.doc
    if e + 1 >= sent.end or fold(doc[e].text) not in name_words().of:
        return False
    after = e + 1
    while after < sent.end and (doc[after].text[:1].isupper() or doc[after].text in HYPHENS and after > e + 1):
        after += 1
    if after == e + 1:
        return False
    places, _ = _lookup(doc[e + 1:after].text, data, doc[e].text)
    return any(p.kind == "city" and p.primary for p in places) \
        and not any(p.kind in ("country", "admin1") for p in places)


def _acronym(span: Span) -> bool:
    """"CHU", "HDB": a word of three capitals or fewer is an acronym before it is a town (a country or a
    region may still be written so; our aliases, such as "UK", are read before)."""
    return len(span) == 1 and span.text.isupper() and len(span.text) <= 3


def _street(span: Span, sent: Span, data: PlaceData) -> bool:
    """"place Bulgarie", "Plaza de Mayo", "Tahrir Square": a street or square, named after a place or
    not, is no place of its own (the event is placed by its town)."""
    i = span.start - 1
    while i > sent.start and fold(sent.doc[i].text) in name_words().connectors:  # "rue de la République"
        i -= 1
    before = fold(sent.doc[i].text) if i >= sent.start else ""
    following = sent.doc[span.end].text if span.end < sent.end else ""
    return (before in data.streets_before or fold(span[0].text) in data.streets_before
            or fold(following) in data.streets_after or fold(span[-1].text) in data.streets_after
            or following in data.mastheads or span[-1].text in data.mastheads)


def after_owner_cue(doc: Doc, start: int, language: str) -> bool:
    """A name after a word after which no place stands ("chez Carrefour"): a firm's or a person's."""
    return start > 0 and fold(doc[start - 1].text) in place_data(language).owner_cues


def _first_name(doc: Doc, place: tuple[int, int], name: tuple[int, int], language: str) -> bool:
    """"Wellington Chibebe told the BBC": a name tagged as a place, made of a town and one capitalised word
    that is no place, that speaks is a person's, the town a first name ("Nice Lingostière", a town and its
    district, says nothing)."""
    if place[0] != name[0] or place[1] != name[1] - 1:
        return False
    last, root = doc[place[1]], doc[name[0]:name[1]].root
    return last.is_alpha and last.text[:1].isupper() and not _lookup(last.text, place_data(language))[0] \
        and root.dep_.startswith("nsubj") and fold(root.head.lemma_) in load_lexicon(language).told_verbs


def _case_changes(span: Span, following: Token) -> bool:
    """"PHNOM PENH Nov 12": an upper-case name followed by a word that is not is a dateline, not a
    longer name."""
    return span.text.isupper() and not following.text.isupper()


def by_span(mentions: list[PlaceMention]) -> dict[tuple[int, int], list[PlaceMention]]:
    """The readings of each mention, by where it stands, in text order."""
    groups: dict[tuple[int, int], list[PlaceMention]] = {}
    for mention in mentions:
        groups.setdefault((mention.start, mention.end), []).append(mention)
    return groups


def _qualified(found: list[PlaceMention], text: str, offset: int) -> list[PlaceMention]:
    """"Wayne, Michigan", "Santiago (Chili)": a region or country right after a town qualifies it:
    it picks the town's reading and is not a place of its own."""
    groups = by_span(found)
    spans = sorted(groups)
    dropped: set[tuple[int, int]] = set()
    for here, after in zip(spans, spans[1:]):
        between = text[here[1] - offset:after[0] - offset]
        # "Tala (Gouvernorat de Kasserine)": the words that only say what kind of region follows may stand between
        link = " ".join(w for w in fold(between.strip(" ,(")).split() if w not in _kind_words())
        if between.strip() not in (",", "(") and link not in name_words().qualifier_links \
                and not (between.strip()[:1] in ",(" and link in ("", *name_words().connectors)):
            continue
        qualifiers = [m.place for m in groups[after] if m.place.kind in ("admin1", "country")]
        towns = [m for m in groups[here] if m.place.kind in ("city", "site")]
        fitting = [m for m in towns if any(q.admin1 == m.place.admin1 if q.kind == "admin1"
                                           else q.country == m.place.country for q in qualifiers)]
        if fitting:
            groups[here] = [replace(m, qualified=True) for m in fitting]
            dropped.add(after)
    return [m for span in spans if span not in dropped for m in groups[span]]


def _at_home(place: Place, country: str) -> bool:
    """In the document's country, or in one of its territories ("Nouméa" in a story about France)."""
    return place.country == country or region_data()["territories"].get(place.country) == country


@cache
def _kind_words() -> frozenset[str]:
    return frozenset(fold(w) for w in region_data()["kind_words"])


def demonym_countries(sent: Span, language: str) -> list[str]:
    """The countries the sentence's demonyms name ("Guinean", "South African", "Sri Lankan", "burkinabè"),
    but for a mission's ("the American embassy")."""
    data = place_data(language)
    keys = [place_key(t.text) if t.text[:1].isalpha() else "" for t in sent]
    found = []
    i = 0
    while i < len(sent):
        pair = f"{keys[i]} {keys[i + 1]}" if keys[i] and i + 1 < len(sent) and keys[i + 1] else ""
        country = _people_of(pair, language) if pair else None
        width = 1 if country is None else 2
        if country is None and keys[i]:
            country = _people_of(keys[i], language)
        if country is not None and not _of_a_mission(sent[i], sent, data) \
                and not _hyphen_qualifier(sent.doc, sent[i + width - 1].i):
            found.append(country)
        i += width
    return found


def _hyphen_qualifier(doc: Doc, last: int) -> bool:
    """A word joined by a hyphen to a lower-case one ("London-based", "Korean-owned", "Chinese-run")
    qualifies a thing by its origin, not where it is."""
    return last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ \
        and not doc[last + 1].whitespace_ and doc[last + 2].is_lower


@cache
def _people_of(key: str, language: str) -> str | None:
    """The one country a people's name names: a known demonym, or a country's name with one of the
    language's demonym endings, also in the plural ("Ghanaian", "zambiens"); none for a country's own
    name or for a name several countries share ("Congolese", "guinéens")."""
    data = place_data(language)
    if key in data.demonyms:
        return data.demonyms[key]
    for form in _with_singular(key):
        name, found = _demonym_readings(form, data)
        if found and name != form:
            return None if _names_several_countries(name) else found[0]
    return None


def _of_a_mission(token: Token, sent: Span, data: PlaceData) -> bool:
    """Whether a word qualifies a country's mission abroad ("US embassy", "ambassade américaine")."""
    neighbours = [token.head, *(sent.doc[i] for i in (token.i - 1, token.i + 1) if sent.start <= i < sent.end)]
    return any(fold(t.lemma_) in data.missions or fold(t.text) in data.missions for t in neighbours)


def capital_mention(sent: Span, language: str, country: str | None) -> PlaceMention | None:
    """"in the capital", "la capitale malienne", "the country's capital": the capital of the story's
    country (or of the demonym's), a place a story names without its name. Not "north of the capital"
    (somewhere else) nor "the provincial capital", "la capitale économique" (another town: a modifier
    that is neither a demonym nor the word for the country)."""
    data = place_data(language)
    for token in sent:
        if not token.is_lower or token.pos_ != "NOUN" or fold(token.text) not in data.capital_words \
                and fold(token.lemma_) not in data.capital_words or not any(c.dep_ in ("det", "poss")
                                                                           for c in token.children):
            continue  # ("la Capitale-Nationale" is a region of Québec)
        around = [token.head, *token.children] + ([token.head.head] if token.head.dep_ == "prep" else [])
        if any(fold(t.lemma_) in data.away or fold(t.text) in data.away for t in around):
            continue
        code = country
        for modifier in _modifiers(token):
            if fold(modifier.lemma_) not in data.capital_country_words:
                code = _country_named(modifier.text, data, country)  # None: "the provincial capital"
                if code is None:
                    break
        capital = capital_city(code) if code else None
        if capital is not None:
            start = token.idx
            return PlaceMention(start, start + len(token.text), capital.name, capital, "capital")
    return None


SAME_TOWN_DEGREES = 0.2  # two records of one town lie this close (about 20 km)


def same_town(a: Place, b: Place) -> bool:
    """Two records of one town: a city-region's and its town's ("Alger", "Algiers") share a point, an
    alias of ours lies a few km away."""
    return a.country == b.country and a.latitude is not None and a.longitude is not None \
        and b.latitude is not None and b.longitude is not None \
        and abs(a.latitude - b.latitude) + abs(a.longitude - b.longitude) < SAME_TOWN_DEGREES


def _country_named(word: str, data: PlaceData, home: str | None) -> str | None:
    """The country a word names: a country's name, a known demonym, or a country's name with one of the
    language's demonym endings ("Zimbabwe-an", "mali-enne"); of two countries of one name ("congolaise"),
    the story's."""
    _, found = _demonym_readings(word, data)
    return (home if home in found else found[0]) if found else None


def is_demonym(word: str, language: str) -> bool:
    """"Ugandan", "zambiens", "South African": a people's name (one of the language's demonyms, or a
    country's name with one of its demonym endings, also in the plural), not a country's own name."""
    data = place_data(language)
    for form in _with_singular(word):
        name, found = _demonym_readings(form, data)
        if found and (name != place_key(form) or name in data.demonyms):
            return True
    return False


def _with_singular(word: str) -> tuple[str, ...]:
    """The word, and without its plural s ("tchadiens", "chilenas")."""
    return (word, word[:-1]) if word.endswith("s") else (word,)


def _demonym_readings(word: str, data: PlaceData) -> tuple[str, list[str]]:
    """(the country's name in the word, the countries of that name, main names first), the longest name
    first ("Nigeria-n", not "Niger-ian")."""
    key = place_key(word)
    if key in data.demonyms:
        return key, [data.demonyms[key]]
    gazetteer = load_gazetteer()
    countries = gazetteer.country_keys()
    for cut in range(len(key), MIN_NAME, -1):
        if cut < len(key) and key[cut:] not in data.capital_demonym_endings or key[:cut] in data.not_places \
                or key[:cut].rstrip() not in countries:
            continue  # "americ-an" names a continent; most words hold no country's name and are not looked up
        found = [p.country for p in gazetteer.lookup(key[:cut]) if p.kind == "country"]
        if found:
            return key[:cut], found
    return key, []


@cache
def _names_several_countries(name: str) -> bool:
    """"Congo" is in two countries' names, "Guinea" in four, "Sudan" in two."""
    return sum(name in place_key(country.name).split() for country in pycountry.countries) > 1


def _title_demonym(word: str, data: PlaceData) -> str | None:
    """The country a title's demonym names, also in the plural ("tchadiens", "chilenas"); none for a
    name several countries share ("congolais")."""
    for form in _with_singular(word):
        name, found = _demonym_readings(form, data)
        if found:
            return None if _names_several_countries(name) else found[0]
    return None


def _modifiers(token: Token) -> list[Token]:
    """What qualifies a noun: adjectives, nouns, possessors, and the objects of its prepositions."""
    found = []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "appos", "flat"):
            found.append(child)
        elif child.dep_ == "prep":
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


@cache
def capital_city(country: str) -> Place | None:
    """A country's capital (GeoNames' name for it, read in the gazetteer as a town of that country)."""
    name = capital_names().get(country)
    return next((p for p in load_gazetteer().lookup(name) if p.kind == "city" and p.country == country),
                None) if name else None


def is_nationwide(text: str, language: str) -> bool:
    return _nationwide(language).search(fold(text)) is not None


@cache
def _nationwide(language: str) -> re.Pattern[str]:
    """The language's nationwide phrases as one pattern, whole words ("across the country")."""
    phrases = "|".join(re.escape(p) for p in place_data(language).nationwide) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)")


def _generic_region(readings: list[PlaceMention]) -> bool:
    return len({m.place.country for m in readings if m.place.kind == "admin1"}) >= 2


# A reading in one of the language's likely countries wins unless the largest reading is more than this many
# times its size ("Brest": 145,000 in France, 347,000 in Belarus)
LIKELY_RIVAL = 3


def _best_reading(readings: list[PlaceMention], likely: frozenset[str]) -> PlaceMention:
    """The reading a name has without context: a country, our own data, a main name, then the largest;
    a reading in one of the language's likely countries wins a near tie ("Cádiz": Spain, not the
    Philippines; "Los Ángeles" stays in California)."""
    def key(m: PlaceMention) -> tuple[bool, bool, bool]:
        return m.place.kind != "country", not m.place.curated, not _main_reading(m, readings)

    best = min(readings, key=lambda m: (*key(m), -m.place.population))
    if best.place.country in likely:
        return best
    rivals = [m for m in readings if m.place.country in likely and key(m) == key(best)
              and LIKELY_RIVAL * m.place.population >= best.place.population]
    return max(rivals, key=lambda m: m.place.population, default=best)


def _url_parts(url: str | None) -> tuple[str, str]:
    """(host, path) of a URL as a source gives it; a malformed one ("http://[x") says nothing."""
    try:
        parts = urlsplit(url or "")
        return parts.hostname or "", parts.path
    except ValueError:
        return "", ""


def web_country(url: str | None) -> str | None:
    """The country of a news site: its country-code domain ("rtbf.be", `[web]` of
    places/data/regions.toml), else a country or large city its name begins or ends with
    ("abidjan.net", "tribuneindia.com", "alibreville.com")."""
    host = _url_parts(url)[0]
    code = host.rsplit(".", 1)[-1] if "." in host else ""
    web = region_data()["web"]
    if code.isalpha() and len(code) == 2 and code not in web["generic_domains"]:
        code = web["domains"].get(code, code.upper())
        if pycountry.countries.get(alpha_2=code):
            return code
    return _site_name_country(host)


# A site's name holds a place at one of its ends; inside it, letters run across words ("listindiario").
SITE_PLACE_MIN_LETTERS = 5
SITE_CITY_MIN_POPULATION = 300_000


def _site_name_country(host: str) -> str | None:
    """A country, or a country's large town, that a label of the host begins or ends with, the longest
    first; None when two countries share it."""
    labels = [label for label in re.split(r"[.-]", host.lower()) if label.isalpha()][:-1]  # not the domain
    ends = {label[:n] for label in labels for n in range(SITE_PLACE_MIN_LETTERS, len(label) + 1)}
    ends |= {label[-n:] for label in labels for n in range(SITE_PLACE_MIN_LETTERS, len(label) + 1)}
    gazetteer = load_gazetteer()
    for name in sorted(ends, key=len, reverse=True):
        found = {p.country for p in gazetteer.lookup(name) if p.primary and (
            p.kind == "country" or p.kind == "city" and p.population >= SITE_CITY_MIN_POPULATION)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def url_words(url: str | None) -> str:
    """The words of a URL's path ("/monde/afrique/senegal/des-emeutes-font…"): sections and slug name a
    country as a title does."""
    return " ".join(re.split(r"[/_.+-]+", _url_parts(url)[1]))


URL_TOWN_POPULATION = 100_000  # a site's section named after a town ("/strasbourg/", "/region/lyon/")
URL_TOWN_MIN_LETTERS = 4  # "lyon", "lima"; shorter words of a path are mostly codes


def url_place(url: str | None, country: str | None) -> PlaceMention | None:
    """A large town of the story's country that the URL's path names (a local section, "/strasbourg/"):
    where a story that names no town of its own happened."""
    if country is None:
        return None
    gazetteer = load_gazetteer()
    for word in url_words(url).split():
        if len(word) < URL_TOWN_MIN_LETTERS or not word.isalpha():
            continue
        for place in gazetteer.lookup(word)[:3]:
            if place.kind == "city" and place.primary and place.country == country \
                    and place.population >= URL_TOWN_POPULATION:
                return PlaceMention(-1, -1, place.name, place, "url")
    return None


def _title_countries(title: str, language: str) -> list[str]:
    """Countries a title names, longest name first ("DR Congo" is not the other Congo; "Sierra Leone"
    holds no "Leone"), by the names and aliases of every language (a page's title may be in another), or
    by a demonym of the title's language ("Ugandan nurses walk out", "grève des enseignants tchadiens";
    not a mission's: "devant l'ambassade américaine")."""
    tables = [place_data(language), *(place_data(code) for code in lang.available_languages() if code != language)]
    words = place_key(title).split()
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i:i + n])
            if name in tables[0].not_places:
                i += n  # "Latin American unions" name no country
                break
            country = next((places[0].country for places in (_lookup(name, data)[0] for data in tables)
                            if places and places[0].kind == "country" and places[0].primary), None)
            if country is not None:
                found.append(country)
                i += n
                break
        else:
            near = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]  # ("lambassade": the key drops "'")
            mission = any(word in neighbour for neighbour in near for word in tables[0].missions)
            if not mission and (country := _title_demonym(words[i], tables[0])) is not None:
                found.append(country)
            i += 1
    return found


def main_country(mentions: list[PlaceMention], demonyms: list[str], title_and_crumbs: str,
                 language: str, url: str | None = None) -> str | None:
    """The country the document is about. Country names weigh 3, demonyms 2, a town 1 when its reading
    is believable without knowing the country; a country in the title, breadcrumbs or URL weighs 4. With
    no place to go by, the site's country (`web_country`), else, when none is named at all, the language's
    default."""
    votes: Counter[str] = Counter()
    # "Nord", "Centre": a region name several countries use says nothing of which
    groups = {span: readings for span, readings in by_span(mentions).items() if not _generic_region(readings)}
    likely = place_data(language).likely_countries
    bests = [(_best_reading(readings, likely), readings) for readings in groups.values()]
    for best, readings in bests:
        if best.place.kind == "country":
            votes[best.place.country] += 3
        elif _credible(best, None, _main_reading(best, readings)):
            votes[best.place.country] += 1
    if not votes:  # only towns of middle size: let the ones spaCy tagged as places speak; by another of its
        # names, a region or a large town only ("Kandal", "Karaganda"; "Unia", a union, is also a name of a
        # Turkish town of 80,000)
        for best, readings in bests:
            main = _main_reading(best, readings)
            if best.via == "entity" and best.place.population >= (
                    50_000 if main or best.place.kind != "city" else BIG_TOWN) \
                    or main and best.place.population >= BIG_TOWN:
                votes[best.place.country] += 1
    site = web_country(url) if not votes else None  # (votes only grow: with some, the site is not asked)
    if not votes and site is None:  # only small towns: a name that is a town's own name and nothing else's
        for readings in groups.values():  # decides, unless the site says where it is ("Frédéric" is a village)
            primary = [m for m in readings if m.place.primary and m.place.kind == "city"]
            if len({m.place.country for m in primary}) == 1:
                votes[primary[0].place.country] += 1
    for code in demonyms:
        votes[code] += 2
    for code in _title_countries(title_and_crumbs, language):
        votes[code] += 4
    if not votes:
        return site or (None if groups else place_data(language).default_country)
    top = max(votes.values())
    tied = [code for code, n in votes.most_common() if n == top]
    # a territory tied with its state is the story's ("New Caledonia", "Noumea" and "French police")
    territories = region_data()["territories"]
    tied = [code for code in tied if code in territories and territories[code] in tied] or tied
    return next((code for code in tied if code in likely), tied[0])


# what may stand before a dateline at the start of its sentence: nothing, or a page's date stamp ("date
# 2024-02-11 DOHA, Qatar (Wire) —")
DATE_STAMP = re.compile(r"\s*(?:(?:[^\W\d]+\s*:?\s*)?\d{4}-\d{2}(?:-\d{2})?\s+)?")


def is_dateline(mention: PlaceMention, sent: Span) -> bool:
    """"DETROIT —", "Bogota, May 4 (RHC)--", "YANGON (REUTERS) -", "Lima, 5 dic (EFE).-", "Oaxaca.-": where
    the report was filed, which is not where its events happened. "(Beyrouth) —" is one wherever it
    stands: a photo caption run into the release's first line puts it mid-sentence."""
    text = document_text(sent.doc)
    after = text[mention.end:mention.end + 24]
    if text[mention.start - 1:mention.start] == "(" and re.match(r"\)\s*[—–]|\)\s+-\s", after):
        return True
    if not DATE_STAMP.fullmatch(text[sent.start_char:mention.start]):
        return False
    return bool(re.match(r"\s*(?:[—–]|-{1,2}\s|\(|:|\.-|,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\b"
                         r"|,\s*\d{1,2}\s+[a-z]{3,10}\.?\s+\()", after)) \
        or mention.text.isupper() and len(mention.text) > 3 or mention.text.endswith(".-")


def is_locative(mention: PlaceMention, sent: Span) -> bool:
    """"sent troops to Kazakhstan", "en Birmanie": a place after a preposition is where things happen
    (a place as subject, "Russia sent troops", is an actor)."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    before = [t for t in sent.doc[max(sent.start, span.start - 2):span.start] if t.pos_ != "DET"]
    return bool(before) and before[-1].pos_ == "ADP"


def is_reference_point(mention: PlaceMention, sent: Span) -> bool:
    """"Kut, 150 km south of Baghdad", "à Zumbahua, à 165 km de Quito", "near Durban": a place
    that only tells where another place lies is not where things happen."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    data, words = place_data(sent.doc.lang_), name_words()
    linking = words.of | words.articles
    start = span.start
    named = start - 2 if start - 2 >= sent.start and sent.doc[start - 1].text == "," else start - 1
    if named >= sent.start and sent.doc[named].pos_ == "NOUN" and sent.doc[named].is_lower:
        # "800 km southeast of the capital, Tehran", "south of the capital Sanaa": where the capital is
        start = min(sent.doc[named].left_edge.i, named)
    before = next((t for t in reversed(sent.doc[sent.start:start]) if fold(t.text) not in linking), None)
    if before is not None and before.pos_ == "ADP" and before.i > sent.start and fold(before.text) not in data.away:
        before = sent.doc[before.i - 1]  # "300 km from Lima" (not "protesters from Gdansk")
    return before is not None and fold(before.text) in data.away


def is_origin(mention: PlaceMention, sent: Span) -> bool:
    """"Teachers who came from Leeds", "les manifestants venus de Flandre": where people came from is not
    where they marched; nor is where a firm or a source is based ("Piston Automotive, which is based in
    Redford", "a police official based in Imphal")."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    data = place_data(sent.doc.lang_)
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:  # "came from Leeds and Bradford"
        first = first.head
    i = span.start - 1
    if first.i != span.root.i:
        i = first.i - 1
        while i > sent.start and sent.doc[i].head.i == first.i and sent.doc[i].text[:1].isupper():
            i -= 1  # "New" of "New York"
    while i > sent.start and sent.doc[i].pos_ == "DET":
        i -= 1
    if i <= sent.start:
        return False
    link = fold(sent.doc[i].text)
    while i - 1 > sent.start and sent.doc[i - 1].pos_ == "ADV":  # "bussed in from", "venus directement de"
        i -= 1
    verb = sent.doc[i - 1]
    return any(link in links and (fold(verb.text) in verbs or fold(verb.lemma_) in verbs)
               for verbs, links in ((data.origin, data.origin_links), (data.seat, data.seat_links)))


def is_owner(mention: PlaceMention, sent: Span) -> bool:
    """"China's Citic", "Peru's foreign ministry", "the US embassy": a country that owns what the sentence
    names is not where the sentence's events happen."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    after = sent.doc[span.end] if span.end < sent.end else None
    if span.root.dep_ in ("poss", "nmod:poss") or after is not None and after.tag_ == "POS":
        return True
    data = place_data(sent.doc.lang_)  # "the US embassy", "l'ambassade de France": a mission abroad
    return _of_a_mission(span.root, sent, data) or after is not None and _of_a_mission(after, sent, data)


def is_modifier(mention: PlaceMention, sent: Span) -> bool:
    """"Detroit automakers", "the Paris agreement", "a London-based group": a place that qualifies a
    noun is not where something happened, unless the noun is a site ("the Cape Town campus") or says
    what kind of place it is ("Kandal province")."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.place.kind == "country":
        return False
    root = span.root
    doc = sent.doc
    joined = _hyphen_qualifier(doc, span.end - 1)
    owned = any(t.tag_ == "POS" for t in doc[max(0, span.start - 2):span.start])  # "Kestrel Cars' Mustang plant"
    site = fold(root.head.lemma_) in place_data(doc.lang_).site_nouns and not owned
    return joined or root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i \
        and not site and not mention.region_phrase


def settle(readings: list[PlaceMention], settled: dict[str, set[int]]) -> list[PlaceMention]:
    """A name read once with a qualifier ("Wayne, Michigan") is read the same way everywhere in the document;
    a qualifier several readings fit ("Srinagar, India": two Indian towns) leaves all of them to `choose`."""
    place_ids = settled.get(place_key(readings[0].text), set())
    kept = [m for m in readings if m.place.id in place_ids]
    return kept or readings


DWARFED = 20  # a region whose largest town is this many times a town of the same name is what is meant
DWARFED_NAME = 100  # an alternate name of a town this many times larger than the place whose main name it is
BIG_TOWN = 100_000
TOWN_AFTER_PREPOSITION = 50_000  # a town the tagger called an organisation, "sent to Kisumu"


def choose(readings: list[PlaceMention], country: str | None) -> PlaceMention | None:
    """The reading of one mention that fits the document: its country first, then the admin level the
    text implies, then size. A town outside the main country must be large or tagged as a place."""
    if not readings:
        return None
    countries = [m for m in readings if m.place.kind == "country"]
    regions_at_home = [m for m in readings if m.place.kind == "admin1" and m.place.country == country]
    if countries and not (regions_at_home and all(m.place.country != country for m in countries)):
        return countries[0]  # a country name is never a town; only a home region beats it (Georgia, US)
    # "Wales": a village of that name is not what a text means when the region it names is far larger
    region = readings[0].region_phrase or any(
        r.place.kind == "admin1" and m.place.kind == "city" and r.place.country == m.place.country
        and r.place.population > DWARFED * m.place.population for r in readings for m in readings)

    def rank(m: PlaceMention) -> tuple[int, int, int, int]:
        kind = m.place.kind
        return (
            0 if country is None or _at_home(m.place, country) else 1,
            0 if _main_reading(m, readings) or m.place.curated else 1,
            0 if (kind == "admin1") == region or kind == "site" else 1,
            -m.place.population,
        )

    best = min(readings, key=rank)
    if country is not None and not _at_home(best.place, country) and _generic_region(readings) \
            and all(m.place.kind == "admin1" for m in readings):
        return None  # "the Southern Region" of an Indian story is none of the regions abroad called so
    return best if _credible(best, country, _main_reading(best, readings)) else None


def _main_reading(mention: PlaceMention, readings: list[PlaceMention]) -> bool:
    """Whether a reading is what its name mostly means: a place's main name, unless the name is also
    another name of a place a hundred times larger ("Basra": a hamlet's name in Pakistan, the English
    name of a city of a million in Iraq; "Bombay": a village in New Zealand, and Mumbai)."""
    def dwarfs(big: PlaceMention, small: PlaceMention) -> bool:
        return big.place.population >= BIG_TOWN and big.place.population > DWARFED_NAME * small.place.population

    if mention.place.primary:
        return not any(dwarfs(r, mention) for r in readings if not r.place.primary)
    primaries = [r for r in readings if r.place.primary]
    return bool(primaries) and all(dwarfs(mention, r) for r in primaries)


def _credible(mention: PlaceMention, country: str | None, main: bool) -> bool:
    """Whether a town reading is believable: our own data always is, and so is a town named with its
    region ("Wayne, Michigan"); GeoNames' alternate names and small towns need spaCy's word that
    this is a place, or the document's own country."""
    place = mention.place
    if place.kind == "country" or place.curated or mention.via in ("alias", "company") or mention.qualified:
        return True  # "Matamoros, Tamaulipas": a town named with its own region or country is that town
    at_home = country is not None and _at_home(place, country)
    if mention.via == "entity":
        if at_home:
            return main or place.population >= 20_000
        return place.population >= (100_000 if main else 500_000)
    if at_home:
        return main and place.population >= 5_000 or place.population >= 20_000
    return main and place.population >= 500_000
