"""Demo events: the 2024 agenda of the activity report, plus two recurring online meetings dated from the day
the demo is loaded, so the agenda always has something upcoming.

Times are Lima times. The report gives days, not hours: the hours are plausible, not facts.
EV Mobile trips are dated "2024" only in the report; their days here are illustrative.
"""

from home.demo.content import L

PARTNERS = {
    "uarm": ("Universidad Antonio Ruiz de Montoya", "https://www.uarm.edu.pe/"),
    "puce": ("Pontificia Universidad Católica del Ecuador", "https://www.puce.edu.ec/"),
    "af-lima": ("Alliance Française de Lima", "https://www.aflima.org.pe/"),
    "usil": ("Universidad San Ignacio de Loyola", "https://usil.edu.pe/"),
    "embassy": (L("Ambassade de France au Pérou", "Embajada de Francia en el Perú", "Embassy of France in Peru"),
                "https://pe.ambafrance.org/"),
    "mimp": ("Ministerio de la Mujer y Poblaciones Vulnerables (MIMP)", "https://www.gob.pe/mimp"),
    "peb": ("Proyecto Especial Bicentenario (PEB)", ""),
    "ipd": ("Instituto Peruano del Deporte (IPD)", "https://www.gob.pe/ipd"),
    "amnistia": ("Amnistía Internacional Perú", "https://amnistia.org.pe/"),
    "proa": ("PROA", ""),
    "octava": ("Octava", ""),
    "soy-voluntario": ("Red Soy Voluntari@", ""),
    "lima": ("Municipalidad de Lima", "https://www.munlima.gob.pe/"),
    "bici-orgullo": ("BiciOrgullo", ""),
    "adice": ("ADICE", "https://www.adice.asso.fr/"),
}

EV_PLACE = "Espace Volontariats, Av. Arequipa 4130 Of. 105, Miraflores"

EVENTS = [
    {
        "key": "voluntades-4-launch", "start": (2024, 1, 4, 10, 0), "end": (2024, 1, 4, 12, 0),
        "attendance": "online", "city": "", "place": "", "partners": ["puce", "uarm"],
        "programme": ("diplome-voluntades", "enlazando"),
        "title": L("Lancement régional de la 4e édition de Voluntades+",
                   "Lanzamiento regional de la 4.ª edición de Voluntades+",
                   "Regional launch of the 4th edition of Voluntades+"),
        "slug": L("lancement-voluntades-4", "lanzamiento-voluntades-4", "voluntades-4-launch"),
        "lead": L("Ouverture en ligne du diplôme international de gestion du volontariat pour les six pays "
                  "d'EnLAzando.",
                  "Apertura virtual del diplomado internacional en gestión del voluntariado para los seis países "
                  "de EnLAzando.",
                  "Online opening of the international diploma in volunteer management for the six EnLAzando "
                  "countries."),
    },
    {
        "key": "vjop-training", "start": (2024, 3, 5, 9, 0), "end": (2024, 3, 5, 17, 0),
        "attendance": "in-person", "city": "Lima", "place": EV_PLACE, "partners": ["embassy", "peb", "ipd"],
        "programme": "rumbo-a-francia-2024",
        "title": L("Formation au départ des volontaires V-JOP 2024",
                   "Formación previa a la partida de los voluntarios V-JOP 2024",
                   "Pre-departure training for the V-JOP 2024 volunteers"),
        "slug": L("formation-depart-vjop-2024", "formacion-partida-vjop-2024", "vjop-2024-pre-departure-training"),
        "lead": L("Une journée pour préparer la mission en France : interculturalité, démarches et prise de parole "
                  "dans les médias.",
                  "Una jornada para preparar la misión en Francia: interculturalidad, trámites y vocería ante los "
                  "medios.",
                  "A day to prepare the mission in France: intercultural skills, paperwork and speaking to the "
                  "media."),
    },
    {
        "key": "rumbo-ceremony", "start": (2024, 3, 7, 18, 30), "end": (2024, 3, 7, 21, 0),
        "attendance": "in-person", "city": "Lima",
        "place": L("Résidence de France", "Residencia de Francia", "French Residence"),
        "partners": ["embassy", "peb", "ipd"],
        "programme": "rumbo-a-francia-2024",
        "title": L("Cérémonie de départ des volontaires Terre de Jeux – Rumbo a Francia",
                   "Ceremonia de despedida de los voluntarios Terre de Jeux – Rumbo a Francia",
                   "Send-off ceremony for the Terre de Jeux – Rumbo a Francia volunteers"),
        "slug": L("ceremonie-depart-rumbo-a-francia", "ceremonia-despedida-rumbo-a-francia",
                  "rumbo-a-francia-send-off"),
        "lead": L("Les neuf volontaires péruviens du programme sont mis à l'honneur avant leur service civique en "
                  "France.",
                  "Los nueve voluntarios peruanos del programa son homenajeados antes de su servicio cívico en "
                  "Francia.",
                  "The programme's nine Peruvian volunteers are honoured before their civic service in France."),
    },
    {
        "key": "gender-workshop", "start": (2024, 3, 26, 9, 0), "end": (2024, 3, 27, 13, 0),
        "attendance": "online", "city": "", "place": "", "partners": ["amnistia"], "programme": None,
        "title": L("Atelier régional : l'égalité de genre dans la gestion du volontariat",
                   "Taller regional: la igualdad de género en la gestión del voluntariado",
                   "Regional workshop: gender equality in volunteer management"),
        "slug": L("atelier-egalite-de-genre", "taller-igualdad-de-genero", "gender-equality-workshop"),
        "lead": L("Deux demi-journées pour les coordinateurs et coordinatrices de volontaires, avec Amnistía "
                  "Internacional Perú.",
                  "Dos medias jornadas para coordinadores y coordinadoras de voluntarios, con Amnistía "
                  "Internacional Perú.",
                  "Two half-days for volunteer coordinators, with Amnistía Internacional Perú."),
    },
    {
        "key": "vsi-networks-meeting", "start": (2024, 4, 11, 10, 0), "end": (2024, 4, 11, 11, 30),
        "attendance": "online", "city": "", "place": "", "partners": [], "programme": "enlazando",
        "title": L("Rencontre virtuelle des VSI « Appui aux réseaux d'acteurs »",
                   "Encuentro virtual de los VSI «Apoyo a las redes de actores»",
                   "Online meeting of the “Support to volunteering networks” VSIs"),
        "slug": L("rencontre-vsi-reseaux", "encuentro-vsi-redes", "vsi-networks-meeting"),
        "lead": L("Les neuf volontaires mobilisés par EnLAzando dans les six pays partagent leurs premiers mois de "
                  "mission.",
                  "Los nueve voluntarios movilizados por EnLAzando en los seis países comparten sus primeros meses de "
                  "misión.",
                  "The nine volunteers EnLAzando mobilised in six countries share their first months of mission."),
    },
    {
        "key": "voluntades-covalidation", "start": (2024, 4, 17, 10, 0), "end": (2024, 4, 17, 12, 0),
        "attendance": "online", "city": "", "place": "", "partners": ["puce", "uarm"],
        "programme": ("diplome-voluntades", "enlazando"),
        "title": L("Lancement de l'édition de co-validation de Voluntades+",
                   "Lanzamiento de la edición de convalidación de Voluntades+",
                   "Launch of the Voluntades+ validation edition"),
        "slug": L("lancement-covalidation-voluntades", "lanzamiento-convalidacion-voluntades",
                  "voluntades-validation-launch"),
        "lead": L("Les anciens élèves des éditions 2021 et 2022 reprennent le chemin du diplôme.",
                  "Los exalumnos de las ediciones 2021 y 2022 retoman el camino del diploma.",
                  "Alumni of the 2021 and 2022 editions set out to complete the diploma."),
    },
    {
        "key": "proa-digital", "start": (2024, 4, 26, 18, 0), "end": (2024, 4, 26, 20, 0),
        "attendance": "in-person", "city": "Lima", "place": "", "partners": ["proa"],
        "programme": ("fonds-innovation-volontariat", "enlazando"),
        "title": L("« L'ère numérique du volontariat » avec PROA",
                   "«La era digital del voluntariado» con PROA",
                   "“The digital age of volunteering” with PROA"),
        "slug": L("ere-numerique-du-volontariat", "era-digital-del-voluntariado", "digital-age-of-volunteering"),
        "lead": L("Présentation de l'étude sur les comportements et les besoins des volontaires, cofinancée par le "
                  "Fonds pour l'innovation.",
                  "Presentación del estudio sobre los comportamientos y necesidades de los voluntarios, cofinanciado "
                  "por el Fondo de innovación.",
                  "Presentation of the study of volunteers' behaviour and needs, co-funded by the Innovation Fund."),
    },
    {
        "key": "ev-mobile-trujillo", "start": (2024, 5, 14, 9, 0), "end": (2024, 5, 16, 18, 0),
        "attendance": "in-person", "city": "Trujillo", "place": "", "partners": [], "programme": None,
        "title": L("EV Mobile à Trujillo", "EV Móvil en Trujillo", "Mobile EV in Trujillo"),
        "slug": L("ev-mobile-trujillo", "ev-movil-trujillo", "mobile-ev-trujillo"),
        "lead": L("L'Espace Volontariats se déplace à Trujillo pour rencontrer des associations et des volontaires.",
                  "El Espacio Voluntariados viaja a Trujillo para conocer asociaciones y voluntarios.",
                  "The Espace Volontariats travels to Trujillo to meet associations and volunteers."),
    },
    {
        "key": "seminar-2024", "start": (2024, 6, 3, 9, 0), "end": (2024, 6, 5, 18, 0),
        "attendance": "mixed", "city": "Lima",
        "place": "Universidad San Ignacio de Loyola & Alliance Française de Lima",
        "partners": ["usil", "af-lima", "embassy", "mimp"], "programme": "enlazando",
        "title": L("Séminaire international « EnLAzando, le volontariat en Amérique latine »",
                   "Seminario internacional «EnLAzando, el voluntariado en América Latina»",
                   "International seminar “EnLAzando, volunteering in Latin America”"),
        "slug": L("seminaire-enlazando-2024", "seminario-enlazando-2024", "enlazando-seminar-2024"),
        "lead": L("Trois jours d'échanges sur les bonnes pratiques du volontariat en Amérique latine, sur place et "
                  "en ligne.",
                  "Tres días de intercambio sobre buenas prácticas de voluntariado en América Latina, presencial y "
                  "en línea.",
                  "Three days of exchange on good volunteering practice in Latin America, on site and online."),
    },
    {
        "key": "bike-ride", "start": (2024, 6, 23, 9, 0), "end": (2024, 6, 23, 13, 0),
        "attendance": "in-person", "city": "Lima", "place": "", "partners": ["bici-orgullo"], "programme": None,
        "title": L("Sortie à vélo avec BiciOrgullo", "Paseo en bicicleta con BiciOrgullo",
                   "Bike ride with BiciOrgullo"),
        "slug": L("sortie-velo-biciorgullo", "paseo-bicicleta-biciorgullo", "biciorgullo-bike-ride"),
        "lead": L("Une balade entre volontaires à l'occasion du mois des fiertés.",
                  "Un paseo entre voluntarios con motivo del mes del orgullo.",
                  "A ride among volunteers for Pride Month."),
    },
    {
        "key": "voluntades-graduation", "start": (2024, 7, 18, 17, 0), "end": (2024, 7, 18, 19, 30),
        "attendance": "mixed", "city": "Lima", "place": "Universidad Antonio Ruiz de Montoya",
        "partners": ["uarm", "puce"], "programme": ("diplome-voluntades", "enlazando"),
        "title": L("Remise des diplômes Voluntades+", "Graduación de Voluntades+", "Voluntades+ graduation"),
        "slug": L("remise-des-diplomes-voluntades", "graduacion-voluntades-2024", "voluntades-graduation-2024"),
        "lead": L("Cérémonie hybride pour les troisième et quatrième éditions du diplôme.",
                  "Ceremonia híbrida para la tercera y cuarta edición del diplomado.",
                  "Hybrid ceremony for the diploma's third and fourth editions."),
    },
    {
        "key": "book-fair", "start": (2024, 7, 24, 16, 0), "end": (2024, 7, 24, 17, 30),
        "attendance": "in-person", "city": "Lima", "place": "Feria Internacional del Libro de Lima",
        "partners": ["peb"], "programme": None,
        "title": L("Table ronde : le volontariat au Pérou pour notre bicentenaire",
                   "Conversatorio: el voluntariado en el Perú por nuestro bicentenario",
                   "Panel: volunteering in Peru for our bicentennial"),
        "slug": L("table-ronde-volontariat-bicentenaire", "conversatorio-voluntariado-bicentenario",
                  "panel-volunteering-bicentennial"),
        "lead": L("Regards, engagements et réflexions avec le Projet spécial Bicentenaire, à la Foire du livre.",
                  "Miradas, compromisos y reflexiones con el Proyecto Especial Bicentenario, en la Feria del Libro.",
                  "Views, commitments and reflections with the Bicentennial Special Project, at the Book Fair."),
    },
    {
        "key": "ev-mobile-cusco", "start": (2024, 8, 19, 9, 0), "end": (2024, 8, 23, 18, 0),
        "attendance": "in-person", "city": "Cusco", "place": "", "partners": [], "programme": None,
        "title": L("EV Mobile à Cusco", "EV Móvil en Cusco", "Mobile EV in Cusco"),
        "slug": L("ev-mobile-cusco", "ev-movil-cusco", "mobile-ev-cusco"),
        "lead": L("Visites de structures d'accueil et rencontres avec les volontaires de la région de Cusco.",
                  "Visitas a organizaciones de acogida y encuentros con los voluntarios de la región Cusco.",
                  "Visits to host structures and meetings with volunteers in the Cusco region."),
    },
    {
        "key": "jvf-2024", "start": (2024, 10, 10, 9, 0), "end": (2024, 10, 12, 18, 0),
        "attendance": "in-person", "city": "Lima", "place": "Alliance Française de Miraflores",
        "partners": ["embassy", "uarm", "octava", "af-lima"], "programme": None,
        "title": L("Journée du Volontariat Français 2024", "Día del Voluntariado Francés 2024",
                   "French Volunteering Day 2024"),
        "slug": L("journee-du-volontariat-francais", "dia-del-voluntariado-frances", "french-volunteering-day"),
        "lead": L("« Solidaridad & Francofonía : el voluntariado en acción » : formation, sortie de terrain et "
                  "salon du volontariat.",
                  "«Solidaridad & Francofonía: el voluntariado en acción»: formación, salida de campo y feria del "
                  "voluntariado.",
                  "“Solidaridad & Francofonía: el voluntariado en acción”: training, a field visit and a "
                  "volunteering fair."),
    },
    {
        "key": "mano-a-mano-visit", "start": (2024, 11, 14, 10, 0), "end": (2024, 11, 14, 13, 0),
        "attendance": "in-person", "city": "Lima", "place": "Mano a Mano, Lima Norte",
        "partners": ["embassy", "adice"], "programme": None,
        "title": L("Visite de Mano a Mano", "Visita a Mano a Mano", "Visit to Mano a Mano"),
        "slug": L("visite-de-mano-a-mano", "visita-a-mano-a-mano", "visit-to-mano-a-mano"),
        "lead": L("Avec l'ambassadrice de France et une représentante de l'ADICE, dans le cadre du programme EVER.",
                  "Con la embajadora de Francia y una representante de ADICE, en el marco del programa EVER.",
                  "With the French ambassador and a representative of ADICE, as part of the EVER programme."),
    },
    {
        "key": "volunteer-day", "start": (2024, 12, 1, 10, 0), "end": (2024, 12, 1, 17, 0),
        "attendance": "in-person", "city": "Lima", "place": "", "partners": ["mimp", "lima", "soy-voluntario"],
        "programme": None,
        "title": L("Journée internationale des volontaires", "Día Internacional del Voluntariado",
                   "International Volunteer Day"),
        "slug": L("journee-internationale-des-volontaires", "dia-internacional-del-voluntariado",
                  "international-volunteer-day"),
        "lead": L("Foire du MIMP : organisations, responsables et volontaires réunis ; stand d'information sur les "
                  "dispositifs français.",
                  "Feria del MIMP: organizaciones, gestores y voluntarios reunidos; stand informativo sobre los "
                  "programas franceses.",
                  "MIMP fair: organisations, managers and volunteers together; an information stand on the French "
                  "schemes."),
    },
    {
        "key": "municipal-prize", "start": (2024, 12, 3, 10, 0), "end": (2024, 12, 3, 13, 0),
        "attendance": "in-person", "city": "Lima", "place": "", "partners": ["lima"], "programme": None,
        "title": L("Jury du Prix municipal du volontariat", "Jurado del Premio Municipal al Voluntariado",
                   "Jury of the Municipal Volunteering Prize"),
        "slug": L("prix-municipal-du-volontariat", "premio-municipal-al-voluntariado", "municipal-volunteering-prize"),
        "lead": L("France Volontaires siège au jury de la catégorie « volontariat international ».",
                  "France Volontaires integra el jurado de la categoría «voluntariado internacional».",
                  "France Volontaires sits on the jury for the “international volunteering” category."),
    },
    {
        "key": "christmas", "start": (2024, 12, 13, 16, 0), "end": (2024, 12, 13, 19, 0),
        "attendance": "in-person", "city": "Lima", "place": EV_PLACE, "partners": [], "programme": None,
        "title": L("Goûter de Noël à l'Espace Volontariats", "Lonche navideño en el Espacio Voluntariados",
                   "Christmas get-together at the Espace Volontariats"),
        "slug": L("gouter-de-noel", "lonche-navideno", "christmas-get-together"),
        "lead": L("Une vingtaine de volontaires se retrouvent pour finir l'année ensemble.",
                  "Una veintena de voluntarios se reúne para cerrar el año juntos.",
                  "Some twenty volunteers meet to end the year together."),
    },
    {
        "key": "festival-patria", "start": (2024, 12, 15, 11, 0), "end": (2024, 12, 15, 18, 0),
        "attendance": "in-person", "city": "Lima", "place": "", "partners": ["peb", "embassy"],
        "programme": "rumbo-a-francia-2024",
        "title": L("Festival Patria", "Festival Patria", "Festival Patria"),
        "slug": L("festival-patria", "festival-patria", "festival-patria"),
        "lead": L("Clôture du Projet spécial Bicentenaire, avec le retour d'expérience des volontaires Terre de Jeux.",
                  "Cierre del Proyecto Especial Bicentenario, con la experiencia de los voluntarios Terre de Jeux.",
                  "Closing of the Bicentennial Special Project, with the Terre de Jeux volunteers sharing their "
                  "experience."),
    },
]

# Recurring meetings the report describes ("cafés virtuels", online information meetings): dated
# `days` after the demo is loaded, at the given Lima time.
RECURRING = [
    {
        "key": "virtual-cafe", "days": 21, "time": (18, 0), "minutes": 60, "attendance": "online",
        "city": "", "place": "", "partners": [], "programme": None,
        "title": L("Café virtuel des volontaires de réciprocité", "Café virtual de voluntarios de reciprocidad",
                   "Virtual café for reciprocity volunteers"),
        "slug": L("cafe-virtuel-reciprocite", "cafe-virtual-reciprocidad", "reciprocity-virtual-cafe"),
        "lead": L("Les volontaires péruviens en mission en France et les anciens partagent nouvelles et conseils.",
                  "Los voluntarios peruanos en misión en Francia y los exvoluntarios comparten novedades y consejos.",
                  "Peruvian volunteers on mission in France and former volunteers share news and advice."),
    },
    {
        "key": "info-meeting", "days": 35, "time": (18, 30), "minutes": 90, "attendance": "online",
        "city": "", "place": "", "partners": [], "programme": None,
        "title": L("Réunion d'information : partir en volontariat entre la France et le Pérou",
                   "Reunión informativa: hacer voluntariado entre Francia y el Perú",
                   "Information meeting: volunteering between France and Peru"),
        "slug": L("reunion-information-volontariat", "reunion-informativa-voluntariado",
                  "volunteering-information-meeting"),
        "lead": L("VSI, service civique, chantiers, réciprocité : les dispositifs, les démarches et vos questions.",
                  "VSI, servicio cívico, voluntariados de corto plazo, reciprocidad: los programas, los trámites y "
                  "sus preguntas.",
                  "VSI, civic service, work camps, reciprocity: the schemes, the paperwork and your questions."),
    },
]
