"""Every public page type in fr/es/en, for the axe checks and the journeys: the home app's pages (from
tests/quality/site_content.py), news, events, portraits, the directory with its structures, the site search and
the error page. Returns {page type: {language: URL}}; tests loop over what is there, so a type added here is
checked everywhere. Built with factories in a few seconds."""

from datetime import timedelta

from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from directory.factories import AreaOfWorkFactory
from home.factories import ImageFactory
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PortraitIndexPageFactory,
    PortraitPageFactory,
    lima,
)
from tests.directory.factories import directory_pages, ensure_reference_data, structure, translate_term
from tests.factories import translate_page
from tests.quality.site_content import build_site

LANGUAGES = ("fr", "es", "en")
INDEX_TEXTS = {
    "news": {"fr": ("Actualités", "actualites"), "es": ("Noticias", "noticias"), "en": ("News", "news")},
    "events": {"fr": ("Agenda", "agenda"), "es": ("Agenda", "agenda"), "en": ("Events", "events")},
    "portraits": {"fr": ("Portraits", "portraits"), "es": ("Retratos", "retratos"), "en": ("Portraits", "portraits")},
}
ARTICLE_TITLES = {"fr": "Neuf volontaires partent en France", "es": "Nueve voluntarios viajan a Francia",
                  "en": "Nine volunteers leave for France"}


def _homes():
    from home.models import HomePage

    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


def _translated(page, key, **fields):
    """{language: page} for a French page and its translations under INDEX_TEXTS[key]."""
    pages = {"fr": page}
    for language in ("es", "en"):
        title, slug = INDEX_TEXTS[key][language]
        pages[language] = translate_page(page, language, title=title, slug=slug, **fields)
    return pages


def _directory(homes):
    from directory.models import Region
    from directory.search.indexing import sync_all

    ensure_reference_data()
    education = AreaOfWorkFactory(name="Éducation", slug="education")
    translate_term(education, es="Educación", en="Education")
    pages = directory_pages(homes)
    # Three structures in Cusco, two of them with the SCI scheme, and one in Lima: a text search and a filter
    # tell them apart (the sending structure's journey relies on it).
    made = {
        "mano-a-mano": structure(name="Mano a Mano", slug="mano-a-mano", areas=[education], schemes=["vsi", "sci"],
                                 records=[(2024, "sci", 2), (2023, "vsi", 1)], minimum_stay_months=6,
                                 accommodation="host-family", website="https://manoamano.example.org/"),
        "ayllu-cusco": structure(name="Ayllu Cusco", slug="ayllu-cusco", areas=[education], schemes=["sci"],
                                 records=[(2024, "sci", 1)]),
        "casa-cusco": structure(name="Casa Cusco", slug="casa-cusco", schemes=["vsi"]),
        "lima-solidaria": structure(name="Lima Solidaria", slug="lima-solidaria", schemes=["vsi"], city="Lima",
                                    region=Region.objects.get(code="PE-LIM")),
    }
    sync_all()
    return pages, made


def build_directory_site():
    """Only the home pages and the directory: {language: directory page URL}."""
    from tests.factories import build_site_tree
    from tests.quality.site_content import restore_migration_data

    restore_migration_data()
    directories, _made = _directory(build_site_tree())
    return {language: page.url for language, page in directories.items()}


def build_full_site():
    pages = build_site()
    homes = _homes()
    image = ImageFactory(title="Départ", description="Les volontaires à l'aéroport de Lima")

    news_index = NewsIndexPageFactory(parent=homes["fr"], title="Actualités", slug="actualites")
    news = _translated(news_index, "news")
    article = NewsPageFactory(parent=news_index, title=ARTICLE_TITLES["fr"], slug="depart", hero_image=image,
                              date=timezone.localdate(),
                              body=[("paragraph", "<p>Une cérémonie à la Résidence de France.</p>")])
    articles = {"fr": article}
    for language, slug in (("es", "partida"), ("en", "departure")):
        articles[language] = translate_page(article, language, title=ARTICLE_TITLES[language], slug=slug)

    event_index = EventIndexPageFactory(parent=homes["fr"], title="Agenda", slug="agenda")
    events = _translated(event_index, "events")
    start = timezone.now() + timedelta(days=20)
    event = EventPageFactory(parent=event_index, title="Forum du volontariat", slug="forum",
                             start=lima(start.year, start.month, start.day, 9, 0),
                             end=lima(start.year, start.month, start.day, 18, 0))
    event_pages = {"fr": event, **{language: translate_page(event, language, title="Foro del voluntariado",
                                                             slug="foro") for language in ("es", "en")}}

    directories, made = _directory(homes)
    portrait_index = PortraitIndexPageFactory(parent=homes["fr"], title="Portraits", slug="portraits")
    portraits = _translated(portrait_index, "portraits")
    portrait = PortraitPageFactory(parent=portrait_index, first_name="Capucine", last_name="V.", slug="capucine",
                                   photo=image, host_structure=made["mano-a-mano"], featured=True)
    portrait_pages = {"fr": portrait, **{language: translate_page(portrait, language, slug="capucine")
                                         for language in ("es", "en")}}

    from directory.views.common import regions_url
    from directory.views.compare import compare_url

    for language in LANGUAGES:
        directory = directories[language]
        base = directory.url
        with translation.override(language):
            search = reverse("search")
        for key, url in {
            "news index": news[language].url,
            "news article": articles[language].url,
            "event index": events[language].url,
            "event": event_pages[language].url,
            "portrait index": portraits[language].url,
            "portrait": portrait_pages[language].url,
            "directory": base,
            "directory filtered": f"{base}?q=cusco&scheme=sci",
            "directory without results": f"{base}?q=zzyzx",
            "structure": f"{base}mano-a-mano/",
            "regional overview": regions_url(directory),
            "compare": compare_url(directory, ["mano-a-mano", "ayllu-cusco"]),
            "site search": f"{search}?q=EnLAzando",
            "site search without results": f"{search}?q=zzyzx",
            "not found": f"/{language}/zzyzx-no-such-page/",
        }.items():
            pages.setdefault(key, {})[language] = url
        for key, url in _pages_of_other_features(directory, made["mano-a-mano"], language).items():
            pages.setdefault(key, {})[language] = url
    return pages


def _pages_of_other_features(directory, structure, language):
    """The introduction form's own page, the edition archive, the follow page of a search and the yearly
    confirmation page: listed when the feature is there."""
    from directory.models import HostStructure

    urls = {}
    try:
        urls["introduction form"] = directory.url + directory.reverse_subpage("introduction", args=[structure.slug])
    except NoReverseMatch:
        pass
    if hasattr(directory, "editions_url"):
        urls["edition archive"] = directory.editions_url()
    with translation.override(language):
        try:
            urls["follow a search"] = reverse("directory_alert_follow", args=[directory.slug]) + "?scheme=sci"
        except NoReverseMatch:
            pass
        try:
            from directory.confirmation import make_token

            requested = timezone.now()
            HostStructure.objects.filter(pk=structure.pk).update(confirmation_requested_at=requested)
            urls["confirmation"] = reverse("directory_confirmation", args=[make_token(structure, requested)])
        except (ImportError, NoReverseMatch):
            pass
    return urls
