"""Counts of participants, dead, injured and arrested (DESIGN rules 5 and 6), one rule per group of
cases, in French and in English. Texts are our own writing."""
from __future__ import annotations

from typing import Any

import pytest

import strikewatch

pytestmark = pytest.mark.slow

# (language, text, publication date, event type, fields it must carry)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    # the figure the arrest verb acts on, with the people it counts after "of", or parsed apart from them
    ("en", "Police arrested dozens of students in Nairobi on Monday.", "2024-03-07",
     "arrest", {"arrests": 20, "count_approx": True}),
    ("fr", "Les gendarmes ont arrêté douze grévistes devant le dépôt de Vesoul.", "2024-03-07",
     "arrest", {"arrests": 12}),
    # a figure set beside the people it counts
    ("en", "At the Leeds depot all the drivers, about forty, were on strike on Monday.", "2024-03-07",
     "strike", {"participants": 40, "count_approx": True}),
    # vague and approximate amounts: the value of the amount, approximate
    ("en", "Thousands of textile workers held a fifth day of strikes in Dong Nai on Tuesday.", "2024-03-07",
     "strike", {"participants": 2000, "count_approx": True}),
    ("fr", "Des milliers d'ouvriers du textile ont cessé le travail mardi à Tanger.", "2024-03-07",
     "strike", {"participants": 2000, "count_approx": True}),
    ("en", "As many as 9,000 employees went on strike in Dong Nai on Tuesday.", "2024-03-07",
     "strike", {"participants": 9000, "count_approx": True}),
    ("fr", "À peu près 300 salariés ont manifesté mardi devant la préfecture de Rouen.", "2024-03-07",
     "protest", {"participants": 300, "count_approx": True}),
    # a bare figure that the words after it make a crowd ("on strike", "en grève", "en huelga"); a small one
    # there counts days, not people
    ("en", "The dockers are among 12,000 on strike in Durban since Monday.", "2024-03-07",
     "strike", {"participants": 12000}),
    ("fr", "Ils sont plus de 3000 en grève depuis lundi à Lyon.", "2024-03-07",
     "strike", {"participants": 3000, "count_approx": True}),
    ("es", "Son unos 4000 en huelga en Rosario desde el lunes.", "2024-03-07",
     "strike", {"participants": 4000, "count_approx": True}),
    ("en", "Day 3 on strike: nurses walked out in Leeds on Monday.", "2024-03-07",
     "strike", {"participants": None}),
    # people counted as the subject of a verb of speaking are voices, not the crowd
    ("en", "Thousands of garment workers walked out in Gazipur on Monday, three strikers told reporters.",
     "2024-03-07", "strike", {"participants": 2000, "count_approx": True}),
    ("fr", "Trois grévistes ont déclaré lundi à Lyon que la police avait chargé le piquet de grève.", "2024-03-07",
     "repression", {"participants": None}),
    ("en", "Thousands of workers said no to the offer and walked out in Leeds on Monday.", "2024-03-07",
     "strike", {"participants": 2000, "count_approx": True}),
    # a bare figure is counted by the verb it is the object of, and one whose people are no word of ours by its
    # own verb
    ("en", "Troops fired on marchers in Mandalay on Sunday, killing at least 12 and wounding dozens more.", "2024-03-07",
     "repression", {"fatalities": 12, "injured": 20}),
    ("en", "Police fired tear gas at students in Lagos on Tuesday, arresting dozens.", "2024-03-07",
     "arrest", {"arrests": 20}),
    ("fr", "Les gendarmes ont tiré mardi sur la foule à Labé, tuant deux manifestants et en blessant une dizaine.",
     "2024-03-07", "repression", {"fatalities": 2, "injured": 10}),
    ("en", "41 of the medics who joined the strike were detained in Gulu on Tuesday.", "2024-03-07",
     "arrest", {"arrests": 41}),
    # a vague figure in a phrase of manner counts the people who are the verb's subject
    ("en", "Nurses went on strike in Auckland in their thousands on Monday.", "2024-03-07",
     "strike", {"participants": 2000, "count_approx": True}),
    ("fr", "Les enseignants ont défilé par milliers mardi à Dakar.", "2024-03-07",
     "protest", {"participants": 2000, "count_approx": True}),
    ("es", "Los docentes marcharon por miles el martes en Montevideo.", "2024-03-07",
     "protest", {"participants": 2000, "count_approx": True}),
    # past a proper adjective before the people counted, and people named by their nationality
    ("en", "Thousands of Bangladeshi garment workers sewing shirts for famous western labels on Monday walked off the "
           "job in Gazipur.", "2024-03-07", "strike", {"participants": 2000, "count_approx": True}),
    ("en", "Thousands of Peruvians angry at the price of fuel took to the streets of Arequipa on Tuesday.",
     "2024-03-07", "protest", {"participants": 2000, "count_approx": True}),
    # a bare figure that acts is a crowd ("thousands took to the streets"); a few who speak are not
    ("en", "Police fired live rounds in Nairobi on Tuesday as thousands took to the streets to protest the tax "
           "rises.", "2024-03-07", "protest", {"participants": 2000, "count_approx": True}),
    ("en", "Tens of thousands marched in Lisbon on Saturday against the pension reform.", "2024-03-12",
     "protest", {"participants": 20000, "count_approx": True}),
    ("fr", "Des milliers ont manifesté lundi à Dakar contre la hausse des prix.", "2024-03-12",
     "protest", {"participants": 2000, "count_approx": True}),
    ("en", "Two said they walked out of the Leeds depot on Monday.", "2024-03-12", "strike", {"participants": None}),
    ("fr", "À peu près une cinquantaine, ils ont manifesté lundi devant le siège de la société à Douala.",
     "2024-03-12", "protest", {"participants": 50, "count_approx": True}),
    # a number word before a larger round one multiplies it
    ("en", "Two hundred workers marched in Leeds on Monday.", "2024-03-12", "protest", {"participants": 200}),
    ("fr", "Deux cents salariés ont manifesté lundi à Lyon.", "2024-03-12", "protest", {"participants": 200}),
    ("fr", "Trois mille salariés ont manifesté lundi à Lyon.", "2024-03-12", "protest", {"participants": 3000}),
    # a range of two figures is its lower end, approximate
    ("en", "Some 5,000 to 7,000 teachers rallied in Nairobi on Monday.", "2024-03-12",
     "protest", {"participants": 5000, "count_approx": True}),
    ("fr", "Entre 200 et 300 enseignants ont manifesté lundi à Bafang.", "2024-03-12",
     "protest", {"participants": 200, "count_approx": True}),
    ("es", "Entre 300 y 400 mineros marcharon el lunes en Oruro.", "2024-03-12",
     "protest", {"participants": 300, "count_approx": True}),
    # the dead told by how they were shot: "shot dead", "fatally shot", "abattus"
    ("en", "Five marchers were shot dead by soldiers in Mandalay on Sunday.", "2024-03-12",
     "repression", {"fatalities": 5, "participants": None}),
    ("en", "Medics said the three were fatally shot when troops fired on the crowd in Bamako on Friday.",
     "2024-03-12", "repression", {"fatalities": 3}),
    ("fr", "Deux manifestants ont été abattus par la police lundi à Conakry.", "2024-03-12",
     "repression", {"fatalities": 2, "participants": None}),
    # digits and a word for millions are one figure
    ("en", "About 2 million workers went on strike across India on Tuesday.", "2024-07-10",
     "strike", {"participants": 2_000_000, "count_approx": True}),
    ("fr", "Plus de 1 million de personnes ont manifesté jeudi en France.", "2024-07-10",
     "protest", {"participants": 1_000_000, "count_approx": True}),
    # the people a place holds are no crowd; the people of a march are
    ("en", "The stoppage started on January 9 in Lagos and brought a country of 200 million people to a halt.",
     "2024-01-12", "strike", {"participants": None}),
    ("fr", "La grève paralyse depuis lundi ce pays de 12 millions d'habitants.", "2024-01-12",
     "strike", {"participants": None}),
    ("fr", "Une manifestation de 3 000 personnes a eu lieu jeudi à Lyon.", "2024-01-12",
     "protest", {"participants": 3000}),
    ("en", "A march of 5,000 people took place in Leeds on Saturday.", "2024-01-15",
     "protest", {"participants": 5000}),
    # the people counted past a possessive
    ("en", "On Tuesday close to 7,000 of its members stopped work in Toronto.", "2024-10-24",
     "strike", {"participants": 7000}),
    ("fr", "Près de 400 de ses adhérents ont manifesté jeudi à Lyon.", "2024-10-24",
     "protest", {"participants": 400}),
    # people named by their role are counted too
    ("fr", "La police a procédé samedi à Cotonou à l'interpellation de trois secrétaires généraux de "
           "confédérations syndicales.", "2024-04-29", "arrest", {"arrests": 3}),
    ("en", "Police arrested four union leaders in Dhaka on Monday.", "2024-04-29", "arrest", {"arrests": 4}),
    ("en", "Three Zambian railway union officials were detained in Kabwe on Monday.", "2024-04-29", "arrest",
     {"arrests": 3}),
    # dozens counted in twos and threes
    ("en", "Police in Kisumu arrested two dozen marchers on Monday.", "2024-04-29", "arrest", {"arrests": 24}),
    ("fr", "À Brest, les gendarmes ont interpellé deux douzaines de manifestants lundi.", "2024-04-29", "arrest",
     {"arrests": 24}),
    ("es", "En Rosario, la policía detuvo a dos docenas de manifestantes el lunes.", "2024-04-29", "arrest",
     {"arrests": 24}),
    # "one of them" says or dies; it is no crowd
    ("fr", "« Nous ne partirons pas », lâche un gréviste de l'usine de Douala, où les salariés sont en grève "
           "depuis lundi.",
     "2024-04-10", "strike", {"participants": None}),
    ("en", "One of the strikers said the walkout at the Lagos depot began on Monday.", "2024-04-10",
     "strike", {"participants": None}),
    ("en", "One of the protesters was killed when police fired on the crowd in Lagos on Monday.", "2024-04-10",
     "repression", {"fatalities": 1}),
    ("fr", "Un des manifestants a été tué par la police lundi à Dakar.", "2024-04-10",
     "repression", {"fatalities": 1}),
    # numbers in words, in one piece or several ("Twenty-five", "quatre-vingt-dix", "treinta y dos")
    ("en", "Twenty-five dockers were arrested in Hull on Monday.", "2024-04-10", "arrest", {"arrests": 25}),
    ("en", "Police arrested sixty-one students in Leeds on Monday.", "2024-04-10", "arrest", {"arrests": 61}),
    ("fr", "Quatre-vingt-dix salariés ont fait grève lundi à Tulle.", "2024-04-10", "strike", {"participants": 90}),
    ("fr", "La police a interpellé vingt et un manifestants lundi à Brest.", "2024-04-10", "arrest", {"arrests": 21}),
    ("es", "La policía detuvo a treinta y dos manifestantes el lunes en Quito.", "2024-04-10", "arrest",
     {"arrests": 32}),
    ("es", "Veinticinco maestros fueron detenidos el lunes en Cusco.", "2024-04-10", "arrest", {"arrests": 25}),
    # the kind of a count told by the verb's complement ("placed under house arrest", "placés en garde à vue")
    ("en", "Three union leaders were placed under house arrest on Monday in Jalandhar.", "2024-04-10", "arrest",
     {"arrests": 3}),
    ("en", "Twelve dockers were taken into custody on Monday in Durban.", "2024-04-10", "arrest", {"arrests": 12}),
    ("fr", "Douze manifestants ont été placés en garde à vue lundi à Lyon.", "2024-04-10", "arrest", {"arrests": 12}),
    # the police or troops sent are a deployment's size, and never a crowd's
    ("en", "More than 3,000 police officers were deployed in central Lima on Sunday.", "2024-04-10",
     "deployment", {"participants": 3000, "count_approx": True}),
    ("fr", "Le gouvernement a déployé 500 militaires mardi à Niamey.", "2024-04-10",
     "deployment", {"participants": 500}),
    ("es", "Unos 800 militares fueron desplegados el lunes en el centro de Quito.", "2024-04-10",
     "deployment", {"participants": 800, "count_approx": True}),
    ("en", "Police were deployed in Kitwe on Monday to contain 2,000 striking miners.", "2024-04-10",
     "deployment", {"participants": None}),
    ("en", "About 400 police officers watched 5,000 teachers march in Lima on Sunday.", "2024-04-10",
     "protest", {"participants": 5000}),
    ("en", "The ministry sent 1,500 paramilitaries to Srinagar on Tuesday.", "2024-04-10",
     "deployment", {"participants": 1500}),
    ("fr", "Le préfet a ordonné mardi le déploiement de 1.500 paramilitaires à Srinagar.", "2024-04-10",
     "deployment", {"participants": 1500}),
    # South Asian scales multiply the figure before them
    ("en", "Nearly 3 crore workers joined the nationwide strike in India on Wednesday.", "2024-04-10",
     "strike", {"participants": 30_000_000, "count_approx": True}),
    ("en", "About 4 lakh farmers marched in Punjab on Wednesday.", "2024-04-10",
     "protest", {"participants": 400_000, "count_approx": True}),
    # the people counted past a place and other words that qualify them
    ("en", "Thousands of Kenya public school teachers marched in Nairobi on Monday.", "2024-04-10",
     "protest", {"participants": 2000, "count_approx": True}),
    # a second bare figure told as someone's count counts the same people; the lowest is kept
    ("fr", "Environ 80 000 personnes selon la CGT, 25 000 selon la préfecture, ont défilé mardi à Rennes.",
     "2024-04-10", "protest", {"participants": 25000}),
    ("en", "Some 30,000 nurses according to their union, 9,000 according to police, rallied in Leeds on Friday.",
     "2024-04-10", "protest", {"participants": 9000}),
    ("es", "Unas 40 000 personas según los convocantes, 15 000 según la policía, marcharon el sábado en Sevilla.",
     "2024-04-10", "protest", {"participants": 15000}),
    # thousands written with an apostrophe, as in Switzerland
    ("fr", "Quelque 12'000 employés de la construction ont défilé samedi à Zurich.", "2024-04-10", "protest",
     {"participants": 12000, "count_approx": True}),
    # a figure inside "a total of" is what the verb acts on; the arrested are no crowd size
    ("en", "A total of 314 dockers were detained by the port police in Mombasa on Monday.", "2024-04-10",
     "arrest", {"arrests": 314}),
    ("en", "Police apprehended 27 students during the rally in Dhaka on Sunday.", "2024-04-10",
     "protest", {"participants": None}),
    ("en", "Police apprehended 27 students during the rally in Dhaka on Sunday.", "2024-04-10",
     "arrest", {"arrests": 27}),
    # the whole a crowd is a share of is no crowd: not 1200 here, whoever the 900 are
    ("fr", "Près de 900 grutiers ont cessé le travail mardi au Havre, sur un total de 1200 salariés du port.",
     "2024-04-10", "strike", {"participants": None}),
    # one person told in the singular who is killed or wounded is one casualty
    ("fr", "Un gréviste a été tué par les gendarmes jeudi soir devant la mine de Tarkwa.", "2024-04-10",
     "repression", {"fatalities": 1}),
    ("en", "Soldiers shot dead a student in Mandalay on Saturday as the march was dispersed.", "2024-04-10",
     "repression", {"fatalities": 1}),
    ("es", "Un manifestante murió el martes en Cali tras ser baleado por la policía.", "2024-04-10",
     "repression", {"fatalities": 1}),
    # the participle beside the people says what they suffered, whatever the parse hangs them on
    ("fr", "Quinze ouvriers ont été tués et trois gendarmes blessés lors des heurts de samedi à Kédougou.",
     "2024-04-10", "repression", {"fatalities": 15}),
]


@pytest.mark.parametrize(("language", "text", "published", "event_type", "fields"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_counts(language: str, text: str, published: str, event_type: str, fields: dict[str, Any]) -> None:
    events = [e for e in strikewatch.extract(text, published=published, language=language) if e.type == event_type]
    assert events, f"no {event_type}"
    assert [{k: getattr(e, k) for k in fields} for e in events] == [fields]


# counts read across the sentences of a document: (language, text, publication date, {type: fields}); a
# type expected with no count may also be absent
DOCUMENTS: list[tuple[str, str, str, dict[str, dict[str, Any]]]] = [
    # of two figures for one event, the lower is kept (DESIGN rule 5)
    ("en", "Some 3,000 workers struck at the Ulsan plant on Monday. Police said the strike in Ulsan drew 2,500 "
           "workers on Monday.", "2024-05-08", {"strike": {"participants": 2500}}),
    ("fr", "Quelque 3 000 salariés ont fait grève lundi à Lyon. Selon la police, la grève a réuni 2 500 salariés "
           "lundi à Lyon.", "2024-05-08", {"strike": {"participants": 2500}}),
    # a lead of one sentence takes the crowd the next paragraph gives; a longer paragraph keeps to itself
    ("en", "QUITO — Protests against the fuel price rise went on in Quito on Tuesday.\nSome 5,000 students "
           "answered the call, the organisers said.", "2024-05-08",
     {"protest": {"participants": 5000}}),
    ("en", "Protests against the fuel price rise went on in Quito on Tuesday. The government did not comment.\n"
           "Some 5,000 students answered the call, the organisers said.", "2024-05-08",
     {"protest": {"participants": None}}),
    # the toll of clashes goes on the force used on them, told in another sentence (rule 6)
    ("en", "Police opened fire on the crowd in Lusaka on Monday. The clashes between police and protesters in "
           "Lusaka on Monday left 12 dead and 40 injured.", "2024-09-10",
     {"repression": {"fatalities": 12, "injured": 40}, "riot": {"fatalities": None, "injured": None}}),
    ("fr", "La police a tiré sur la foule lundi à Dakar. Les affrontements entre policiers et manifestants, "
           "lundi à Dakar, ont fait 12 morts et 40 blessés.", "2024-09-10",
     {"repression": {"fatalities": 12, "injured": 40}, "riot": {"fatalities": None, "injured": None}}),
    # the crowd force was used on is the protest's too
    ("en", "Students marched through Khartoum on Thursday. On Thursday in Khartoum the police shot tear gas at "
           "thousands of marchers.", "2024-06-01", {"protest": {"participants": 2000}, "repression": {"participants": 2000}}),
    ("fr", "Des étudiants ont défilé jeudi à Dakar. La police a tiré des gaz lacrymogènes jeudi à Dakar sur une "
           "quarantaine de manifestants.", "2024-06-01", {"protest": {"participants": 40}, "repression": {"participants": 40}}),
    # a march that clashes broke out in is the riot's (rule 6): its crowd is the riot's, not other rallies'
    ("en", "Some 5,000 miners marched through Potosí on Monday, where clashes broke out with police. Other rallies "
           "took place in Oruro.", "2024-05-10", {"riot": {"participants": 5000}, "protest": {"participants": None}}),
]


@pytest.mark.parametrize(("language", "text", "published", "expected"), DOCUMENTS,
                         ids=[f"{d[0]}-{i}" for i, d in enumerate(DOCUMENTS)])
def test_document_counts(language: str, text: str, published: str, expected: dict[str, dict[str, Any]]) -> None:
    events = strikewatch.extract(text, published=published, language=language)
    for event_type, fields in expected.items():
        got = [{k: getattr(e, k) for k in fields} for e in events if e.type == event_type]
        assert got == [fields] or not got and not any(fields.values()), (event_type, got)


@pytest.mark.parametrize(("language", "text", "event_type", "field", "expected"), [
    # one sentence, a figure per place, told in the order of the places
    ("en", "Some 25,000 people marched in Athens and 10,000 people in Thessaloniki on Wednesday.", "protest",
     "participants", {"Athens": 25000, "Thessaloníki": 10000}),
    ("en", "On Tuesday 11 truckers were detained in Tabriz, while seven others were detained in Karaj.", "arrest",
     "arrests", {"Tabriz": 11, "Karaj": 7}),
    ("fr", "Mardi, 3 000 personnes ont défilé à Lyon et 1 500 personnes à Grenoble.", "protest",
     "participants", {"Lyon": 3000, "Grenoble": 1500}),
])
def test_a_figure_per_place(language: str, text: str, event_type: str, field: str, expected: dict[str, int]) -> None:
    events = strikewatch.extract(text, published="2024-05-08", language=language)
    assert {e.location: getattr(e, field) for e in events if e.type == event_type} == expected
