"""Demo portraits: the volunteers the 2024 activity report names, with their own words where it quotes them.

Quotes stay in the language they were given in (Spanish); everything else is translated.
`structures`: names to look for in the directory (French rows), first match wins; otherwise
`host_structure_name` is shown. Every volunteer gave written consent (CONSENT, or the item's own "consent"):
one asked to stay anonymous, so their portrait has no photo and neither its title nor its addresses name them.
"""

from datetime import date

from home.demo.content import L

FRENCH = L("Française", "Francesa", "French")
PERUVIAN_F = L("Péruvienne", "Peruana", "Peruvian")
PERUVIAN_M = L("Péruvien", "Peruano", "Peruvian")
PERU = L("Pérou", "Perú", "Peru")
FRANCE = L("France", "Francia", "France")

# (given on, scope, expires on): five years of consent to show the name and photo.
CONSENT = (date(2024, 9, 1), "named", date(2029, 9, 1))

PORTRAITS = [
    {
        "key": "capucine-vaseux", "first_name": "Capucine", "last_name": "Vaseux", "featured": True,
        "nationality": FRENCH, "scheme": "vsi", "direction": "france-peru",
        "structures": ["Mano a Mano"], "host_structure_name": "Mano a Mano",
        "mission_city": "Lima", "region": "Lima", "country": PERU, "start_year": 2024,
        "quote": "He venido acá para crecer, tanto profesionalmente como personalmente. El voluntariado me permite "
                 "retarme y descubrirme, y crear enlaces fuertes con l@s demás. Cada día me brinda sorpresas, y me "
                 "emociona ver que aventuras me quedan por vivir!",
        "lead": L("Volontaire de solidarité internationale avec Mano a Mano, à Lima.",
                  "Voluntaria de solidaridad internacional con Mano a Mano, en Lima.",
                  "International solidarity volunteer with Mano a Mano, in Lima."),
        "mission": L("Appui aux actions de l'association Mano a Mano dans le nord de Lima.",
                     "Apoyo a las acciones de la asociación Mano a Mano en el norte de Lima.",
                     "Supporting the work of the Mano a Mano association in northern Lima."),
        "story": L("Capucine est partie pour grandir, sur le plan professionnel comme personnel. Sa mission la met "
                   "au défi chaque jour et lui fait tisser des liens forts avec l'équipe et les habitants.",
                   "Capucine vino para crecer, tanto en lo profesional como en lo personal. Su misión la reta cada "
                   "día y le permite tejer lazos fuertes con el equipo y los vecinos.",
                   "Capucine came to grow, professionally and personally. Her mission challenges her every day and "
                   "lets her build strong ties with the team and local residents."),
    },
    {
        "key": "romy-doublet", "first_name": "Romy", "last_name": "Doublet", "featured": True,
        "nationality": FRENCH, "scheme": "sci", "direction": "france-peru",
        "structures": ["Amnistía Internacional Perú", "Amnistía Internacional"],
        "host_structure_name": "Amnistía Internacional Perú",
        "mission_city": "Lima", "region": "Lima", "country": PERU, "start_year": 2024,
        "quote": "Trabajando en Activismo y Juventudes con Amnistía Internacional Perú, mi trabajo constituye en "
                 "acompañar activistas y grupos de activismo al nivel nacional para apoyarles y darles herramientas "
                 "en la lucha por los derechos humanos.",
        "lead": L("En service civique avec Amnistía Internacional Perú, au sein de l'équipe Activisme et jeunesses.",
                  "En servicio cívico con Amnistía Internacional Perú, en el equipo de Activismo y Juventudes.",
                  "On civic service with Amnistía Internacional Perú, in the Activism and Youth team."),
        "mission": L("Accompagner les militants et les groupes d'activistes de tout le pays dans la défense des "
                     "droits humains.",
                     "Acompañar a activistas y grupos de activismo de todo el país en la defensa de los derechos "
                     "humanos.",
                     "Supporting activists and activist groups across the country in defending human rights."),
        "story": L("Romy outille des groupes de jeunes militants partout au Pérou : formations, méthodes de "
                   "campagne et suivi à distance.",
                   "Romy brinda herramientas a grupos de jóvenes activistas en todo el Perú: capacitaciones, "
                   "métodos de campaña y seguimiento a distancia.",
                   "Romy equips groups of young activists all over Peru: training, campaign methods and remote "
                   "follow-up."),
    },
    {
        "key": "kerwin-altamirano", "first_name": "Kerwin", "last_name": "Altamirano", "featured": True,
        "nationality": L("Équatorien", "Ecuatoriano", "Ecuadorian"), "scheme": "vsi-sud-sud",
        "direction": "south-south", "structures": ["Cáritas del Perú", "Caritas del Perú"],
        "host_structure_name": "Cáritas del Perú",
        "mission_city": "Lima", "region": "Lima", "country": PERU, "start_year": 2024,
        "quote": "Esta experiencia, más allá de las fronteras, es para mi una manera concreta de contribuir a un "
                 "lindo proyecto y de reconectar con mis raíces latinoamericanas.",
        "lead": L("Volontaire équatorien en VSI Sud-Sud avec Cáritas del Perú.",
                  "Voluntario ecuatoriano en VSI Sur-Sur con Cáritas del Perú.",
                  "Ecuadorian volunteer on a South-South VSI with Cáritas del Perú."),
        "mission": L("Contribuer aux projets de Cáritas del Perú.", "Contribuir a los proyectos de Cáritas del Perú.",
                     "Contributing to Cáritas del Perú's projects."),
        "story": L("Pour Kerwin, la mission est une façon concrète de contribuer à un projet qui lui tient à cœur et "
                   "de renouer avec ses racines latino-américaines.",
                   "Para Kerwin, la misión es una forma concreta de contribuir a un proyecto que le importa y de "
                   "reencontrarse con sus raíces latinoamericanas.",
                   "For Kerwin, the mission is a practical way to contribute to a project he cares about and to "
                   "reconnect with his Latin American roots."),
    },
    {
        "key": "mona-el-jadaoui", "first_name": "Mona", "last_name": "El Jadaoui", "featured": False,
        "nationality": FRENCH, "scheme": "vsi", "direction": "france-peru",
        "structures": ["Escuela para el Desarrollo"], "host_structure_name": "Escuela para el Desarrollo",
        "mission_city": "Lima", "region": "Lima", "country": PERU, "start_year": 2024, "duration_months": 12,
        "programme": "enlazando", "quote": "",
        "lead": L("VSI avec Escuela para el Desarrollo pour relancer le réseau Soy Voluntari@.",
                  "VSI con Escuela para el Desarrollo para reactivar la Red Soy Voluntari@.",
                  "VSI with Escuela para el Desarrollo to revive the Soy Voluntari@ network."),
        "mission": L("Soutenir la relance du réseau « Red Soy Voluntari@ », recueillir les expériences de "
                     "volontariat du pays et dresser une nouvelle carte des réseaux et organisations de volontariat "
                     "du Pérou.",
                     "Apoyar la reactivación de la «Red Soy Voluntari@», recopilar las experiencias de voluntariado "
                     "del país y elaborar un nuevo mapa de las redes y organizaciones de voluntariado del Perú.",
                     "Helping to relaunch the “Red Soy Voluntari@” network, gathering the country's volunteering "
                     "experiences and drawing a new map of Peru's volunteering networks and organisations."),
        "story": L("Mobilisée par le programme EnLAzando, Mona a passé douze mois à Lima au service du principal "
                   "réseau national de volontariat, fortement touché par la pandémie.",
                   "Movilizada por el programa EnLAzando, Mona pasó doce meses en Lima al servicio de la principal "
                   "red nacional de voluntariado, muy afectada por la pandemia.",
                   "Mobilised by the EnLAzando programme, Mona spent twelve months in Lima working for the main "
                   "national volunteering network, hit hard by the pandemic."),
    },
    {
        "key": "diana-farfan", "first_name": "Diana", "last_name": "Farfán", "featured": False,
        "nationality": PERUVIAN_F, "scheme": "reciprocite", "direction": "peru-france",
        "structures": [], "host_structure_name": "Latinita / Collège Laetitia Bonaparte",
        "mission_city": "Ajaccio", "region": "Corse", "country": FRANCE, "start_year": 2024,
        "duration_months": 6, "programme": "enlazando", "quote": "",
        "lead": L("Volontaire péruvienne en service civique en Corse.",
                  "Voluntaria peruana en servicio cívico en Córcega.",
                  "Peruvian civic service volunteer in Corsica."),
        "mission": L("Préparer le Festival du cinéma espagnol et latino-américain avec l'association Latinita et "
                     "animer des projets interculturels au collège Laetitia Bonaparte d'Ajaccio.",
                     "Preparar el Festival de Cine Español y Latinoamericano con la asociación Latinita y animar "
                     "proyectos interculturales en el colegio Laetitia Bonaparte de Ajaccio.",
                     "Preparing the Spanish and Latin American Film Festival with the Latinita association and "
                     "running intercultural projects at the Laetitia Bonaparte school in Ajaccio."),
        "story": L("Six mois entre cinéma et salles de classe : Diana a fait découvrir les cultures latino-"
                   "américaines aux élèves et au public corse.",
                   "Seis meses entre cine y aulas: Diana acercó las culturas latinoamericanas a los alumnos y al "
                   "público corso.",
                   "Six months between cinema and classrooms: Diana introduced pupils and the Corsican public to "
                   "Latin American cultures."),
    },
    {
        "key": "angello-duenas", "first_name": "Angello", "last_name": "Dueñas", "featured": False,
        "nationality": PERUVIAN_M, "scheme": "reciprocite", "direction": "peru-france",
        "structures": [], "host_structure_name": "Parcours Le Monde",
        "mission_city": "Nantes", "region": "Pays de la Loire", "country": FRANCE, "start_year": 2024,
        "duration_months": 8, "programme": "enlazando", "quote": "",
        "lead": L("En service civique de réciprocité avec Parcours Le Monde, à Nantes.",
                  "En servicio cívico de reciprocidad con Parcours Le Monde, en Nantes.",
                  "On a reciprocal civic service with Parcours Le Monde, in Nantes."),
        "mission": L("Animer des activités qui encouragent l'engagement citoyen et communautaire, dans une "
                     "perspective interculturelle.",
                     "Animar actividades que promueven la participación ciudadana y comunitaria, con una "
                     "perspectiva intercultural.",
                     "Running activities that encourage civic and community involvement, from an intercultural "
                     "perspective."),
        "story": L("Huit mois à Nantes pour donner envie aux jeunes de s'engager, en partageant son regard de "
                   "Péruvien.",
                   "Ocho meses en Nantes para animar a los jóvenes a comprometerse, compartiendo su mirada de "
                   "peruano.",
                   "Eight months in Nantes encouraging young people to get involved, sharing his Peruvian "
                   "perspective."),
    },
    {
        "key": "alvaro-saavedra", "first_name": "Alvaro", "last_name": "Saavedra", "featured": False,
        "nationality": PERUVIAN_M, "scheme": "reciprocite", "direction": "peru-france",
        "structures": [], "host_structure_name": "FSCF Nouvelle-Aquitaine",
        "mission_city": "Bordeaux", "region": "Nouvelle-Aquitaine", "country": FRANCE, "start_year": 2024,
        "duration_months": 7, "programme": "rumbo-a-francia-2024", "quote": "",
        "lead": L("Volontaire du programme Rumbo a Francia et volontaire officiel des Jeux de Paris 2024.",
                  "Voluntario del programa Rumbo a Francia y voluntario oficial de los Juegos de París 2024.",
                  "Rumbo a Francia volunteer and official volunteer at the Paris 2024 Games."),
        "mission": L("Communication et soutien aux activités sportives de la Fédération sportive et culturelle de "
                     "France (FSCF) en Nouvelle-Aquitaine.",
                     "Comunicación y apoyo a las actividades deportivas de la Federación Deportiva y Cultural de "
                     "Francia (FSCF) en Nouvelle-Aquitaine.",
                     "Communication and support for the sports activities of the French Sports and Cultural "
                     "Federation (FSCF) in Nouvelle-Aquitaine."),
        "story": L("Après sept mois de service civique à Bordeaux, Alvaro a rejoint les équipes de volontaires des "
                   "Jeux olympiques.",
                   "Tras siete meses de servicio cívico en Burdeos, Alvaro se unió a los equipos de voluntarios de "
                   "los Juegos Olímpicos.",
                   "After seven months of civic service in Bordeaux, Alvaro joined the Olympic Games volunteer "
                   "teams."),
    },
    {
        "key": "veronica-castro", "first_name": "Verónica", "last_name": "Castro", "featured": False,
        "nationality": PERUVIAN_F, "scheme": "reciprocite", "direction": "peru-france",
        "structures": [], "host_structure_name": "UCPA",
        "mission_city": "Paris", "region": "Île-de-France", "country": FRANCE, "start_year": 2024,
        "duration_months": 7, "programme": "rumbo-a-francia-2024", "quote": "",
        "lead": L("Volontaire du programme Rumbo a Francia avec l'UCPA, à Paris.",
                  "Voluntaria del programa Rumbo a Francia con la UCPA, en París.",
                  "Rumbo a Francia volunteer with UCPA, in Paris."),
        "mission": L("Soutien aux activités sportives de l'UCPA, puis mission de volontaire officielle des Jeux "
                     "olympiques de Paris 2024.",
                     "Apoyo a las actividades deportivas de la UCPA y luego misión de voluntaria oficial de los "
                     "Juegos Olímpicos de París 2024.",
                     "Supporting UCPA's sports activities, then an official volunteer role at the Paris 2024 "
                     "Olympic Games."),
        "story": L("Sept mois à Paris, du terrain associatif aux coulisses des Jeux olympiques.",
                   "Siete meses en París, del trabajo asociativo a los entretelones de los Juegos Olímpicos.",
                   "Seven months in Paris, from grassroots sport to behind the scenes at the Olympic Games."),
    },
    {
        "key": "valeria-martinez", "first_name": "Valeria", "last_name": "Martinez", "featured": False,
        "nationality": PERUVIAN_F, "scheme": "reciprocite", "direction": "peru-france",
        "structures": [], "host_structure_name": "LEAP Lestonnac",
        "mission_city": "Beaumont-de-Lomagne", "region": "Occitanie", "country": FRANCE, "start_year": 2023,
        "end_year": 2024, "duration_months": 9, "programme": "enlazando", "quote": "",
        "lead": L("Volontaire péruvienne en service civique de réciprocité au LEAP Lestonnac.",
                  "Voluntaria peruana en servicio cívico de reciprocidad en el LEAP Lestonnac.",
                  "Peruvian reciprocal civic service volunteer at LEAP Lestonnac."),
        "mission": L("Promouvoir la solidarité et la citoyenneté internationale auprès des élèves.",
                     "Promover la solidaridad y la ciudadanía internacional entre los estudiantes.",
                     "Promoting solidarity and international citizenship among students."),
        "story": L("Neuf mois dans un lycée du Tarn-et-Garonne pour parler du Pérou, de solidarité et "
                   "d'engagement.",
                   "Nueve meses en un liceo de Tarn-et-Garonne para hablar del Perú, de solidaridad y de "
                   "compromiso.",
                   "Nine months at a school in Tarn-et-Garonne talking about Peru, solidarity and commitment."),
    },
    {
        # Anonymous at the volunteer's request: the name is kept for the team, never shown.
        "key": L("volontaire-a-cusco", "voluntaria-en-cusco", "volunteer-in-cusco"),
        "title": L("Une volontaire à Cusco", "Una voluntaria en Cusco", "A volunteer in Cusco"),
        "first_name": "Lucía", "last_name": "Quispe", "featured": False, "anonymous": True,
        "consent": (date(2025, 3, 15), "anonymous", date(2028, 3, 15)),
        "nationality": FRENCH, "scheme": "vsi", "direction": "france-peru",
        "structures": [], "host_structure_name": "",
        "mission_city": "Cusco", "region": "Cusco", "country": PERU, "start_year": 2025, "duration_months": 12,
        "quote": "",
        "lead": L("Un an de VSI dans une association d'éducation à Cusco, racontée sans nom ni photo.",
                  "Un año de VSI en una asociación educativa del Cusco, contado sin nombre ni foto.",
                  "A year of VSI with an education association in Cusco, told without a name or a photo."),
        "mission": L("Appui pédagogique dans des écoles rurales de la province d'Urubamba.",
                     "Apoyo pedagógico en escuelas rurales de la provincia de Urubamba.",
                     "Teaching support in rural schools of the Urubamba province."),
        "story": L("Elle a préféré ne pas être nommée : son témoignage parle des élèves, des familles et des "
                   "trajets en combi plus que d'elle-même.",
                   "Prefirió no ser nombrada: su testimonio habla de los alumnos, de las familias y de los viajes "
                   "en combi más que de ella misma.",
                   "She preferred not to be named: her story is about the pupils, the families and the minibus "
                   "rides more than about herself."),
    },
]
