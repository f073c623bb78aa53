"""English sentences written for the tests (none from the dev set); format as in cases_fr.py."""

CASES = [
    # strike
    ("About 15,000 nurses went on strike on Monday at hospitals in Minneapolis.", "2022-09-14",
     {"strike": {"date_start": "2022-09-12", "participants": 15000, "admin1": "US-MN"}}),
    ("Dockworkers in Antwerp walked out on Tuesday over pay.", "2023-03-09",
     {"strike": {"date_start": "2023-03-07", "country": "BE"}}),
    ("Teachers in Chicago have been on strike since October 17.", "2019-10-25",
     {"strike": {"date_start": "2019-10-17", "date_end": "2019-10-25", "admin1": "US-IL"}}),
    ("A general strike shut down Kathmandu yesterday.", "2022-03-11",
     {"strike": {"subtype": "general strike", "date_start": "2022-03-10", "country": "NP"}}),
    ("Miners at the Marikana platinum mine downed tools on 10 August.", "2012-08-16",
     {"strike": {"date_start": "2012-08-10", "country": "ZA"}}),
    ("Rail workers staged a 24-hour walkout across Britain last week.", "2022-06-28",
     {"strike": {"date_start": "2022-06-20", "date_end": "2022-06-26", "country": "GB"}}),
    ("Garment workers stopped work at 20 factories in Gazipur on Sunday.", "2023-10-31",
     {"strike": {"date_start": "2023-10-29", "country": "BD"}}),
    ("Workers at the Amazon warehouse in Coventry went on strike from 25 to 27 January.", "2023-01-30",
     {"strike": {"date_start": "2023-01-25", "date_end": "2023-01-27", "country": "GB"}}),
    ("On March 9, the rail workers, who had marched on March 2, went on strike in Leeds.", "2023-03-10",
     {"strike": {"date_start": "2023-03-09", "admin1": "GB-ENG"}, "protest": {"date_start": "2023-03-02"}}),
    # protest
    ("Some 300 dismissed workers have been on hunger strike in Dhaka since May 2.", "2024-05-10",
     {"protest": {"subtype": "hunger strike", "date_start": "2024-05-02", "country": "BD"}}),
    ("The union made the decision to strike at the Leeds depot on Friday.", "2024-05-10", {}),
    ("Thousands of people rallied in Tbilisi on Saturday against the foreign agents law.", "2024-04-29",
     {"protest": {"date_start": "2024-04-27", "country": "GE", "participants": 2000}}),
    ("Protesters marched through central Nairobi on Tuesday.", "2024-06-27",
     {"protest": {"date_start": "2024-06-25", "country": "KE"}}),
    ("Around 500 farmers blocked the road to the port of Rotterdam on March 3.", "2023-03-06",
     {"protest": {"date_start": "2023-03-03", "participants": 500, "country": "NL"}}),
    ("Students held a sit-in at the University of Dhaka yesterday.", "2024-07-16",
     {"protest": {"date_start": "2024-07-15", "country": "BD"}}),
    # a site named after its town is in that town
    ("Junior doctors picketed outside Christchurch Public Hospital on Tuesday.", "2024-03-14",
     {"protest": {"date_start": "2024-03-12", "admin1": "NZ-CAN"}}),
    ("A vigil was held in Hong Kong on June 4.", "2019-06-05",
     {"protest": {"date_start": "2019-06-04", "country": "HK"}}),
    ("Residents demonstrated outside the town hall in Leeds last Friday.", "2023-05-10",
     {"protest": {"date_start": "2023-05-05", "admin1": "GB-ENG"}}),
    # roads blocked by protesters (by a flood, no protest); crowds that flood the streets
    ("The main road to the port was blocked by protesters on Monday in Durban.", "2024-06-05",
     {"protest": {"date_start": "2024-06-03", "admin1": "ZA-KZN"}}),
    ("Thousands flooded the streets of Belgrade on Friday.", "2024-06-05", {"protest": {"country": "RS"}}),
    ("Roads were cut off by floods in Akkar on Monday.", "2024-06-05", {}),
    # riot
    ("Rioters torched cars and looted shops in Nanterre overnight.", "2023-06-29",
     {"riot": {"admin1": "FR-IDF"}}),
    ("Protesters clashed with police in Lima on Thursday.", "2023-01-21",
     {"riot": {"date_start": "2023-01-19", "country": "PE"}}),
    ("Youths hurled stones at police vehicles in Belfast on Monday night.", "2021-04-08",
     {"riot": {"date_start": "2021-04-05", "country": "GB"}}),
    # repression
    ("Police fired tear gas at demonstrators in Santiago on Friday.", "2019-10-20",
     {"repression": {"date_start": "2019-10-18", "admin1": "CL-RM"}}),
    ("Security forces opened fire on protesters in Yangon, killing 18 people.", "2021-03-01",
     {"repression": {"fatalities": 18, "admin1": "MM-06"}}),
    ("Riot police used water cannon to disperse the crowd in Istanbul.", "2023-05-02",
     {"repression": {"country": "TR"}}),
    ("At least 27 people were killed in the crackdown in Colombia since April 28.", "2021-05-04",
     {"repression": {"fatalities": 27, "date_start": "2021-04-28", "country": "CO"}}),
    # arrest
    ("Police arrested 41 people in Tunis on Tuesday night.", "2021-01-20",
     {"arrest": {"arrests": 41, "date_start": "2021-01-19", "admin1": "TN-11"}}),
    ("The union leader was detained at his home in Minsk on Monday.", "2021-05-18",
     {"arrest": {"date_start": "2021-05-17", "country": "BY"}}),
    # the charge an arrest is for is no event of that day ("for organizing a rally" in May)
    ("Police in Lusaka on Monday arrested two student leaders for organizing a march in May.", "2021-09-07",
     {"arrest": {"arrests": 2, "date_start": "2021-09-06"}}),
    ("More than 600 protesters have been arrested since the unrest began.", "2021-01-19",
     {"arrest": {"arrests": 600}}),
    # paired words: what the verb acts on makes the event
    ("Police dispersed the protesters outside the parliament in Nairobi on Tuesday.", "2024-06-27",
     {"repression": {"date_start": "2024-06-25", "country": "KE"}}),
    ("The government sent 300 soldiers to Kasserine on Monday.", "2021-01-20",
     {"deployment": {"date_start": "2021-01-18", "country": "TN"}}),
    ("The government agreed on Sunday to slash diesel prices in Brazil.", "2018-05-28",
     {"concession": {"date_start": "2018-05-27", "country": "BR"}}),
    ("The company cut 40 minutes from the lunch break at its Brazil plant.", "2018-05-28", {}),
    ("The factory owner was released from jail on bail in Dhaka this week.", "2014-08-07", {}),
    # restriction
    ("Mobile internet services were suspended in Khartoum on Monday.", "2023-06-07",
     {"restriction": {"date_start": "2023-06-05", "date_end": "2023-06-07", "country": "SD"}}),
    ("Authorities banned all gatherings and protests in Lahore on Friday.", "2024-10-07",
     {"restriction": {"date_start": "2024-10-04", "country": "PK"}}),
    ("The union cut its demands after talks in Lahore on Friday.", "2024-10-07", {}),
    ("The government declared a state of emergency in Almaty on January 5.", "2022-01-08",
     {"restriction": {"date_start": "2022-01-05", "country": "KZ"}}),
    ("A curfew was imposed in Colombo until Monday.", "2022-04-03",
     {"restriction": {"country": "LK"}}),
    ("Authorities imposed an internet shutdown across the country on Friday.", "2019-11-18",
     {"restriction": {"date_start": "2019-11-15"}}),
    ("The ministry issued back-to-work orders to striking truckers on Tuesday.", "2022-12-01",
     {"restriction": {"date_start": "2022-11-29"}}),
    # deployment
    ("The army deployed troops to Karachi after the clashes.", "2023-05-11",
     {"deployment": {"country": "PK"}}),
    ("Russia sent troops to Kazakhstan on January 6.", "2022-01-08",
     {"deployment": {"date_start": "2022-01-06", "country": "KZ"}}),
    # a later sentence that only tells how long a measure lasts ends it (a decreed period, rule 8)
    # (published on a Wednesday: what "will remain" until Monday ends on the coming Monday)
    ("The authorities imposed a curfew in Kano on Friday. The curfew will remain in force until Monday.",
     "2024-05-15", {"restriction": {"date_start": "2024-05-10", "date_end": "2024-05-20"}}),
    ("The governor banned all gatherings in Kano on Friday. The ban stays until Monday, the police said.",
     "2024-05-15", {"restriction": {"date_start": "2024-05-10", "date_end": "2024-05-13"}}),
    ("The authorities imposed a curfew in Kano on Friday. Talks with the unions will go on until Monday.",
     "2024-05-15", {"restriction": {"date_start": "2024-05-10", "date_end": "2024-05-15"}}),
    # breaking out is no beginning of something that runs on: that evening only
    ("Clashes erupted between youths and riot police in Bradford on Tuesday evening.", "2024-05-16",
     {"riot": {"date_start": "2024-05-14", "date_end": "2024-05-14"}}),
    # a town named with its region is that town, even when the tagger takes "Town, Region" for a company
    ("Maquiladora workers in the border city of Matamoros, Tamaulipas, walked out on Monday over bonuses.",
     "2024-05-15", {"strike": {"admin1": "MX-TAM"}}),
    # a country that owns something ("China's Sinopec") is not where the sentence's event happened
    ("Oil workers in Kazakhstan downed tools on Monday. A joint venture of China's Sinopec also sacked 300 workers.",
     "2024-05-15", {"strike": {"country": "KZ"}, "layoff": {"country": "KZ", "participants": None}}),
    # troops called in, an army that intervenes against a crowd
    ("Troops were called in to restore order in Chittagong on Monday.", "2024-06-05",
     {"deployment": {"date_start": "2024-06-03", "country": "BD"}}),
    ("The army intervened in Kasserine on Monday as crowds torched a police post.", "2024-06-05",
     {"deployment": {"date_start": "2024-06-03", "country": "TN"}}),
    # a curfew decided is imposed; a strike decided is not held
    ("The governor decided on Monday to impose a curfew in Mandalay.", "2024-06-05",
     {"restriction": {"date_start": "2024-06-03", "country": "MM"}}),
    ("The union decided on Monday to strike at the port of Durban.", "2024-06-05", {}),
    # layoff
    ("The company laid off 1,200 workers at its plant in Detroit in March.", "2023-05-02",
     {"layoff": {"dismissed": 1200, "date_start": "2023-03-01", "admin1": "US-MI"}}),
    ("Management locked out the dockworkers at the port of Vancouver.", "2023-07-20",
     {"layoff": {"country": "CA"}}),
    # concession
    ("The president agreed to reverse the fare hike on Saturday.", "2019-10-20",
     {"concession": {"date_start": "2019-10-19"}}),
    ("The prime minister announced his resignation on Monday.", "2022-07-08",
     {"concession": {"date_start": "2022-07-04"}}),
    # solidarity
    ("Dockers in Genoa held a rally in solidarity with the striking workers.", "2023-11-10",
     {"solidarity": {"country": "IT"}, "protest": {"country": "IT"}}),
    # a territory's people name it; tied with its state, the territory is the story's (DESIGN.md rule 4)
    ("New Caledonian dockers went on strike on Monday, French officials said.", "2024-06-05",
     {"strike": {"country": "NC", "date_start": "2024-06-03"}}),
    # negatives
    # a curfew against gangs or after a flood answers no unrest of ours (DESIGN.md rule 10)
    ("Authorities imposed a curfew in Port-au-Prince on Tuesday after gangs attacked two police stations.", "2024-06-05", {}),
    ("The governor declared a state of emergency after floods swept through the valley on Monday.", "2024-06-05", {}),
    # notice of a strike, a strike set to begin or averted, a team that rallies, a candidate's rally, troops sent
    # to a flood, a court's sentence for an old massacre: none happened as an event of ours
    ("The nurses' union has served notice of a 72-hour strike at Groote Schuur Hospital.", "2024-06-05", {}),
    ("Port workers in Durban are set to strike for two days next week.", "2024-06-05", {}),
    # a state's protest is diplomacy (DESIGN.md rule 10); what it protests may still be an event of ours
    ("Kenya protested to Uganda on Monday over the detention of two of its journalists.", "2024-06-05",
     {"arrest": {}}),
    ("The foreign ministry protested on Tuesday against the expulsion of its diplomats.", "2024-06-05", {}),
    # headline English: "X to strike" is to come; "X strike" is news; a strike someone tried to break was held
    ("Dockers to strike over pay at Felixstowe", "2024-06-05", {}),
    ("Nurses to stage walkout at Leeds hospitals", "2024-06-05", {}),
    ("Dockers strike over pay at Felixstowe", "2024-06-05", {"strike": {}}),
    ("Hundreds of miners were sacked in a bid to break a three-month strike at the Tarkwa mine.", "2024-06-05",
     {"strike": {"country": "GH"}, "layoff": {"country": "GH"}}),
    ("The stoppage at the Sasolburg plant was averted on Sunday.", "2024-06-05", {}),
    ("The visitors rallied in the second half and scored twice to win in Lagos.", "2024-06-05", {}),
    ("The candidate held a rally in Toledo on Tuesday to open her campaign.", "2024-06-05", {}),
    ("Troops were deployed to the flooded districts of Kisumu to help evacuate residents.", "2024-06-05", {}),
    ("A court in Lima sentenced two retired generals for the 1986 massacre of prisoners.", "2024-06-05", {}),
    # a call to strike and a strike election are no strike
    ("The minister warned anyone who would answer the call to strike at the port of Mombasa.", "2024-06-05", {}),
    ("The union posted the results of its strike election at the Windsor plant.", "2024-06-05", {}),
    # what they marched against is a grievance, no crackdown of its own
    ("Hundreds of nurses rallied in Durban on Tuesday against the government crackdown.", "2024-06-05",
     {"protest": {"date_start": "2024-06-04"}}),
    ("The union has threatened to strike next month.", "2023-03-01", {}),
    ("Unions called for a general strike on March 15.", "2023-03-01", {}),
    ("Workers will walk out on Friday if talks fail.", "2023-03-01", {}),
    ("The nurses did not strike this year.", "2023-03-01", {}),
    ("A protest is planned for next week in Boston.", "2023-03-01", {}),
    ("Drivers voted to strike over pay.", "2023-03-01", {}),
    ("The strike could spread to other ports.", "2023-03-01", {}),
    ("Minimum wage negotiations resumed in Seoul.", "2023-03-01", {}),
    ("Police deployed tear gas and water cannon against the crowd in Ankara.", "2023-03-01",
     {"repression": {"country": "TR"}}),
    ("Air strikes hit the outskirts of Aleppo on Monday.", "2023-03-01", {}),
    ("Shares rallied on Wall Street on Friday after the jobs report.", "2023-03-01", {}),
    ("The minister suffered a cardiac arrest last week.", "2023-03-01", {}),
    ("The two parties clashed over the budget in parliament.", "2023-03-01", {}),
    ("About 3,000 postal workers walked off the job in Winnipeg on Monday.", "2024-05-15",
     {"strike": {"date_start": "2024-05-13"}}),
    ("More than 5,000 protesters gathered in Sofia on Friday.", "2024-05-15",
     {"protest": {"date_start": "2024-05-10", "country": "BG"}}),
    ("Thousands of fans gathered in Sofia on Friday to watch the final.", "2024-05-15", {}),
    ("Soldiers killed three protesters in Mandalay on Sunday.", "2024-05-15",
     {"repression": {"date_start": "2024-05-12", "country": "MM"}}),
    ("Gunmen killed three villagers in Kaduna on Sunday.", "2024-05-15", {}),
    ("On Monday the drilling firm announced it had fired some 900 of its strikers in Aktau.", "2024-05-15",
     {"layoff": {"date_start": "2024-05-13", "country": "KZ"}}),
    ("The court dismissed the union's complaint on Monday.", "2024-05-15", {}),
    ("Opposition parties enforced a dawn-to-dusk hartal in Sylhet on Sunday.", "2024-05-15",
     {"strike": {"date_start": "2024-05-12", "country": "BD"}}),
    ("Police used pepper spray on students outside the ministry in Santiago on Tuesday.", "2024-05-15",
     {"repression": {"date_start": "2024-05-14", "country": "CL"}}),
    ("Angry residents ransacked the district office in Kisumu on Monday.", "2024-05-15",
     {"riot": {"date_start": "2024-05-13", "country": "KE"}}),
    ("Soldiers patrolled the streets of Bamako on Friday.", "2024-05-15",
     {"deployment": {"date_start": "2024-05-10", "country": "ML"}}),
    # one person arrested is arrests 1 (DESIGN rule 5); several unnamed are no figure
    ("On Monday, police in Belarus detained the organiser of a walkout at a salt mine.", "2024-05-15",
     {"arrest": {"arrests": 1, "date_start": "2024-05-13"}, "strike": {"country": "BY"}}),
    ("Police detained several union leaders in Minsk on Monday.", "2024-05-15",
     {"arrest": {"arrests": None, "country": "BY"}}),
    # each toll goes with the verb that governs it; "fatally" makes the shot dead
    ("Riot police broke up a rally in Phnom Penh on Tuesday, killing one man and wounding eight protesters.",
     "2024-05-15", {"repression": {"fatalities": 1, "injured": 8}, "protest": {"country": "KH"}}),
    ("Four marchers were fatally shot by soldiers in Omdurman on Thursday.", "2024-05-15",
     {"repression": {"fatalities": 4, "date_start": "2024-05-09"}}),
    # "to protest", "in protest": why the strikers struck, not a second event
    ("Workers at a shoe factory in Dong Nai went on strike on Tuesday to protest a new pension law.", "2024-05-15",
     {"strike": {"date_start": "2024-05-14"}}),
    ("Nurses in Cork walked out on Monday in protest against staff shortages.", "2024-05-15",
     {"strike": {"date_start": "2024-05-13", "country": "IE"}}),
    # ... also when the strike is the subject of the verb the purpose explains
    ("The strike began on Monday in protest at the new pension law in Leeds.", "2024-01-24",
     {"strike": {"country": "GB"}}),
    ("Authorities imposed prohibitory orders in Lahore on Thursday.", "2024-05-15",
     {"restriction": {"date_start": "2024-05-09", "country": "PK"}}),
    # a question asks, it asserts nothing
    ("Is there a strike at the port of Dover today?", "2024-06-05", {}),
    # the purpose of a strike only called is no protest either
    ("The union called a strike to protest the new pension law in Detroit.", "2024-06-05", {}),
    # ... nor the purpose of a rally people were only urged to hold
    ("The opposition urged supporters to rally in Accra on Saturday to protest the fuel price rise.", "2024-06-05", {}),
    # what a government is pressed to grant is not granted
    ("The nurses' union pressed the health board to reinstate the night allowances in Cardiff.", "2024-06-05", {}),
    ("Residents pressured the council to scrap the parking charges in Leeds on Monday.", "2024-06-05", {}),
    # a month before a noun that describes someone dates that noun, not the event; in the clause it dates the event
    ("Police detained the opposition leader, the main rival of the president in the February elections, outside "
     "his house.", "2024-03-20", {"arrest": {"date_start": None}}),
    ("Police detained 40 opposition supporters during the February elections in Kampala.", "2024-03-20",
     {"arrest": {"date_start": "2024-02-01", "date_end": "2024-02-29"}}),
    # what was due was planned, in the past too
    ("Airport security staff were due to walk out over new rosters on Friday.", "2024-06-05", {}),
    ("Bus drivers in Leeds were due to stage a walkout on Monday.", "2024-06-05", {}),
    # a strike authorised by a ballot, voted, put back or supposed ("if") is not held; a definition tells none
    ("Teachers in Fresno voted to authorize a strike, union officials said.", "2024-06-05", {}),
    ("Nurses' union votes to strike", "2024-06-05", {}),
    ("Bank unions have deferred Wednesday's strike after talks with the labour commissioner.", "2024-06-05", {}),
    ("The city could come to a standstill if bus drivers walk off the job.", "2024-06-05", {}),
    ("In plain words, a strike is a collective stoppage of work by employees.", "2024-06-05", {}),
    ("A strike is under way at the docks in Liverpool.", "2024-06-05", {"strike": {"country": "GB"}}),
    # none reported, only feared, or the charge an arrest is for: no clash and no strike that day
    ("There were no reports of clashes at the Rustenburg mines on Monday.", "2024-06-05", {}),
    ("The union called off the march in Seoul over concerns about renewed clashes with riot police.", "2024-06-05", {}),
    ("Four union officials were arrested in Bulawayo on Monday for helping organise a strike against fuel prices.",
     "2024-06-05", {"arrest": {"date_start": "2024-06-03"}}),
    # struck in the passive is hit; a last resort is named, not taken
    ("A passer-by was struck and hurt by a truck near the market in Harare.", "2024-06-05", {}),
    ("A docker said the crew sees no other choice but to strike over low wages.", "2024-06-05", {}),
    # a collapse kills with no force behind it (DESIGN.md rule 10: disasters)
    ("Fifteen people were killed when the canopy of the Novi Sad station collapsed in November.", "2024-06-05", {}),
    # people held under immigration law are no arrests of ours (DESIGN.md rule 10)
    ("Some 1,900 people were held in immigration detention in Darwin last month.", "2024-06-05", {}),
    ("Border officers detained 300 people without visas at the port of Dover on Monday.", "2024-06-05", {}),
    # riot control weapons are no riot
    ("A judge barred federal officers in Minneapolis from using riot control weapons on reporters.", "2024-05-15", {}),
    # an aim told as such
    ("Their aim is to strike at the Leeds depot.", "2024-12-20", {}),
    ("The plan was to march on parliament in London.", "2024-12-20", {}),
    ("Their aim was clear: workers struck in Leeds on Monday.", "2024-12-20",
     {"strike": {"date_start": "2024-12-16", "country": "GB"}}),
    # on a condition still open, supposed; "even if" concedes what happened
    ("If the council does not answer by Friday, the cleaners walk out at the Leeds depot.", "2025-05-05", {}),
    ("Unless the company pays the bonus, the dockers stop work in Felixstowe on Monday.", "2025-05-05", {}),
    ("The cleaners are on strike at the Leeds depot since Monday, even if the council calls it illegal.",
     "2025-05-05", {"strike": {"country": "GB"}}),
    # coordinated nouns share the determiner and the cue of the first: none of them happened
    ("The march through Leeds on Sunday ended quietly and no injuries or arrests were reported.", "2025-05-05",
     {"protest": {"country": "GB"}}),
    ("Teachers marched in Accra on Monday. Officials did not give details of any injuries or arrests.", "2025-05-05",
     {"protest": {"country": "GH"}}),
    ("Police reported injuries and arrests after the march in Accra on Monday.", "2025-05-05",
     {"arrest": {"country": "GH"}}),
    # what troops stand by to ward off has not happened
    ("Two army units stood by in Lae to ward off further unrest.", "2025-05-05", {}),
    # a ban told as what will not be allowed; in the present it is a rule in force
    ("No protests will be allowed in Harare during the summit, the police said on Monday.", "2025-05-05",
     {"restriction": {"country": "ZW"}}),
    ("No gatherings are allowed in the square outside the Harare parliament.", "2025-05-05", {}),
    ("Forty nurses were taken to police cells in Harare on Monday.", "2025-05-05",
     {"arrest": {"country": "ZW", "date_start": "2025-05-05"}}),
    ("Police in Durban took 40 bus drivers in for questioning on Monday.", "2025-05-07",
     {"arrest": {"date_start": "2025-05-05", "admin1": "ZA-KZN"}}),
    # what is negotiated is not won
    ("Negotiations over a new pay deal for the Leeds bus drivers stalled again on Monday.", "2025-05-07", {}),
    # throwing things at the police is a riot
    ("Strikers hurled eggs and fireworks at the riot police outside the Leeds depot on Monday.", "2025-05-07",
     {"riot": {"date_start": "2025-05-05"}}),
    # what is due or expected is still to come; what forces are sent to do is their aim (the sending is the event)
    ("Bus drivers in Leeds are to strike on Friday over rosters.", "2025-05-05", {}),
    ("The commander says his men expect to detain more union organisers in Leeds.", "2025-05-05", {}),
    ("The government sent troops to Lae to crush the protests on Monday.", "2025-05-07",
     {"deployment": {"date_start": "2025-05-05"}, "protest": {"country": "PG"}}),
    # what they hope for has not happened
    ("The miners' delegates hope to sign a pay agreement with the owners of the Kitwe mine next week.",
     "2025-05-05", {}),
    # a figure is a word of a short sentence: three words and a figure assert an event
    ("Police detained 32 dockers.", "2025-05-05", {"arrest": {"arrests": 32}}),
    # one who resigns in protest stages no protest; a road the authorities block is no blockade of protesters
    ("The deputy minister resigned on Friday in protest at the new mining code.", "2025-05-05", {}),
    ("Police blocked the road leading to the Harare parliament on Monday.", "2025-05-05", {}),
    ("Vendors blocked the road leading to the Harare parliament on Monday.", "2025-05-05",
     {"protest": {"country": "ZW", "date_start": "2025-05-05"}}),
    # a demonstration that turns violent is one riot, not also a protest (DESIGN.md rule 6)
    ("The rally in Lagos turned violent on Monday.", "2020-06-01", {"riot": {"date_start": "2020-06-01", "country": "NG"}}),
    ("By late afternoon the protests in Denver became violent, police said on Sunday.", "2020-06-01",
     {"riot": {"admin1": "US-CO"}}),
    # a picket line or a roadblock cleared by force is repression
    ("Riot police dispersed the picketline at the food plant in Calamba on Monday.", "2020-06-03",
     {"repression": {"date_start": "2020-06-01", "country": "PH"}}),
    # batons carried are no force; batons used on people are
    ("In Harare on Monday, riot police carrying batons waited at the main crossroads.", "2021-06-09", {}),
    ("Officers hit the marchers with batons in Lahore on Monday.", "2021-06-09",
     {"repression": {"date_start": "2021-06-07", "country": "PK"}}),
    # a ballot's result, and detention as migration policy, are no events of ours
    ("Turnout was 38%, and 80% of those lecturers backed strike action as well as action short of a strike.", "2023-03-01", {}),
    ("More than 1,800 people were held in onshore detention for over a year.", "2023-03-01", {}),
    # set or scheduled to happen is to come; a strike that began and was expected to last is one
    ("Schools in Leeds will close on the day the council workers' strike is set to take place.",
     "2011-11-18", {}),
    ("The strike, which began on Monday, was expected to last a week in Leeds.", "2011-11-18",
     {"strike": {"date_start": "2011-11-14", "admin1": "GB-ENG"}}),
    ("Mandatory detention in Australia has driven the processing priorities.", "2011-11-18", {}),
    # what acts is not what the verb speaks of: the rally that called for a resignation took place
    ("The rally in Leeds on Monday called for the resignation of the mayor.", "2024-06-07",
     {"protest": {"date_start": "2024-06-03", "admin1": "GB-ENG"}}),
    ("Tear gas fired by the police prevented the march from reaching parliament in Nairobi on Monday.", "2024-06-07",
     {"repression": {"date_start": "2024-06-03", "country": "KE"}}),
    # a long cue of time or cause before the protests makes them background ("in the wake of", "in response to")
    ("Authorities imposed a curfew in Kathmandu on Monday in the wake of the protests.", "2024-06-11",
     {"restriction": {"date_start": "2024-06-10", "country": "NP"}}),
    ("In response to the protests, the government of Nepal imposed a curfew in Kathmandu on Monday.", "2024-06-11",
     {"restriction": {"date_start": "2024-06-10", "country": "NP"}}),
    # a decline arrested, a protest leader named, robbers' loot: no event of ours
    ("Delegates argued over ways to arrest the long decline of union membership.", "2024-06-11", {}),
    ("Julio Vilca, a protest leader from Ilave, said they would travel to Lima on Monday.", "2024-06-11", {}),
    ("Police arrested two robbers escaping with their loot after robbing a shop in Ibadan on Monday.", "2024-06-11", {}),
    ("Police arrested 30 protest leaders in Lima on Monday.", "2024-06-11", {"arrest": {"arrests": 30, "country": "PE"}}),
    # of two words of one type, the main clause's gives the sentence's date
    ("Nurses who had rallied in Leeds on Monday marched in York on Wednesday.", "2024-03-08",
     {"protest": {"location": "York", "date_start": "2024-03-06"}}),
    # what "is to" happen, told in the present, is still to come; a strike that "is to continue" is under way
    ("The union said rallies and a nationwide strike are to follow on 14 May.", "2024-05-02", {}),
    ("A general strike is to begin in Lusaka on Monday, the federation said.", "2024-05-02", {}),
    ("The dockers' strike in Durban, which began on Monday, is to continue until Friday.", "2024-05-02",
     {"strike": {"country": "ZA"}}),
    # two days of a month joined by "and" are one range
    ("On March 4 and 5, 2021, police in Yangon fired on protesting teachers.", "2021-03-20",
     {"repression": {"date_start": "2021-03-04", "date_end": "2021-03-05", "country": "MM"}}),
    # a relative clause of place puts its event at the noun it describes, not at the towns listed before it
    ("Clashes broke out in Ibadan, Ilorin and Kano, the largest city of the north, where police detained 41 people"
     " on Tuesday.", "2024-05-02",
     {"riot": {"location": "Ibadan"}, "arrest": {"location": "Kano", "arrests": 41}}),
    # a venue named after its town is in that town
    ("Retired teachers staged a sit-in outside Quetta Press Club on Sunday.", "2024-05-02",
     {"protest": {"location": "Quetta", "admin1": "PK-BA"}}),
    # where the marchers came from is not where they marched
    ("Nurses who travelled from Cork and Galway marched in Dublin on Saturday.", "2024-05-02",
     {"protest": {"location": "Dublin"}}),
    # one of a series of planned walkouts, staged, took place; announced, it is still to come
    ("Bus drivers held the third of four planned stoppages in Glasgow on Thursday.", "2024-05-02",
     {"strike": {"country": "GB", "date_start": "2024-05-02"}}),
    ("The union announced the first of three planned walkouts in Glasgow.", "2024-05-02", {}),
    # to walk out of a building or of talks is to leave it
    ("The abbot walked out of the temple in Mandalay where he had hidden for a month.", "2024-05-02", {}),
    ("Hundreds of garment workers walked out of their factories in Gazipur on Monday.", "2024-05-02",
     {"strike": {"country": "BD"}}),
    # a clock strikes the hour
    ("The clock struck midnight as delegates in Ottawa finished the debate on the budget.", "2024-05-02", {}),
    # a right named is not used; people pressed "out of striking" did not strike
    ("The new charter guarantees citizens the right to demonstrate peacefully and to petition parliament.",
     "2024-05-02", {}),
    ("Managers tried to pressure the cleaners out of striking with threats of dismissal.", "2024-05-02", {}),
    # solidarity as a song's theme, or only wished for, is no support given
    ("The choir sang an old hymn about solidarity at the union's centenary dinner.", "2024-05-02", {}),
    ("Readers who wish to send solidarity to the cleaners can write to the union office.", "2024-05-02", {}),
    # a day's possessive is no actor
    ("Thursday's walkout by bus drivers in Leeds lasted six hours.", "2024-05-02",
     {"strike": {"location": "Leeds", "actor1": None}}),
    # on strike "to protest": why they struck, not a second event
    ("Nurses on strike to protest unpaid wages in Nairobi said the talks had failed.", "2024-05-02",
     {"strike": {"location": "Nairobi"}}),
    # what did not take place or go ahead did not happen
    ("The march by nurses in Harare did not take place on Monday.", "2024-05-02", {}),
    ("The sit-in at the Lusaka depot did not go ahead on Monday.", "2024-05-02", {}),
    # a definition speaks of a kind of event; a hypothesis of none yet
    ("Strikes are a weapon that workers use when talks fail.", "2024-05-02", {}),
    ("Hospitals in Leeds must keep minimum cover in case of a strike, the code says.", "2024-05-02", {}),
    # a participle before the clause describes its subject
    ("Banned by the police, the march by nurses went ahead in Harare on Saturday.", "2024-05-02",
     {"restriction": {"location": "Harare"}, "protest": {"location": "Harare"}}),
    # gunfights between a crowd and the police are a riot
    ("A gunfight between demonstrators and security forces erupted in Basra on Wednesday.",
     "2024-05-02", {"riot": {"admin1": "IQ-BA"}}),
    # tyres burnt to block a street are the blockade's means
    ("Miners in Rustenburg barricaded the street with burning tires on Monday.", "2024-05-02",
     {"protest": {"location": "Rustenburg"}}),
    # a habit is no event
    ("Whenever there is a strike at the port of Durban, exporters lose money.", "2024-05-02", {}),
    # what a union pays its strikers is no strike
    ("The union increased strike benefits to 500 dollars a week at its convention in Reno.", "2024-05-02", {}),
    # the army called out and forces mobilised are deployments, not rallies; a strike ruled unlawful is a ban
    ("The army was called out in Pokhara on Friday.", "2024-05-04", {"deployment": {"location": "Pokhara"}}),
    ("Police mobilized about 8,000 officers in central Busan on Saturday.", "2024-05-05",
     {"deployment": {"location": "Busan"}}),
    ("A labour court in Mombasa ruled the dockers' strike illegal on Monday.", "2024-05-07",
     {"restriction": {"location": "Mombasa"}}),
    # a march that clashes break out in, told by a clause of place or time, is one riot (DESIGN rule 6); two
    # clauses joined by "and", each with its subject, tell two events, each with its own date
    ("Some 4,000 dockers marched through Valparaíso on Tuesday, where clashes broke out with the police.",
     "2024-05-10", {"riot": {"participants": 4000, "date_start": "2024-05-07"}}),
    ("Workers marched through Leeds on Monday and clashes broke out in Bradford on Tuesday.", "2024-05-10",
     {"protest": {"location": "Leeds", "date_start": "2024-05-06"}, "riot": {"location": "Bradford", "date_start": "2024-05-07"}}),
    # "May" the month is no "may" of what might be; a day of the month counts no crowd
    ("Nurses struck in Lyon on 3 May, and teachers marched in Lille on 4 May.", "2024-05-10",
     {"strike": {"date_start": "2024-05-03"}, "protest": {"date_start": "2024-05-04", "location": "Lille"}}),
    ("On 2 May workers marched through Leeds.", "2024-05-10", {"protest": {"participants": None, "date_start": "2024-05-02"}}),
    # "three days ago" is a day, not a three-day event
    ("Three days ago 300 workers marched through Leeds.", "2024-05-10",
     {"protest": {"date_start": "2024-05-07", "date_end": "2024-05-07"}}),
    # force that a death followed is news, not background; what came after other clashes is background
    ("A young marcher died in hospital on Sunday after soldiers shot him at a rally in Omdurman.", "2024-05-10",
     {"repression": {"fatalities": 1}, "protest": {"date_start": "2024-05-05"}}),
    ("After the clashes on Monday, the strikers marched in Leeds on Tuesday.", "2024-05-10",
     {"protest": {"date_start": "2024-05-07"}}),
    ("On Friday in Puebla, three marchers were killed in a confrontation with police officers.", "2024-05-10",
     {"riot": {"admin1": "MX-PUE"}, "repression": {"fatalities": 3}}),
    # a fire that burns shops is an accident; a crowd that burns them riots
    ("A fire burned several shops in Leeds on Monday.", "2024-05-10", {}),
    # a concession answers collective action: in a story that tells none (three sentences or more), a reshuffle or
    # a deal that calls a strike off is none of ours; what is impossible to grant is not granted
    ("The government reshuffled the cabinet on Monday. Six new ministers were named. The finance minister kept "
     "his post.", "2024-05-10", {}),
    ("The union and the rail operator signed a pay deal on Monday. The strike planned for Thursday was called off. "
     "Trains will run as normal.", "2024-05-10", {}),
    ("The firm agreed to a pay rise on Monday after a three-day strike at its Leeds plant.", "2024-05-10",
     {"concession": {"location": "Leeds"}, "strike": {"location": "Leeds"}}),
    ("After a week of strikes in Leeds, the firm said on Monday it was impossible to accept the union's demand for a "
     "pay rise.", "2024-05-10", {"strike": {"location": "Leeds"}}),
    # talks that break down beat no one
    ("Talks broke down on Monday, with the union accusing managers of provoking workers in Leeds.", "2024-05-10", {}),
    # days with a name
    ("Police arrested 40 people at New Year’s Day protests in Hong Kong.", "2020-01-02",
     {"arrest": {"date_start": "2020-01-01", "arrests": 40}, "protest": {"date_start": "2020-01-01"}}),
]

HELD_OUT = [
    ("Hundreds of bus drivers went on strike in Lagos on Wednesday.", "2023-08-04",
     {"strike": {"date_start": "2023-08-02", "country": "NG"}}),
    ("Police detained 15 activists at the rally in Moscow.", "2022-02-25",
     {"arrest": {"arrests": 15, "country": "RU"}, "protest": {"country": "RU"}}),
    ("Troops fired live ammunition at protesters in Khartoum on Sunday.", "2022-01-18",
     {"repression": {"date_start": "2022-01-16", "country": "SD"}}),
    ("A state of emergency was declared in Quito on October 3.", "2019-10-05",
     {"restriction": {"date_start": "2019-10-03", "country": "EC"}}),
    ("Farmers marched on parliament in Warsaw last Tuesday.", "2024-03-08",
     {"protest": {"date_start": "2024-03-05", "country": "PL"}}),
    ("Workers plan to stage a walkout next week.", "2023-03-01", {}),
]
