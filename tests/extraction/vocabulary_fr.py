"""Comment la presse française dit chaque type d'événement, en phrases écrites pour les tests (format de
vocabulary_en.py) : les types que chaque phrase doit donner, et des phrases qui partagent les mots sans
nommer aucun de nos événements (grèves annoncées, guerre, crime, sport, métaphores ; règles 1 et 10)."""

SAYINGS = [
    # grève
    ("Les ouvriers ont déserté leurs postes mardi à l'usine de Rouiba.", {"strike"}),
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
    ("La grève continue lundi à Casablanca, une partie des salariés occupant l'usine.", {"strike"}),
    ("Les salariés ont séquestré leur directeur pendant deux jours à Amiens.", {"protest"}),
    # émeute
    ("Des jeunes ont lancé des cocktails Molotov sur les policiers à Villiers-le-Bel lundi.", {"riot"}),
    ("Des pneus ont été brûlés et des routes barricadées lundi à Abidjan.", {"riot"}),
    ("La manifestation a dégénéré samedi à Lyon, des vitrines ont été brisées.", {"riot", "protest"}),
    ("Les manifestants ont échangé des jets de pierre avec la police lundi à Al Hoceïma.", {"riot"}),
    # répression
    ("Les forces de l'ordre ont dispersé la foule à coups de grenades lacrymogènes lundi à Conakry.",
     {"repression"}),
    ("Des policiers ont tabassé des manifestants mardi à Yaoundé.", {"repression"}),
    ("Les gendarmes ont tiré à balles réelles sur la foule lundi à Bamako.", {"repression"}),
    ("Les policiers ont fait usage de leurs armes contre les manifestants mardi à Nairobi.", {"repression"}),
    ("Les policiers ont tiré en l'air pour disperser la foule lundi à Bamako.", {"repression"}),
    ("L'évacuation du campement des grévistes a eu lieu mardi à Calais.", {"repression"}),
    # des policiers blessés ne sont pas une répression
    ("La police a fait état de dizaines de ses agents blessés après les manifestations.", {"protest"}),
    # arrestation
    ("Le journaliste a été enlevé par des agents de la sécurité d'Etat lundi à Conakry.", {"arrest"}),
    ("Les grévistes avaient été enfermés la veille au commissariat de Beyrouth.", {"arrest"}),
    ("Les manifestants ont été déférés au parquet mardi à Lyon.", {"arrest"}),
    ("Quarante jeunes ont été interpellés samedi à Nanterre, trois jours après le meurtre d'un adolescent par un policier.",
     {"arrest"}),
    # restriction
    ("Le gouvernement a dissous le syndicat lundi à Minsk.", {"restriction"}),
    ("L'accès aux réseaux sociaux a été restreint lundi au Sénégal.", {"restriction"}),
    # déploiement
    ("Des militaires patrouillaient mardi dans les rues de Niamey.", {"deployment"}),
    ("Deux escadrons de gendarmes mobiles ont été envoyés mardi en Guadeloupe.", {"deployment"}),
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
]

NOT_EVENTS = [
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
]
