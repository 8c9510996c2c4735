"""About pages of the demo: who we are, the Espace Volontariats in Lima, contact.

Facts from shared/seeds/ (2024 activity report of France Volontaires Pérou); the prose is the site's own.
Each definition is a function, called when the loader reaches the page (see `site_pages.DemoPages`).
"""

from home.models import ContentPage

from .bodies import (
    bullets,
    call_to_action,
    demo_page,
    document,
    heading,
    image,
    key_figures,
    paragraph,
    picture,
    quote,
    table,
)
from .content import L, stream
from .documents import fact_sheet, get_or_create_document

EMAIL = '<a href="mailto:ev.peru@france-volontaires.org">ev.peru@france-volontaires.org</a>'
FACEBOOK = '<a href="https://www.facebook.com/FranceVolontairesPeru">France Volontaires Perú</a>'


def about():
    sheet = get_or_create_document(
        "Fiche synthétique Pérou 2024", fact_sheet, name="France Volontaires Pérou",
        subtitle="Fiche synthétique 2024",
        facts=[("383", "VIES français recensés au Pérou"), ("81", "structures d'accueil"),
               ("23", "volontaires péruviens en France"), ("338", "réunions avec les acteurs"),
               ("1 486", "demandes traitées par l'Espace Volontariats")],
        footer="Av. Arequipa 4130 Of. 105, Miraflores, Lima · ev.peru@france-volontaires.org",
    )
    return {
        "title": L("Qui sommes-nous ?", "¿Quiénes somos?", "About us"),
        "slug": L("qui-sommes-nous", "quienes-somos", "about-us"),
        "show_in_menus": True,
        "lead": L(
            "Depuis 2011, France Volontaires accompagne au Pérou celles et ceux qui s'engagent dans le volontariat "
            "international entre les deux pays.",
            "Desde 2011, France Volontaires acompaña en el Perú a quienes se comprometen con el voluntariado "
            "internacional entre ambos países.",
            "Since 2011, France Volontaires has supported the people in Peru who take part in international "
            "volunteering between the two countries.",
        ),
        "social_image": picture("about", "Illustration : sommets andins sous un grand soleil"),
        "body": stream("about-body", [
            heading(L("Une plateforme française du volontariat", "Una plataforma francesa del voluntariado",
                      "A French platform for volunteering")),
            paragraph(
                L("France Volontaires est l'opérateur du ministère de l'Europe et des Affaires étrangères pour le "
                  "volontariat international d'échange et de solidarité (VIES). Née en 2009 sous forme "
                  "d'association, elle est devenue un groupement d'intérêt public le 1er janvier 2022 : l'État, "
                  "des collectivités territoriales et des associations y décident ensemble.",
                  "France Volontaires es el operador del Ministerio de Europa y de Asuntos Exteriores de Francia "
                  "para el voluntariado internacional de intercambio y solidaridad (VIES). Creada en 2009 como "
                  "asociación, se convirtió en agrupación de interés público el 1 de enero de 2022: en ella "
                  "deciden juntos el Estado, gobiernos locales y asociaciones.",
                  "France Volontaires is the French Ministry for Europe and Foreign Affairs' operator for "
                  "international exchange and solidarity volunteering (VIES). Founded as an association in 2009, "
                  "it became a public interest group on 1 January 2022, in which the State, local authorities and "
                  "associations decide together."),
                L("Avec une vingtaine d'Espaces Volontariats, elle est présente dans 25 pays. On y vient "
                  "s'informer, demander conseil, se former et rencontrer d'autres acteurs du volontariat.",
                  "Con una veintena de Espacios Voluntariados, está presente en 25 países. Allí se puede obtener "
                  "información, pedir consejo, formarse y conocer a otros actores del voluntariado.",
                  "With about twenty Espaces Volontariats, it is present in 25 countries, where people come for "
                  "information, advice and training, and to meet others involved in volunteering."),
            ),
            heading(L("Au Pérou depuis 2011", "En el Perú desde 2011", "In Peru since 2011")),
            paragraph(L(
                "La représentation au Pérou forme, informe, accompagne et met en relation les acteurs du "
                "volontariat français et leurs partenaires péruviens : candidats au départ, volontaires de tous "
                "statuts, structures d'envoi et d'accueil, institutions. Elle fait partie de l'« équipe France » "
                "aux côtés de l'Ambassade, de l'AFD, de l'IRD, de l'IFEA et de l'Alliance française.",
                "La representación en el Perú forma, informa, acompaña y conecta a los actores del voluntariado "
                "francés con sus socios peruanos: candidatos, voluntarios de todos los estatus, organizaciones de "
                "envío y de acogida, instituciones. Forma parte del «equipo Francia» junto con la Embajada, la "
                "AFD, el IRD, el IFEA y la Alianza Francesa.",
                "The Peru office trains, informs, supports and connects the people and organisations involved in "
                "French volunteering with their Peruvian partners: applicants, volunteers of every status, sending "
                "and host organisations, institutions. It belongs to “Team France” alongside the Embassy, AFD, "
                "IRD, IFEA and the Alliance Française.",
            )),
            image("about-andes", L("Illustration : crêtes andines bleues sous un soleil orangé",
                                   "Ilustración: crestas andinas azules bajo un sol anaranjado",
                                   "Illustration: blue Andean ridges under an orange sun"),
                  caption=L("Des volontaires dans 21 des 24 départements du Pérou en 2024",
                            "Voluntarios en 21 de los 24 departamentos del Perú en 2024",
                            "Volunteers in 21 of Peru's 24 departments in 2024")),
            heading(L("Nos missions", "Nuestras misiones", "What we do")),
            paragraph(bullets(
                L("<b>Informer et orienter</b> : faire connaître à tous les dispositifs français de volontariat.",
                  "<b>Informar y orientar</b>: dar a conocer a todos los programas franceses de voluntariado.",
                  "<b>Inform and guide</b>: make the French volunteering schemes known to everyone."),
                L("<b>Créer des missions</b> : trouver de nouvelles structures d'accueil et relancer des "
                  "partenariats.",
                  "<b>Crear misiones</b>: encontrar nuevas organizaciones de acogida y reactivar alianzas.",
                  "<b>Create assignments</b>: find new host organisations and revive partnerships."),
                L("<b>Accompagner et relier</b> : conseiller, former et mettre en réseau volontaires et "
                  "organisations.",
                  "<b>Acompañar y conectar</b>: asesorar, formar y articular a voluntarios y organizaciones.",
                  "<b>Support and connect</b>: advise, train and bring volunteers and organisations together."),
                L("<b>Concerter et plaider</b> : contribuer avec les autorités aux politiques du volontariat.",
                  "<b>Concertar e incidir</b>: contribuir con las autoridades a las políticas de voluntariado.",
                  "<b>Dialogue and advocate</b>: help the authorities shape volunteering policies."),
                L("<b>Expérimenter</b> : tester de nouveaux programmes, dont l'accueil de volontaires étrangers "
                  "en France.",
                  "<b>Experimentar</b>: probar nuevos programas, como la acogida de voluntarios extranjeros en "
                  "Francia.",
                  "<b>Experiment</b>: try out new programmes, such as hosting foreign volunteers in France."),
                L("<b>Valoriser</b> : faire reconnaître l'engagement, jusque dans les parcours professionnels.",
                  "<b>Valorar</b>: lograr que el compromiso se reconozca, también en la trayectoria profesional.",
                  "<b>Recognise</b>: get volunteering acknowledged, career paths included."),
            )),
            key_figures(
                L("Le volontariat au Pérou en 2024", "El voluntariado en el Perú en 2024",
                  "Volunteering in Peru in 2024"),
                ("81", L("structures d'accueil de volontaires", "organizaciones de acogida de voluntarios",
                         "organisations hosting volunteers")),
                ("21", L("départements sur 24 avec des volontaires", "departamentos de 24 con voluntarios",
                         "departments out of 24 with volunteers")),
                ("47", L("volontaires péruviens partis en France depuis 2017",
                         "voluntarios peruanos que viajaron a Francia desde 2017",
                         "Peruvian volunteers gone to France since 2017")),
            ),
            quote(
                L("Je suis venue ici pour grandir, professionnellement comme personnellement. Le volontariat me "
                  "permet de me dépasser, de me découvrir et de créer des liens forts avec les autres.",
                  "He venido acá para crecer, tanto profesionalmente como personalmente. El voluntariado me "
                  "permite retarme y descubrirme, y crear enlaces fuertes con l@s demás.",
                  "I came here to grow, both professionally and personally. Volunteering lets me challenge "
                  "myself, discover who I am and build strong bonds with others."),
                "Capucine Vaseux",
                L("volontaire de solidarité internationale chez Mano a Mano",
                  "voluntaria de solidaridad internacional en Mano a Mano",
                  "international solidarity volunteer with Mano a Mano"),
            ),
            document(sheet, L("Fiche synthétique Pérou 2024", "Ficha resumen Perú 2024 (en francés)",
                              "Peru 2024 fact sheet (in French)"),
                     L("Les chiffres clés de l'année sur une page.", "Las cifras clave del año en una página.",
                       "The year's key figures on a single page.")),
            call_to_action(
                L("France Volontaires dans le monde", "France Volontaires en el mundo", "France Volontaires worldwide"),
                L("Les autres Espaces Volontariats, les offres de mission et les ressources du réseau.",
                  "Los demás Espacios Voluntariados, las ofertas de misión y los recursos de la red.",
                  "The other Espaces Volontariats, assignment offers and the network's resources."),
                L("Visiter le site international", "Visitar el sitio internacional", "Visit the main website"),
                url="https://www.france-volontaires.org/",
            ),
        ]),
    }


def espace_volontariats():
    return {
        "title": L("L'Espace Volontariats de Lima", "El Espacio Voluntariados de Lima",
                   "The Espace Volontariats in Lima"),
        "slug": L("espace-volontariats", "espacio-voluntariados", "espace-volontariats"),
        "lead": L(
            "Un lieu ouvert à Miraflores pour s'informer, préparer un départ, accueillir un volontaire ou "
            "rencontrer d'autres volontaires.",
            "Un espacio abierto en Miraflores para informarse, preparar una partida, acoger a un voluntario o "
            "conocer a otros voluntarios.",
            "An open space in Miraflores to get information, prepare a departure, host a volunteer or meet other "
            "volunteers.",
        ),
        "social_image": picture("espace-volontariats", "Illustration : collines côtières au soleil couchant"),
        "body": stream("espace-volontariats-body", [
            heading(L("L'équipe", "El equipo", "The team")),
            paragraph(L(
                "L'équipe permanente compte trois personnes. Elle partage l'Espace avec la responsable régionale "
                "pour l'Amérique latine et les Caraïbes et avec l'équipe de coordination du programme EnLAzando.",
                "El equipo permanente está formado por tres personas. Comparte el Espacio con la responsable "
                "regional para América Latina y el Caribe y con el equipo de coordinación del programa EnLAzando.",
                "The permanent team has three members. They share the space with the regional manager for Latin "
                "America and the Caribbean and with the EnLAzando programme's coordination team.",
            )),
            table(L("L'équipe en 2024", "El equipo en 2024", "The team in 2024"), [
                [L("Nom", "Nombre", "Name"), L("Fonction", "Función", "Role")],
                ["Virginie Holler", L("Représentante nationale de France Volontaires au Pérou",
                                      "Representante nacional de France Volontaires en el Perú",
                                      "National representative of France Volontaires in Peru")],
                ["Natalia Molina", L("Chargée d'appui au développement des volontariats",
                                     "Encargada de apoyo al desarrollo de los voluntariados",
                                     "Volunteering development officer")],
                ["Léonie Malleville", L("Volontaire de solidarité internationale, communication et activités",
                                        "Voluntaria de solidaridad internacional, comunicación y actividades",
                                        "International solidarity volunteer, communication and activities")],
                ["Iselle Tazé-Bernard", L("Responsable régionale Amérique latine et Caraïbes",
                                          "Responsable regional para América Latina y el Caribe",
                                          "Regional manager for Latin America and the Caribbean")],
                ["Marcela Dávila", L("Coordinatrice du programme EnLAzando II",
                                     "Coordinadora del programa EnLAzando II",
                                     "EnLAzando II programme coordinator")],
                ["Patricia Cuevas", L("Gestionnaire administrative et financière d'EnLAzando II",
                                      "Gestora administrativa y financiera de EnLAzando II",
                                      "EnLAzando II administrative and financial manager")],
            ]),
            heading(L("Nos services", "Nuestros servicios", "Our services")),
            paragraph(bullets(
                L("Information et orientation sur chaque dispositif, sur place ou à distance.",
                  "Información y orientación sobre cada modalidad, en persona o a distancia.",
                  "Information and guidance on every scheme, in person or remotely."),
                L("Démarches de visa de coopérant pour les volontaires en VSI et en service civique.",
                  "Trámites de visa de cooperante para los voluntarios en VSI y en servicio cívico.",
                  "Cooperant visa procedures for VSI and civic service volunteers."),
                L("Conseils aux structures d'accueil péruviennes et aux structures d'envoi françaises.",
                  "Asesoría a las organizaciones de acogida peruanas y a las organizaciones de envío francesas.",
                  "Advice for Peruvian host organisations and French sending organisations."),
                L("Préparation au départ des volontaires péruviens qui partent en France.",
                  "Preparación de los voluntarios peruanos que viajan a Francia.",
                  "Pre-departure preparation for Peruvian volunteers leaving for France."),
                L("Sécurité : inscription au registre consulaire et sur Fil d'Ariane, relais des consignes de "
                  "l'Ambassade.",
                  "Seguridad: inscripción en el registro consular y en Fil d'Ariane, difusión de las consignas de "
                  "la Embajada.",
                  "Safety: registering with the consulate and on Fil d'Ariane, passing on the Embassy's advice."),
                L("Un espace de coworking et une communauté WhatsApp de 179 volontaires au Pérou.",
                  "Un espacio de coworking y una comunidad de WhatsApp de 179 voluntarios en el Perú.",
                  "A coworking space and a WhatsApp community of 179 volunteers in Peru."),
            )),
            key_figures(
                L("1\u202f486 demandes traitées en 2024 : les principaux motifs",
                  "1486 solicitudes atendidas en 2024: los principales motivos",
                  "1,486 requests handled in 2024: the main reasons"),
                (L("35 %", "35 %", "35%"), L("démarches logistiques et administratives, visas compris",
                                             "trámites logísticos y administrativos, visas incluidas",
                                             "logistics and paperwork, visas included")),
                (L("28 %", "28 %", "28%"), L("orientation", "orientación", "guidance")),
                (L("14 %", "14 %", "14%"), L("information", "información", "information")),
            ),
            heading(L("Nous rendre visite", "Cómo visitarnos", "How to reach us")),
            paragraph(
                L(f"L'Espace Volontariats se trouve <b>Av. Arequipa 4130, bureau 105, à Miraflores (Lima)</b>. "
                  f"Écrivez-nous à {EMAIL} pour convenir d'un rendez-vous, ou sur la page Facebook {FACEBOOK}.",
                  f"El Espacio Voluntariados está en la <b>Av. Arequipa 4130, oficina 105, Miraflores (Lima)</b>. "
                  f"Escríbanos a {EMAIL} para acordar una cita, o en la página de Facebook {FACEBOOK}.",
                  f"The Espace Volontariats is at <b>Av. Arequipa 4130, office 105, Miraflores, Lima</b>. "
                  f"Email {EMAIL} to make an appointment, or write to us on the {FACEBOOK} Facebook page."),
                L("Nous venons aussi à votre rencontre : en 2024, l'Espace Volontariats mobile nous a menés à "
                  "Trujillo et à Cusco, où nous avons rencontré 13 nouvelles associations.",
                  "También vamos a su encuentro: en 2024, el Espacio Voluntariados móvil nos llevó a Trujillo y a "
                  "Cusco, donde conocimos a 13 nuevas asociaciones.",
                  "We also come to you: in 2024 the mobile Espace Volontariats took us to Trujillo and Cusco, where "
                  "we met 13 new associations."),
            ),
        ]),
    }


def contact():
    return {
        "title": L("Contact", "Contacto", "Contact us"),
        "slug": L("contact", "contacto", "contact"),
        "show_in_menus": True,
        "lead": L(
            "Une question sur le volontariat entre la France et le Pérou ? Voici comment joindre l'Espace "
            "Volontariats.",
            "¿Una pregunta sobre el voluntariado entre Francia y el Perú? Así puede contactar al Espacio "
            "Voluntariados.",
            "A question about volunteering between France and Peru? Here is how to reach the Espace Volontariats.",
        ),
        "social_image": picture("contact", "Illustration : montagnes et ciel clair"),
        "body": stream("contact-body", [
            heading(L("Nos coordonnées", "Nuestros datos", "Our details")),
            paragraph(
                L("<b>France Volontaires Pérou</b>, Av. Arequipa 4130, bureau 105, Miraflores, Lima.",
                  "<b>France Volontaires Perú</b>, Av. Arequipa 4130, oficina 105, Miraflores, Lima.",
                  "<b>France Volontaires Peru</b>, Av. Arequipa 4130, office 105, Miraflores, Lima."),
                L(f"Courriel : {EMAIL}", f"Correo electrónico: {EMAIL}", f"Email: {EMAIL}"),
                L(f"Facebook : {FACEBOOK}", f"Facebook: {FACEBOOK}", f"Facebook: {FACEBOOK}"),
            ),
            heading(L("Avant de nous écrire", "Antes de escribirnos", "Before you write")),
            paragraph(
                L("Dites-nous qui vous êtes (candidat, volontaire en mission, structure d'accueil ou d'envoi), "
                  "votre dispositif et vos dates : nous vous répondrons plus vite et plus précisément.",
                  "Cuéntenos quién es (candidato, voluntario en misión, organización de acogida o de envío), su "
                  "modalidad y sus fechas: le responderemos más rápido y con más precisión.",
                  "Tell us who you are (applicant, volunteer on assignment, host or sending organisation), your "
                  "scheme and your dates: we will answer faster and more precisely."),
                L("Vous arrivez au Pérou ? Inscrivez-vous au registre consulaire et sur Fil d'Ariane dès votre "
                  "arrivée.",
                  "¿Llega al Perú? Inscríbase en el registro consular y en Fil d'Ariane desde su llegada.",
                  "Arriving in Peru? Register with the consulate and on Fil d'Ariane as soon as you land."),
            ),
            call_to_action(
                L("Quel dispositif pour vous ?", "¿Qué modalidad es para usted?", "Which scheme suits you?"),
                L("Comparez les formes de volontariat avant de nous contacter.",
                  "Compare las formas de voluntariado antes de contactarnos.",
                  "Compare the forms of volunteering before you get in touch."),
                L("Voir les dispositifs", "Ver las modalidades", "See the schemes"),
                page=demo_page("dispositifs-de-volontariat"),
            ),
        ]),
    }


ABOUT_PAGES = [
    ("about", None, ContentPage, about),
    ("espace-volontariats", "about", ContentPage, espace_volontariats),
]
CONTACT_PAGES = [
    ("contact", None, ContentPage, contact),
]
