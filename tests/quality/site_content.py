"""A small but complete site in fr/es/en for the quality checks (accessibility, journeys, fuzzing): every page
type of the home app, and every body block, with images and a document. Built with factories: seconds, not
the minutes of load_demo. Returns {page type: {language: URL}} so tests loop over what exists."""

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page

from home.locales import ensure_locales

from home.factories import (
    ContentPageFactory,
    ImageFactory,
    PartnerFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
)
from tests.factories import build_site_tree, translate_page

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


def restore_migration_data():
    """What data migrations create and a transactional test's flush removes: locales, root page, root collection."""
    ensure_locales()
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page),
                                    locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


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
