"""The volunteering schemes: a parent page and one child page per scheme.

Facts from shared/seeds/ (2024 activity report of France Volontaires Pérou); the prose is the site's own.
"""

from home.models import ContentPage

from .bodies import bullets, call_to_action, demo_page, heading, image, key_figures, paragraph, picture, quote, table
from .content import L, stream

ADVICE_TITLE = L("Besoin de conseils ?", "¿Necesita orientación?", "Need advice?")
ADVICE_BUTTON = L("Rencontrer l'Espace Volontariats", "Conocer el Espacio Voluntariados",
                  "Meet the Espace Volontariats")


def _advice(text):
    return call_to_action(ADVICE_TITLE, text, ADVICE_BUTTON, page=demo_page("qui-sommes-nous/espace-volontariats"))


def schemes():
    return {
        "title": L("Dispositifs de volontariat", "Modalidades de voluntariado", "Volunteering schemes"),
        "slug": L("dispositifs-de-volontariat", "modalidades-de-voluntariado", "volunteering-schemes"),
        "show_in_menus": True,
        "lead": L(
            "Solidarité internationale, service civique, chantiers, engagement hors dispositif, réciprocité : les "
            "façons de s'engager entre la France et le Pérou.",
            "Solidaridad internacional, servicio cívico, campos solidarios, voluntariado independiente, "
            "reciprocidad: las formas de comprometerse entre Francia y el Perú.",
            "International solidarity, civic service, work camps, independent volunteering, reciprocity: the ways "
            "to get involved between France and Peru.",
        ),
        "social_image": picture("schemes", "Illustration : chaîne de montagnes ocre et bleue"),
        "body": stream("schemes-body", [
            paragraph(
                L("Le service civique international et le volontariat de solidarité internationale restent au cœur "
                  "de notre action : ils offrent un cadre, un accompagnement et l'accès au visa de coopérant. Nous "
                  "les recommandons chaque fois que c'est possible.",
                  "El servicio cívico internacional y el voluntariado de solidaridad internacional siguen en el "
                  "centro de nuestra acción: ofrecen un marco, un acompañamiento y el acceso a la visa de "
                  "cooperante. Los recomendamos siempre que sea posible.",
                  "International civic service and international solidarity volunteering remain at the heart of "
                  "our work: they provide a framework, support and access to the cooperant visa. We recommend "
                  "them whenever possible."),
                L("En 2024, des volontaires étaient en mission dans 21 des 24 départements du pays, de Lima et ses "
                  "quartiers périphériques jusqu'aux communautés rurales autour de Cusco.",
                  "En 2024, había voluntarios en misión en 21 de los 24 departamentos del país, desde Lima y sus "
                  "barrios periféricos hasta las comunidades rurales alrededor de Cusco.",
                  "In 2024, volunteers were on assignment in 21 of the country's 24 departments, from Lima and its "
                  "outskirts to the rural communities around Cusco."),
            ),
            table(L("Profil type des volontaires en 2024", "Perfil tipo de los voluntarios en 2024",
                    "Typical volunteer profile in 2024"), [
                ["", "VSI", L("Service civique", "Servicio cívico", "Civic service")],
                [L("Âge moyen", "Edad promedio", "Average age"), L("32 ans", "32 años", "32 years"),
                 L("23 ans", "23 años", "23 years")],
                [L("Part de femmes", "Proporción de mujeres", "Share of women"), L("79 %", "79 %", "79%"),
                 L("84 %", "84 %", "84%")],
                [L("Niveau bac +3", "Tres años de estudios superiores", "Three years of higher education"),
                 L("25 %", "25 %", "25%"), L("39 %", "39 %", "39%")],
                [L("Niveau bac +5", "Cinco años de estudios superiores", "Five years of higher education"),
                 L("61 %", "61 %", "61%"), L("52 %", "52 %", "52%")],
            ], header="both"),
            _advice(L("L'Espace Volontariats vous aide à choisir un dispositif et à préparer votre projet.",
                      "El Espacio Voluntariados le ayuda a elegir una modalidad y a preparar su proyecto.",
                      "The Espace Volontariats helps you choose a scheme and prepare your project.")),
        ]),
    }


def vsi():
    return {
        "title": L("Volontariat de solidarité internationale (VSI)", "Voluntariado de solidaridad internacional (VSI)",
                   "International solidarity volunteering (VSI)"),
        "slug": L("volontariat-de-solidarite-internationale", "voluntariado-de-solidaridad-internacional",
                  "international-solidarity-volunteering"),
        "lead": L(
            "Un engagement long et à plein temps auprès d'une organisation péruvienne, porté par une association "
            "française agréée.",
            "Un compromiso largo y a tiempo completo con una organización peruana, gestionado por una asociación "
            "francesa acreditada.",
            "A long, full-time commitment to a Peruvian organisation, arranged by an approved French association.",
        ),
        "social_image": picture("vsi", "Illustration : sommets enneigés et soleil levant"),
        "body": stream("vsi-body", [
            paragraph(
                L("Encadré par la loi du 23 février 2005, le VSI permet à des adultes de mettre leurs compétences "
                  "au service d'un projet de solidarité. L'association d'envoi assure la préparation, une "
                  "indemnité et la protection sociale ; au Pérou, le VSI ouvre droit au visa de coopérant.",
                  "Regulado por la ley francesa del 23 de febrero de 2005, el VSI permite a personas adultas poner "
                  "sus competencias al servicio de un proyecto solidario. La asociación de envío se encarga de la "
                  "preparación, de una asignación y de la protección social; en el Perú, el VSI da acceso a la "
                  "visa de cooperante.",
                  "Governed by the French law of 23 February 2005, the VSI lets adults put their skills to work for "
                  "a solidarity project. The sending association provides preparation, an allowance and social "
                  "cover; in Peru, the VSI gives access to the cooperant visa."),
                L("En 2024, les volontaires en VSI au Pérou avaient 32 ans en moyenne ; 79 % étaient des femmes.",
                  "En 2024, los voluntarios en VSI en el Perú tenían 32 años en promedio; el 79 % eran mujeres.",
                  "In 2024, VSI volunteers in Peru were 32 years old on average; 79% were women."),
            ),
            heading(L("Des missions au service des réseaux", "Misiones al servicio de las redes",
                      "Assignments that strengthen networks")),
            paragraph(L(
                "Avec le programme EnLAzando, deux volontaires ont soutenu en 2024 des réseaux péruviens : l'une à "
                "Lima, avec Escuela para el Desarrollo, pour relancer le réseau Soy Voluntari@ ; l'autre à "
                "Arequipa, pour revitaliser le réseau Arequipa Voluntaria. Le VSI existe aussi entre pays du Sud : "
                "ATD Cuarto Mundo en accueille trois à Cusco.",
                "Con el programa EnLAzando, dos voluntarias apoyaron en 2024 a redes peruanas: una en Lima, con "
                "Escuela para el Desarrollo, para relanzar la red Soy Voluntari@; la otra en Arequipa, para "
                "revitalizar la red Arequipa Voluntaria. El VSI también existe entre países del Sur: ATD Cuarto "
                "Mundo acoge a tres en Cusco.",
                "Through the EnLAzando programme, two volunteers supported Peruvian networks in 2024: one in Lima, "
                "with Escuela para el Desarrollo, to relaunch the Soy Voluntari@ network; the other in Arequipa, to "
                "revive the Arequipa Voluntaria network. The VSI also works between countries of the South: ATD "
                "Cuarto Mundo hosts three such volunteers in Cusco.",
            )),
            quote(
                L("Cette expérience, au-delà des frontières, est pour moi une façon concrète de contribuer à un "
                  "beau projet et de renouer avec mes racines latino-américaines.",
                  "Esta experiencia, más allá de las fronteras, es para mí una manera concreta de contribuir a un "
                  "lindo proyecto y de reconectar con mis raíces latinoamericanas.",
                  "This experience beyond borders is a concrete way for me to contribute to a lovely project and "
                  "to reconnect with my Latin American roots."),
                "Kerwin Altamirano",
                L("volontaire équatorien en VSI chez Cáritas del Perú",
                  "voluntario ecuatoriano en VSI en Cáritas del Perú",
                  "Ecuadorian VSI volunteer with Cáritas del Perú"),
            ),
            _advice(L("Nous conseillons les candidats et les structures qui veulent créer une mission de VSI.",
                      "Asesoramos a los candidatos y a las organizaciones que quieren crear una misión de VSI.",
                      "We advise applicants and organisations who want to set up a VSI assignment.")),
        ]),
    }


def civic_service():
    return {
        "title": L("Service civique international", "Servicio cívico internacional", "International civic service"),
        "slug": L("service-civique-international", "servicio-civico-internacional", "international-civic-service"),
        "lead": L(
            "Une mission de six à douze mois pour les jeunes, sans condition de diplôme, au service de l'intérêt "
            "général.",
            "Una misión de seis a doce meses para jóvenes, sin requisito de título, al servicio del interés general.",
            "A six- to twelve-month assignment for young people, with no qualification required, in the public "
            "interest.",
        ),
        "social_image": picture("civic-service", "Illustration : vallée andine au soleil"),
        "body": stream("civic-service-body", [
            paragraph(
                L("En 2024, les volontaires en service civique au Pérou avaient 23 ans en moyenne et 84 % étaient "
                  "des femmes. Comme le VSI, le service civique donne accès au visa de coopérant.",
                  "En 2024, los voluntarios en servicio cívico en el Perú tenían 23 años en promedio y el 84 % eran "
                  "mujeres. Al igual que el VSI, el servicio cívico da acceso a la visa de cooperante.",
                  "In 2024, civic service volunteers in Peru were 23 years old on average and 84% were women. Like "
                  "the VSI, civic service gives access to the cooperant visa."),
                L("Ils travaillent dans l'éducation, la culture, les droits humains ou l'environnement : douze à "
                  "l'Alliance française, deux au CEDEP Ayllu auprès des communautés andines, deux au CADEP de "
                  "Cusco sur une radio communautaire bilingue quechua-espagnol.",
                  "Trabajan en educación, cultura, derechos humanos o medio ambiente: doce en la Alianza Francesa, "
                  "dos en el CEDEP Ayllu con comunidades andinas, dos en el CADEP de Cusco en una radio comunitaria "
                  "bilingüe quechua-castellano.",
                  "They work in education, culture, human rights or the environment: twelve at the Alliance "
                  "Française, two at CEDEP Ayllu with Andean communities, two at CADEP in Cusco on a bilingual "
                  "Quechua–Spanish community radio."),
            ),
            image("civic-service-cusco", L("Illustration : vallée et crêtes au soleil levant",
                                           "Ilustración: valle y crestas al amanecer",
                                           "Illustration: valley and ridges at sunrise"),
                  caption=L("Autour de Cusco, de nombreuses missions auprès des communautés rurales",
                            "Alrededor de Cusco, muchas misiones con comunidades rurales",
                            "Around Cusco, many assignments with rural communities")),
            quote(
                L("Au sein du pôle Activisme et Jeunesses d'Amnistía Internacional Perú, j'accompagne des activistes "
                  "et des groupes militants de tout le pays pour les soutenir et leur donner des outils dans la lutte "
                  "pour les droits humains.",
                  "Trabajando en Activismo y Juventudes con Amnistía Internacional Perú, mi trabajo consiste en "
                  "acompañar activistas y grupos de activismo a nivel nacional para apoyarles y darles herramientas "
                  "en la lucha por los derechos humanos.",
                  "Working on Activism and Youth at Amnistía Internacional Perú, I support activists and activist "
                  "groups across the country and give them tools for the fight for human rights."),
                "Romy Doublet",
                L("volontaire française en service civique chez Amnistía Internacional Perú",
                  "voluntaria francesa en servicio cívico en Amnistía Internacional Perú",
                  "French civic service volunteer with Amnistía Internacional Perú"),
            ),
            _advice(L("Une structure péruvienne souhaite accueillir des volontaires en service civique ? Parlons-en.",
                      "¿Una organización peruana quiere acoger voluntarios en servicio cívico? Conversemos.",
                      "A Peruvian organisation would like to host civic service volunteers? Let's talk.")),
        ]),
    }


def work_camps():
    return {
        "title": L("Chantiers solidaires", "Campos de voluntariado solidario", "Solidarity work camps"),
        "slug": L("chantiers-solidaires", "campos-solidarios", "solidarity-work-camps"),
        "lead": L(
            "Des projets collectifs et courts, où des groupes de jeunes réalisent une action avec une structure "
            "péruvienne.",
            "Proyectos colectivos y cortos, en los que grupos de jóvenes realizan una acción con una organización "
            "peruana.",
            "Short group projects in which young people carry out an action with a Peruvian organisation.",
        ),
        "social_image": picture("work-camps", "Illustration : montagnes couleur sable et corail"),
        "body": stream("work-camps-body", [
            paragraph(
                L("L'instabilité politique de la fin 2022 avait gelé les chantiers en 2023. Les groupes sont revenus "
                  "en 2024 : huit chantiers des programmes JSI et VVSI, financés par le FONJEP, ont eu lieu au "
                  "troisième trimestre, après une évaluation des projets confiée à France Volontaires par "
                  "l'Ambassade.",
                  "La inestabilidad política de fines de 2022 había paralizado los campos en 2023. Los grupos "
                  "volvieron en 2024: ocho campos de los programas JSI y VVSI, financiados por el FONJEP, se "
                  "realizaron en el tercer trimestre, tras una evaluación de los proyectos que la Embajada confió a "
                  "France Volontaires.",
                  "Political instability at the end of 2022 had frozen work camps in 2023. Groups came back in "
                  "2024: eight JSI and VVSI camps funded by FONJEP took place in the third quarter, after the "
                  "Embassy asked France Volontaires to assess the projects."),
                L("Nous avons rendu visite à trois d'entre eux, chez Perú Niñez à Lima, Sol y Luna à Cusco et Hilo "
                  "Rojo à Trujillo, pour voir les conditions d'accueil, répondre aux questions et recenser les "
                  "volontaires.",
                  "Visitamos tres de ellos, en Perú Niñez en Lima, Sol y Luna en Cusco e Hilo Rojo en Trujillo, "
                  "para conocer las condiciones de acogida, responder preguntas y registrar a los voluntarios.",
                  "We visited three of them, at Perú Niñez in Lima, Sol y Luna in Cusco and Hilo Rojo in Trujillo, "
                  "to check hosting conditions, answer questions and register the volunteers."),
            ),
            key_figures(
                "",
                ("8", L("chantiers JSI et VVSI au troisième trimestre 2024", "campos JSI y VVSI en el tercer "
                        "trimestre de 2024", "JSI and VVSI camps in the third quarter of 2024")),
                ("3", L("chantiers visités par l'équipe", "campos visitados por el equipo",
                        "camps visited by the team")),
            ),
            _advice(L("Vous préparez un chantier au Pérou ? Prévenez-nous avant le départ du groupe.",
                      "¿Prepara un campo en el Perú? Avísenos antes de la llegada del grupo.",
                      "Preparing a work camp in Peru? Let us know before the group leaves.")),
        ]),
    }


def independent():
    return {
        "title": L("Volontariat hors dispositif", "Voluntariado independiente", "Independent volunteering"),
        "slug": L("hors-dispositif", "voluntariado-independiente", "independent-volunteering"),
        "lead": L(
            "Stages solidaires, projets personnels, bénévolat : beaucoup de Français s'engagent au Pérou par leurs "
            "propres moyens.",
            "Prácticas solidarias, proyectos personales, voluntariado libre: muchos franceses se comprometen en el "
            "Perú por su cuenta.",
            "Solidarity internships, personal projects, unpaid help: many French people volunteer in Peru on their "
            "own.",
        ),
        "social_image": picture("independent", "Illustration : crêtes bleues sous un ciel pâle"),
        "body": stream("independent-body", [
            paragraph(L(
                "Ces volontaires partent de façon autonome, souvent pour peu de temps et à leurs frais, auprès "
                "d'associations de tout le pays. Étudiants, stagiaires, jeunes en projet de découverte : leurs "
                "profils sont très variés.",
                "Estos voluntarios viajan de forma autónoma, a menudo por poco tiempo y por su cuenta, para "
                "colaborar con asociaciones de todo el país. Estudiantes, practicantes, jóvenes con un proyecto de "
                "descubrimiento: sus perfiles son muy variados.",
                "These volunteers go on their own, often for a short time and at their own expense, to work with "
                "associations all over the country. Students, interns, young people discovering the world: their "
                "profiles vary widely.",
            )),
            heading(L("Ce qu'il faut savoir", "Lo que hay que saber", "What you need to know")),
            paragraph(bullets(
                L("Sans dispositif officiel, vous entrez au Pérou comme touriste : 90 jours au plus sur 180 jours.",
                  "Sin un programa oficial, usted entra al Perú como turista: 90 días como máximo en 180 días.",
                  "Without an official scheme you enter Peru as a tourist: 90 days at most in any 180 days."),
                L("Inscrivez-vous au registre consulaire et sur Fil d'Ariane dès votre arrivée.",
                  "Inscríbase en el registro consular y en Fil d'Ariane desde su llegada.",
                  "Register with the consulate and on Fil d'Ariane as soon as you arrive."),
                L("Faites-vous connaître de l'Espace Volontariats : nous ne recensons que les volontaires avec qui "
                  "nous sommes en contact, et nous vous inviterons à nos formations et rencontres.",
                  "Preséntese al Espacio Voluntariados: solo registramos a los voluntarios con quienes estamos en "
                  "contacto, y lo invitaremos a nuestras formaciones y encuentros.",
                  "Introduce yourself to the Espace Volontariats: we only count the volunteers we are in touch "
                  "with, and we will invite you to our training sessions and meetings."),
            )),
            _advice(L("Même sans dispositif, vous pouvez nous demander conseil avant et pendant votre séjour.",
                      "Aun sin programa oficial, puede pedirnos consejo antes y durante su estadía.",
                      "Even without a scheme, you can ask us for advice before and during your stay.")),
        ]),
    }


def reciprocity():
    return {
        "title": L("Volontariat de réciprocité", "Voluntariado de reciprocidad", "Reciprocal volunteering"),
        "slug": L("reciprocite", "reciprocidad", "reciprocity"),
        "lead": L(
            "Le volontariat va aussi du Pérou vers la France : de jeunes Péruviens s'engagent en service civique "
            "dans des associations et des lycées français.",
            "El voluntariado también va del Perú a Francia: jóvenes peruanos se comprometen en servicio cívico en "
            "asociaciones y liceos franceses.",
            "Volunteering also goes from Peru to France: young Peruvians serve in French associations and schools "
            "through civic service.",
        ),
        "social_image": picture("reciprocity", "Illustration : soleil au-dessus de collines dorées"),
        "body": stream("reciprocity-body", [
            key_figures(
                "",
                ("47", L("volontaires péruviens partis en France depuis 2017",
                         "voluntarios peruanos que viajaron a Francia desde 2017",
                         "Peruvian volunteers gone to France since 2017")),
                ("23", L("volontaires péruviens en France en 2024", "voluntarios peruanos en Francia en 2024",
                         "Peruvian volunteers in France in 2024")),
                ("17", L("structures françaises d'accueil en 2024", "organizaciones francesas de acogida en 2024",
                         "French host organisations in 2024")),
            ),
            paragraph(L(
                "Ils travaillent dans l'éducation, la citoyenneté, l'environnement ou l'action sociale, en "
                "Île-de-France, en Bretagne, en Nouvelle-Aquitaine et ailleurs. En 2024, plusieurs ont rejoint les "
                "Jeux de Paris avec le programme Rumbo a Francia, d'autres le programme EnLAzando.",
                "Trabajan en educación, ciudadanía, medio ambiente o acción social, en Île-de-France, Bretaña, "
                "Nueva Aquitania y otras regiones. En 2024, varios participaron en los Juegos de París con el "
                "programa Rumbo a Francia, y otros en el programa EnLAzando.",
                "They work in education, citizenship, the environment or social action, in Île-de-France, "
                "Brittany, Nouvelle-Aquitaine and elsewhere. In 2024, several joined the Paris Games through the "
                "Rumbo a Francia programme, others the EnLAzando programme.",
            )),
            heading(L("Un accompagnement du dossier au retour", "Un acompañamiento de la postulación al regreso",
                      "Support from application to return")),
            paragraph(bullets(
                L("Des guides pour obtenir un passeport en urgence et demander le visa long séjour au consulat de "
                  "France à Lima.",
                  "Guías para obtener un pasaporte de urgencia y solicitar la visa de larga estadía en el consulado "
                  "de Francia en Lima.",
                  "Guides to getting an urgent passport and applying for a long-stay visa at the French consulate "
                  "in Lima."),
                L("Une formation avant le départ et des visioconférences pour les questions administratives.",
                  "Una formación antes de la partida y videoconferencias para las preguntas administrativas.",
                  "Pre-departure training and video calls for administrative questions."),
                L("Des « cafés virtuels » pendant la mission et un suivi individuel.",
                  "«Cafés virtuales» durante la misión y un seguimiento individual.",
                  "“Virtual coffees” during the assignment and one-to-one follow-up."),
                L("Un groupe WhatsApp où anciens et nouveaux volontaires s'entraident depuis 2017.",
                  "Un grupo de WhatsApp donde antiguos y nuevos voluntarios se ayudan desde 2017.",
                  "A WhatsApp group where former and new volunteers have helped each other since 2017."),
            )),
            image("reciprocity-bridge", L("Illustration : soleil au-dessus de montagnes bleues",
                                          "Ilustración: sol sobre montañas azules",
                                          "Illustration: sun above blue mountains"),
                  caption=L("Entre le Pérou et la France, un volontariat dans les deux sens",
                            "Entre el Perú y Francia, un voluntariado en ambos sentidos",
                            "Between Peru and France, volunteering both ways")),
        ]),
    }


SCHEME_PAGES = [
    ("schemes", None, ContentPage, schemes),
    ("vsi", "schemes", ContentPage, vsi),
    ("civic-service", "schemes", ContentPage, civic_service),
    ("work-camps", "schemes", ContentPage, work_camps),
    ("independent", "schemes", ContentPage, independent),
    ("reciprocity", "schemes", ContentPage, reciprocity),
]
