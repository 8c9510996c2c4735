"""News, agenda and portraits of the demo, in fr/es/en through wagtail-localize. Idempotent.

Runs after `directory.demo`, so portraits link to the directory's host structures when they exist.
"""

from datetime import datetime, timedelta

from django.utils import timezone
from taggit.models import Tag

from home.demo.content import L, resolve, rich, stream
from home.demo.images import get_or_create_image, landscape, portrait
from home.demo.pages import ensure_page, ensure_snippet, french_locale
from home.demo.progress import Progress
from home.demo.translation import resync_translations
from home.models import HomePage, Partner, ProgrammePage
from news.models import (
    EventIndexPage,
    EventPage,
    EventPartner,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    NewsPageCategory,
    NewsPageTag,
    PortraitIndexPage,
    PortraitPage,
)
from news.models.events import EVENT_TIME_ZONE

from .agenda import EVENTS, PARTNERS, RECURRING
from .articles import ARTICLES, CATEGORIES
from .portraits import CONSENT, PORTRAITS

INDEXES = [
    (NewsIndexPage, {
        "title": L("Actualités", "Noticias", "News"), "slug": L("actualites", "noticias", "news"),
        "lead": L("Les nouvelles de France Volontaires au Pérou : programmes, réciprocité, événements et formations.",
                  "Las novedades de France Volontaires en el Perú: programas, reciprocidad, eventos y formaciones.",
                  "News from France Volontaires in Peru: programmes, reciprocity, events and training."),
    }),
    (EventIndexPage, {
        "title": L("Agenda", "Agenda", "Events"), "slug": L("agenda", "agenda", "events"),
        "lead": L("Rencontres, formations et célébrations du volontariat, à Lima, en région et en ligne.",
                  "Encuentros, formaciones y celebraciones del voluntariado, en Lima, en regiones y en línea.",
                  "Meetings, training and celebrations of volunteering, in Lima, in the regions and online."),
    }),
    (PortraitIndexPage, {
        "title": L("Portraits de volontaires", "Testimonios de voluntarios", "Volunteer portraits"),
        "slug": L("portraits", "testimonios", "portraits"),
        "lead": L("Ils et elles sont partis de France vers le Pérou, du Pérou vers la France ou d'un pays du Sud à "
                  "un autre : leurs missions, en leurs mots.",
                  "Partieron de Francia al Perú, del Perú a Francia o de un país del Sur a otro: sus misiones, en "
                  "sus palabras.",
                  "They went from France to Peru, from Peru to France or from one southern country to another: "
                  "their missions, in their own words."),
    }),
]


def _home():
    return HomePage.objects.filter(locale=french_locale(), depth=2).first()


class Programmes:
    """French programme pages by slug; `get` takes a slug or a tuple of slugs (the first that exists wins, so a
    Voluntades+ article falls back to EnLAzando, the programme it belongs to, if it has no page of its own)."""

    def __init__(self):
        self.pages = {page.slug: page for page in ProgrammePage.objects.filter(locale=french_locale())}

    def get(self, slugs):
        for slug in (slugs,) if isinstance(slugs, str) or slugs is None else slugs:
            if slug in self.pages:
                return self.pages[slug]
        return None


def _build(definition, relations=None):
    """A page builder: the definition resolved per language, plus child rows made fresh for each call."""
    def build(language):
        fields = resolve(definition, language)
        fields.update({name: make() for name, make in (relations or {}).items()})
        return fields
    return build


def _ensure(parent, page_class, definition, relations=None):
    return ensure_page(parent, page_class, resolve(definition["slug"], "fr"), _build(definition, relations))


def ensure_indexes(home, progress):
    made = []
    for page_class, definition in INDEXES:
        page, created = _ensure(home, page_class, {**definition, "show_in_menus": True})
        progress.step(page.title, created)
        made.append(page)
    return made


def ensure_categories():
    categories = {}
    for key, names in CATEGORIES.items():
        category, _ = ensure_snippet(
            NewsCategory, {"slug": names["fr"][1]},
            lambda language, names=names: {"name": names[language][0], "slug": names[language][1]})
        categories[key] = category
    return categories


def ensure_partners():
    partners = {}
    for key, (name, url) in PARTNERS.items():
        partner, _ = ensure_snippet(
            Partner, {"name": resolve(name, "fr")},
            lambda language, name=name, url=url: {"name": resolve(name, language), "url": url})
        partners[key] = partner
    return partners


def _article_body(item):
    blocks = [("paragraph", rich(*item["paragraphs"]))]
    if item.get("figures"):
        blocks.append(("key_figures", {"title": "", "figures": [
            {"figure": figure, "label": label} for figure, label in item["figures"]]}))
    return stream(f"news-{item['key']}", blocks)


def ensure_articles(index, categories, programmes, progress):
    for item in ARTICLES:
        image = get_or_create_image(f"Actualité — {item['key']}", landscape, resolve(item["title"], "fr"),
                                    seed=f"news-{item['key']}")
        tags = [Tag.objects.get_or_create(name=name)[0] for name in item["tags"]]
        definition = {
            "title": item["title"], "slug": item["slug"], "lead": item["lead"], "date": item["date"],
            "hero_image": image, "hero_credit": "France Volontaires Pérou", "body": _article_body(item),
            "programme": programmes.get(item["programme"]),
        }
        relations = {
            "news_categories": lambda item=item: [NewsPageCategory(category=categories[key])
                                                  for key in item["categories"]],
            "tagged_items": lambda tags=tags: [NewsPageTag(tag=tag) for tag in tags],
        }
        page, created = _ensure(index, NewsPage, definition, relations)
        progress.step(page.title, created)


def _lima(year, month, day, hour, minute):
    return datetime(year, month, day, hour, minute, tzinfo=EVENT_TIME_ZONE)


def _recurring_times(item):
    day = timezone.localdate(timezone=EVENT_TIME_ZONE) + timedelta(days=item["days"])
    start = _lima(day.year, day.month, day.day, *item["time"])
    return start, start + timedelta(minutes=item["minutes"])


def ensure_events(index, partners, programmes, progress):
    for item in [*EVENTS, *RECURRING]:
        if "days" in item:
            # Dated once, when first created: a later run finds the page by its slug and leaves it alone.
            start, end = _recurring_times(item)
        else:
            start, end = _lima(*item["start"]), _lima(*item["end"])
        image = get_or_create_image(f"Événement — {item['key']}", landscape, resolve(item["title"], "fr"),
                                    seed=f"event-{item['key']}")
        definition = {
            "title": item["title"], "slug": item["slug"], "lead": item["lead"], "start": start, "end": end,
            "attendance": item["attendance"], "place": item["place"], "city": item["city"], "image": image,
            "programme": programmes.get(item["programme"]),
        }
        relations = {"event_partners": lambda item=item: [EventPartner(partner=partners[key])
                                                          for key in item["partners"]]}
        page, created = _ensure(index, EventPage, definition, relations)
        progress.step(page.title, created)


def _host_structure(names):
    try:
        from directory.models import HostStructure
    except ImportError:
        return None
    for name in names:
        structure = HostStructure.objects.filter(locale=french_locale(), name__iexact=name).first()
        if structure is not None:
            return structure
    return None


def ensure_portraits(index, programmes, progress):
    for item in PORTRAITS:
        name = f"{item['first_name']} {item['last_name']}"
        initials = item["first_name"][0] + item["last_name"][0]
        consent = dict(zip(("consent_given_on", "consent_scope", "consent_expires_on"),
                           item.get("consent", CONSENT), strict=True))
        # No photo at all for an anonymous volunteer: not even the image library names them.
        photo = None if item.get("anonymous") else get_or_create_image(
            f"Portrait — {name}", portrait, f"Portrait de {name}", seed=f"portrait-{item['key']}", initials=initials)
        definition = {
            **consent, "title": item.get("title", name), "slug": item["key"], "lead": item["lead"],
            "first_name": item["first_name"],
            "last_name": item["last_name"], "photo": photo, "quote": item["quote"],
            "quote_language": "es" if item["quote"] else "", "story": rich(item["story"]),
            "mission": item["mission"], "nationality": item["nationality"], "scheme": item["scheme"],
            "direction": item["direction"], "host_structure": _host_structure(item["structures"]),
            "host_structure_name": item["host_structure_name"], "mission_city": item["mission_city"],
            "region": item["region"], "country": item["country"], "start_year": item["start_year"],
            "end_year": item.get("end_year"), "duration_months": item.get("duration_months"),
            "programme": programmes.get(item.get("programme")), "featured": item["featured"],
        }
        page, created = _ensure(index, PortraitPage, definition)
        if not created and page.host_structure_id is None:
            link_host_structure(page, _host_structure(item["structures"]))
        if not created and page.consent_given_on is None:
            record_consent(page, consent)
        progress.step(page.title, created)


def record_consent(page, consent):
    """Portraits loaded before consent was recorded get it on a later run (translations follow the French row)."""
    for field, value in consent.items():
        setattr(page, field, value)
    page.save_revision().publish()


def link_host_structure(page, structure):
    """A portrait created before the directory had its structure gets linked on a later run."""
    if structure is None:
        return
    page.host_structure = structure
    page.save_revision().publish()
    resync_translations(page)


def load(stdout):
    home = _home()
    if home is None:
        stdout.write("news: no home page yet, nothing to do")
        return
    total = len(INDEXES) + len(ARTICLES) + len(EVENTS) + len(RECURRING) + len(PORTRAITS)
    progress = Progress(stdout, total, "News, agenda, portraits / Noticias, agenda, testimonios")
    news_index, event_index, portrait_index = ensure_indexes(home, progress)
    programmes = Programmes()
    ensure_articles(news_index, ensure_categories(), programmes, progress)
    ensure_events(event_index, ensure_partners(), programmes, progress)
    ensure_portraits(portrait_index, programmes, progress)
