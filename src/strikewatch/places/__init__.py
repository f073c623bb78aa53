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
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from strikewatch import lang
from strikewatch.extraction.lexicon import fold
from strikewatch.places.gazetteer import Place, companies, load_gazetteer, place_key, shared_aliases

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PERSON_LABELS = {"PER", "PERSON"}
CONNECTORS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "of", "el", "al", "-", "y", "sur", "en", "on",
              "upon", "am", "saint", "st", "san", "santa", "da", "do", "dos"}
LEADING_ARTICLES = {"la", "le", "les", "l'", "the", "du", "de", "d'", "des", "au", "aux"}
MAX_WORDS = 6
LARGE_TOWN = 200_000  # a town outside the main country must be this big to be taken from capitals alone


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets in the document text
    end: int
    text: str
    place: Place
    via: str  # entity, capitalised, alias, company
    region_phrase: bool = False  # "la région d'Atyrau", "Atyrau region": the admin1 is meant


@dataclass(frozen=True)
class PlaceData:
    aliases: dict[str, str]
    demonyms: dict[str, str]
    region_words: frozenset[str]
    nationwide: tuple[str, ...]


@cache
def place_data(language: str) -> PlaceData:
    data = lang.load(language, "places")
    return PlaceData(
        aliases={**shared_aliases(), **{place_key(k): v for k, v in data["aliases"].items()}},
        demonyms={place_key(k): v for k, v in data["demonyms"].items()},
        region_words=frozenset(fold(w) for w in data["region_words"]["words"]),
        nationwide=tuple(fold(w) for w in data["region_words"]["nationwide"]),
    )


def _resolve_code(value: str) -> Place | None:
    """An alias target: ISO 3166-2 code, ISO 3166-1 code, or the name of a town or site."""
    gazetteer = load_gazetteer()
    if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", value):
        return gazetteer.admin1(value)
    if re.fullmatch(r"[A-Z]{2}", value):
        return gazetteer.country(value)
    return gazetteer.named(value, ("site", "city", "admin1"))


def _candidates(sent: Span) -> list[tuple[int, int, str]]:
    """(first token, end token, source) of spans that may name a place, longest first."""
    doc = sent.doc
    spans: list[tuple[int, int, str]] = []
    person = {i for ent in sent.ents if ent.label_ in PERSON_LABELS for i in range(ent.start, ent.end)}
    for ent in sent.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in ("ORG", "MISC", "NORP"):
            spans.append((ent.start, ent.end, "entity" if ent.label_ in PLACE_LABELS else ent.label_.lower()))
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if (token.is_title or token.is_upper and len(token) > 1) and token.is_alpha and i not in person:
            j = i + 1
            while j < sent.end and j - i < MAX_WORDS:
                nxt = doc[j]
                if (nxt.is_title or nxt.is_upper) and (nxt.is_alpha or "-" in nxt.text):
                    j += 1
                elif fold(nxt.text) in CONNECTORS and j + 1 < sent.end and doc[j + 1].is_title:
                    j += 2
                else:
                    break
            spans.append((i, j, "capitalised"))
            i = j
        else:
            i += 1
    return spans


def _sub_spans(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The span, then shorter spans inside it, longest first (so "Nour-Soultan" beats "Nour")."""
    out = []
    for length in range(end - start, 0, -1):
        for s in range(start, end - length + 1):
            if fold(doc[s].text) in LEADING_ARTICLES or fold(doc[s + length - 1].text) in CONNECTORS:
                continue
            out.append((s, s + length))
    return out


def _lookup(text: str, data: PlaceData) -> tuple[list[Place], str]:
    key = place_key(text)
    if key in data.aliases:
        place = _resolve_code(data.aliases[key])
        return ([place], "alias") if place else ([], "alias")
    company_sites = companies()
    if key in company_sites:
        place = _resolve_code(company_sites[key])
        return ([place], "company") if place else ([], "company")
    return load_gazetteer().lookup(text), "gazetteer"


def _region_phrase(doc: Doc, start: int, end: int, data: PlaceData) -> bool:
    before = [fold(t.text) for t in doc[max(0, start - 3):start]]
    after = fold(doc[end].text) if end < len(doc) else ""
    return any(w in data.region_words for w in before) or after in data.region_words


def find_places(sent: Span, language: str) -> list[PlaceMention]:
    """Every place named in the sentence, unresolved ambiguity kept (all readings, largest first)."""
    data = place_data(language)
    doc = sent.doc
    found: list[PlaceMention] = []
    taken: set[int] = set()
    for start, end, source in sorted(_candidates(sent), key=lambda c: (c[0], -(c[1] - c[0]))):
        if any(i in taken for i in range(start, end)):
            continue
        for s, e in _sub_spans(doc, start, end):
            if any(i in taken for i in range(s, e)):
                continue
            span = doc[s:e]
            places, via = _lookup(span.text, data)
            if source == "org" and via == "gazetteer":
                continue  # "Radio Habana Cuba", "Ford Motor": an organisation, not its namesake town
            if not places:
                continue
            taken.update(range(s, e))
            for place in places[:8]:
                found.append(PlaceMention(span.start_char, span.end_char, span.text, place,
                                          via if via != "gazetteer" else source,
                                          _region_phrase(doc, s, e, data)))
            break
    return found


def demonym_countries(sent: Span, language: str) -> list[str]:
    data = place_data(language)
    return [data.demonyms[place_key(t.text)] for t in sent if place_key(t.text) in data.demonyms]


def is_nationwide(text: str, language: str) -> bool:
    folded = fold(text)
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded) for p in place_data(language).nationwide)


def main_country(mentions: list[PlaceMention], demonyms: list[str], title_and_crumbs: str,
                 language: str) -> str | None:
    """The country the document is about: its countries, demonyms and towns, the title counting double."""
    votes: Counter[str] = Counter()
    for mention in mentions:
        weight = 3 if mention.place.kind == "country" else 1
        if mention.via in ("alias", "company", "entity"):
            weight += 1
        votes[mention.place.country] += weight / max(1, sum(1 for m in mentions if m.start == mention.start))
    for code in demonyms:
        votes[code] += 2
    folded = place_key(title_and_crumbs)
    gazetteer = load_gazetteer()
    for word in set(folded.split()):
        for place in gazetteer.lookup(word)[:1]:
            if place.kind == "country":
                votes[place.country] += 4
    return votes.most_common(1)[0][0] if votes else None


def choose(readings: list[PlaceMention], country: str | None) -> PlaceMention | None:
    """The reading of one mention that fits the document: its country first, then the admin level the
    text implies, then size. A town outside the main country must be large or tagged as a place."""
    if not readings:
        return None
    countries = [m for m in readings if m.place.kind == "country"]
    regions_at_home = [m for m in readings if m.place.kind == "admin1" and m.place.country == country]
    if countries and not (regions_at_home and all(m.place.country != country for m in countries)):
        return countries[0]  # a country name is never a town; only a home region beats it (Georgia, US)
    region = readings[0].region_phrase

    def rank(m: PlaceMention) -> tuple[int, int, int]:
        kind = m.place.kind
        return (
            0 if country is None or m.place.country == country else 1,
            0 if (kind == "admin1") == region or kind == "site" else 1,
            -m.place.population,
        )

    best = min(readings, key=rank)
    if best.place.kind == "country" or best.via in ("alias", "company"):
        return best
    if country and best.place.country != country and best.via != "entity" and best.place.population < LARGE_TOWN:
        return None
    if country is None and best.via == "capitalised" and best.place.population < LARGE_TOWN:
        return None
    return best
