"""The one site builder of the tests and browser tests, on the apps' factories (the demo loader builds with
the same ones): seconds, not the minutes of load_demo.

- `restore_migration_data()`: what data migrations create and a transactional test's flush removes.
- `build_site_tree()`: the three linked home pages; `directory_pages(tree)`: the directory page in each language.
- `build_site()`: every page type of the home app and every body block, with images and a document.
- `build_full_site()`: that plus news, events, portraits, the directory with its structures, the site search
  and the error page; `build_directory_site()`: only the homes and the directory.

The `build_*site()` functions return {page type: {language: URL}}: tests loop over what exists, so a type
added here is checked everywhere (axe checks, journeys, query counts, fuzzing).
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page, Site

from directory.factories import AreaOfWorkFactory, DirectoryIndexPageFactory
from home.factories import (
    ContentPageFactory,
    HomePageFactory,
    ImageFactory,
    PartnerFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
)
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PortraitIndexPageFactory,
    PortraitPageFactory,
    lima,
)
from tests.directory.factories import structure, translate_term
from tests.factories import translate_page


def restore_migration_data():
    """Locales, regions and schemes, root page and root collection: what data migrations create and a
    transactional test's flush removes (post_migrate handlers recreate some; this keeps tests order-free)."""
    from directory.reference_data import ensure_reference_data
    from home.locales import ensure_locales

    ensure_locales()
    ensure_reference_data()
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def build_site_tree():
    """Home pages in fr (site root), es and en, linked as translations, like the demo tree."""
    root = Page.get_first_root_node()
    home_fr = HomePageFactory(parent=root, title="Accueil", slug="accueil",
                              hero_title="Le volontariat international entre la France et le Pérou")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home_fr, is_default_site=True)
    else:
        site.root_page = home_fr
        site.save()
    Page.objects.filter(depth=2).exclude(translation_key=home_fr.translation_key).exclude(pk=home_fr.pk).delete()
    home_es = translate_page(home_fr, "es", title="Inicio", slug="inicio",
                             hero_title="El voluntariado internacional entre Francia y el Perú")
    home_en = translate_page(home_fr, "en", title="Home", slug="home",
                             hero_title="International volunteering between France and Peru")
    return {"fr": home_fr, "es": home_es, "en": home_en}


def directory_pages(site_tree):
    """{"fr"|"es"|"en": DirectoryIndexPage} under the site tree's homes, linked as translations."""
    page_fr = DirectoryIndexPageFactory(parent=site_tree["fr"], title="Annuaire", slug="annuaire")
    return {
        "fr": page_fr,
        "es": translate_page(page_fr, "es", title="Directorio", slug="directorio"),
        "en": translate_page(page_fr, "en", title="Directory", slug="directory"),
    }


TEXTS = {
    "about": {"fr": ("Qui sommes-nous", "qui-sommes-nous"), "es": ("Quiénes somos", "quienes-somos"),
              "en": ("About us", "about-us")},
    "programmes": {"fr": ("Programmes", "programmes"), "es": ("Programas", "programas"),
                   "en": ("Programmes", "programmes")},
    "programme": {"fr": ("EnLAzando", "enlazando"), "es": ("EnLAzando", "enlazando"), "en": ("EnLAzando", "enlazando")},
}


def _body(image, document, programme):
    return [
        ("heading", {"text": "L'Espace Volontariats", "level": "h2"}),
        ("paragraph", '<p>Un lieu d\'information <a href="https://www.france-volontaires.org/">sur le '
                      'volontariat</a>.</p>'),
        ("image", {"image": image, "caption": "Lima, 2024", "credit": "France Volontaires"}),
        ("quote", {"quote": "Cada día me brinda sorpresas", "attribution": "Capucine", "role": "Mano a Mano"}),
        ("key_figures", {"title": "En 2024", "figures": [{"figure": "384", "label": "volontaires"},
                                                          {"figure": "64", "label": "structures d'accueil"}]}),
        ("call_to_action", {"title": "Nos programmes", "text": "Découvrir EnLAzando", "page": programme,
                            "url": "", "button_label": "Voir le programme"}),
        ("document", {"document": document, "title": "Rapport annuel", "description": "PDF, 2 pages"}),
        ("table", {"caption": "Volontaires par dispositif", "table": {
            "data": [["Dispositif", "2023", "2024"], ["VSI", "120", "131"], ["Service civique", "200", "210"]],
            "first_row_is_table_header": True, "first_col_is_header": True, "table_caption": "",
        }}),
    ]


def build_site():
    restore_migration_data()
    tree = build_site_tree()
    image = ImageFactory(title="Lima", description="Vue de Lima depuis la côte")
    logo = ImageFactory(title="Logo", description="Logo de Soy Voluntari@")
    document = Document.objects.create(title="Rapport annuel", file=ContentFile(b"%PDF-1.4 rapport", "rapport.pdf"))

    index = ProgrammeIndexPageFactory(parent=tree["fr"], title="Programmes", slug="programmes", show_in_menus=True,
                                      intro="<p>Les programmes de France Volontaires au Pérou.</p>")
    programme = ProgrammePageFactory(
        parent=index, title="EnLAzando", slug="enlazando", social_image=image, countries="Pérou, Bolivie",
        summary="<p>Un programme régional de volontariat.</p>",
        phases=[("phase", {"title": "Phase 1", "period": "2020–2022", "description": "<p>Cartographie</p>"})],
        action_levers=[("lever", {"title": "Réseaux", "description": "<p>Animer les réseaux.</p>"})],
        key_figures=[("key_figures", {"title": "", "figures": [{"figure": "12", "label": "pays"}]})],
    )
    programme.programme_partners.create(partner=PartnerFactory(name="Soy Voluntari@", logo=logo,
                                                               url="https://example.org/"))
    programme.save_revision().publish()
    about = ContentPageFactory(parent=tree["fr"], title="Qui sommes-nous", slug="qui-sommes-nous", show_in_menus=True,
                               body=_body(image, document, programme))
    tree["fr"].featured_programmes.create(programme=programme)
    tree["fr"].hero_image = image
    tree["fr"].save_revision().publish()

    pages = {"home": {}, "about": {}, "programmes": {}, "programme": {}}
    for language in ("fr", "es", "en"):
        pages["home"][language] = f"/{language}/"
        for key, page in (("programmes", index), ("programme", programme), ("about", about)):
            title, slug = TEXTS[key][language]
            translated = page if language == "fr" else translate_page(page, language, title=title, slug=slug)
            pages[key][language] = translated.url
    return pages


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

    restore_migration_data()
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
    confirmation page."""
    from directory.confirmation.workflow import make_token
    from directory.models import HostStructure

    requested = timezone.now()
    HostStructure.objects.filter(pk=structure.pk).update(confirmation_requested_at=requested)
    with translation.override(language):
        return {
            "introduction form": directory.introduction_url(structure),
            "edition archive": directory.editions_url(),
            "follow a search": reverse("directory_alert_follow", args=[directory.slug]) + "?scheme=sci",
            "confirmation": reverse("directory_confirmation", args=[make_token(structure, requested)]),
        }
