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
    # riot
    ("Protesters hurled rocks and petrol bombs at police in Santiago on Friday.", {"riot"}),
    ("Crowds looted shops and torched a bank in Johannesburg on Monday.", {"riot"}),
    ("Protesters stormed the parliament building in Kathmandu on Tuesday and set it on fire.", {"riot"}),
    ("Running battles between youths and police raged in Belfast on Monday night.", {"riot"}),
    ("Demonstrators threw Molotov cocktails at the police in Caracas on Friday.", {"riot"}),
    ("Violence erupted in Noumea on Monday as rioters burned shops and cars.", {"riot"}),
    ("Protesters clashed with the army in Khartoum on Monday.", {"riot"}),
    # repression
    ("Police tear-gassed students at the university in Accra on Monday.", {"repression"}),
    ("Police violently dispersed the sit-in in Algiers on Friday.", {"repression", "protest"}),
    ("Security forces cracked down on the protesters in Tehran on Sunday, killing at least five.", {"repression"}),
    ("Police used water cannons to break up the rally in Istanbul on Saturday.", {"repression", "protest"}),
    ("Police baton-charged the marchers in Lahore on Monday.", {"repression"}),
    ("Security forces killed seven people in Omdurman on Thursday.", {"repression"}),
    # arrest
    ("Police rounded up opposition activists in Kampala on Tuesday.", {"arrest"}),
    ("The union leader was taken into custody in Harare on Monday.", {"arrest"}),
    # restriction
    ("The government blocked access to Facebook and WhatsApp in Addis Ababa on Friday.", {"restriction"}),
    ("The regime outlawed the independent union in Minsk on Monday.", {"restriction"}),
    ("Martial law was declared in six townships of Yangon on Sunday.", {"restriction"}),
    ("Authorities shut down the internet in Khartoum on Monday.", {"restriction"}),
    ("Authorities imposed a protest ban in Hong Kong on Friday.", {"restriction"}),
    # deployment
    ("Paramilitary rangers were deployed in Islamabad on Friday.", {"deployment"}),
    ("Armoured vehicles and soldiers patrolled the streets of Almaty on Thursday.", {"deployment"}),
    ("Hundreds of police reinforcements were sent to Noumea on Tuesday.", {"deployment"}),
    # layoff
    ("The airline dismissed 150 striking pilots on Friday.", {"layoff"}),
    ("The company fired the union organisers at its warehouse in Alabama.", {"layoff"}),
    ("The garment factory closed its doors and retrenched 800 workers in Gazipur on Monday.", {"layoff"}),
    ("The firm cut 1,200 jobs at its factory in Wolfsburg on Tuesday.", {"layoff"}),
    # concession
    ("The government agreed to a 10 percent pay rise for teachers on Monday.", {"concession"}),
    ("The government cut the price of bread in Cairo on Monday.", {"concession"}),
    ("Authorities released the detained protesters on Monday.", {"concession"}),
    ("The union and the employer signed a wage agreement on Thursday.", {"concession"}),
    ("The president stepped down on Tuesday after weeks of unrest.", {"concession"}),
    ("The president sacked the police chief on Tuesday.", {"concession"}),
    ("The king dissolved the government on Monday.", {"concession"}),
    ("The government raised the minimum wage by 20 percent on Monday.", {"concession"}),
    # solidarity
    ("Teachers' unions in Kenya voiced support for the striking doctors on Tuesday.", {"solidarity"}),
]

NOT_EVENTS = [
    "The union warned that workers could strike next month if talks fail.",
    "The strike planned for Monday was called off after a late-night deal.",
    "A pitcher struck out seven batters on Sunday in Boston.",
    "The batsman struck a century on Saturday.",
    "The court struck down the law on Tuesday.",
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
]
