"""How English news commonly says each event type, in sentences written for the tests: the types each
sentence must give (and only those), and sentences that share the words but name no event of ours
(announced or called strikes, war, crime, sport, markets, metaphor; DESIGN.md rules 1 and 10)."""

SAYINGS = [
    # strike
    ("Bus drivers in Leeds staged a 48-hour strike on Monday over pay.", {"strike"}),
    ("Thousands of teachers struck on Tuesday across Scotland.", {"strike"}),
    ("Postal workers took industrial action in Belfast on Friday.", {"strike"}),
    ("Nurses at three hospitals in Auckland walked off the job on Thursday.", {"strike"}),
    ("Mine workers downed tools at the Kusasalethu mine on Sunday.", {"strike"}),
    ("Refinery workers have stayed off the job since Monday in Rotterdam.", {"strike"}),
    ("Port workers refused to work on Wednesday, halting cargo operations in Mombasa.", {"strike"}),
    ("Doctors boycotted work at public hospitals in Kenya on Monday to demand unpaid salaries.", {"strike"}),
    ("Bank employees observed a nationwide strike on Tuesday.", {"strike"}),
    ("Shops and businesses shut down in Srinagar on Friday in a general shutdown called by traders.", {"strike"}),
    ("Workers at the car plant have been out on strike for two weeks.", {"strike"}),
    ("Some 2,000 dockers struck work in Chittagong on Sunday.", {"strike"}),
    # why they struck is no second event; what they did besides is one
    ("Workers staged a strike on Tuesday to protest the new law.", {"strike"}),
    ("Textile workers held a fifth day of strikes on Tuesday to protest a pension policy.", {"strike"}),
    ("Workers staged a strike on Monday and held a rally outside parliament on Tuesday.", {"strike", "protest"}),
    # protest
    ("Thousands of people marched through Belgrade on Saturday against the government.", {"protest"}),
    ("Hundreds of farmers rallied outside parliament in Brussels on Monday.", {"protest"}),
    ("Demonstrators blocked the main highway into La Paz on Tuesday.", {"protest"}),
    ("Protesters blocked access to the refinery in Durban on Monday.", {"protest"}),
    ("Activists occupied the offices of the company in Paris on Monday.", {"protest"}),
    ("Protesters picketed the embassy in London on Wednesday.", {"protest"}),
    ("Tens of thousands of people poured into the streets of Tbilisi on Sunday.", {"protest"}),
    ("Women formed a human chain along the coast road in Beirut on Sunday.", {"protest"}),
    ("Hundreds of people held a candlelight vigil in Seoul on Saturday.", {"protest"}),
    ("Villagers staged a dharna outside the district office in Patna on Monday.", {"protest"}),
    ("Protesters marched to the parliament in Accra on Tuesday.", {"protest"}),
    ("On March 8 thousands marched in Madrid.", {"protest"}),
    # riot
    ("Protesters hurled rocks and petrol bombs at police in Santiago on Friday.", {"riot"}),
    ("Crowds looted shops and torched a bank in Johannesburg on Monday.", {"riot"}),
    ("Protesters stormed the parliament building in Kathmandu on Tuesday and set it on fire.", {"riot"}),
    ("Running battles between youths and police raged in Belfast on Monday night.", {"riot"}),
    ("A convoy of 200 tractors drove into the centre of Dublin on Tuesday.", {"protest"}),
    # to kick off is to begin
    ("The march of the students kicked off on Tuesday in Accra.", {"protest"}),
    # a demonstration that turns violent is one riot (DESIGN rule 6)
    ("The students' march in Accra ended in clashes with police on Thursday.", {"riot"}),
    ("On Friday the vigil outside the Lahore court descended into violence.", {"riot"}),
    ("Demonstrators threw Molotov cocktails at the police in Caracas on Friday.", {"riot"}),
    ("Violence erupted in Noumea on Monday as rioters burned shops and cars.", {"riot"}),
    ("Protesters clashed with the army in Khartoum on Monday.", {"riot"}),
    # repression
    ("Police force was used against the striking nurses on Monday in Lahore.", {"repression"}),
    ("Police tear-gassed students at the university in Accra on Monday.", {"repression"}),
    ("Police violently dispersed the sit-in in Algiers on Friday.", {"repression", "protest"}),
    ("Security forces cracked down on the protesters in Tehran on Sunday, killing at least five.", {"repression"}),
    ("Police used water cannons to break up the rally in Istanbul on Saturday.", {"repression", "protest"}),
    ("Police baton-charged the marchers in Lahore on Monday.", {"repression"}),
    ("Security forces killed seven people in Omdurman on Thursday.", {"repression"}),
    ("Amnesty denounced the violent dispersal of the sit-in in Algiers on Friday.", {"repression", "protest"}),
    ("At least nine villagers have reportedly been killed by security forces in Mbabane since Monday.",
     {"repression"}),
    ("Police fired tearsmoke at the miners gathered outside the mine offices in Chingola on Tuesday.",
     {"repression"}),
    # arrest
    ("Police rounded up opposition activists in Kampala on Tuesday.", {"arrest"}),
    ("The union leader was taken into custody in Harare on Monday.", {"arrest"}),
    ("Paris police reported the arrest of 14 rioters for vandalism and theft on Friday.", {"arrest", "riot"}),
    # restriction
    # a clause left without its verb is one of its own: "called" does not call the curfew for
    ("An emergency meeting was called and a curfew imposed across Mombasa on Saturday.", {"restriction"}),
    ("The company won a court interdict on Monday barring pickets at its Durban depot.", {"restriction"}),
    ("Parliament passed back-to-work legislation on Monday for the dockers of Vancouver.", {"restriction"}),
    ("The government blocked access to Facebook and WhatsApp in Addis Ababa on Friday.", {"restriction"}),
    ("The regime outlawed the independent union in Minsk on Monday.", {"restriction"}),
    ("Martial law was declared in six townships of Yangon on Sunday.", {"restriction"}),
    ("Authorities shut down the internet in Khartoum on Monday.", {"restriction"}),
    ("Authorities imposed a protest ban in Hong Kong on Friday.", {"restriction"}),
    # "sky-rocketing" is no rocket (a word of the strike's `unless` list)
    ("Traders observed a shutter-down strike in Lahore on Saturday amid sky-rocketing power bills.", {"strike"}),
    ("Soldiers quelled a demonstration by garment workers on Monday in Dhaka.", {"repression", "protest"}),
    ("Police tried to dislodge the protesters blocking a highway on Monday.", {"repression", "protest"}),
    # demonstrations during which tyres burn are one violent demonstration (DESIGN rule 6)
    ("Demonstrations broke out across the city on Saturday as hundreds burned tyres.", {"riot"}),
    ("Police detained six drivers on Monday accused of promoting the blockades online.", {"arrest"}),
    # deployment
    ("Paramilitary rangers were deployed in Islamabad on Friday.", {"deployment"}),
    # forces called out; a subject the parser hangs under the auxiliary when a date stands before the verb
    ("The Army was called out in Kathmandu on Friday.", {"deployment"}),
    ("A unit of riot police was on Tuesday deployed to the campus in Kampala.", {"deployment"}),
    ("The ministry warned it would act, and soldiers were deployed to the capital on Monday.", {"deployment"}),
    ("Armoured vehicles and soldiers patrolled the streets of Almaty on Thursday.", {"deployment"}),
    ("Hundreds of police reinforcements were sent to Noumea on Tuesday.", {"deployment"}),
    ("Police reinforcements arrived in Bastia on Tuesday.", {"deployment"}),
    # layoff
    ("The airline dismissed 150 striking pilots on Friday.", {"layoff"}),
    ("The company fired the union organisers at its warehouse in Alabama.", {"layoff"}),
    ("The garment factory closed its doors and retrenched 800 workers in Gazipur on Monday.", {"layoff"}),
    ("The firm cut 1,200 jobs at its factory in Wolfsburg on Tuesday.", {"layoff"}),
    # the people a relative clause dismisses are the head noun it describes
    ("Most of the 400 miners that the company sacked on Friday in Welkom have left the hostel.", {"layoff"}),
    # concession
    ("The government agreed to a 10 percent pay rise for teachers on Monday.", {"concession"}),
    ("The government cut the price of bread in Cairo on Monday.", {"concession"}),
    ("The government restored the fuel subsidy on Monday.", {"concession"}),
    ("Authorities released the detained protesters on Monday.", {"concession"}),
    ("The union and the employer signed a wage agreement on Thursday.", {"concession"}),
    ("The president stepped down on Tuesday after weeks of unrest.", {"concession"}),
    ("The president sacked the police chief on Tuesday.", {"concession"}),
    ("The king dissolved the government on Monday.", {"concession"}),
    ("The government climbed down on the fuel tax on Monday.", {"concession"}),
    ("The government raised the minimum wage by 20 percent on Monday.", {"concession"}),
    # solidarity
    ("Teachers' unions in Kenya voiced support for the striking doctors on Tuesday.", {"solidarity"}),
    ("Hundreds attended a solidarity rally for the strikers in Oakland on Sunday.", {"protest", "solidarity"}),
    # what the strike was on the eve of does not make it one to come; a march that people gather ahead of is
    # about to set off
    ("Nurses walked out in Dublin on Monday, on the eve of the budget.", {"strike"}),
    ("Hundreds of metalworkers gathered in Durban on Tuesday ahead of a protest march.", {"protest"}),
    # walking off the job in any form of the verb, with any determiner; its "in protest" says why, no event of its own
    ("Footage showed construction workers at an oil refinery in Abadan walking off their jobs in protest on Monday.",
     {"strike"}),
    # force on strikers is repression whatever the sentence before told of explosives
    ("Strikers set off explosives at the Kitwe mine on Sunday. Police fired tear gas on Monday to quell a riot by "
     "striking miners.", {"repression", "riot"}),
    # a crowd told before, dispersed; people pushed back and beaten share the verb's object
    ("Miners blocked the road to Kitwe with stones on Monday, but police soon dispersed them.",
     {"protest", "repression"}),
    ("Marchers in Kano were surrounded and beaten by soldiers on Monday.", {"repression"}),
    # what the strikers cannot do does not deny the strike they are on
    ("The Rustenburg miners have been out on strike for a month and say they can't return without a raise.",
     {"strike"}),
    # produce or manure dumped in front of a building
    ("Farmers dumped tonnes of manure outside the agriculture ministry in Dublin on Monday.", {"protest"}),
]

NOT_EVENTS = [
    # nouns joined to a verb of calling are called for, not held
    "Unions called a strike and protests across Kathmandu for Friday.",
    # a possibility raised is no strike held
    "The union raised the possibility of a strike at the Leeds depot on Monday.",
    # a day after publication is still to come, whatever the tense
    "Teachers in Mendoza begin a 72-hour strike tomorrow over pay.",
    # a strike called off is the strikers' decision, no concession granted to them
    "The union called off the strike on Friday after talks with the ministry.",
    # who dismisses a proposal is no official dismissed; police shooting robbers fight crime (rule 10)
    "The union's wage plan was a proposal dismissed by the cabinet on Monday as too costly.",
    "A police officer shot two robbery suspects in Durban on Monday.",
    # a habit, and the charge an arrest is for
    "Dock workers frequently clash with security guards at the port gates.",
    "Teachers strike next Monday in Leeds over class sizes.",
    # trouble that "broke out" is no crowd broken up
    "A fire broke out in a warehouse near the port on Sunday.",
    "The twelve states targeted for the strike are Lagos, Oyo and Kano.",
    "Branches should mobilise their members towards a successful strike action.",
    "Nurses in three hospitals were preparing for a strike over unpaid overtime.",
    "The central bank moved to quell fears of a run on the currency.",
    "Police restored order in the town on Monday.",
    "The unions threatened to strike and to march on parliament.",
    "The union warned that workers could strike next month if talks fail.",
    "The strike planned for Monday was called off after a late-night deal.",
    "The march planned for Thursday was cancelled when the ministry agreed to meet the teachers.",
    "Organisers postponed Saturday's rally in Leeds because of the storm.",
    "A pitcher struck out seven batters on Sunday in Boston.",
    "The batsman struck a century on Saturday.",
    "The court struck down the law on Tuesday.",
    "Heavy rains strike the coastal towns of the south for a third week.",
    "Sales rose from March to May in Ohio.",
    "Under the pact, the country promised to limit uranium enrichment in exchange for an end to sanctions.",
    "The launcher soared six miles in the sky before touching back down.",
    "The senator vowed to break up the company's deal to buy the network.",
    "Last season the left-hander recorded 14 strike-outs in one game.",
    "The negotiators recommended that the deal be accepted.",
    "The quake that hit the coast of Peru left at least 80 people dead.",
    "Dozens of people were killed when a car bomb blew up at a market in Baghdad.",
    "Police launched a holiday crackdown on drunk driving in New York.",
    "All five escaped inmates were taken into custody in Ohio on Friday.",
    "Fresh clashes erupted between the two armies on Tuesday despite the ceasefire.",
    "Police stormed the home of the opposition leader in Tbilisi on Monday.",
    "The hurricane destroyed buildings and cars in Florida on Sunday.",
    "The two countries signed a bilateral cooperation agreement on Thursday.",
    "Stocks staged a third day of strong rallies as traders welcomed the profits.",
    "Los Angeles rallied from 27 points down to beat Memphis on Sunday.",
    "The launch demonstrated the company's commitment to reusable rockets.",
    "The union notified the company of its intent to strike.",
    "On Sunday the members voted by 88 percent to back strike action.",
    "The union served strike notice for Friday morning.",
    "The nurses' union has set a strike deadline of midnight on 14 March.",
    "Posters inviting students to march on the ministry on Friday appeared across the campus.",
    "Buses for the march planned for Saturday sold out in a day, the organisers said.",
    "Of the porters balloted, 91 percent backed strike action over the new rota.",
    "The dispute is over a proposed pay deal that the drivers call an insult.",
    "Members gave their leaders a strike mandate at the meeting in Hull on Monday.",
    "The navy maintains a blockade of the coast.",
    "The company suspended 300 workers for a week over safety breaches.",
    "A Russian missile strike hit Kharkiv on Monday, killing four people.",
    "Gunmen opened fire on a bus in Kaduna on Monday, killing six passengers.",
    "Police arrested two men suspected of the robbery in Leeds on Monday.",
    "The suspect was detained at the airport in Dublin on Friday on drug charges.",
    "The candidate held a campaign rally in Ohio on Saturday.",
    "Rebels clashed with government troops near Goma on Monday.",
    "Fans clashed with stewards after the match in Marseille on Sunday.",
    "Tennis fans watched a 40-shot rally in the final on Sunday.",
    "The company fired its chief executive on Monday.",
    "Troops were deployed to fight the wildfires in Greece on Monday.",
    "Protesters in Lima demanded the resignation of the president on Monday.",
    "The union called off the planned strike on Monday after the talks.",
    "Workers gave up pay raises to help the company through the crisis.",
    "The president refused to reinstate fuel subsidies on Monday and ruled out stepping down.",
    "The army killed 20 militants in an operation in Waziristan on Sunday.",
    "Soldiers fired over the heads of the crowd while the minister spoke.",
    "The daughter of a union leader was killed by unidentified assailants in Almaty.",
    # a dispute over an agreement, a ballot for a mandate, rules and tools debated, offices shut for a storm
    "The nurses' union accused the hospital board of repeated breaches of the collective bargaining agreement.",
    "Members in Cardiff were sent a ballot seeking support for strike action over the summer.",
    "The committee published its draft protest guidance for city councils on Tuesday.",
    "The mayor of Leeds set out the case for water cannon in a letter to the council.",
    "Officers found a can of pepper spray in the suspect's car in Dundee on Friday.",
    "The governor suspended classes and government work in six provinces on Monday as the typhoon approached.",
    "An aid convoy of forty lorries reached the border town of Rafah on Tuesday.",
    "Passengers stuck at Kisumu station were killing time with card games on Monday.",
    "Riot police backed by two water cannon stood guard outside the Harare court on Monday.",
    # a coup ousts a government without conceding anything; a crackdown vowed is still to come
    "Analysts in Bangkok said the 2014 coup ousted the elected government within hours.",
    "The police chief in Lagos vowed on Monday to crack down on the organisers of the planned rally.",
    # a lay-off still to come; gatherings banned against an epidemic, not against unrest
    "Staff at the Obuasi mine said on Monday that the impending lay-off of 300 workers was unfair.",
    "Under the distancing rules imposed in Busan to curb infections, all rallies are prohibited until May.",
    # on the eve of a strike, in the run-up to it: still to come
    "On the eve of the nurses' strike, the health minister met union leaders in Dublin.",
    "In the run-up to the dockers' strike, managers met in Leeds on Monday.",
    # a decline arrested, with a compound word before it
    "On Monday in Leeds, delegates argued over ways to arrest the long-term slide of their union.",
    # the strike of a drone is none, though the sentence names no weapon; riot officers are forces, not a riot
    "Drones hit a fuel depot in Kharkiv on Monday. The strike killed four people.",
    "About sixty riot officers were on duty at the stadium in Nairobi for the cup final on Sunday.",
    # a crowd that leaves of itself suffers no force
    "The strikers dispersed peacefully in Mombasa on Monday afternoon.",
    # an epidemic that strikes stops no work
    "When the pandemic struck Freetown in March, the markets closed.",
    # forces ordered to make arrests have made none yet
    "The governor in Kitwe told the police on Friday to detain any picket blocking the smelter gate.",
]
