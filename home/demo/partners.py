"""The programmes' partners: translatable snippets in fr/es/en, each with a generated monogram logo.

Facts from shared/seeds/ (EnLAzando partners, 2024 activity report); descriptions are the site's own.
"""

from home.models import Partner

from .content import L
from .images import get_or_create_image, logo
from .pages import ensure_snippet, localized_builder

# key: (monogram words, website or "", name, description)
PARTNERS = {
    "meae": ("Affaires Étrangères", "https://www.diplomatie.gouv.fr/",
             L("Ministère de l'Europe et des Affaires étrangères",
               "Ministerio de Europa y de Asuntos Exteriores de Francia",
               "French Ministry for Europe and Foreign Affairs"),
             L("Soutient EnLAzando et fait de France Volontaires son opérateur pour le volontariat international.",
               "Apoya EnLAzando y confía a France Volontaires el desarrollo del voluntariado internacional.",
               "Funds EnLAzando and relies on France Volontaires to develop international volunteering.")),
    "ambassade": ("Ambassade France", "https://pe.ambafrance.org/",
                  L("Ambassade de France au Pérou", "Embajada de Francia en el Perú", "French Embassy in Peru"),
                  L("Porte le label Terre de Jeux et accompagne les volontaires péruviens partis en France.",
                    "Lleva el sello Terre de Jeux y acompaña a los voluntarios peruanos que viajaron a Francia.",
                    "Holds the Terre de Jeux label and supports the Peruvian volunteers who left for France.")),
    "unv": ("United Nations Volunteers", "https://www.unv.org/",
            L("Volontaires des Nations unies", "Voluntarios de las Naciones Unidas", "United Nations Volunteers"),
            L("Partenaire régional du programme et à l'origine du réseau Soy Voluntari@ au Pérou.",
              "Socio regional del programa y origen de la red Soy Voluntari@ en el Perú.",
              "A regional partner of the programme, which started the Soy Voluntari@ network in Peru.")),
    "mimp": ("Ministerio Mujer", "https://www.gob.pe/mimp",
             L("Ministère de la Femme et des Populations vulnérables (MIMP)",
               "Ministerio de la Mujer y Poblaciones Vulnerables (MIMP)",
               "Ministry of Women and Vulnerable Populations (MIMP)"),
             L("Le ministère péruvien chargé du volontariat, partenaire d'une étude du Fonds de recherche.",
               "El ministerio peruano a cargo del voluntariado, socio de un estudio del Fondo de Investigación.",
               "The Peruvian ministry in charge of volunteering, partner in a Research Fund study.")),
    "soy-voluntari": ("Soy Voluntari@", "",
                      L("Réseau Soy Voluntari@", "Red Soy Voluntari@", "Soy Voluntari@ network"),
                      L("Plateforme nationale des acteurs du volontariat au Pérou, créée en 2010.",
                        "Plataforma nacional de los actores del voluntariado en el Perú, creada en 2010.",
                        "Peru's national platform of volunteering organisations, created in 2010.")),
    "rev": ("Red Ecuatoriana Voluntariado", "",
            L("Réseau équatorien du volontariat (REV)", "Red Ecuatoriana del Voluntariado (REV)",
              "Ecuadorian Volunteering Network (REV)"),
            L("Associe ses membres aux initiatives du programme en Équateur.",
              "Asocia a sus miembros a las iniciativas del programa en el Ecuador.",
              "Brings its members into the programme's initiatives in Ecuador.")),
    "puce": ("Pontificia Universidad Católica", "https://www.puce.edu.ec/",
             "Pontificia Universidad Católica del Ecuador (PUCE)",
             L("Pilote le diplôme Voluntades+ depuis Quito, avec son centre CETCIS.",
               "Dirige el diplomado Voluntades+ desde Quito, con su centro CETCIS.",
               "Runs the Voluntades+ diploma from Quito through its CETCIS centre.")),
    "uarm": ("Universidad Antonio Ruiz", "https://www.uarm.edu.pe/",
             "Universidad Antonio Ruiz de Montoya",
             L("Coordonne Voluntades+ au Pérou et mène une étude avec le MIMP.",
               "Coordina Voluntades+ en el Perú y realiza un estudio con el MIMP.",
               "Coordinates Voluntades+ in Peru and runs a study with the MIMP.")),
    "urp": ("Universidad Ricardo Palma", "https://www.urp.edu.pe/",
            "Universidad Ricardo Palma",
            L("Étudie ce qui fait rester les jeunes volontaires en Amérique latine.",
              "Estudia lo que hace que los jóvenes voluntarios permanezcan en América Latina.",
              "Studies what keeps young volunteers engaged in Latin America.")),
    "proa": ("PROA", "",
             "PROA",
             L("Le plus grand réseau de volontariat actif au Pérou, avec sa plateforme numérique.",
               "La red de voluntariado más grande y activa del Perú, con su plataforma digital.",
               "Peru's largest active volunteering network, with its own digital platform.")),
    "cadep": ("José María Arguedas", "",
              "CADEP José María Arguedas",
              L("Centre andin d'éducation et de promotion basé à Cusco, porteur d'une radio communautaire.",
                "Centro andino de educación y promoción con sede en Cusco, impulsor de una radio comunitaria.",
                "Andean education and development centre in Cusco, behind a community radio.")),
    "rsteap": ("Red Salas Teatro", "",
               "Red de Salas de Teatro y Espacios Alternativos del Perú (RSTEAP)",
               L("Réseau national de salles de théâtre et de lieux culturels indépendants.",
                 "Red nacional de salas de teatro y espacios culturales independientes.",
                 "National network of independent theatres and cultural venues.")),
    "peb": ("Proyecto Especial Bicentenario", "",
            L("Projet spécial Bicentenaire (PEB)", "Proyecto Especial Bicentenario (PEB)",
              "Bicentennial Special Project (PEB)"),
            L("Programme du ministère péruvien de la Culture consacré à la citoyenneté et au volontariat.",
              "Programa del Ministerio de Cultura del Perú dedicado a la ciudadanía y al voluntariado.",
              "A Peruvian Ministry of Culture programme devoted to citizenship and volunteering.")),
    "ipd": ("Instituto Peruano Deporte", "https://www.gob.pe/ipd",
            L("Institut péruvien du sport (IPD)", "Instituto Peruano del Deporte (IPD)",
              "Peruvian Sports Institute (IPD)"),
            L("A préparé avec nous les volontaires partis pour les Jeux de Paris 2024.",
              "Preparó con nosotros a los voluntarios que viajaron a los Juegos de París 2024.",
              "Prepared with us the volunteers who left for the Paris 2024 Games.")),
    "bordeaux": ("Bordeaux", "https://www.bordeaux.fr/",
                 L("Mairie de Bordeaux", "Alcaldía de Burdeos", "City of Bordeaux"),
                 L("Partenaire de Rumbo a Francia, elle envoie aussi une volontaire à Lima.",
                   "Socia de Rumbo a Francia, también envía a una voluntaria a Lima.",
                   "A Rumbo a Francia partner, which also sends a volunteer of its own to Lima.")),
}


def ensure_partners(*keys):
    """The French partner snippets for `keys` (created with their translations the first time)."""
    partners = []
    for key in keys:
        monogram, url, name, description = PARTNERS[key]
        french_name = name["fr"] if isinstance(name, L) else name
        picture = get_or_create_image(f"Logo — {french_name}", logo, f"Logo : {french_name}", seed=key,
                                      text=monogram)
        definition = {"name": name, "description": description, "url": url, "logo": picture}
        partner, _created = ensure_snippet(Partner, {"name": french_name}, localized_builder(definition))
        partners.append(partner)
    return partners
