"""Comment la presse française dit chaque type d'événement, en phrases écrites pour les tests (format de
vocabulary_en.py) : les types que chaque phrase doit donner, et des phrases qui partagent les mots sans
nommer aucun de nos événements (grèves annoncées, guerre, crime, sport, métaphores ; règles 1 et 10)."""

SAYINGS = [
    # grève
    ("Les ouvriers ont déserté leurs postes mardi à l'usine de Rouiba.", {"strike"}),
    ("Les gardiens du dépôt ont cessé de travailler lundi à Bamako.", {"strike"}),
    ("Les dockers ont stoppé leur activité lundi au Havre pour protester contre la réforme.", {"strike"}),
    ("Les chauffeurs de bus ont suspendu le travail mardi à Abidjan.", {"strike"}),
    ("Le personnel soignant a observé une cessation de travail lundi à Niamey.", {"strike"}),
    ("Les dockers ont croisé les bras lundi au port de Cotonou.", {"strike"}),
    ("Les chauffeurs de taxi ont observé une journée ville morte lundi à Kinshasa.", {"strike"}),
    ("Les agents de la mairie ont déclenché un mouvement de grève mercredi à Bamako.", {"strike"}),
    ("Les salariés de l'usine ont débrayé deux heures jeudi à Douai.", {"strike"}),
    ("Les ouvriers ont observé une grève mardi pour protester contre la réforme.", {"strike"}),
    ("Les salariés en grève ont manifesté devant la mairie de Lille mardi.", {"strike", "protest"}),
    # manifestation
    ("Les agriculteurs ont bloqué l'autoroute A7 lundi près de Valence.", {"protest"}),
    ("Des maçons ont bloqué simultanément trois gros chantiers mardi à Lausanne.", {"protest"}),
    ("Des centaines de jeunes ont battu le pavé samedi à Dakar.", {"protest"}),
    ("Les taxis ont mené une opération escargot lundi sur le périphérique de Bordeaux.", {"protest"}),
    ("Des centaines de femmes ont formé une chaîne humaine samedi à Beyrouth.", {"protest"}),
    ("Environ 300 personnes se sont rassemblées devant la préfecture de Lille mardi.", {"protest"}),
    ("Les salariés ont occupé l'usine de Clairoix jeudi.", {"protest"}),
    ("Un convoi d'une soixantaine de tracteurs a rejoint mardi la préfecture d'Agen.", {"protest"}),
    # une panne n'est pas une émeute, même dans une histoire de grève
    ("Les cheminots ont fait grève lundi à Alger. Mardi, un incident technique a perturbé les trains à Blida.",
     {"strike"}),
    ("La grève continue lundi à Casablanca, une partie des salariés occupant l'usine.", {"strike"}),
    ("Les salariés ont séquestré leur directeur pendant deux jours à Amiens.", {"protest"}),
    # un mot de `unless` dans la locution même ne la dément pas (un concert n'est pas une manifestation)
    ("Un concert de casseroles a retenti lundi soir devant la mairie de Sfax.", {"protest"}),
    # émeute
    ("Une véritable guérilla urbaine a opposé lundi soir des jeunes aux gendarmes à Pikine.", {"riot"}),
    ("Des jeunes ont lancé des cocktails Molotov sur les policiers à Villiers-le-Bel lundi.", {"riot"}),
    ("Des pneus ont été brûlés et des routes barricadées lundi à Abidjan.", {"riot"}),
    # une manifestation qui dégénère est une émeute, pas aussi une manifestation (DESIGN.md règle 6)
    ("La manifestation a dégénéré samedi à Lyon, des vitrines ont été brisées.", {"riot"}),
    ("Le sit-in des étudiants a tourné à l'affrontement jeudi à Bouaké.", {"riot"}),
    ("Samedi à Nancy, le cortège s'est terminé en échauffourées avec les CRS.", {"riot"}),
    ("Les manifestants ont échangé des jets de pierre avec la police lundi à Al Hoceïma.", {"riot"}),
    ("Des dizaines de jeunes ont jeté des projectiles sur les gendarmes mardi soir à Cayenne.", {"riot"}),
    ("Des jeunes ont jeté des pierres et des bouteilles sur les policiers vendredi soir à Colombes.", {"riot"}),
    ("Les caristes et la direction de l'entrepôt sont parvenus jeudi à un accord sur une hausse de 4 % des salaires à Rungis.",
     {"concession"}),
    ("Vendredi soir, des renforts de gendarmerie sont arrivés à Tataouine après deux nuits de heurts.",
     {"deployment", "riot"}),
    # répression
    ("Lundi, à Lomé, la gendarmerie a fait usage de la force face aux dockers en grève.", {"repression", "strike"}),
    ("Les forces de l'ordre ont dispersé la foule à coups de grenades lacrymogènes lundi à Conakry.",
     {"repression"}),
    ("Des policiers ont tabassé des manifestants mardi à Yaoundé.", {"repression"}),
    ("Des ouvriers ont été blessés mardi quand la police a utilisé du gaz poivre devant l'usine.", {"repression"}),
    ("Deux militants ont été arrêtés lundi à Dakar pour incitation à la manifestation.", {"arrest"}),
    ("Les gendarmes ont maté la révolte des grévistes lundi à Dakar.", {"repression"}),
    ("Les gendarmes ont tiré à balles réelles sur la foule lundi à Bamako.", {"repression"}),
    ("Deux étudiants sont morts lundi à Kinshasa sous les balles des policiers.", {"repression"}),
    ("Les policiers ont fait usage de leurs armes contre les manifestants mardi à Nairobi.", {"repression"}),
    ("Les policiers ont tiré en l'air pour disperser la foule lundi à Bamako.", {"repression"}),
    ("L'évacuation du campement des grévistes a eu lieu mardi à Calais.", {"repression"}),
    # des policiers blessés ne sont pas une répression
    ("La police a fait état de dizaines de ses agents blessés après les manifestations.", {"protest"}),
    # arrestation
    ("Trois syndicalistes ont été assignés à résidence lundi à Oran.", {"arrest"}),
    ("Le journaliste a été enlevé par des agents de la sécurité d'Etat lundi à Conakry.", {"arrest"}),
    ("Les grévistes avaient été enfermés la veille au commissariat de Beyrouth.", {"arrest"}),
    ("Les manifestants ont été déférés au parquet mardi à Lyon.", {"arrest"}),
    ("Quarante jeunes ont été interpellés samedi à Nanterre, trois jours après le meurtre d'un adolescent par un policier.",
     {"arrest"}),
    # restriction
    ("Une loi spéciale a contraint lundi les postiers de Montréal à reprendre le travail.", {"restriction"}),
    ("Le gouvernement a dissous le syndicat lundi à Minsk.", {"restriction"}),
    ("L'accès aux réseaux sociaux a été restreint lundi au Sénégal.", {"restriction"}),
    # déploiement
    ("Des militaires patrouillaient mardi dans les rues de Niamey.", {"deployment"}),
    ("Deux escadrons de gendarmes mobiles ont été envoyés mardi en Guadeloupe.", {"deployment"}),
    ("Les heurts ont obligé le préfet à réquisitionner l'armée mardi pour ramener le calme à Conakry.",
     {"riot", "deployment"}),
    ("Le préfet a réquisitionné les grévistes du dépôt pétrolier de Donges lundi.", {"restriction"}),
    # licenciement
    ("L'entreprise a annoncé la suppression de 500 postes mardi à Grenoble.", {"layoff"}),
    ("La direction a congédié les délégués syndicaux mardi à Casablanca.", {"layoff"}),
    ("L'entreprise a limogé 40 salariés lundi à Tanger.", {"layoff"}),
    # concession
    ("La direction a cédé aux revendications des grévistes jeudi.", {"concession"}),
    ("Les détenus ont été libérés lundi à Niamey.", {"concession"}),
    ("Le gouvernement a suspendu la hausse du prix du carburant dimanche.", {"concession"}),
    ("Les grévistes ont obtenu une revalorisation de leurs salaires mardi à Fort-de-France.", {"concession"}),
    ("Le président a limogé le préfet mardi.", {"concession"}),
    ("Le gouvernement a augmenté les salaires des enseignants de 15 % lundi.", {"concession"}),
    ("Les grévistes ont obtenu satisfaction mardi à Dakar.", {"concession"}),
    ("Le président a dissous l'Assemblée nationale dimanche.", {"concession"}),
    ("Le gouvernement a fait marche arrière mardi sur la réforme.", {"concession"}),
    ("Le gouvernement a reculé mardi face aux grévistes.", {"concession"}),
    # solidarité
    ("La CGT a exprimé sa solidarité avec les grévistes de Vertbaudet lundi.", {"solidarity"}),
    ("Un rassemblement de soutien aux grévistes a réuni 300 personnes mardi à Lille.", {"protest", "solidarity"}),
    # une intervention musclée, des grévistes repoussés et malmenés ; des galets lancés sur les gendarmes
    ("Une intervention musclée des gendarmes a fait une dizaine de blessés parmi les ouvriers en grève à "
     "Port-Gentil mardi.", {"strike", "repression"}),
    ("Des enseignants grévistes ont été repoussés et malmenés par la police à Alger lundi.", {"repression"}),
    ("À Saint-Pierre, des groupes de jeunes ont jeté des galets sur les gendarmes dimanche soir.", {"riot"}),
    ("Des éleveurs ont déversé lundi des tonnes de fumier devant la préfecture de Colmar.", {"protest"}),
    # l'arrestation ordonnée n'est pas encore faite ; le blocage, lui, a lieu
    ("Le préfet a ordonné aux gendarmes d'arrêter les grévistes qui bloquent le dépôt de Vesoul.", {"protest"}),
]

NOT_EVENTS = [
    # une possibilité évoquée n'est pas une grève faite
    "Le capitaine a évoqué lundi la possibilité de faire grève avec ses coéquipiers.",
    # un jour après la publication est encore à venir, quel que soit le temps du verbe
    "Les enseignants de Mendoza entament demain une grève de 72 heures pour les salaires.",
    # un comité de grève, même qualifié, est un organe
    "Le Comité national de grève a tenu une réunion vendredi à Dakar.",
    # des jihadistes qui tuent ne répriment aucune foule (règle 10)
    "Trois villageois sont morts sous les balles des jihadistes lundi près de Djibo.",
    "L'usine de Vilvorde a cessé son activité en 1997.",
    "Les agents de sécurité sont souvent agressés par des supporters à la sortie du stade.",
    # annulé ou reporté : n'a pas eu lieu
    "La manifestation prévue jeudi à Nantes a été annulée après l'accord avec la direction.",
    "Les syndicats ont reporté la grève des cheminots à la semaine suivante.",
    # un jour à venir : annoncé
    "Les enseignants font grève lundi prochain dans les écoles de Lyon.",
    # « annonce » que l'étiqueteur prend pour un nom reste une annonce
    "La section régionale du syndicat annonce deux jours de grève après l'agression d'un enseignant.",
    "Les syndicats des hôpitaux se préparent à la grève de lundi.",
    "Une assemblée générale s'est tenue mardi à Rennes en vue de la grève des cheminots.",
    # rétablir l'ordre n'est pas céder (une subvention rétablie l'est)
    "La police a rétabli l'ordre mardi dans le quartier.",
    "Les assaillants ont poursuivi leur marche vers le marché et incendié un poste de police samedi à Beni.",
    "Le nouveau code pénal punit le trouble à l'ordre public d'une lourde amende.",
    "Les cars affrétés pour la manifestation prévue samedi sont déjà complets.",
    "La direction accuse les délégués d'entraver la marche de l'entreprise depuis des mois.",
    "Sur les réseaux sociaux, des messages invitent les commerçants à manifester vendredi devant la mairie.",
    "Avec des chaînes de montage entières arrêtées, l'usine a perdu deux jours de production.",
    "Le chantier arrêté depuis 2019 reprendra au printemps.",
    "Les syndicats appellent à la grève le 5 décembre.",
    "Une grève est prévue lundi prochain dans les transports.",
    "Une frappe de drone a tué six personnes lundi à Kharkiv.",
    "La police a interpellé deux suspects après le braquage d'une bijouterie lundi à Nice.",
    "Le suspect a été placé en garde à vue pour trafic de stupéfiants mardi à Marseille.",
    "Les rebelles ont affronté l'armée lundi près de Goma.",
    "Les supporters se sont affrontés après le match samedi à Marseille.",
    "Les soldats ont été déployés pour secourir les sinistrés des inondations lundi.",
    "Le candidat a tenu un meeting de campagne samedi à Lyon.",
    "Des terroristes ont tué douze soldats lundi dans le nord du Burkina Faso.",
    "Les manifestants ont exigé la démission du président lundi à Dakar.",
    "Le directeur a refusé de réintégrer les salariés licenciés.",
    "Les manifestants scandaient « Macron démission ! » devant la préfecture.",
    "La contestation politique se limite d'ordinaire à une petite élite urbaine.",
    "La fédération de rugby a enregistré 413 293 licenciés en 2011.",
    "Le pape a salué la foule sous un important dispositif de sécurité.",
    "Les rebelles peinent à acheminer des renforts vers leurs positions.",
    "Seize personnes ont été tuées jeudi dans une collision entre un camion et un bus près de Thiès.",
    "L'homme soupçonné du meurtre a été arrêté vendredi près de son domicile.",
    "Les participantes du rallye ont affronté le sable et la fatigue lors de la cinquième étape.",
    "Jeudi, le Ghana et le Togo ont paraphé quatre conventions de coopération.",
    "La manifestation a réuni 60 000 spectateurs sur le week-end à Caen.",
    "Des centaines de milliers de fidèles se sont réunis dimanche à Lubumbashi pour une grande messe en plein air.",
    "Kigali occupe la troisième place au classement africain des congrès.",
    "Le ministre a manifesté son intérêt pour le projet de raffinerie.",
    "Les syndicats entendent protester contre l'adoption de la loi mercredi.",
    "À marée basse, la promenade longe les grèves sableuses de la baie.",
    "Dimanche soir, le compteur de la foire s'est arrêté à 842 315 entrées.",
    "Les syndicats ont retenu la proposition de la direction lundi.",
    "Le ministre a pris le bus mardi pour se rendre à la préfecture.",
    "Les tribunaux ont annulé les arrêtés préfectoraux mardi.",
    # des troubles de santé ; des forces qui reculent devant la foule ne cèdent rien
    "Depuis l'incendie de l'entrepôt, plusieurs riverains de Rouen souffrent de troubles respiratoires.",
    "Le médecin du travail a relevé des troubles du sommeil chez les caristes de l'entrepôt.",
    "Vendredi à Nantes, les policiers ont reculé sous les sifflets des manifestants.",
    "Un convoi humanitaire de quarante camions est arrivé mardi à Goma.",
    "Dans la cour du lycée de Korhogo, des élèves tuent le temps en jouant aux cartes.",
    # un plan de licenciements seulement proposé
    "Mardi à Vesoul, les délégués ont étudié le plan de licenciements proposé par la direction.",
    "Lors de la fouille à Metz, les douaniers ont découvert trois bombes lacrymogènes dans le coffre.",
    "La préfecture a suspendu les cours et le travail des agents publics lundi à l'approche du cyclone.",
    # des gangs, des suspects d'un enlèvement : le crime (règle 10) ; un licenciement jugé un par un ; à la veille
    "Samedi à Port-au-Prince, des membres de gangs ont incendié plusieurs maisons du quartier.",
    "La police a arrêté mardi à Port-au-Prince six personnes suspectées d'avoir enlevé un commerçant.",
    "Le conseil de prud'hommes de Lyon a jugé mardi le licenciement abusif d'une caissière.",
    "À la veille de la grève des enseignants, le ministre a reçu les syndicats à Dakar.",
    # des pillages possibles ne sont pas advenus ; baisser les allocations n'est pas baisser les taxes qu'on relève
    "Le préfet de Saint-Denis redoute de possibles pillages dans la nuit de samedi.",
    "« On relève les taxes partout et on baisse les allocations », a déploré lundi un élu à Liège.",
]
