"""The programme index, EnLAzando and Rumbo a Francia 2024.

Facts from shared/seeds/ (EnLAzando programme page, 2024 activity report); the prose is the site's own.
"""

from home.models import ProgrammeIndexPage, ProgrammePage

from .bodies import (
    call_to_action,
    demo_page,
    heading,
    image,
    key_figures,
    lever,
    paragraph,
    partner_links,
    phase,
    picture,
    related_links,
    rich_text,
)
from .content import L, stream
from .partners import ensure_partners

ENLAZANDO_COUNTRIES = L(
    "Argentine, Bolivie, Colombie, Équateur, Paraguay, Pérou",
    "Argentina, Bolivia, Colombia, Ecuador, Paraguay, Perú",
    "Argentina, Bolivia, Colombia, Ecuador, Paraguay, Peru",
)


def programme_index():
    return {
        "title": L("Programmes", "Programas", "Programmes"),
        "slug": L("programmes", "programas", "programmes"),
        "show_in_menus": True,
        "lead": L(
            "Les programmes que France Volontaires mène au Pérou et en Amérique du Sud.",
            "Los programas que France Volontaires lleva a cabo en el Perú y en América del Sur.",
            "The programmes France Volontaires runs in Peru and South America.",
        ),
        "social_image": picture("programmes", "Illustration : crêtes andines au lever du soleil"),
        "intro": rich_text(L(
            "Renforcer les écosystèmes du volontariat, mobiliser des volontaires dans les deux sens et soutenir "
            "l'innovation : voici nos programmes.",
            "Fortalecer los ecosistemas del voluntariado, movilizar voluntarios en ambos sentidos y apoyar la "
            "innovación: estos son nuestros programas.",
            "Strengthening volunteering ecosystems, mobilising volunteers in both directions and supporting "
            "innovation: these are our programmes.",
        )),
    }


def enlazando():
    partners = ensure_partners("meae", "unv", "mimp", "soy-voluntari", "rev", "puce", "uarm", "proa")
    return {
        "title": "EnLAzando",
        "slug": L("enlazando", "enlazando", "enlazando"),
        "lead": L(
            "Depuis 2020, le programme régional EnLAzando renforce les écosystèmes du volontariat dans six pays "
            "d'Amérique du Sud et leur coopération avec la France.",
            "Desde 2020, el programa regional EnLAzando fortalece los ecosistemas del voluntariado en seis países "
            "de América del Sur y su cooperación con Francia.",
            "Since 2020, the EnLAzando regional programme has strengthened volunteering ecosystems in six South "
            "American countries and their cooperation with France.",
        ),
        "social_image": picture("enlazando", "Illustration : crêtes andines sous un ciel clair"),
        "start_year": 2020,
        "end_year": 2024,
        "countries": ENLAZANDO_COUNTRIES,
        "summary": rich_text(L(
            "Soutenu par le ministère de l'Europe et des Affaires étrangères, EnLAzando accompagne la structuration "
            "des réseaux d'acteurs du volontariat pour construire une vision commune d'un volontariat responsable "
            "et solidaire.",
            "Con el apoyo del Ministerio de Europa y de Asuntos Exteriores de Francia, EnLAzando acompaña la "
            "estructuración de las redes de actores del voluntariado para construir una visión común de un "
            "voluntariado responsable y solidario.",
            "Supported by the French Ministry for Europe and Foreign Affairs, EnLAzando helps volunteering "
            "networks organise themselves and build a shared vision of responsible, solidarity-based volunteering.",
        )),
        "phases": stream("enlazando-phases", [
            phase(L("Phase 1", "Fase 1", "Phase 1"), "2020–2022", L(
                "Cartographie des écosystèmes du volontariat de cinq pays, 70 participants à la formation "
                "Voluntades+, 16 projets financés par le Fonds pour l'innovation et 10 volontaires mobilisés.",
                "Mapeo de los ecosistemas del voluntariado de cinco países, 70 participantes en la formación "
                "Voluntades+, 16 proyectos financiados por el Fondo de Innovación y 10 voluntarios movilizados.",
                "Mapping of the volunteering ecosystems of five countries, 70 participants in the Voluntades+ "
                "training, 16 projects funded by the Innovation Fund and 10 volunteers mobilised.",
            )),
            phase(L("Phase 2", "Fase 2", "Phase 2"), "2022–2024", L(
                "Extension à l'Argentine, 31 volontaires mobilisés, travail avec les pouvoirs publics sur les "
                "politiques de volontariat et ouverture aux universités et institutions.",
                "Extensión a Argentina, 31 voluntarios movilizados, trabajo con las autoridades sobre las "
                "políticas de voluntariado y apertura a universidades e instituciones.",
                "Extension to Argentina, 31 volunteers mobilised, work with public authorities on volunteering "
                "policies and a wider circle including universities and institutions.",
            )),
        ]),
        "action_levers": stream("enlazando-levers", [
            lever(L("Renforcer les organisations et les réseaux", "Fortalecer las organizaciones y las redes",
                     "Strengthening organisations and networks"), L(
                "Le diplôme universitaire Voluntades+, des ateliers d'échange entre pays et le Fonds pour "
                "l'innovation dans le volontariat, qui finance des initiatives nouvelles.",
                "El diplomado universitario Voluntades+, talleres de intercambio entre países y el Fondo de "
                "Innovación para el Voluntariado, que financia iniciativas nuevas.",
                "The Voluntades+ university diploma, exchange workshops between countries and the Innovation for "
                "Volunteering Fund, which finances new initiatives.",
            )),
            lever(L("Recherche-action et plaidoyer", "Investigación-acción e incidencia",
                     "Action research and advocacy"), L(
                "Des études et des données pour faire évoluer les cadres légaux : cinq diagnostics nationaux et "
                "une analyse comparative en phase 1, au moins six études en phase 2 avec le Fonds de recherche.",
                "Estudios y datos para mejorar los marcos legales: cinco diagnósticos nacionales y un análisis "
                "comparativo en la fase 1, al menos seis estudios en la fase 2 con el Fondo de Investigación.",
                "Studies and data to improve legal frameworks: five national assessments and a comparative "
                "analysis in phase 1, at least six studies in phase 2 through the Research Fund.",
            )),
            lever(L("Mobiliser des volontaires", "Movilizar voluntarios", "Mobilising volunteers"), L(
                "Dix volontaires en phase 1 et trente et un en phase 2, en VSI ou en service civique : entre pays "
                "d'Amérique du Sud, de la France vers l'Amérique du Sud et de l'Amérique du Sud vers la France.",
                "Diez voluntarios en la fase 1 y treinta y uno en la fase 2, en VSI o en servicio cívico: entre "
                "países de América del Sur, de Francia hacia América del Sur y de América del Sur hacia Francia.",
                "Ten volunteers in phase 1 and thirty-one in phase 2, as VSI or civic service volunteers: between "
                "South American countries, from France to South America and from South America to France.",
            )),
        ]),
        "key_figures": stream("enlazando-figures", [
            ("key_figures", {
                "title": "",
                "figures": [
                    {"figure": "6", "label": L("pays", "países", "countries")},
                    {"figure": "31", "label": L("volontaires en phase 2", "voluntarios en la fase 2",
                                                "volunteers in phase 2")},
                    {"figure": "21", "label": L("projets financés par la 3e édition du FIV",
                                                "proyectos financiados por la 3.ª edición del FIV",
                                                "projects funded by the 3rd FIV round")},
                    {"figure": "114", "label": L("participants au séminaire de Lima 2024",
                                                 "participantes en el seminario de Lima 2024",
                                                 "participants at the 2024 Lima seminar")},
                ],
            }),
        ]),
        "body": stream("enlazando-body", [
            heading(L("Pourquoi un programme régional", "Por qué un programa regional", "Why a regional programme")),
            paragraph(
                L("Dans la plupart des pays d'Amérique du Sud, le volontariat est reconnu comme un levier de "
                  "développement et de participation citoyenne. EnLAzando est né en pleine pandémie de COVID-19, "
                  "quand les organisations de volontaires portaient l'aide jusqu'aux populations les plus isolées.",
                  "En la mayoría de los países de América del Sur, el voluntariado se reconoce como una palanca de "
                  "desarrollo y de participación ciudadana. EnLAzando nació en plena pandemia de COVID-19, cuando "
                  "las organizaciones de voluntariado llevaban la ayuda hasta las poblaciones más aisladas.",
                  "Most South American countries see volunteering as a driver of development and civic "
                  "participation. EnLAzando was born at the height of the COVID-19 pandemic, when volunteer "
                  "organisations were taking aid to the most isolated communities."),
                L("Le programme défend le volontariat comme une fin en soi, et pas seulement comme un moyen : des "
                  "expériences responsables, mieux encadrées et reconnues.",
                  "El programa defiende el voluntariado como un fin en sí mismo, y no solo como un medio: "
                  "experiencias responsables, mejor encuadradas y reconocidas.",
                  "The programme treats volunteering as an end in itself, not only a means: responsible "
                  "experiences that are better organised and recognised."),
            ),
            heading(L("Au Pérou", "En el Perú", "In Peru")),
            paragraph(
                L("L'équipe a renforcé ses partenaires péruviens comme structures d'envoi, resserré sa collaboration "
                  "avec le ministère de la Femme et des Populations vulnérables, référent du volontariat, et "
                  "travaillé avec des universités (UARM, URP, USIL) et le réseau PROA.",
                  "El equipo fortaleció a sus socios peruanos como organizaciones de envío, estrechó su "
                  "colaboración con el Ministerio de la Mujer y Poblaciones Vulnerables, ente rector del "
                  "voluntariado, y trabajó con universidades (UARM, URP, USIL) y la red PROA.",
                  "The team strengthened its Peruvian partners as sending organisations, worked more closely with "
                  "the Ministry of Women and Vulnerable Populations, which leads on volunteering, and with "
                  "universities (UARM, URP, USIL) and the PROA network."),
                L("Du 3 au 5 juin 2024, Lima a accueilli la troisième édition du séminaire international "
                  "« EnLAzando, le volontariat en Amérique latine », à l'Université San Ignacio de Loyola et à "
                  "l'Alliance française : 114 participants venus de neuf pays, et plus de 600 en ligne.",
                  "Del 3 al 5 de junio de 2024, Lima acogió la tercera edición del seminario internacional "
                  "«EnLAzando, el voluntariado en América Latina», en la Universidad San Ignacio de Loyola y la "
                  "Alianza Francesa: 114 participantes de nueve países y más de 600 en línea.",
                  "From 3 to 5 June 2024, Lima hosted the third international seminar “EnLAzando, volunteering in "
                  "Latin America” at the Universidad San Ignacio de Loyola and the Alliance Française: 114 "
                  "participants from nine countries, and more than 600 online."),
            ),
            image("enlazando-seminar", L("Illustration : crêtes andines en couches bleues",
                                         "Ilustración: crestas andinas en capas azules",
                                         "Illustration: layered blue Andean ridges"),
                  caption=L("Argentine, Bolivie, Colombie, Équateur, Paraguay et Pérou : six pays, un réseau",
                            "Argentina, Bolivia, Colombia, Ecuador, Paraguay y Perú: seis países, una red",
                            "Argentina, Bolivia, Colombia, Ecuador, Paraguay and Peru: six countries, one network")),
        ]),
        "programme_partners": partner_links(partners),
        "related_links": related_links([demo_page("qui-sommes-nous/espace-volontariats"),
                                        demo_page("dispositifs-de-volontariat/reciprocite")]),
    }


def rumbo_a_francia():
    partners = ensure_partners("ambassade", "peb", "ipd", "bordeaux")
    return {
        "title": "Rumbo a Francia 2024",
        "slug": L("rumbo-a-francia-2024", "rumbo-a-francia-2024", "rumbo-a-francia-2024"),
        "lead": L(
            "Neuf jeunes Péruviens en service civique en France autour du sport, jusqu'aux Jeux olympiques et "
            "paralympiques de Paris 2024.",
            "Nueve jóvenes peruanos en servicio cívico en Francia en torno al deporte, hasta los Juegos Olímpicos y "
            "Paralímpicos de París 2024.",
            "Nine young Peruvians on civic service in France around sport, all the way to the Paris 2024 Olympic "
            "and Paralympic Games.",
        ),
        "social_image": picture("rumbo-a-francia", "Illustration : soleil éclatant sur des collines corail"),
        "start_year": 2022,
        "end_year": 2024,
        "countries": L("Pérou, France", "Perú, Francia", "Peru, France"),
        "summary": rich_text(L(
            "Lancé en 2022 sous le label Terre de Jeux attribué à l'Ambassade de France au Pérou, le programme a "
            "culminé en 2024. Il a été financé en grande partie par le projet « Promouvoir l'esprit olympique et "
            "l'héritage des Jeux au travers de la coopération franco-péruvienne ».",
            "Iniciado en 2022 con el sello Terre de Jeux otorgado a la Embajada de Francia en el Perú, el programa "
            "culminó en 2024. Fue financiado en gran parte por el proyecto «Promover el espíritu olímpico y el "
            "legado de los Juegos a través de la cooperación franco-peruana».",
            "Launched in 2022 under the Terre de Jeux label awarded to the French Embassy in Peru, the programme "
            "peaked in 2024. It was largely funded by the project “Promoting the Olympic spirit and the legacy of "
            "the Games through French–Peruvian cooperation”.",
        )),
        "phases": stream("rumbo-phases", [
            phase(L("Lancement", "Inicio", "Launch"), "2022", L(
                "Le projet naît avec l'Ambassade, le Projet spécial Bicentenaire et l'Institut péruvien du sport.",
                "El proyecto nace con la Embajada, el Proyecto Especial Bicentenario y el Instituto Peruano del "
                "Deporte.",
                "The project starts with the Embassy, the Bicentennial Special Project and the Peruvian Sports "
                "Institute.",
            )),
            phase(L("Départ", "Partida", "Departure"), L("mars 2024", "marzo de 2024", "March 2024"), L(
                "Formation aux médias et formation au départ les 4 et 5 mars, puis cérémonie le 7 mars à la "
                "Résidence de France, en présence des ministres de la Culture et de l'Éducation.",
                "Formación en medios y formación previa a la partida el 4 y 5 de marzo, y luego ceremonia el 7 de "
                "marzo en la Residencia de Francia, con los ministros de Cultura y de Educación.",
                "Media training and pre-departure training on 4 and 5 March, then a ceremony on 7 March at the "
                "French Residence, attended by the Ministers of Culture and Education.",
            )),
            phase(L("Missions", "Misiones", "Assignments"), L("mars–décembre 2024", "marzo–diciembre de 2024",
                                                               "March–December 2024"), L(
                "Communication, éducation et pratiques sportives à Paris, Bordeaux, Perpignan et Mulhouse, avec le "
                "comité régional FSCF Nouvelle-Aquitaine, la ville de Mulhouse, la Mission locale Technowest, "
                "l'UFOLEP et l'UCPA.",
                "Comunicación, educación y prácticas deportivas en París, Burdeos, Perpiñán y Mulhouse, con el "
                "comité regional FSCF Nueva Aquitania, la ciudad de Mulhouse, la Mission Locale Technowest, la "
                "UFOLEP y la UCPA.",
                "Communication, education and sports activities in Paris, Bordeaux, Perpignan and Mulhouse, with "
                "the FSCF Nouvelle-Aquitaine regional committee, the city of Mulhouse, Mission Locale Technowest, "
                "UFOLEP and UCPA.",
            )),
            phase(L("Les Jeux", "Los Juegos", "The Games"), L("juillet–août 2024", "julio–agosto de 2024",
                                                               "July–August 2024"), L(
                "Volontaires des Jeux olympiques et paralympiques à Bordeaux et à Paris ; trois d'entre eux "
                "rejoignent aussi, de leur propre initiative, l'organisation des Jeux paralympiques.",
                "Voluntarios de los Juegos Olímpicos y Paralímpicos en Burdeos y París; tres de ellos se suman "
                "también, por iniciativa propia, a la organización de los Juegos Paralímpicos.",
                "Volunteers at the Olympic and Paralympic Games in Bordeaux and Paris; three of them also join the "
                "Paralympics organisation on their own initiative.",
            )),
            phase(L("Retour", "Regreso", "Return"), L("décembre 2024", "diciembre de 2024", "December 2024"), L(
                "Retour au Pérou et témoignages au Festival Patria le 15 décembre ; un temps de relecture de "
                "l'expérience est prévu en 2025.",
                "Regreso al Perú y testimonios en el Festival Patria el 15 de diciembre; en 2025 está previsto un "
                "encuentro para analizar la experiencia.",
                "Return to Peru and testimonies at the Festival Patria on 15 December; a debriefing on the "
                "experience is planned for 2025.",
            )),
        ]),
        "key_figures": stream("rumbo-figures", [
            key_figures("",
                        ("9", L("jeunes volontaires péruviens", "jóvenes voluntarios peruanos",
                                "young Peruvian volunteers")),
                        ("4", L("villes d'accueil en France", "ciudades de acogida en Francia",
                                "host cities in France")),
                        ("5", L("structures d'accueil", "organizaciones de acogida", "host organisations"))),
        ]),
        "body": stream("rumbo-body", [
            heading(L("Les volontaires", "Los voluntarios", "The volunteers")),
            paragraph(
                L("Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo et Jean-Pierre ont "
                  "partagé les valeurs du sport avec le grand public. Álvaro a ainsi travaillé à Bordeaux avec la "
                  "FSCF, et Verónica à Paris avec l'UCPA.",
                  "Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo y Jean-Pierre compartieron "
                  "los valores del deporte con el público. Álvaro trabajó en Burdeos con la FSCF y Verónica en "
                  "París con la UCPA.",
                  "Candy, Gino, Álvaro, Verónica, Alejandro, Luisa, Valeria, Víctor Hugo and Jean-Pierre shared the "
                  "values of sport with the public. Álvaro worked in Bordeaux with the FSCF, and Verónica in Paris "
                  "with UCPA."),
                L("Leur aventure a été suivie des deux côtés de l'Atlantique : reportages de l'émission « Modo "
                  "Bicentenario », interview en direct sur Andina TV, réception au Quai d'Orsay en juillet.",
                  "Su aventura se siguió a ambos lados del Atlántico: reportajes del programa «Modo "
                  "Bicentenario», entrevista en vivo en Andina TV, recepción en el Quai d'Orsay en julio.",
                  "Their adventure was followed on both sides of the Atlantic: reports on the “Modo Bicentenario” "
                  "TV programme, a live interview on Andina TV, a reception at the Quai d'Orsay in July."),
            ),
            image("rumbo-games", L("Illustration : soleil sur des collines couleur sable",
                                   "Ilustración: sol sobre colinas color arena",
                                   "Illustration: sun over sand-coloured hills"),
                  caption=L("Du Pérou aux sites olympiques de Paris et de Bordeaux",
                            "Del Perú a las sedes olímpicas de París y Burdeos",
                            "From Peru to the Olympic venues of Paris and Bordeaux")),
            call_to_action(
                L("Partir en France comme volontaire", "Ser voluntario en Francia", "Volunteering in France"),
                L("Chaque année, de jeunes Péruviens partent en France en service civique de réciprocité.",
                  "Cada año, jóvenes peruanos viajan a Francia en servicio cívico de reciprocidad.",
                  "Every year, young Peruvians go to France on reciprocal civic service."),
                L("Découvrir la réciprocité", "Conocer la reciprocidad", "About reciprocity"),
                page=demo_page("dispositifs-de-volontariat/reciprocite"),
            ),
        ]),
        "programme_partners": partner_links(partners),
        "related_links": related_links([demo_page("dispositifs-de-volontariat/reciprocite"),
                                        demo_page("dispositifs-de-volontariat/service-civique-international")]),
    }


PROGRAMME_PAGES = [
    ("programmes", None, ProgrammeIndexPage, programme_index),
    ("enlazando", "programmes", ProgrammePage, enlazando),
]
RUMBO_PAGES = [
    ("rumbo-a-francia", "programmes", ProgrammePage, rumbo_a_francia),
]
