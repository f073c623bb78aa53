"""The shape of every language data file (`lang/<code>/*.toml`) and of the place data
(`places/data/sites.toml`), as pydantic models: a misspelt key, a missing table or a value of the
wrong type is refused on load with the file, the key and its line, instead of being read as nothing."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from strikewatch.errors import LexiconError
from strikewatch.model import EVENT_TYPES

Word = Annotated[str, Field(min_length=1)]
Words = list[Word]
Country = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
TokenPattern = Annotated[list[dict[str, Any]], Field(min_length=1)]  # spaCy Matcher syntax, checked by spaCy
DependencyPattern = Annotated[list[dict[str, Any]], Field(min_length=1)]  # DependencyMatcher syntax, checked by spaCy


class Table(BaseModel):
    """No key the code does not read; no type conversion (a number is no word, a word no list)."""

    model_config = ConfigDict(extra="forbid", strict=True)


# pipeline.toml
class Pipeline(Table):
    model: Word
    quiet_warnings: Words = []
    install: Word | None = None
    # an elided word and the word it stands for ("d'" = "de"): lexicon phrases are matched with it written in full
    elisions: dict[str, Word] = {}
    # page furniture: a line that opens with one of these links to another story ("Lire aussi : …")
    related_links: Words = []


# dates.toml
# the periods dates/resolve.py knows how to span
Period = Literal["last_week", "this_week", "weekend", "this_month", "last_month", "this_year", "last_year"]
class Header(Table):
    author_cues: Words


class Grammar(Table):
    open_start_verbs: Words
    open_ended: Words = []
    until: Words
    articles: list[str]
    open_start: Words
    range_pairs: list[Annotated[Words, Field(min_length=2, max_length=2)]]
    weekday_links: Words = []  # "on Saturday and Sunday", "on 2 and 3 May": two days, one range
    last: Words
    month_parts: dict[str, Word]
    year_words: Words
    flashback_aux: Words
    flashback_tense: Word
    ahead_aux: Words = []
    ahead_tense: Word | None = None
    date_links: Words = []
    close_verbs: Words = []
    night_of: Words = []
    duration_units: Words = []
    duration_hours: Words = []  # "a 48-hour strike": whole days only
    night: Words = []
    next: Words = []
    in_month: Words = []
    months_need_capital: Words = []  # month names that are also common words: months only when capitalised
    day_suffixes: Words = []
    not_day_units: Words = []
    period_links: list[str] = []
    year_offsets: dict[str, Annotated[int, Field(ge=-5, le=0)]] = {}
    numeric_day_first: bool = False
    bare_day_needs_suffix: bool = False  # "the 23rd" is a day, "the 23" (people, items) is not


class Elapsed(Table):
    """Time elapsed: "manifestent depuis une semaine", "after six days of strike", "its eighth day"."""

    since: Words
    after: Words
    units: dict[str, Annotated[int, Field(ge=1, le=366)]]  # unit word = days
    approx: Words = []
    one: Words = []
    ago_before: Words = []
    ago_after: Words = []
    ordinal_suffixes: Words = []
    ordinals: dict[str, Annotated[int, Field(ge=2, le=100)]] = {}


class Dates(Table):
    # beyond CLDR's full names (babel): abbreviations, spellings without accents
    months: dict[str, Annotated[int, Field(ge=1, le=12)]] = {}
    weekdays: dict[str, Annotated[int, Field(ge=0, le=6)]] = {}
    ordinals: dict[str, Annotated[int, Field(ge=1, le=31)]]
    header: Header
    grammar: Grammar
    relative: dict[str, int]
    anchor_relative: dict[str, int]
    periods: dict[str, Period]
    seasons: dict[str, Annotated[list[int], Field(min_length=2, max_length=2)]]
    part_periods: dict[str, Period] = {}
    holidays: dict[str, Annotated[list[Annotated[int, Field(ge=1, le=31)]], Field(min_length=2, max_length=2)]] = {}
    elapsed: Elapsed | None = None


# events.toml: one optional table per type of the registry (types.toml), and [not_triggers]
class Paired(Table):
    lemmas: Words
    needs: Words
    acted_on: bool = False  # the needs are what the word acts on: "protesters dispersed" (of themselves) is no force


class Triggers(Table):
    lemmas: Words = []
    phrases: Words = []
    patterns: list[TokenPattern] = []
    weak: Words = []
    weak_patterns: list[TokenPattern] = []
    subtypes: dict[str, Word] = {}
    requires: Words = []
    unless: Words = []
    paired: list[Paired] = []


class NotTriggers(Table):
    phrases: Words = []
    patterns: list[TokenPattern] = []


_TYPE_TABLES: dict[str, Any] = {name: (Triggers | None, None) for name in EVENT_TYPES}
Events = create_model("Events", __base__=Table, not_triggers=(NotTriggers | None, None), **_TYPE_TABLES)


# modality.toml
class NotHappened(Table):
    governors: Words
    announce: Words
    preceding: Words
    negations: Words
    occurrence: Words = []  # predicates that say an event happened: negated, they deny their subject ("n'a pas eu lieu")
    background: Words = []
    future_morph: Words = []
    clause_morph: Words = []  # future_morph on the head of the trigger's clause
    hearsay_aux: Words = []  # "auraient été interpellés": the press's conditional reports what happened
    passive_aux: Words = []  # "el paro fue acordado": a model that labels the passive's auxiliary as any other
    future_forms: Words = []  # regular expressions on a verb's spelling: a future or conditional the tagger missed
    announced_by: Words = []
    courses: Words = []  # subjects that make a copula's predicate a course of action ("la respuesta es la huelga")
    # node "trigger" is no news: called for a later time ("convocada para el jueves"), judged by a court, or
    # counted from by an anniversary
    planned: list[DependencyPattern] = []
    # node "trigger" is called off, suspended or put off, whatever its role ("la huelga ha sido suspendida")
    called_off: list[DependencyPattern] = []
    # node "trigger" is still to come, whatever its role ("mientras dure la huelga")
    to_come: list[DependencyPattern] = []
    # node "trigger" is told as begun or held ("la huelga iniciada el lunes", "the strike that began on
    # Monday"): it happened, whatever governs it ("desconvocaron la huelga iniciada el miércoles")
    begun: list[DependencyPattern] = []
    # word lists these patterns name with WORDS = "name" or LEMMAS = "name" (beside `courses`)
    word_lists: dict[str, Words] = {}


class Modality(Table):
    not_happened: NotHappened


# attributes.toml
class Counts(Table):
    people: Words
    dead: Words
    injured: Words
    arrested: Words
    dismissed: Words
    words: dict[str, Annotated[int, Field(ge=1, le=10**9)]]
    vague: dict[str, Annotated[int, Field(ge=1, le=10**9)]]
    approx_before: Words = []
    roles: Words = []
    populations: Words = []
    wholes: Words = []  # "a total of 314 dockers were detained"
    shares: Words = []  # "4,000 struck out of a total of 5,000": a whole after these is what the crowd is a share of
    attributions: Words = []  # "60 000 selon la police"
    crowds_after: Words = []  # "350 000 en grève": after a bare figure, what makes it a crowd
    forces: Words = []  # forces counted are a deployment's size
    range_links: Words = []
    number_links: Words = []  # "twenty-five", "treinta y dos": one number in words
    between: Words = []
    between_links: Words = []


class Movement(Table):
    nouns: Words
    spread_verbs: Words
    join_links: Words = []  # "se sont joints à l'action": the word before the movement a verb is joined to
    join_nouns: Words = []  # "l'action": the movement only when joined (with `join_links`)


class Employer(Table):
    cues: Words
    workplaces: Words
    workforce: Words
    site_cues: Words = []
    company_words: Words = []
    not_employers: Words
    governed_by: Words = []  # "the Sundarapettai police": the name is where the body acts
    told_verbs: Words = []  # "told JoyNews", "a déclaré à RFI": a name spoken to is the press; who speaks is a voice
    possessives: Words = []
    elided_articles: Words = []


class Attributes(Table):
    actors: dict[str, Word]
    sectors: dict[str, Word]
    demands: dict[str, Words]
    counts: Counts
    movement: Movement
    employer: Employer


# places.toml
class RegionWords(Table):
    words: Words
    nationwide: Words
    compass: Words = []  # "Nord", "Centre-Est": a region named by its direction


class Streets(Table):
    """Words that make a place's name a street's: "rue de Tunis", "Place de la Nation"."""

    before: Words = []
    after: Words = []
    # as written, with their capital: a place before one names a newspaper ("Pakistan Today"; "in Kenya today"
    # is a place)
    mastheads: list[str] = []


class Names(Table):
    connectors: Words = []
    articles: list[str] = []
    capital_articles: Words = []
    of: Words = []
    qualifier_links: Words = []
    abbreviations: dict[str, str] = {}  # "Mt Hagen" is "Mount Hagen": the word a name's first word stands for


class Capital(Table):
    """"the capital", "la capitale malienne": the capital of the story's country, named without its name."""

    words: Words = []
    country_words: Words = []  # "the country's capital", "la capitale du pays"
    demonym_endings: Words = []  # "the Zimbabwe-an capital": a country's name and one of these is its demonym


class Places(Table):
    aliases: dict[str, Word]
    demonyms: dict[str, Word]
    region_words: RegionWords
    names: Names = Names()
    streets: Streets = Streets()
    not_places: Words = []
    contractions: dict[str, Word] = {}
    default_country: Country | None = None
    likely_countries: list[Country] = []
    missions: Words = []
    site_nouns: Words = []
    away: Words = []  # "south of Lima", "à 150 km de la capitale": a reference point, somewhere else
    origin: Words = []  # "venus de Flandre", "came from Leeds": where people came from (with `origin_links`)
    origin_links: Words = []
    seat: Words = []  # "a firm based in Redford": where someone is based (with `seat_links`)
    seat_links: Words = []
    plural_articles: Words = []  # "les Carrefour du Rhône": a brand's shops, not a town
    owner_cues: Words = []  # "chez Carrefour": a firm's or a person's name follows, not a place
    where: Words = []  # "the city, where police arrested 20": the noun a relative clause of place describes
    capital: Capital = Capital()


# places/data/sites.toml
class Site(Table):
    country: Country
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    admin1: Annotated[str, Field(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")] | None = None
    kind: Annotated[str, Field(pattern=r"^(site|city)$")] = "site"
    aliases: Words = []


class Sites(Table):
    sites: dict[str, Site]
    companies: dict[str, Word]
    aliases: dict[str, Word]


# places/data/regions.toml
class Web(Table):
    generic_domains: Words
    domains: dict[str, Country] = {}


class Regions(Table):
    kind_words: Annotated[Words, Field(min_length=1)]
    territories: dict[Country, Country] = {}
    seats_of_government: dict[Country, Annotated[str, Field(min_length=2)]] = {}
    web: Web
    geonames: dict[Annotated[str, Field(pattern=r"^[A-Z]{2}\.[A-Z0-9]{1,3}$")],
                   Annotated[str, Field(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")]]


# dependencies.toml (shared by every language)
class CompanionTier(Table):
    patterns: Annotated[list[DependencyPattern], Field(min_length=1)]


class MovementRelations(Table):
    spread: list[DependencyPattern]
    in_region: list[DependencyPattern] = []


class Purpose(Table):
    step: Annotated[list[DependencyPattern], Field(min_length=1)]
    hops: Annotated[int, Field(ge=1, le=12)]
    stage: list[DependencyPattern] = []
    stage_hops: Annotated[int, Field(ge=0, le=6)] = 0
    subject: list[DependencyPattern] = []
    subject_links: list[str] = []


class Dependencies(Table):
    companion: Annotated[list[CompanionTier], Field(min_length=1)]
    movement: MovementRelations
    purpose: Purpose


SCHEMAS: dict[str, type[BaseModel]] = {"pipeline": Pipeline, "dates": Dates, "events": Events,
                                       "modality": Modality, "attributes": Attributes, "places": Places}


def line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The line of a TOML file where the key at `loc` (a table, key, item path) is written: its
    header or its assignment, searched table by table; the nearest line found when the key is absent."""
    lines = text.splitlines()
    found: int | None = None
    start = 0
    keys = [str(part) for part in loc if isinstance(part, str)]
    for depth, key in enumerate(keys):
        quoted = rf'(?:{re.escape(key)}|"{re.escape(key)}")'
        dotted = r"\.".join(rf'(?:{re.escape(k)}|"{re.escape(k)}")' for k in keys[:depth + 1])
        header = re.compile(rf"^\s*\[\[?\s*{dotted}\s*\]\]?\s*(?:#.*)?$")
        assign = re.compile(rf"^\s*{quoted}\s*=")
        for n in range(start, len(lines)):
            if header.match(lines[n]) or assign.match(lines[n]):
                found, start = n + 1, n + 1
                break
        else:
            break
    return found


def read(path: Path, schema: type[BaseModel] | None, what: str = "") -> dict[str, Any]:
    """A TOML data file, parsed and checked against its schema; `what` prefixes every error ("language 'fr': ")."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: {what}not valid TOML: {exc}") from None
    if schema is not None:
        validate(data, schema, path, text, what)
    return data


def validate(data: dict[str, Any], schema: type[BaseModel], path: Path, text: str, what: str = "") -> None:
    """Raise LexiconError naming the file, line, key and what was expected for every error."""
    try:
        schema.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            key = ".".join(str(part) for part in loc) or "(top level)"
            line = line_of(text, loc)
            where = f"{path}:{line}" if line else str(path)
            message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
            got = "" if error["type"] in ("missing", "extra_forbidden") else f" (got {repr(error['input'])[:60]})"
            problems.append(f"{where}: {what}key {key!r}: {message}{got}")
        raise LexiconError("\n".join(problems)) from None
