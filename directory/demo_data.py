"""Demo data of the directory, from shared/seeds/002 (France Volontaires Pérou, 2024 activity report).

Facts (names, cities, schemes, 2024 counts, visits) come from the report; descriptions are our own words.
Structures of the report's long 2024 host list without further facts get a description built from
their areas of work. Locations are given only where the report (or the structure's name) states them.
"""

from datetime import date

from home.demo.content import L

AREAS = [
    ("education", L("Éducation", "Educación", "Education")),
    ("health", L("Santé", "Salud", "Health")),
    ("environment", L("Environnement", "Medio ambiente", "Environment")),
    ("human-rights", L("Droits humains", "Derechos humanos", "Human rights")),
    ("culture", L("Culture et arts", "Cultura y artes", "Culture and arts")),
    ("social-action", L("Action sociale", "Acción social", "Social action")),
    ("community-development", L("Développement communautaire", "Desarrollo comunitario", "Community development")),
    ("sport", L("Sport", "Deporte", "Sport")),
    ("water", L("Eau et assainissement", "Agua y saneamiento", "Water and sanitation")),
    ("gender-equality", L("Égalité femmes-hommes", "Igualdad de género", "Gender equality")),
    ("children-youth", L("Enfance et jeunesse", "Niñez y juventud", "Children and youth")),
    ("indigenous-communities", L("Peuples autochtones", "Pueblos indígenas", "Indigenous communities")),
    ("volunteering", L("Promotion du volontariat", "Promoción del voluntariado", "Promoting volunteering")),
]

WORK_LANGUAGES = [
    ("spa", L("Espagnol", "Español", "Spanish")),
    ("fra", L("Français", "Francés", "French")),
    ("eng", L("Anglais", "Inglés", "English")),
    ("que", L("Quechua", "Quechua", "Quechua")),
    ("aym", L("Aymara", "Aimara", "Aymara")),
]

NETWORKS = [
    ("soy-voluntaria", "Red Soy Voluntari@", ""),
    ("proa", "PROA", ""),
    ("arequipa-voluntaria", "Red Arequipa Voluntaria", ""),
]

Y = 2024
VISIT_CUSCO = date(2024, 9, 1)  # EV Mobile in Cusco (2024; the report gives no day)
VISIT_TRUJILLO = date(2024, 8, 1)


def s(name, slug, **facts):
    return {"name": name, "slug": slug, **facts}


# status: hosting (in the 2024 host list), hosted, prospected. records: {scheme: volunteers in 2024}.
STRUCTURES = [
    s("Alliance Française de Lima", "alliance-francaise-lima", acronym="AF", city="Lima", region="PE-LIM",
      status="hosting", schemes=["sci"], records={"sci": 12}, areas=["culture", "education"],
      languages=["fra", "spa"],
      text=L("Centre culturel franco-péruvien : cours de français, expositions, foires et rencontres ; des "
             "volontaires en service civique y animent la vie culturelle.",
             "Centro cultural franco-peruano: clases de francés, exposiciones, ferias y encuentros; voluntarios "
             "en servicio cívico animan su vida cultural.",
             "French-Peruvian cultural centre: French classes, exhibitions, fairs and meetings; civic service "
             "volunteers help run its cultural life.")),
    s("Mano a Mano", "mano-a-mano", status="hosting", schemes=["vsi", "sci", "hors-dispositif"],
      records={"vsi": 4, "sci": 4, "hors-dispositif": 6}, areas=["social-action", "children-youth"],
      languages=["spa", "fra"],
      text=L("Association qui accueille chaque année des volontaires de solidarité internationale, des services "
             "civiques et des volontaires hors dispositif.",
             "Asociación que recibe cada año voluntarios de solidaridad internacional, servicios cívicos y "
             "voluntarios fuera de dispositivo.",
             "Association that hosts international solidarity volunteers, civic service volunteers and "
             "independent volunteers every year.")),
    s("Centro Andino de Educación y Promoción José María Arguedas", "cadep-jma", acronym="CADEP JMA",
      city="Cusco", region="PE-CUS", status="hosting", schemes=["sci"], records={"sci": 2}, visited=VISIT_CUSCO,
      areas=["education", "culture", "indigenous-communities", "gender-equality"], languages=["spa", "que"],
      text=L("Éducation et communication en milieu andin : ses volontaires soutiennent une radio communautaire "
             "bilingue quechua-espagnol, surtout avec des femmes.",
             "Educación y comunicación en zonas andinas: sus voluntarios apoyan una radio comunitaria bilingüe "
             "quechua-castellano, sobre todo con mujeres.",
             "Education and communication in the Andes: its volunteers support a bilingual Quechua-Spanish "
             "community radio, mostly with women.")),
    s("CEDEP Ayllu", "cedep-ayllu", acronym="CEDEP", city="Cusco", region="PE-CUS", status="hosting",
      schemes=["sci"], records={"sci": 2}, visited=VISIT_CUSCO,
      areas=["community-development", "human-rights", "indigenous-communities", "environment"],
      languages=["spa", "que"],
      text=L("Accompagne les communautés andines : droits humains, gouvernance et gestion des ressources "
             "naturelles.",
             "Acompaña a las comunidades andinas: derechos humanos, gobernanza y gestión de los recursos "
             "naturales.",
             "Works with Andean communities on human rights, governance and natural resource management.")),
    s("Asociación Sol y Luna", "sol-y-luna", city="Cusco", region="PE-CUS", status="hosting",
      schemes=["chantier", "hors-dispositif"], records={"chantier": 7}, visited=VISIT_CUSCO,
      areas=["education", "children-youth"], accommodation="provided", languages=["spa", "eng"],
      text=L("Gère une école avec un centre d'hébergement et de soins pour les enfants ; accueille des chantiers "
             "solidaires et des volontaires hors dispositif.",
             "Dirige una escuela con un centro de alojamiento y cuidado para niños; recibe campos solidarios "
             "y voluntarios fuera de dispositivo.",
             "Runs a school with a boarding and care centre for children; hosts solidarity work camps and "
             "independent volunteers.")),
    s("Qosqo Maki", "qosqo-maki", city="Cusco", region="PE-CUS", status="hosting", schemes=["sci", "vsi"],
      visited=VISIT_CUSCO, areas=["children-youth", "social-action"], languages=["spa", "que"],
      text=L("Soutient les jeunes en situation de précarité en créant avec eux de petites entreprises durables "
             "qui les forment.",
             "Apoya a jóvenes en situación de precariedad creando con ellos pequeñas empresas sostenibles que "
             "los forman.",
             "Supports young people in precarious situations by building small sustainable businesses that "
             "train them.")),
    s("ATD Cuarto Mundo Perú", "atd-cuarto-mundo", acronym="ATD", city="Cusco", region="PE-CUS",
      status="hosting", schemes=["vsi-sud-sud"], records={"vsi-sud-sud": 3}, visited=VISIT_CUSCO,
      areas=["social-action", "culture", "education"], languages=["spa", "fra"],
      text=L("Lutte contre la grande pauvreté par le partage des savoirs et l'éducation par l'art.",
             "Lucha contra la pobreza extrema compartiendo saberes y educando a través del arte.",
             "Fights extreme poverty by sharing knowledge and through arts education.")),
    s("Assoliarité Trekkinca", "trekkinca", city="Cusco", region="PE-CUS", status="hosting",
      visited=VISIT_CUSCO, areas=["community-development"], languages=["spa", "fra"]),
    s("Corazones para Perú", "corazones-para-peru", city="Urubamba", region="PE-CUS", status="prospected",
      visited=VISIT_CUSCO, areas=["education", "children-youth"], accommodation="provided", languages=["spa"],
      text=L("Éducation scolaire et citoyenne des enfants d'Urubamba, avec un centre d'hébergement ; "
             "n'a pas encore accueilli de volontaires.",
             "Educación escolar y ciudadana de los niños de Urubamba, con un centro de alojamiento; todavía no "
             "ha recibido voluntarios.",
             "School and civic education for the children of Urubamba, with a boarding centre; has not "
             "hosted volunteers yet.")),
    s("VIDAWASI Perú", "vidawasi-peru", city="Cusco", region="PE-CUS", status="prospected", visited=VISIT_CUSCO,
      areas=["health", "children-youth"], languages=["spa"],
      text=L("Projets de santé, en particulier pédiatrique ; prévoit d'accueillir des volontaires.",
             "Proyectos de salud, en especial pediátrica; prevé recibir voluntarios.",
             "Health projects, especially paediatric care; plans to host volunteers.")),
    s("Sacred Valley Project", "sacred-valley-project", city="Cusco", region="PE-CUS", status="prospected",
      visited=VISIT_CUSCO, areas=["education", "gender-equality"], accommodation="provided",
      languages=["spa", "eng"],
      text=L("Soutient l'éducation des jeunes femmes des Andes ; une mission est en préparation.",
             "Apoya la educación de mujeres jóvenes de los Andes; una misión está en preparación.",
             "Supports the education of young Andean women; a mission is being prepared.")),
    s("Otra Cosa Network", "otra-cosa-network", city="Huanchaco", province="Trujillo", region="PE-LAL",
      status="hosting", schemes=["sci", "hors-dispositif"], visited=VISIT_TRUJILLO,
      areas=["education", "health", "community-development", "environment"], languages=["spa", "eng"],
      text=L("Association qui ouvre des missions de volontariat auprès d'organisations locales ; des missions "
             "de service civique ont été lancées avec la Mission Locale de Caen.",
             "Organización sin fines de lucro que abre misiones de voluntariado con organizaciones locales; se "
             "lanzaron misiones de servicio cívico con la Mission Locale de Caen.",
             "Non-profit that opens volunteering placements with local organisations; civic service missions "
             "were launched with the Mission Locale de Caen.")),
    s("Hilo Rojo", "hilo-rojo", city="Trujillo", region="PE-LAL", status="hosting", schemes=["chantier"],
      visited=VISIT_TRUJILLO, areas=["community-development", "children-youth"], languages=["spa"],
      text=L("A accueilli en 2024 un chantier solidaire de jeunes, visité par l'équipe de Lima.",
             "Recibió en 2024 un campo solidario de jóvenes, visitado por el equipo de Lima.",
             "Hosted a youth solidarity work camp in 2024, visited by the Lima team.")),
    s("Perú Niñez", "peru-ninez", city="Lima", region="PE-LIM", status="hosting", schemes=["chantier"],
      visited=date(2024, 7, 1), areas=["children-youth", "education"], languages=["spa"],
      text=L("Projets pour l'enfance à Lima ; a accueilli un chantier solidaire en 2024.",
             "Proyectos para la niñez en Lima; recibió un campo solidario en 2024.",
             "Projects for children in Lima; hosted a solidarity work camp in 2024.")),
    s("Escuela para el Desarrollo", "escuela-para-el-desarrollo", city="Lima", region="PE-LIM", status="hosting",
      schemes=["vsi"], records={"vsi": 1}, networks=["soy-voluntaria"],
      areas=["volunteering", "community-development", "education"], languages=["spa"],
      text=L("Formation et accompagnement des acteurs sociaux ; sa VSI anime la relance du réseau national "
             "Soy Voluntari@ dans le cadre d'EnLAzando.",
             "Formación y acompañamiento de actores sociales; su VSI impulsa la reactivación de la red "
             "nacional Soy Voluntari@ en el marco de EnLAzando.",
             "Training and support for social actors; its VSI volunteer is relaunching the national Soy "
             "Voluntari@ network as part of EnLAzando.")),
    s("FENOAAA", "fenoaaa", city="Arequipa", region="PE-ARE", status="hosting", schemes=["vsi"],
      records={"vsi": 1}, networks=["arequipa-voluntaria"], areas=["volunteering"], languages=["spa"],
      text=L("A accueilli en 2024 une VSI d'EnLAzando pour revitaliser le réseau Red Arequipa Voluntaria.",
             "Recibió en 2024 a una VSI de EnLAzando para revitalizar la Red Arequipa Voluntaria.",
             "Hosted an EnLAzando VSI volunteer in 2024 to revitalise the Red Arequipa Voluntaria network.")),
    s("AEMPRO Arequipa", "aempro-arequipa", acronym="AEMPRO", city="Arequipa", region="PE-ARE",
      status="hosting", schemes=["vsi"], records={"vsi": 1}, networks=["arequipa-voluntaria"],
      areas=["volunteering", "community-development"], languages=["spa"],
      text=L("Relais à Arequipa de la mission EnLAzando d'appui au réseau régional de volontariat.",
             "Relevo en Arequipa de la misión EnLAzando de apoyo a la red regional de voluntariado.",
             "Took over, in Arequipa, the EnLAzando mission supporting the regional volunteering network.")),
    s("Amnistía Internacional Perú", "amnistia-internacional-peru", city="Lima", region="PE-LIM",
      status="hosting", schemes=["sci"], areas=["human-rights", "children-youth"], languages=["spa"],
      text=L("Ses volontaires accompagnent les activistes et les groupes de jeunes dans la défense des droits "
             "humains, partout dans le pays.",
             "Sus voluntarios acompañan a activistas y grupos juveniles en la defensa de los derechos humanos "
             "en todo el país.",
             "Its volunteers support activists and youth groups defending human rights across the country.")),
    s("Cáritas del Perú", "caritas-del-peru", city="Lima", region="PE-LIM", status="hosting", schemes=["vsi"],
      areas=["social-action", "community-development"], languages=["spa"],
      text=L("Réseau d'action sociale de l'Église présent dans tout le Pérou ; accueille des volontaires de "
             "solidarité internationale.",
             "Red de acción social de la Iglesia presente en todo el Perú; recibe voluntarios de solidaridad "
             "internacional.",
             "The Church's social action network across Peru; hosts international solidarity volunteers.")),
    s("Municipalidad Metropolitana de Lima", "municipalidad-de-lima", acronym="MML", city="Lima",
      region="PE-LIM", status="hosting", areas=["volunteering", "community-development"], languages=["spa"],
      text=L("Gouvernement de la capitale, qui fait du volontariat un outil de citoyenneté et décerne un prix "
             "municipal du volontariat.",
             "Gobierno de la capital, que hace del voluntariado una herramienta de ciudadanía y otorga un "
             "premio municipal del voluntariado.",
             "The capital's government, which uses volunteering as a tool for citizenship and awards a "
             "municipal volunteering prize.")),
    s("RSTEAP", "rsteap", status="hosting", areas=["culture"], languages=["spa"],
      text=L("Réseau de salles de théâtre ; son projet de rencontre nationale a été soutenu par le Fonds "
             "d'innovation d'EnLAzando.",
             "Red de salas de teatro; su proyecto de encuentro nacional recibió apoyo del Fondo de innovación "
             "de EnLAzando.",
             "Network of theatres; its national meeting project was supported by EnLAzando's innovation "
             "fund.")),
    # Prospected in 2024 (individual meetings)
    s("MANTHOC", "manthoc", city="Lima", region="PE-LIM", status="prospected", areas=["children-youth",
      "human-rights"], languages=["spa"]),
    s("Vida y Voluntariado", "vida-y-voluntariado", city="Lima", region="PE-LIM", status="prospected",
      areas=["volunteering"], languages=["spa"]),
    s("Museo de Arte de Lima", "museo-de-arte-de-lima", acronym="MALI", city="Lima", region="PE-LIM",
      status="prospected", areas=["culture"], languages=["spa", "eng"]),
    s("Sin Tabúes", "sin-tabues", city="Lima", region="PE-LIM", status="prospected",
      areas=["gender-equality", "health", "children-youth"], languages=["spa"]),
    s("AVSF Perú", "avsf-peru", acronym="AVSF", city="Lima", region="PE-LIM", status="prospected",
      areas=["community-development", "environment"], languages=["spa", "fra"]),
    s("Rainforest Flow", "rainforest-flow", status="prospected", areas=["environment"], languages=["spa", "eng"]),
]

# The rest of the report's 2024 host list: (name, slug, city, region, areas).
OTHER_HOSTS_2024 = [
    ("AKUU / Las Mariposas", "akuu-las-mariposas", "", "", ["children-youth"]),
    ("Allin Kawsay", "allin-kawsay", "", "", ["community-development"]),
    ("APHIPAC", "aphipac", "", "", ["social-action"]),
    ("APRODEH", "aprodeh", "Lima", "PE-LIM", ["human-rights"]),
    ("Asociación ANDES", "asociacion-andes", "", "", ["indigenous-communities", "environment"]),
    ("Asociación por la Vida", "asociacion-por-la-vida", "", "", ["social-action"]),
    ("Betania Caminos de Esperanza", "betania-caminos-de-esperanza", "", "", ["social-action"]),
    ("CANAT", "canat", "", "", ["children-youth"]),
    ("Casa Hogar Niño Jesús", "casa-hogar-nino-jesus", "", "", ["children-youth", "social-action"]),
    ("Casa Ronald McDonald", "casa-ronald-mcdonald", "", "", ["health", "children-youth"]),
    ("CENCA", "cenca", "", "", ["community-development"]),
    ("CEOP Ilo", "ceop-ilo", "Ilo", "PE-MOQ", ["community-development", "education"]),
    ("Centro de Educación Comunitaria Chaska", "chaska", "", "", ["education", "community-development"]),
    ("Colegio Parroquial de Santa Cruz", "colegio-parroquial-santa-cruz", "", "", ["education"]),
    ("Comunidad Pan de Vida", "comunidad-pan-de-vida", "", "", ["social-action"]),
    ("Congregación Salesiana del Perú", "congregacion-salesiana", "", "", ["education", "children-youth"]),
    ("Crèche d'Arequipa", "creche-arequipa", "Arequipa", "PE-ARE", ["children-youth"]),
    ("DescoSur", "descosur", "Arequipa", "PE-ARE", ["community-development"]),
    ("DESCO", "desco", "", "", ["community-development"]),
    ("Enfants des Andes", "enfants-des-andes", "", "", ["children-youth"]),
    ("Escalo-Thérapie", "escalo-therapie", "", "", ["health", "sport"]),
    ("Franciscanos para la Comunidad China del Perú", "franciscanos-comunidad-china", "", "", ["social-action"]),
    ("GIN", "gin", "", "", ["social-action"]),
    ("Hogar San Camilo de Huancayo", "hogar-san-camilo-huancayo", "Huancayo", "PE-JUN",
     ["social-action", "health"]),
    ("HOOP", "hoop", "", "", ["children-youth", "sport"]),
    ("Kay Pacha", "kay-pacha", "", "", ["environment"]),
    ("La Inclusiva", "la-inclusiva", "", "", ["social-action"]),
    ("Los Cachorros", "los-cachorros", "", "", ["children-youth"]),
    ("Manchay Verde", "manchay-verde", "Lima", "PE-LIM", ["environment", "community-development"]),
    ("Microwd", "microwd", "", "", ["gender-equality"]),
    ("MTC", "mtc", "Lima", "PE-LIM", ["community-development"]),
    ("Mundo Libre", "mundo-libre", "", "", ["social-action"]),
    ("Nete Joa", "nete-joa", "", "", ["community-development"]),
    ("ORCA", "orca", "", "", ["environment"]),
    ("Parroquia de Santa María de Nieva", "parroquia-santa-maria-de-nieva", "Santa María de Nieva", "PE-AMA",
     ["indigenous-communities", "social-action"]),
    ("Pérou Amitié Solidarité", "perou-amitie-solidarite", "", "", ["social-action"]),
    ("Pukullawa", "pukullawa", "", "", ["children-youth"]),
    ("Sagrada Familia", "sagrada-familia", "", "", ["education"]),
    ("Samu Social Perú", "samu-social-peru", "Lima", "PE-LIM", ["health", "social-action"]),
    ("WWOOF", "wwoof", "", "", ["environment"]),
    ("France Volontaires Pérou", "france-volontaires-peru", "Lima", "PE-LIM", ["volunteering"]),
]

STATUS_SENTENCES = {
    "hosting": L("A accueilli des volontaires français en 2024.", "Recibió voluntarios franceses en 2024.",
                 "Hosted French volunteers in 2024."),
    "prospected": L("Rencontrée par l'équipe de Lima en 2024 : pourrait accueillir des volontaires.",
                    "Conocida por el equipo de Lima en 2024: podría recibir voluntarios.",
                    "Met by the Lima team in 2024: could host volunteers."),
}


def structure_definitions():
    for name, slug, city, region, areas in OTHER_HOSTS_2024:
        yield s(name, slug, city=city, region=region or None, status="hosting", areas=areas, languages=["spa"])
    yield from STRUCTURES
