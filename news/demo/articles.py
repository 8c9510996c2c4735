"""Demo news articles, from the facts of the 2024 activity report and the EnLAzando programme page.

Each entry: key, date, categories (keys of CATEGORIES), tags (names, shared by every language: proper nouns),
programme (slug of a home demo programme page, or a tuple of slugs: the first that exists, or None),
title/slug/lead, paragraphs and optional key figures. The prose is the site's own.
"""

from datetime import date

from home.demo.content import L

CATEGORIES = {
    "programmes": L(("Programmes", "programmes"), ("Programas", "programas"), ("Programmes", "programmes")),
    "reciprocite": L(("Réciprocité", "reciprocite"), ("Reciprocidad", "reciprocidad"), ("Reciprocity", "reciprocity")),
    "evenements": L(("Événements", "evenements"), ("Eventos", "eventos"), ("Events", "events")),
    "formation": L(("Formation", "formation"), ("Formación", "formacion"), ("Training", "training")),
    "vie-ev": L(("Vie de l'Espace Volontariats", "vie-espace-volontariats"),
                ("Vida del Espacio Voluntariados", "vida-espacio-voluntariados"),
                ("Life at the Espace Volontariats", "life-espace-volontariats")),
}

ARTICLES = [
    {
        "key": "voluntades-4", "date": date(2024, 1, 5), "categories": ["formation", "programmes"],
        "tags": ["Voluntades+", "EnLAzando"], "programme": ("diplome-voluntades", "enlazando"),
        "title": L("Voluntades+ : la quatrième édition est lancée",
                   "Voluntades+: arranca la cuarta edición",
                   "Voluntades+: the fourth edition begins"),
        "slug": L("voluntades-quatrieme-edition", "voluntades-cuarta-edicion", "voluntades-fourth-edition"),
        "lead": L("Le diplôme international de gestion du volontariat a ouvert sa quatrième promotion le 4 janvier "
                  "2024, avec cinq professionnels sélectionnés au Pérou.",
                  "El diplomado internacional en gestión del voluntariado abrió su cuarta promoción el 4 de enero "
                  "de 2024, con cinco profesionales seleccionados en el Perú.",
                  "The international diploma in volunteer management opened its fourth class on 4 January 2024, "
                  "with five professionals selected in Peru."),
        "paragraphs": [
            L("Piloté par la Pontificia Universidad Católica del Ecuador et coordonné au Pérou par l'Université "
              "Antonio Ruiz de Montoya, Voluntades+ renforce les organisations qui travaillent avec des volontaires.",
              "Dirigido por la Pontificia Universidad Católica del Ecuador y coordinado en el Perú por la Universidad "
              "Antonio Ruiz de Montoya, Voluntades+ fortalece a las organizaciones que trabajan con voluntarios.",
              "Run by the Pontificia Universidad Católica del Ecuador and coordinated in Peru by the Universidad "
              "Antonio Ruiz de Montoya, Voluntades+ strengthens organisations that work with volunteers."),
            L("Sur 42 candidatures reçues au Pérou, cinq personnes issues d'organisations de la société civile et "
              "d'entités publiques ont été retenues. Cinq anciens élèves des éditions 2021 et 2022 les rejoignent "
              "pour faire valider leur parcours.",
              "De las 42 postulaciones recibidas en el Perú se seleccionaron cinco personas de organizaciones de la "
              "sociedad civil y de entidades públicas. Cinco exalumnos de las ediciones 2021 y 2022 se suman para "
              "convalidar su recorrido.",
              "Out of 42 applications received in Peru, five people from civil society organisations and public "
              "bodies were selected. Five alumni of the 2021 and 2022 editions join them to have their studies "
              "validated."),
        ],
    },
    {
        "key": "research-fund", "date": date(2024, 3, 15), "categories": ["programmes"],
        "tags": ["EnLAzando", "MIMP", "UARM"], "programme": ("fonds-de-recherche", "enlazando"),
        "title": L("Fonds de recherche EnLAzando : deux études retenues au Pérou",
                   "Fondo de investigación EnLAzando: dos estudios seleccionados en el Perú",
                   "EnLAzando research fund: two studies selected in Peru"),
        "slug": L("fonds-de-recherche-enlazando", "fondo-de-investigacion-enlazando", "enlazando-research-fund"),
        "lead": L("L'appel à projets a reçu 93 propositions, dont 12 venues du Pérou ; deux études péruviennes "
                  "seront financées.",
                  "La convocatoria recibió 93 propuestas, 12 de ellas del Perú; se financiarán dos estudios "
                  "peruanos.",
                  "The call for projects received 93 proposals, 12 of them from Peru; two Peruvian studies will be "
                  "funded."),
        "paragraphs": [
            L("Ouvert du 14 novembre 2023 au 14 janvier 2024, le Fonds de recherche et de plaidoyer veut mieux "
              "connaître le volontariat pour mieux le prendre en compte dans les politiques publiques.",
              "Abierto del 14 de noviembre de 2023 al 14 de enero de 2024, el Fondo de investigación e incidencia "
              "busca conocer mejor el voluntariado para que las políticas públicas lo tengan más en cuenta.",
              "Open from 14 November 2023 to 14 January 2024, the Research and Advocacy Fund aims to understand "
              "volunteering better so that public policies take it into account."),
            L("Au Pérou, le ministère de la Femme et des Populations vulnérables étudiera avec l'Université Antonio "
              "Ruiz de Montoya la situation du volontariat organisé, et l'Université Ricardo Palma les facteurs qui "
              "font rester les jeunes volontaires.",
              "En el Perú, el Ministerio de la Mujer y Poblaciones Vulnerables estudiará con la Universidad Antonio "
              "Ruiz de Montoya la situación del voluntariado organizado, y la Universidad Ricardo Palma los "
              "factores que hacen que los jóvenes voluntarios continúen.",
              "In Peru, the Ministry of Women and Vulnerable Populations will study organised volunteering with "
              "the Universidad Antonio Ruiz de Montoya, and the Universidad Ricardo Palma will look at what keeps "
              "young volunteers engaged."),
        ],
    },
    {
        "key": "rumbo-departure", "date": date(2024, 3, 8), "categories": ["reciprocite", "evenements"],
        "tags": ["Rumbo a Francia", "Paris 2024"], "programme": "rumbo-a-francia-2024",
        "title": L("Rumbo a Francia : neuf jeunes Péruviens en route vers la France",
                   "Rumbo a Francia: nueve jóvenes peruanos rumbo a Francia",
                   "Rumbo a Francia: nine young Peruvians on their way to France"),
        "slug": L("rumbo-a-francia-depart", "rumbo-a-francia-partida", "rumbo-a-francia-departure"),
        "lead": L("Le 7 mars, une cérémonie à la Résidence de France a salué les volontaires du programme Terre de "
                  "Jeux avant leur service civique en France.",
                  "El 7 de marzo, una ceremonia en la Residencia de Francia despidió a los voluntarios del programa "
                  "Terre de Jeux antes de su servicio cívico en Francia.",
                  "On 7 March, a ceremony at the French Residence saw off the Terre de Jeux volunteers before their "
                  "civic service in France."),
        "paragraphs": [
            L("Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo et Jean-Pierre partent pour "
              "Paris, Bordeaux, Perpignan et Mulhouse, où ils diffuseront les valeurs du sport auprès du public.",
              "Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo y Jean-Pierre viajan a París, "
              "Burdeos, Perpiñán y Mulhouse, donde difundirán los valores del deporte entre el público.",
              "Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo and Jean-Pierre are leaving "
              "for Paris, Bordeaux, Perpignan and Mulhouse, where they will share the values of sport."),
            L("Le programme est mené avec l'ambassade de France, le Projet spécial Bicentenaire, l'Institut péruvien "
              "du sport et la mairie de Bordeaux. Les ministres de la Culture et de l'Éducation étaient présents.",
              "El programa se realiza con la Embajada de Francia, el Proyecto Especial Bicentenario, el Instituto "
              "Peruano del Deporte y la alcaldía de Burdeos. Asistieron los ministros de Cultura y de Educación.",
              "The programme is run with the French embassy, the Bicentennial Special Project, the Peruvian Sports "
              "Institute and the city of Bordeaux. The ministers of Culture and Education attended."),
        ],
    },
    {
        "key": "gender-workshop", "date": date(2024, 3, 28), "categories": ["formation"],
        "tags": ["Amnistía Internacional"], "programme": None,
        "title": L("L'égalité de genre dans la gestion du volontariat",
                   "La igualdad de género en la gestión del voluntariado",
                   "Gender equality in volunteer management"),
        "slug": L("egalite-de-genre-volontariat", "igualdad-de-genero-voluntariado", "gender-equality-volunteering"),
        "lead": L("Les 26 et 27 mars, un atelier régional a réuni des coordinateurs et coordinatrices de volontaires, "
                  "avec Amnistía Internacional Perú.",
                  "El 26 y 27 de marzo, un taller regional reunió a coordinadores y coordinadoras de voluntarios, con "
                  "Amnistía Internacional Perú.",
                  "On 26 and 27 March, a regional workshop brought together volunteer coordinators, with Amnistía "
                  "Internacional Perú."),
        "paragraphs": [
            L("Organisé à l'occasion de la Journée internationale des droits des femmes, l'atelier a proposé des "
              "outils concrets pour promouvoir l'égalité dans le recrutement, l'accompagnement et la valorisation "
              "des volontaires.",
              "Organizado con motivo del Día Internacional de la Mujer, el taller ofreció herramientas concretas "
              "para promover la igualdad en la convocatoria, el acompañamiento y el reconocimiento de los "
              "voluntarios.",
              "Held for International Women's Day, the workshop offered practical tools to promote equality in "
              "how volunteers are recruited, supported and recognised."),
        ],
    },
    {
        "key": "seminar-2024", "date": date(2024, 6, 7), "categories": ["evenements", "programmes"],
        "tags": ["EnLAzando", "USIL"], "programme": "enlazando",
        "title": L("Séminaire EnLAzando : le volontariat latino-américain réuni à Lima",
                   "Seminario EnLAzando: el voluntariado latinoamericano reunido en Lima",
                   "EnLAzando seminar: Latin American volunteering meets in Lima"),
        "slug": L("seminaire-enlazando-lima-2024", "seminario-enlazando-lima-2024", "enlazando-seminar-lima-2024"),
        "lead": L("Du 3 au 5 juin, la troisième édition du séminaire international a accueilli 114 participants de "
                  "neuf pays, et plus de 600 personnes à distance.",
                  "Del 3 al 5 de junio, la tercera edición del seminario internacional reunió a 114 participantes de "
                  "nueve países y a más de 600 personas a distancia.",
                  "From 3 to 5 June, the third international seminar welcomed 114 participants from nine countries, "
                  "and more than 600 people online."),
        "paragraphs": [
            L("À l'Université San Ignacio de Loyola et à l'Alliance Française de Lima, des délégations d'Argentine, "
              "de Bolivie, du Chili, de Colombie, d'Équateur, de France, du Paraguay, du Pérou et de République "
              "dominicaine ont échangé sur les bonnes pratiques du volontariat.",
              "En la Universidad San Ignacio de Loyola y en la Alianza Francesa de Lima, delegaciones de Argentina, "
              "Bolivia, Chile, Colombia, Ecuador, Francia, Paraguay, Perú y República Dominicana compartieron "
              "buenas prácticas de voluntariado.",
              "At the Universidad San Ignacio de Loyola and the Alliance Française in Lima, delegations from "
              "Argentina, Bolivia, Chile, Colombia, Ecuador, France, Paraguay, Peru and the Dominican Republic "
              "shared good volunteering practice."),
            L("Conférences, conversations inspirantes, ateliers d'échange et un défi final sur la pérennité du "
              "volontariat ont rythmé ces trois jours, ouverts par l'ambassadeur de France et la vice-ministre "
              "du MIMP.",
              "Conferencias, conversaciones inspiradoras, talleres de intercambio y un reto final sobre la "
              "sostenibilidad del voluntariado marcaron los tres días, inaugurados por el embajador de Francia y la "
              "viceministra del MIMP.",
              "Talks, inspiring conversations, exchange workshops and a closing challenge on the future of "
              "volunteering filled the three days, opened by the French ambassador and the MIMP vice-minister."),
        ],
    },
    {
        "key": "innovation-fund", "date": date(2024, 6, 28), "categories": ["programmes"],
        "tags": ["EnLAzando", "PROA", "CADEP"], "programme": ("fonds-innovation-volontariat", "enlazando"),
        "title": L("Fonds pour l'innovation : trois initiatives péruviennes abouties",
                   "Fondo de innovación: tres iniciativas peruanas concluidas",
                   "Innovation Fund: three Peruvian initiatives completed"),
        "slug": L("fonds-innovation-initiatives-peruviennes", "fondo-innovacion-iniciativas-peruanas",
                  "innovation-fund-peruvian-initiatives"),
        "lead": L("Une application de missions pour PROA, une radio communautaire pour le CADEP et une rencontre "
                  "nationale des salles de théâtre : bilan des projets financés.",
                  "Una aplicación de misiones para PROA, una radio comunitaria para el CADEP y un encuentro nacional "
                  "de salas de teatro: balance de los proyectos financiados.",
                  "A mission app for PROA, a community radio for CADEP and a national meeting of theatres: the "
                  "funded projects in review."),
        "paragraphs": [
            L("Menées entre décembre 2023 et juin 2024, ces initiatives ont chacune reçu 4 000 dollars et un "
              "accompagnement pour se faire connaître.",
              "Realizadas entre diciembre de 2023 y junio de 2024, cada iniciativa recibió 4 000 dólares y "
              "acompañamiento para darse a conocer.",
              "Carried out between December 2023 and June 2024, each initiative received 4,000 dollars and help "
              "to make itself known."),
            L("À Cusco, la radio du CADEP émet en quechua et en espagnol, avec des femmes des communautés et deux "
              "volontaires en service civique.",
              "En Cusco, la radio del CADEP transmite en quechua y en castellano, con mujeres de las comunidades y "
              "dos voluntarios en servicio cívico.",
              "In Cusco, CADEP's radio broadcasts in Quechua and Spanish, with women from the communities and two "
              "civic service volunteers."),
        ],
    },
    {
        "key": "voluntades-graduation", "date": date(2024, 7, 19), "categories": ["formation", "evenements"],
        "tags": ["Voluntades+", "EnLAzando"], "programme": ("diplome-voluntades", "enlazando"),
        "title": L("Remise des diplômes Voluntades+ à Lima",
                   "Graduación de Voluntades+ en Lima",
                   "Voluntades+ graduation in Lima"),
        "slug": L("remise-diplomes-voluntades", "graduacion-voluntades", "voluntades-graduation"),
        "lead": L("Le 18 juillet, les promotions des troisième et quatrième éditions ont reçu leur diplôme à "
                  "l'Université Antonio Ruiz de Montoya.",
                  "El 18 de julio, las promociones de la tercera y cuarta edición recibieron su diploma en la "
                  "Universidad Antonio Ruiz de Montoya.",
                  "On 18 July, the third and fourth classes received their diplomas at the Universidad Antonio Ruiz "
                  "de Montoya."),
        "paragraphs": [
            L("La cérémonie, en présentiel et en ligne, a clôturé les éditions de Voluntades+ de la deuxième phase "
              "d'EnLAzando. Les diplômés animeront ensuite des formations entre pairs.",
              "La ceremonia, presencial y virtual, cerró las ediciones de Voluntades+ de la segunda fase de "
              "EnLAzando. Los egresados impulsarán luego formaciones entre pares.",
              "The ceremony, both in person and online, closed the Voluntades+ editions of EnLAzando's second "
              "phase. Graduates will go on to lead peer training."),
        ],
    },
    {
        "key": "olympics", "date": date(2024, 9, 10), "categories": ["reciprocite"],
        "tags": ["Rumbo a Francia", "Paris 2024"], "programme": "rumbo-a-francia-2024",
        "title": L("Paris 2024 : des volontaires péruviens au cœur des Jeux",
                   "París 2024: voluntarios peruanos en el corazón de los Juegos",
                   "Paris 2024: Peruvian volunteers at the heart of the Games"),
        "slug": L("paris-2024-volontaires-peruviens", "paris-2024-voluntarios-peruanos",
                  "paris-2024-peruvian-volunteers"),
        "lead": L("En juillet et en août, les neuf volontaires de Rumbo a Francia ont rejoint les équipes des Jeux "
                  "olympiques et paralympiques à Bordeaux et à Paris.",
                  "En julio y agosto, los nueve voluntarios de Rumbo a Francia se unieron a los equipos de los Juegos "
                  "Olímpicos y Paralímpicos en Burdeos y París.",
                  "In July and August, the nine Rumbo a Francia volunteers joined the Olympic and Paralympic teams "
                  "in Bordeaux and Paris."),
        "paragraphs": [
            L("En service civique auprès de la FSCF Nouvelle-Aquitaine, de la ville de Mulhouse, de la Mission "
              "locale Technowest, de l'UFOLEP et de l'UCPA, ils ont aussi tenu des postes de volontaires techniques "
              "pendant les Jeux. Trois d'entre eux se sont engagés d'eux-mêmes pour les Jeux paralympiques.",
              "En servicio cívico con la FSCF Nouvelle-Aquitaine, la ciudad de Mulhouse, la Mission locale "
              "Technowest, la UFOLEP y la UCPA, también ocuparon puestos de voluntariado técnico durante los Juegos. "
              "Tres de ellos se sumaron por iniciativa propia a los Juegos Paralímpicos.",
              "Doing civic service with FSCF Nouvelle-Aquitaine, the city of Mulhouse, the Mission locale "
              "Technowest, UFOLEP and UCPA, they also took technical volunteer roles during the Games. Three of "
              "them signed up for the Paralympics on their own initiative."),
        ],
    },
    {
        "key": "ambassador-visit", "date": date(2024, 9, 25), "categories": ["vie-ev"],
        "tags": ["Nathalie Kennedy"], "programme": None,
        "title": L("La nouvelle ambassadrice de France à l'Espace Volontariats",
                   "La nueva embajadora de Francia en el Espacio Voluntariados",
                   "The new French ambassador visits the Espace Volontariats"),
        "slug": L("ambassadrice-espace-volontariats", "embajadora-espacio-voluntariados",
                  "ambassador-espace-volontariats"),
        "lead": L("Arrivée en septembre, Nathalie Kennedy est venue rencontrer l'équipe de France Volontaires Pérou "
                  "dès ses premiers jours à Lima.",
                  "Llegada en septiembre, Nathalie Kennedy vino a conocer al equipo de France Volontaires Perú desde "
                  "sus primeros días en Lima.",
                  "Nathalie Kennedy, who arrived in September, came to meet the France Volontaires Peru team in her "
                  "first days in Lima."),
        "paragraphs": [
            L("L'équipe a présenté son accompagnement des volontaires, ses programmes et le projet d'accord entre "
              "la France et le Pérou sur le volontariat international d'échange et de solidarité.",
              "El equipo presentó su acompañamiento a los voluntarios, sus programas y el proyecto de acuerdo entre "
              "Francia y el Perú sobre el voluntariado internacional de intercambio y solidaridad.",
              "The team presented how it supports volunteers, its programmes and the draft agreement between "
              "France and Peru on international exchange and solidarity volunteering."),
        ],
    },
    {
        "key": "jvf-2024", "date": date(2024, 10, 14), "categories": ["evenements"],
        "tags": ["JVF", "UARM", "Octava"], "programme": None,
        "title": L("Journée du Volontariat Français : « Solidaridad & Francofonía »",
                   "Día del Voluntariado Francés: «Solidaridad & Francofonía»",
                   "French Volunteering Day: “Solidaridad & Francofonía”"),
        "slug": L("journee-du-volontariat-francais-2024", "dia-del-voluntariado-frances-2024",
                  "french-volunteering-day-2024"),
        "lead": L("Du 10 au 12 octobre, trois temps forts ont célébré le volontariat sous le signe de la "
                  "francophonie.",
                  "Del 10 al 12 de octubre, tres momentos clave celebraron el voluntariado bajo el signo de la "
                  "francofonía.",
                  "From 10 to 12 October, three highlights celebrated volunteering under the banner of the "
                  "French-speaking world."),
        "paragraphs": [
            L("Une formation à l'interculturalité avec l'Université Antonio Ruiz de Montoya, une sortie de terrain "
              "avec Octava à Pamplona Alta, puis un salon du volontariat à l'Alliance Française de Miraflores, "
              "inauguré par l'ambassadrice de France.",
              "Una formación en interculturalidad con la Universidad Antonio Ruiz de Montoya, una salida de campo "
              "con Octava en Pamplona Alta y una feria del voluntariado en la Alianza Francesa de Miraflores, "
              "inaugurada por la embajadora de Francia.",
              "Intercultural training with the Universidad Antonio Ruiz de Montoya, a field visit with Octava in "
              "Pamplona Alta, then a volunteering fair at the Alliance Française in Miraflores, opened by the "
              "French ambassador."),
            L("La directrice générale du MIMP chargée du volontariat, le SENAJU, le MINAM et la municipalité de Lima "
              "ont aussi participé.",
              "También participaron la directora general del MIMP a cargo del voluntariado, la SENAJU, el MINAM y "
              "la Municipalidad de Lima.",
              "The MIMP director general in charge of volunteering, SENAJU, MINAM and the Municipality of Lima "
              "also took part."),
        ],
    },
    {
        "key": "mano-a-mano", "date": date(2024, 11, 15), "categories": ["vie-ev"],
        "tags": ["Mano a Mano", "Nathalie Kennedy", "ADICE"], "programme": None,
        "title": L("Visite de Mano a Mano avec l'ambassadrice de France",
                   "Visita a Mano a Mano con la embajadora de Francia",
                   "Visiting Mano a Mano with the French ambassador"),
        "slug": L("visite-mano-a-mano", "visita-mano-a-mano", "mano-a-mano-visit"),
        "lead": L("Le 14 novembre, l'ambassadrice et une représentante de l'ADICE ont découvert le travail de Mano a "
                  "Mano et de ses volontaires dans le nord de Lima.",
                  "El 14 de noviembre, la embajadora y una representante de ADICE conocieron el trabajo de Mano a "
                  "Mano y de sus voluntarios en el norte de Lima.",
                  "On 14 November, the ambassador and a representative of ADICE saw the work of Mano a Mano and its "
                  "volunteers in northern Lima."),
        "paragraphs": [
            L("Mano a Mano a accueilli en 2024 des volontaires de solidarité internationale, des volontaires en "
              "service civique et des volontaires hors dispositif. La visite s'inscrivait dans le programme EVER.",
              "En 2024, Mano a Mano acogió a voluntarios de solidaridad internacional, voluntarios en servicio "
              "cívico y voluntarios fuera de dispositivo. La visita formó parte del programa EVER.",
              "In 2024, Mano a Mano hosted international solidarity volunteers, civic service volunteers and "
              "independent volunteers. The visit was part of the EVER programme."),
        ],
    },
    {
        "key": "volunteer-day", "date": date(2024, 12, 3), "categories": ["evenements"],
        "tags": ["MIMP", "Soy Voluntari@"], "programme": None,
        "title": L("Journée internationale des volontaires : rendez-vous à la foire du MIMP",
                   "Día Internacional del Voluntariado: cita en la feria del MIMP",
                   "International Volunteer Day: meeting the public at the MIMP fair"),
        "slug": L("journee-internationale-des-volontaires-2024", "dia-internacional-del-voluntariado-2024",
                  "international-volunteer-day-2024"),
        "lead": L("Le 1er décembre, France Volontaires a tenu un stand d'information sur les dispositifs français "
                  "de volontariat.",
                  "El 1 de diciembre, France Volontaires tuvo un stand informativo sobre los programas franceses de "
                  "voluntariado.",
                  "On 1 December, France Volontaires ran an information stand on the French volunteering schemes."),
        "paragraphs": [
            L("La foire, coorganisée avec le ministère de la Femme et des Populations vulnérables, le MINAM, le "
              "MINCUL, la municipalité de Lima, les Volontaires des Nations unies et le réseau Soy Voluntari@, a "
              "rassemblé organisations, responsables et volontaires.",
              "La feria, coorganizada con el Ministerio de la Mujer y Poblaciones Vulnerables, el MINAM, el "
              "MINCUL, la Municipalidad de Lima, Voluntarios ONU y la Red Soy Voluntari@, reunió a organizaciones, "
              "gestores y voluntarios.",
              "The fair, co-organised with the Ministry of Women and Vulnerable Populations, MINAM, MINCUL, the "
              "Municipality of Lima, UN Volunteers and the Soy Voluntari@ network, brought together organisations, "
              "managers and volunteers."),
        ],
    },
    {
        "key": "ev-mobiles", "date": date(2024, 12, 18), "categories": ["vie-ev"],
        "tags": ["EV Mobile", "Cusco", "Trujillo"], "programme": None,
        "title": L("EV Mobiles : à la rencontre des associations de Cusco et Trujillo",
                   "EV Móviles: al encuentro de las asociaciones de Cusco y Trujillo",
                   "Mobile EV: meeting associations in Cusco and Trujillo"),
        "slug": L("ev-mobiles-cusco-trujillo", "ev-moviles-cusco-trujillo", "mobile-ev-cusco-trujillo"),
        "lead": L("En 2024, l'Espace Volontariats s'est déplacé pour voir les volontaires sur le terrain et "
                  "rencontrer 13 nouvelles associations.",
                  "En 2024, el Espacio Voluntariados viajó para ver a los voluntarios en el terreno y conocer a 13 "
                  "nuevas asociaciones.",
                  "In 2024, the Espace Volontariats travelled to see volunteers in the field and meet 13 new "
                  "associations."),
        "paragraphs": [
            L("À Trujillo, la rencontre avec Otra Cosa Network a débouché sur plusieurs missions de service civique "
              "avec la Mission locale de Caen.",
              "En Trujillo, el encuentro con Otra Cosa Network dio lugar a varias misiones de servicio cívico con la "
              "Mission locale de Caen.",
              "In Trujillo, meeting Otra Cosa Network led to several civic service missions with the Mission locale "
              "de Caen."),
            L("À Cusco, l'équipe a rendu visite à Qosqo Maki, CEDEP Ayllu, ATD Cuarto Mundo Perú, au CADEP et à "
              "des structures qui souhaitent accueillir leurs premiers volontaires.",
              "En Cusco, el equipo visitó Qosqo Maki, CEDEP Ayllu, ATD Cuarto Mundo Perú, el CADEP y organizaciones "
              "que desean acoger a sus primeros voluntarios.",
              "In Cusco, the team visited Qosqo Maki, CEDEP Ayllu, ATD Cuarto Mundo Perú, CADEP and organisations "
              "hoping to host their first volunteers."),
        ],
    },
    {
        "key": "year-in-figures", "date": date(2025, 1, 20), "categories": ["vie-ev", "reciprocite"],
        "tags": ["2024"], "programme": None,
        "title": L("2024 en chiffres : 384 volontaires français au Pérou",
                   "2024 en cifras: 384 voluntarios franceses en el Perú",
                   "2024 in figures: 384 French volunteers in Peru"),
        "slug": L("2024-en-chiffres", "2024-en-cifras", "2024-in-figures"),
        "lead": L("Volontaires, structures d'accueil, réciprocité : ce que dit le rapport d'activité 2024.",
                  "Voluntarios, organizaciones de acogida, reciprocidad: lo que dice el informe de actividades 2024.",
                  "Volunteers, host structures, reciprocity: what the 2024 activity report says."),
        "paragraphs": [
            L("Les volontaires français ont été présents dans 21 des 24 départements du Pérou. Dans l'autre sens, "
              "23 volontaires péruviens sont partis en mission en France en 2024.",
              "Los voluntarios franceses estuvieron presentes en 21 de los 24 departamentos del Perú. En sentido "
              "inverso, 23 voluntarios peruanos partieron en misión a Francia en 2024.",
              "French volunteers were present in 21 of Peru's 24 departments. In the other direction, 23 Peruvian "
              "volunteers went on missions in France in 2024."),
        ],
        "figures": [
            ("384", L("volontaires français au Pérou", "voluntarios franceses en el Perú",
                      "French volunteers in Peru")),
            ("23", L("volontaires péruviens en France", "voluntarios peruanos en Francia",
                     "Peruvian volunteers in France")),
            ("64", L("structures ayant accueilli des volontaires français",
                     "organizaciones que acogieron voluntarios franceses", "structures that hosted French volunteers")),
            ("1 486", L("demandes traitées", "solicitudes atendidas", "requests handled")),
        ],
    },
]
