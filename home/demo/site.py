"""Home page, programmes and about pages of France Volontaires Pérou, in fr/es/en."""

from wagtail.models import Page, Site

from home.models import HomeFeaturedProgramme, HomePage

from .content import L, resolve, stream
from .images import get_or_create_image, landscape
from .pages import ensure_page, french_locale, localized_builder, publish_missing_translations
from .progress import Progress
from .translation import resync_translations


def ensure_home():
    """The French home page as the default site's root (replacing Wagtail's welcome page)."""
    locale = french_locale()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    root = Page.get_first_root_node()
    hero = get_or_create_image(
        "Accueil — Andes", landscape, "Montagnes des Andes au lever du soleil", seed="home-hero"
    )
    definition = {
        "title": L("Accueil", "Inicio", "Home"),
        "slug": L("accueil", "inicio", "home"),
        "hero_title": L(
            "Le volontariat international entre la France et le Pérou",
            "El voluntariado internacional entre Francia y el Perú",
            "International volunteering between France and Peru",
        ),
        "hero_text": L(
            "L'Espace Volontariats de Lima informe, oriente et met en relation volontaires, structures d'envoi "
            "et structures d'accueil, depuis 2011.",
            "El Espacio Voluntariados de Lima informa, orienta y conecta a voluntarios, organizaciones de envío "
            "y organizaciones de acogida desde 2011.",
            "Since 2011, the Espace Volontariats in Lima has informed, guided and connected volunteers, sending "
            "organisations and host organisations.",
        ),
        "hero_image": hero,
        "hero_link_label": L("Trouver une structure d'accueil", "Encontrar una organización de acogida",
                             "Find a host structure"),
        "lead": L(
            "France Volontaires au Pérou : programmes, témoignages de volontaires et annuaire des structures d'accueil.",
            "France Volontaires en el Perú: programas, testimonios de voluntarios y directorio de organizaciones de acogida.",
            "France Volontaires in Peru: programmes, volunteer testimonies and a directory of host structures.",
        ),
        "key_figures": stream("home-figures", [
            ("key_figures", {
                "title": L("L'année 2024 en chiffres", "El año 2024 en cifras", "2024 in figures"),
                "figures": [
                    {"figure": "384", "label": L("volontaires français au Pérou", "voluntarios franceses en el Perú",
                                                 "French volunteers in Peru")},
                    {"figure": "64", "label": L("structures d'accueil de volontaires français",
                                                "organizaciones que acogieron voluntarios franceses",
                                                "host structures for French volunteers")},
                    {"figure": "23", "label": L("volontaires péruviens en France", "voluntarios peruanos en Francia",
                                                "Peruvian volunteers in France")},
                    {"figure": L("1 486", "1 486", "1,486"), "label": L("demandes traitées par l'Espace Volontariats",
                                                   "solicitudes atendidas por el Espacio Voluntariados",
                                                   "requests handled by the Espace Volontariats")},
                ],
            }),
        ]),
    }
    build = localized_builder(definition)
    if home is None:
        home = HomePage(**build("fr"))
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                                site_name="France Volontaires Pérou")
        else:
            site.root_page = home
            site.site_name = "France Volontaires Pérou"
            site.save()
        if old_root is not None and old_root.pk != home.pk and not isinstance(old_root.specific, HomePage):
            old_root.delete()
        created = True
    else:
        created = False
    # Translating the home page creates the es and en roots that i18n_patterns serve.
    publish_missing_translations(home, HomePage, build)
    return home, created


def feature_programmes(home, programmes):
    if home.featured_programmes.exists():
        return
    for order, programme in enumerate(programmes):
        HomeFeaturedProgramme.objects.create(page=home, programme=programme, sort_order=order)
    home.save_revision().publish()
    resync_translations(home)


def load(stdout):
    from . import site_pages

    progress = Progress(stdout, 1 + len(site_pages.PAGES), "Site pages / Páginas del sitio")
    home, created = ensure_home()
    progress.step("Accueil / Inicio / Home", created)
    made = {}
    for key, parent_key, page_class, definition in site_pages.PAGES:
        parent = home if parent_key is None else made[parent_key]
        page, created = ensure_page(parent, page_class, resolve(definition["slug"], "fr"),
                                    localized_builder(definition))
        made[key] = page
        progress.step(page.title, created)
    feature_programmes(home, [made[key] for key in site_pages.FEATURED_PROGRAMMES if key in made])
