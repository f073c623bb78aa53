"""The employer of labour events (extraction/employer.py): one rule per test pair, in French and in
English. Company names and texts are our own invention."""
from __future__ import annotations

import pytest

import strikewatch

pytestmark = pytest.mark.slow

# (language, text, publication date, event type, expected employer or None)
CASES: list[tuple[str, str, str, str, str | None]] = [
    # a workforce word and a cue before the name
    ("en", "Employees of Dravona Foods walked out in Leeds on Monday.", "2024-06-12", "strike", "Dravona Foods"),
    # a name right before the police is where they serve, not who employs the crowd
    ("en", "Some 300 people, mostly Dravona workers, were detained by the Sundarapettai police on Monday.", "2024-06-12",
     "arrest", "Dravona"),
    ("fr", "Les employés de bureau de la Marvelec sont en grève depuis lundi à Nantes.", "2024-06-12", "strike",
     "Marvelec"),
    # a workforce or workplace word after the name
    ("en", "Thousands of Kestrava workers went on strike in Ulsan on Tuesday.", "2024-03-06", "strike", "Kestrava"),
    ("en", "The strike at the Pelloran Textiles footwear factory near Bien Hoa began on March 3.", "2024-03-10",
     "strike", "Pelloran Textiles"),
    ("fr", "Le personnel de la Brevaux en grève a bloqué l'entrée du dépôt de Rennes jeudi.", "2024-02-09",
     "strike", "Brevaux"),
    # a dateline run into the name, a workplace word of a title before it
    ("en", "DETROIT - Harlow Motors workers rallied outside the assembly plant on Saturday over pay.", "2024-06-07",
     "protest", "Harlow Motors"),
    ("fr", "Usine Kelvane de Montréal : les travailleurs sont en grève depuis lundi pour défendre leur syndicat.",
     "2024-06-07", "strike", "Kelvane"),
    # a possessive before the workplace
    ("en", "Miners at Kelvane's Corran mine downed tools in Rustenburg on Friday.", "2024-08-18", "strike",
     "Kelvane"),
    # described as a workplace in an apposition
    ("en", "Orvalis, a large potash factory near Soligorsk, has been on strike since Monday.", "2024-09-03",
     "strike", "Orvalis"),
    ("fr", "Les ouvriers de Fersteel, entreprise sidérurgique de Casablanca, ont cessé le travail mardi.",
     "2024-07-25", "strike", "Fersteel"),
    # a name that holds a company word, and its short form in brackets: one name, written as the text
    # mostly writes it, the full one when both are written as often
    ("fr", "Les 40 travailleurs de la Société des Ciments de Varne (SCV) sont en grève depuis le 2 mai à Abidjan.",
     "2024-05-10", "strike", "Société des Ciments de Varne"),
    ("en", "Workers at the Tessal Mining Company (Temco) walked out in Rustenburg on Monday. Temco said the "
           "strike was illegal. Temco managers met the union on Tuesday.", "2024-05-10", "strike", "Temco"),
    ("en", "Workers at Halvard Motors walked out in Detroit on Monday. HM said talks would resume.", "2024-09-17",
     "strike", "Halvard Motors"),
    # a company that sacks strikers, or speaks of its workers, employs them
    ("en", "Canada Rail said on Tuesday that strikes by its workers had closed the Halifax depot since Monday.",
     "2024-10-23", "strike", "Canada Rail"),
    ("fr", "La Sonelgaz affirme que la grève de ses agents paralyse depuis lundi le dépôt d'Oran.", "2024-10-23",
     "strike", "Sonelgaz"),
    ("en", "Brimco sacked 300 striking workers in Lagos on Monday.", "2024-04-10", "layoff", "Brimco"),
    ("fr", "La Sidenor a licencié 191 grévistes lundi à Zouérate.", "2024-04-10", "layoff", "Sidenor"),
    # where a workplace is, is not whose it is
    ("en", "The strike at the Pelloran Textiles footwear factory at the Binh Phu Industrial Park near Ho Chi Minh "
           "City began on March 3.", "2024-03-10", "strike", "Pelloran Textiles"),
    # a protest or an arrest takes the company its own sentence puts in an employer's place
    ("en", "More than 300 workers rallied outside the Dalton Sugar Refinery in Varamin on Wednesday.", "2024-03-06",
     "protest", "Dalton Sugar Refinery"),
    ("en", "The workers of BRAVO Weaving and Dyeing Ltd started the protests at Kamarpara in Gazipur on Tuesday.",
     "2024-03-06", "protest", "BRAVO Weaving and Dyeing Ltd"),
    ("fr", "Les salariés de la Cartonnerie Vellard ont manifesté mardi devant la mairie de Tulle.", "2024-03-06",
     "protest", "Cartonnerie Vellard"),
    ("en", "Police arrested two workers of Norvale Foods outside the depot in Leeds on Monday.", "2024-03-06",
     "arrest", "Norvale Foods"),
    # a protest whose sentence names a company only as a union's or a place's does not take it
    ("en", "Hundreds of Kestrava Union members marched in Ulsan on Tuesday. Kestrava Union called a strike in "
           "March.", "2024-03-06", "protest", None),
    # a rights group, a union, a place or a nationality is no employer
    ("en", "Workers at a garment plant in Phnom Penh went on strike on Tuesday, said a worker at the rights "
           "group Telvana.", "2024-11-13", "strike", None),
    ("fr", "Les salariés de l'usine de Fleurus sont en grève depuis lundi, à l'appel des syndicats Ferval et "
           "Colnet.", "2024-01-10", "strike", None),
    ("en", "On Monday thousands of garment workers at a Korean-owned mill in Dong Nai stopped work.",
     "2024-03-06", "strike", None),
    ("en", "Private Kenyan hospital doctors went on strike in Nairobi on Monday.", "2024-03-06", "strike", None),
    # a country's name with a demonym ending, or its plural, is a people's name too
    ("en", "Hundreds of Ugandan sugar workers walked out at the mill in Jinja on Monday.", "2024-03-09",
     "strike", None),
    # a compass word before a town names a part of it ("North Toledo"), not a firm
    ("en", "Strike ends at North Toledo parts plant after nine days, workers said on Friday.", "2024-03-09",
     "strike", None),
    # a name the story uses as a place ("in Mahalla"), or a common noun capitalised, is no employer either
    ("en", "Thousands of Mahalla workers went on strike on Sunday in Mahalla.", "2024-03-06", "strike", None),
    ("en", "Workers occupied the Factory in Chicago on Friday after the factory announced it would close.",
     "2024-03-06", "protest", None),
    # nor is a country known by one of the language's own names for it
    ("en", "Britain's largest walkout in ten years began on Monday as nurses stopped work in Leeds.", "2024-03-06",
     "strike", None),
    # a headline capitalises every word: words the text writes nowhere else are no name (a company it names
    # again is one)
    ("en", "Federal Workers Step Up Picket Drive as Strike Enters Sixth Day\nThousands of federal clerks walked the "
           "picket lines in Ottawa on Monday.", "2024-03-06", "strike", None),
    ("en", "Dravona Workers Walk Out as Strike Enters Sixth Day\nThousands of Dravona workers walked out in Leeds "
           "on Monday.", "2024-03-06", "strike", "Dravona"),
    # whom a striker speaks to is the press reporting it, not the employer
    ("en", "Cleaners at the public hospitals walked out in Accra on Monday, a cleaner told KofiNews. Staff of KofiNews "
           "found the wards empty.", "2024-03-06", "strike", None),
    ("fr", "Les agents d'entretien des hôpitaux publics ont cessé le travail lundi à Dakar. « Nous ne pouvons plus "
           "vivre ainsi », a déclaré à Radio Teranga une employée de la blanchisserie.", "2024-03-06", "strike", None),
    ("es", "Los empleados de limpieza de los hospitales públicos pararon el lunes en Quito. \"No alcanza el "
           "sueldo\", dijo a Radio Pichincha una trabajadora de la lavandería.", "2024-03-06", "strike", None),
    # ... but a firm told to do something is the firm
    ("en", "Some 400 Dravona workers walked out in Leeds on Monday after the ministry told Dravona to restore "
           "their shift pay.", "2024-03-06", "strike", "Dravona"),
]


@pytest.mark.parametrize(("language", "text", "published", "event_type", "employer"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_employer(language: str, text: str, published: str, event_type: str, employer: str | None) -> None:
    events = [e for e in strikewatch.extract(text, published=published, language=language) if e.type == event_type]
    assert events, f"no {event_type}"
    assert {e.employer for e in events} == {employer}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # each event takes the company its own sentence names
    ("Workers at Norvale Foods walked out in Leeds on Monday. On Tuesday, drivers at Corlane Logistics went on "
     "strike in Bradford.", "2024-06-12", {"Leeds": "Norvale Foods", "Bradford": "Corlane Logistics"}),
    # where a sentence names one company per place, each place takes the one named before it
    ("Auto workers went on strike on Friday at Harlow Motors' Bronco plant in Wayne, Michigan, and at Kestrel "
     "Cars' Mustang plant in Toledo, Ohio.", "2024-09-16", {"Wayne": "Harlow Motors", "Toledo": "Kestrel Cars"}),
])
def test_each_strike_takes_its_own_company(text: str, published: str, expected: dict[str, str]) -> None:
    strikes = {e.location: e.employer for e in strikewatch.extract(text, published=published, language="en")
               if e.type == "strike"}
    assert strikes == expected
