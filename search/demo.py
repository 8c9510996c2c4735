"""Demo set-up of the search and the editors: promoted results per language, groups and workflow.

Called by `manage.py load_demo` after the other apps' content, so the promoted pages exist.
Promotions whose page is missing (an app not installed yet) are skipped; a rerun adds them.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from home.demo.content import L
from home.demo.progress import Progress
from home.groups import ensure_groups

# (query in each language, French slug of the promoted page, why it is promoted)
PROMOTIONS = [
    (L(fr="enlazando", es="enlazando", en="enlazando"), "enlazando",
     L(fr="Le programme régional de France Volontaires en Amérique du Sud.",
       es="El programa regional de France Volontaires en Sudamérica.",
       en="France Volontaires' regional programme in South America.")),
    (L(fr="annuaire", es="directorio", en="directory"), "annuaire",
     L(fr="Les structures d’accueil de volontaires au Pérou, par région et par thème.",
       es="Las estructuras de acogida de voluntarios en el Perú, por región y por tema.",
       en="Organisations hosting volunteers in Peru, by region and by theme.")),
    (L(fr="actualités", es="noticias", en="news"), "actualites",
     L(fr="Les dernières nouvelles de l’Espace Volontariats de Lima.",
       es="Las últimas noticias del Espacio de Voluntariados de Lima.",
       en="The latest news from the Espace Volontariats in Lima.")),
]


def ensure_promotion(query_string, page, description):
    query = Query.get(query_string)
    if SearchPromotion.objects.filter(query=query, page=page).exists():
        return False
    SearchPromotion.objects.create(query=query, page=page, description=description,
                                   sort_order=SearchPromotion.objects.filter(query=query).count())
    return True


def load(stdout):
    progress = Progress(stdout, len(PROMOTIONS) + 1, "Search and editors / Búsqueda y editores")
    french = Locale.objects.get(language_code="fr")
    for queries, slug, descriptions in PROMOTIONS:
        source = Page.objects.filter(locale=french, slug=slug).first()
        created = False
        if source is not None:
            for language in queries:
                page = source.get_translation_or_none(Locale.objects.get(language_code=language))
                if page is not None and page.live:
                    created |= ensure_promotion(queries[language], page, descriptions[language])
        progress.step(f"« {queries['fr']} »" + ("" if source else " (page absente / page missing)"), created)
    created_groups = ensure_groups()
    progress.step("Groupes et circuit de validation / Grupos y flujo de validación", any(created_groups.values()))
