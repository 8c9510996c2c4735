"""The programme and about pages of the demo: (key, parent key or None for home, class, definition).

Facts from shared/seeds/ (EnLAzando programme page, 2024 activity report); the prose is the site's own.
"""

from home.models import ContentPage, ProgrammeIndexPage, ProgrammePage

from .content import L, rich, stream
from .images import get_or_create_image, landscape


def _image(key, alt):
    return get_or_create_image(f"Programme — {key}", landscape, alt, seed=key)


PAGES = [
    ("programmes", None, ProgrammeIndexPage, {
        "title": L("Programmes", "Programas", "Programmes"),
        "slug": L("programmes", "programas", "programmes"),
        "show_in_menus": True,
        "lead": L(
            "Les programmes que France Volontaires mène au Pérou et en Amérique du Sud.",
            "Los programas que France Volontaires lleva a cabo en el Perú y en América del Sur.",
            "The programmes France Volontaires runs in Peru and South America.",
        ),
        "intro": rich(L(
            "Renforcer les écosystèmes du volontariat, mobiliser des volontaires dans les deux sens et soutenir "
            "l'innovation : voici nos programmes.",
            "Fortalecer los ecosistemas del voluntariado, movilizar voluntarios en ambos sentidos y apoyar la "
            "innovación: estos son nuestros programas.",
            "Strengthening volunteering ecosystems, mobilising volunteers in both directions and supporting "
            "innovation: these are our programmes.",
        )),
    }),
    ("enlazando", "programmes", ProgrammePage, {
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
        "social_image": _image("enlazando", "Crêtes andines sous un ciel clair"),
        "start_year": 2020,
        "countries": L(
            "Argentine, Bolivie, Colombie, Équateur, Paraguay, Pérou",
            "Argentina, Bolivia, Colombia, Ecuador, Paraguay, Perú",
            "Argentina, Bolivia, Colombia, Ecuador, Paraguay, Peru",
        ),
        "summary": rich(L(
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
            ("phase", {
                "title": L("Phase 1", "Fase 1", "Phase 1"),
                "period": "2020–2022",
                "description": rich(L(
                    "Cartographie des écosystèmes du volontariat de cinq pays, 70 participants à la formation "
                    "Voluntades+, 16 projets financés par le Fonds pour l'innovation et 10 volontaires mobilisés.",
                    "Mapeo de los ecosistemas del voluntariado de cinco países, 70 participantes en la formación "
                    "Voluntades+, 16 proyectos financiados por el Fondo de Innovación y 10 voluntarios movilizados.",
                    "Mapping of the volunteering ecosystems of five countries, 70 participants in the Voluntades+ "
                    "training, 16 projects funded by the Innovation Fund and 10 volunteers mobilised.",
                )),
            }),
            ("phase", {
                "title": L("Phase 2", "Fase 2", "Phase 2"),
                "period": "2022–2024",
                "description": rich(L(
                    "Extension à l'Argentine, 31 volontaires mobilisés, travail avec les pouvoirs publics sur les "
                    "politiques de volontariat et ouverture aux universités et institutions.",
                    "Extensión a Argentina, 31 voluntarios movilizados, trabajo con las autoridades sobre las "
                    "políticas de voluntariado y apertura a universidades e instituciones.",
                    "Extension to Argentina, 31 volunteers mobilised, work with public authorities on volunteering "
                    "policies and a wider circle including universities and institutions.",
                )),
            }),
        ]),
        "key_figures": stream("enlazando-figures", [
            ("key_figures", {
                "title": "",
                "figures": [
                    {"figure": "6", "label": L("pays", "países", "countries")},
                    {"figure": "31", "label": L("volontaires en phase 2", "voluntarios en la fase 2",
                                                "volunteers in phase 2")},
                    {"figure": "114", "label": L("participants au séminaire de Lima 2024",
                                                 "participantes en el seminario de Lima 2024",
                                                 "participants at the 2024 Lima seminar")},
                ],
            }),
        ]),
    }),
]

FEATURED_PROGRAMMES = ["enlazando"]
