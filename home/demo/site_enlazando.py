"""Three programmes born of EnLAzando: the Voluntades+ diploma, the Innovation for Volunteering Fund and
the Research Fund. Each links back to EnLAzando, made just before them.

Facts from shared/seeds/ (EnLAzando programme page, 2024 activity report); the prose is the site's own.
"""

from home.models import ProgrammePage

from .bodies import (
    bullets,
    call_to_action,
    demo_page,
    heading,
    image,
    key_figures,
    paragraph,
    partner_links,
    phase,
    picture,
    related_links,
    rich_text,
    table,
)
from .content import L, stream
from .partners import ensure_partners
from .site_programmes import ENLAZANDO_COUNTRIES

ENLAZANDO_PATH = "programmes/enlazando"


def _back_to_enlazando(text):
    return call_to_action(
        L("Une action du programme EnLAzando", "Una acción del programa EnLAzando", "Part of the EnLAzando programme"),
        text, L("Découvrir EnLAzando", "Conocer EnLAzando", "Discover EnLAzando"), page=demo_page(ENLAZANDO_PATH))


def voluntades():
    return {
        "title": L("Diplôme Voluntades+", "Diplomado Voluntades+", "Voluntades+ Diploma"),
        "slug": L("diplome-voluntades", "diplomado-voluntades", "voluntades-diploma"),
        "lead": L(
            "Un diplôme universitaire international, en ligne, pour professionnaliser la gestion du volontariat "
            "et renforcer les organisations.",
            "Un diplomado universitario internacional, en línea, para profesionalizar la gestión del voluntariado "
            "y fortalecer a las organizaciones.",
            "An international online university diploma to professionalise volunteer management and strengthen "
            "organisations.",
        ),
        "social_image": picture("voluntades", "Illustration : sommets violets sous un soleil jaune"),
        "start_year": 2021,
        "end_year": 2024,
        "countries": ENLAZANDO_COUNTRIES,
        "summary": rich_text(L(
            "Piloté par la Pontificia Universidad Católica del Ecuador (PUCE) et coordonné au Pérou par "
            "l'Université Antonio Ruiz de Montoya, Voluntades+ allie coopération internationale et université pour "
            "un volontariat de qualité, innovant et durable en Amérique latine.",
            "Dirigido por la Pontificia Universidad Católica del Ecuador (PUCE) y coordinado en el Perú por la "
            "Universidad Antonio Ruiz de Montoya, Voluntades+ une la cooperación internacional y la universidad "
            "por un voluntariado de calidad, innovador y sostenible en América Latina.",
            "Run by the Pontificia Universidad Católica del Ecuador (PUCE) and coordinated in Peru by the "
            "Universidad Antonio Ruiz de Montoya, Voluntades+ brings international cooperation and academia "
            "together for high-quality, innovative and lasting volunteering in Latin America.",
        )),
        "phases": stream("voluntades-phases", [
            phase(L("Premières éditions", "Primeras ediciones", "First editions"), "2021–2022", L(
                "70 participants de cinq pays suivent la première formation Voluntades+.",
                "70 participantes de cinco países siguen la primera formación Voluntades+.",
                "70 participants from five countries take the first Voluntades+ course.",
            )),
            phase(L("Troisième édition", "Tercera edición", "Third edition"), "2023", L(
                "Convention avec la PUCE en juillet, lancement officiel le 15 septembre à Quito, retransmis dans "
                "les six pays : 35 participants retenus sur 262 candidatures suivent 14 semaines de cours en ligne.",
                "Convenio con la PUCE en julio y lanzamiento oficial el 15 de septiembre en Quito, transmitido en "
                "los seis países: 35 participantes seleccionados entre 262 postulaciones siguen 14 semanas de "
                "clases en línea.",
                "Agreement with PUCE in July, official launch in Quito on 15 September, broadcast in all six "
                "countries: 35 participants chosen from 262 applications take 14 weeks of online classes.",
            )),
            phase(L("Quatrième édition", "Cuarta edición", "Fourth edition"),
                   L("janvier 2024", "enero de 2024", "January 2024"), L(
                "Lancement régional le 4 janvier 2024. Au Pérou, 42 candidatures et 5 personnes retenues, "
                "professionnelles du volontariat dans des associations ou des entités publiques.",
                "Lanzamiento regional el 4 de enero de 2024. En el Perú, 42 postulaciones y 5 personas "
                "seleccionadas, profesionales del voluntariado en asociaciones o entidades públicas.",
                "Regional launch on 4 January 2024. In Peru, 42 applications and 5 people selected, all working in "
                "volunteering for associations or public bodies.",
            )),
            phase(L("Édition de validation", "Edición de convalidación", "Validation edition"),
                   L("avril 2024", "abril de 2024", "April 2024"), L(
                "Ouverte le 17 avril aux anciens des éditions 2021 et 2022 : cinq personnes au Pérou.",
                "Abierta el 17 de abril para los egresados de las ediciones 2021 y 2022: cinco personas en el Perú.",
                "Opened on 17 April to alumni of the 2021 and 2022 editions: five people in Peru.",
            )),
            phase(L("Remise des diplômes", "Graduación", "Graduation"),
                   L("18 juillet 2024", "18 de julio de 2024", "18 July 2024"), L(
                "Cérémonie hybride à l'Université Antonio Ruiz de Montoya pour les troisième et quatrième éditions.",
                "Ceremonia híbrida en la Universidad Antonio Ruiz de Montoya para la tercera y la cuarta edición.",
                "A hybrid ceremony at the Universidad Antonio Ruiz de Montoya for the third and fourth editions.",
            )),
        ]),
        "key_figures": stream("voluntades-figures", [
            key_figures(L("La troisième édition", "La tercera edición", "The third edition"),
                        ("262", L("candidatures", "postulaciones", "applications")),
                        ("35", L("participants retenus", "participantes seleccionados", "participants selected")),
                        ("14", L("semaines de cours en ligne", "semanas de clases en línea",
                                 "weeks of online classes"))),
        ]),
        "body": stream("voluntades-body", [
            _back_to_enlazando(L(
                "Voluntades+ est l'outil de formation du premier axe du programme : renforcer les organisations.",
                "Voluntades+ es la herramienta de formación del primer eje del programa: fortalecer a las "
                "organizaciones.",
                "Voluntades+ is the training arm of the programme's first lever: strengthening organisations.",
            )),
        ]),
        "programme_partners": partner_links(ensure_partners("puce", "uarm", "meae")),
        "related_links": related_links([demo_page(ENLAZANDO_PATH)]),
    }


def innovation_fund():
    return {
        "title": L("Fonds pour l'innovation dans le volontariat", "Fondo de Innovación para el Voluntariado",
                   "Innovation for Volunteering Fund"),
        "slug": L("fonds-innovation-volontariat", "fondo-innovacion-voluntariado", "innovation-for-volunteering-fund"),
        "lead": L(
            "Le FIV finance et fait connaître des initiatives innovantes de volontariat. Au Pérou, trois projets "
            "ont vu le jour entre décembre 2023 et juin 2024.",
            "El FIV financia y da a conocer iniciativas innovadoras de voluntariado. En el Perú, tres proyectos se "
            "realizaron entre diciembre de 2023 y junio de 2024.",
            "The FIV funds innovative volunteering initiatives and makes them known. In Peru, three projects came "
            "to life between December 2023 and June 2024.",
        ),
        "social_image": picture("innovation-fund", "Illustration : crêtes vertes et soleil doré"),
        "countries": ENLAZANDO_COUNTRIES,
        "summary": rich_text(L(
            "Dans chaque pays, des comités réunissant les principaux acteurs du volontariat choisissent les "
            "lauréats. Au-delà du financement, ceux-ci gagnent en visibilité et rejoignent un réseau "
            "d'organisations dans les six pays du programme.",
            "En cada país, comités formados por los principales actores del voluntariado eligen a los ganadores. "
            "Además del financiamiento, estos ganan visibilidad y se suman a una red de organizaciones en los seis "
            "países del programa.",
            "In each country, committees of leading volunteering organisations choose the winners. Besides the "
            "money, winners gain visibility and join a network of organisations across the programme's six "
            "countries.",
        )),
        "phases": stream("innovation-fund-phases", [
            phase(L("Phase 1 d'EnLAzando", "Fase 1 de EnLAzando", "EnLAzando phase 1"), "2020–2022", L(
                "16 projets financés dans cinq pays.",
                "16 proyectos financiados en cinco países.",
                "16 projects funded in five countries.",
            )),
            phase(L("Troisième édition", "Tercera edición", "Third round"), "2023–2024", L(
                "Trois initiatives par pays et une catégorie pour les anciens de Voluntades+ : 21 projets. "
                "Formation des lauréats en novembre 2023, conventions en décembre, six mois de mise en œuvre.",
                "Tres iniciativas por país y una categoría para egresados de Voluntades+: 21 proyectos. Formación "
                "de los ganadores en noviembre de 2023, convenios en diciembre, seis meses de ejecución.",
                "Three initiatives per country and one category for Voluntades+ alumni: 21 projects. Winners "
                "trained in November 2023, agreements signed in December, six months to deliver.",
            )),
        ]),
        "key_figures": stream("innovation-fund-figures", [
            key_figures("",
                        ("21", L("projets dans six pays", "proyectos en seis países", "projects in six countries")),
                        (L("4 000 $", "US$ 4000", "$4,000"), L("par projet", "por proyecto", "per project")),
                        ("3", L("projets au Pérou", "proyectos en el Perú", "projects in Peru"))),
        ]),
        "body": stream("innovation-fund-body", [
            heading(L("Trois projets au Pérou", "Tres proyectos en el Perú", "Three projects in Peru")),
            paragraph(bullets(
                L("<b>PROA</b> a créé une application pour chercher des missions de volontariat, et présenté le "
                  "26 avril 2024 une étude sur les comportements et les besoins des volontaires.",
                  "<b>PROA</b> creó una aplicación para buscar misiones de voluntariado y presentó el 26 de abril de "
                  "2024 un estudio sobre los comportamientos y necesidades de los voluntarios.",
                  "<b>PROA</b> built an app to search for volunteering assignments, and on 26 April 2024 presented "
                  "a study of volunteers' behaviour and needs."),
                L("<b>CADEP José María Arguedas</b> a lancé à Cusco une radio communautaire bilingue "
                  "quechua-espagnol, animée surtout par des femmes.",
                  "<b>CADEP José María Arguedas</b> lanzó en Cusco una radio comunitaria bilingüe "
                  "quechua-castellano, animada sobre todo por mujeres.",
                  "<b>CADEP José María Arguedas</b> launched a bilingual Quechua–Spanish community radio in Cusco, "
                  "run mostly by women."),
                L("<b>La RSTEAP</b> a redonné de l'élan au réseau des salles de théâtre du Pérou avec une rencontre "
                  "nationale.",
                  "<b>La RSTEAP</b> dio nuevo impulso a la red de salas de teatro del Perú con un encuentro nacional.",
                  "<b>RSTEAP</b> gave new energy to Peru's network of theatres with a national gathering."),
            )),
            image("innovation-fund-radio", L("Illustration : collines vertes sous un ciel de sable",
                                             "Ilustración: colinas verdes bajo un cielo arena",
                                             "Illustration: green hills under a sandy sky"),
                  caption=L("Une radio, une application, un réseau de théâtres : trois façons d'innover",
                            "Una radio, una aplicación, una red de teatros: tres formas de innovar",
                            "A radio, an app, a theatre network: three ways to innovate")),
            _back_to_enlazando(L(
                "Après le programme, un annuaire des lauréats continuera de faire connaître ces initiatives.",
                "Después del programa, un directorio de los ganadores seguirá dando a conocer estas iniciativas.",
                "After the programme, a directory of the winners will keep these initiatives visible.",
            )),
        ]),
        "programme_partners": partner_links(ensure_partners("proa", "cadep", "rsteap")),
        "related_links": related_links([demo_page(ENLAZANDO_PATH)]),
    }


def research_fund():
    return {
        "title": L("Fonds de recherche", "Fondo de Investigación", "Research Fund"),
        "slug": L("fonds-de-recherche", "fondo-de-investigacion", "research-fund"),
        "lead": L(
            "Des études universitaires pour mieux connaître le volontariat en Amérique latine et nourrir le "
            "plaidoyer auprès des pouvoirs publics.",
            "Estudios universitarios para conocer mejor el voluntariado en América Latina y sustentar la "
            "incidencia ante las autoridades.",
            "University studies to understand volunteering in Latin America better and to inform advocacy with "
            "public authorities.",
        ),
        "social_image": picture("research-fund", "Illustration : montagnes bleu nuit et soleil pâle"),
        "start_year": 2023,
        "end_year": 2025,
        "countries": ENLAZANDO_COUNTRIES,
        "summary": rich_text(L(
            "La recherche-action est le deuxième axe d'EnLAzando : produire des données, rapprocher universités et "
            "acteurs du volontariat et améliorer les cadres légaux. Le fonds finance des recherches dont les "
            "résultats servent au plaidoyer dans les six pays.",
            "La investigación-acción es el segundo eje de EnLAzando: producir datos, acercar a las universidades y "
            "los actores del voluntariado y mejorar los marcos legales. El fondo financia investigaciones cuyos "
            "resultados sirven para la incidencia en los seis países.",
            "Action research is EnLAzando's second lever: producing data, bringing universities and volunteering "
            "organisations together and improving legal frameworks. The fund pays for research whose findings "
            "feed advocacy in all six countries.",
        )),
        "phases": stream("research-fund-phases", [
            phase(L("Appel à projets", "Convocatoria", "Call for proposals"),
                   L("nov. 2023 – janv. 2024", "nov. 2023 – ene. 2024", "Nov 2023 – Jan 2024"), L(
                "Ouvert du 14 novembre 2023 au 14 janvier 2024. Le comité de sélection réunit Virginie Holler, "
                "Iselle Tazé-Bernard, Nelly Allard (pôle études de France Volontaires) et des membres du ministère "
                "de l'Europe et des Affaires étrangères.",
                "Abierta del 14 de noviembre de 2023 al 14 de enero de 2024. El comité de selección reúne a "
                "Virginie Holler, Iselle Tazé-Bernard, Nelly Allard (área de estudios de France Volontaires) y "
                "miembros del Ministerio de Europa y de Asuntos Exteriores de Francia.",
                "Open from 14 November 2023 to 14 January 2024. The selection committee brings together Virginie "
                "Holler, Iselle Tazé-Bernard, Nelly Allard (France Volontaires' research unit) and staff of the "
                "French Ministry for Europe and Foreign Affairs.",
            )),
            phase(L("Lancement des études", "Inicio de los estudios", "Studies begin"), "2024", L(
                "Session d'information des lauréats le 24 juillet, conventions signées au second semestre.",
                "Sesión informativa para los ganadores el 24 de julio y convenios firmados en el segundo semestre.",
                "Briefing for the winners on 24 July, agreements signed in the second half of the year.",
            )),
            phase(L("Résultats", "Resultados", "Findings"), "2025", L(
                "Les études se terminent fin février 2025 ; leurs résultats seront ensuite diffusés.",
                "Los estudios concluyen a fines de febrero de 2025; luego se difundirán sus resultados.",
                "The studies end in late February 2025; their findings will then be shared.",
            )),
        ]),
        "key_figures": stream("research-fund-figures", [
            key_figures("",
                        ("93", L("projets reçus", "proyectos recibidos", "proposals received")),
                        ("12", L("projets venus du Pérou", "proyectos del Perú", "proposals from Peru")),
                        ("2", L("projets retenus au Pérou", "proyectos seleccionados en el Perú",
                                "proposals selected in Peru"))),
        ]),
        "body": stream("research-fund-body", [
            heading(L("Les deux études péruviennes", "Los dos estudios peruanos", "The two Peruvian studies")),
            table(L("Projets retenus au Pérou", "Proyectos seleccionados en el Perú", "Proposals selected in Peru"), [
                [L("Porteurs", "Responsables", "Led by"), L("Sujet", "Tema", "Subject")],
                [L("MIMP et Université Antonio Ruiz de Montoya", "MIMP y Universidad Antonio Ruiz de Montoya",
                   "MIMP and Universidad Antonio Ruiz de Montoya"),
                 L("Le volontariat organisé au Pérou : problèmes, besoins, défis et pistes d'amélioration",
                   "El voluntariado organizado en el Perú: problemas, necesidades, desafíos y posibles mejoras",
                   "Organised volunteering in Peru: problems, needs, challenges and ways to improve")],
                [L("Université Ricardo Palma", "Universidad Ricardo Palma", "Universidad Ricardo Palma"),
                 L("Ce qui fait la satisfaction, la continuité et la fidélité des jeunes volontaires en Amérique "
                   "latine",
                   "Los factores de satisfacción, continuidad y lealtad de los jóvenes voluntarios en América Latina",
                   "What drives young volunteers' satisfaction, continuity and loyalty in Latin America")],
            ]),
            paragraph(L(
                "La première étude, menée avec le ministère référent du volontariat, doit aussi déboucher sur des "
                "propositions pour les politiques publiques.",
                "El primer estudio, realizado con el ministerio rector del voluntariado, también debe dar lugar a "
                "propuestas de políticas públicas.",
                "The first study, run with the ministry in charge of volunteering, is also meant to lead to public "
                "policy proposals.",
            )),
            _back_to_enlazando(L(
                "Le fonds porte le deuxième axe du programme : la recherche-action et le plaidoyer.",
                "El fondo impulsa el segundo eje del programa: la investigación-acción y la incidencia.",
                "The fund carries the programme's second lever: action research and advocacy.",
            )),
        ]),
        "programme_partners": partner_links(ensure_partners("mimp", "uarm", "urp", "meae")),
        "related_links": related_links([demo_page(ENLAZANDO_PATH)]),
    }


ENLAZANDO_PAGES = [
    ("voluntades", "programmes", ProgrammePage, voluntades),
    ("innovation-fund", "programmes", ProgrammePage, innovation_fund),
    ("research-fund", "programmes", ProgrammePage, research_fund),
]
