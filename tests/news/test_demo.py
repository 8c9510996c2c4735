"""The demo's news, agenda and portraits: the data covers the 2024 report, and loading it gives pages linked to
their translations through wagtail-localize, once."""

from io import StringIO

import pytest
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.demo.loader import entries, in_language, load
from home.factories import ProgrammePageFactory
from news.models import EventPage, NewsCategory, NewsPage, PortraitPage
from tests.directory.factories import structure
from tests.html import card_titles

pytestmark = pytest.mark.django_db
LANGUAGES = {"fr", "es", "en"}


def news_entries(model_label):
    return [entry for entry in entries("news") if entry.get("page") == model_label]


def french_slug(entry):
    return in_language(entry.get("fields", {}).get("slug"), "fr")


def translated_texts(value):
    if isinstance(value, dict):
        if set(value) == LANGUAGES:
            yield from value.values()
        else:
            for child in value.values():
                yield from translated_texts(child)
    elif isinstance(value, list):
        for child in value:
            yield from translated_texts(child)


def test_demo_data_covers_the_2024_report():
    assert len(news_entries("news.NewsPage")) >= 12
    events = news_entries("news.EventPage")
    assert len(events) >= 17
    titles = " ".join(in_language(entry["fields"]["title"], "fr") for entry in events)
    for expected in ("Voluntades+", "Séminaire", "Journée du Volontariat Français", "Journée internationale",
                     "Rumbo a Francia", "EV Mobile à Cusco", "EV Mobile à Trujillo", "Mano a Mano"):
        assert expected in titles, expected
    named = {(entry["fields"]["first_name"], entry["fields"]["last_name"])
             for entry in news_entries("news.PortraitPage")}
    assert {("Capucine", "Vaseux"), ("Romy", "Doublet"), ("Kerwin", "Altamirano"), ("Diana", "Farfán"),
            ("Angello", "Dueñas"), ("Alvaro", "Saavedra"), ("Verónica", "Castro"), ("Mona", "El Jadaoui"),
            ("Valeria", "Martinez")} <= named
    # Every translated text of every data file exists in the three languages.
    for part in ("site", "directory", "news", "search"):
        for text in translated_texts(entries(part)):
            assert isinstance(text, str | int) and str(text).strip(), part


SMALL_DEMO = {"actualites", "agenda", "portraits", "voluntades-quatrieme-edition", "fonds-de-recherche-enlazando",
              "cafe-virtuel-reciprocite", "reunion-information-volontariat", "capucine-vaseux", "romy-doublet"}


def small_demo(entry):
    """Two items of each kind, the vocabularies they use; loading the whole demo is the load_demo test's job."""
    return entry.get("snippet") == "news.NewsCategory" or french_slug(entry) in SMALL_DEMO


@pytest.fixture
def small_demo_prerequisites(programme):
    """What the small demo points at in other data files: two programmes and two host structures."""
    for slug in ("diplome-voluntades", "fonds-de-recherche"):
        ProgrammePageFactory(parent=programme["fr"].get_parent(), title=slug, slug=slug)
    for slug in ("mano-a-mano", "amnistia-internacional-peru"):
        structure(name=slug, slug=slug, translations=())


@pytest.fixture
def autocommit_callbacks(monkeypatch):
    """load_demo runs in autocommit, where Wagtail's on_commit work happens at once; inside the test's
    transaction it would be deferred to the end and then overwrite the tree's child counts."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_demo_loads_linked_translations_once(client, site_tree, small_demo_prerequisites, autocommit_callbacks):
    load(StringIO(), parts=["news"], keep=small_demo)
    for language in ("fr", "es", "en"):
        locale = Locale.objects.get(language_code=language)
        assert NewsPage.objects.live().filter(locale=locale).count() == 2
        assert EventPage.objects.live().filter(locale=locale).count() == 2
        assert PortraitPage.objects.live().filter(locale=locale).count() == 2
        assert NewsCategory.objects.filter(locale=locale).count() == 5
    capucine = PortraitPage.objects.get(locale__language_code="fr", slug="capucine-vaseux")
    assert capucine.host_structure.slug == "mano-a-mano"
    assert Translation.objects.filter(source__object_id=capucine.translation_key).count() == 2
    spanish = capucine.get_translation(Locale.objects.get(language_code="es"))
    # The quote stays in the volunteer's words; the rest is translated.
    assert spanish.quote == capucine.quote and spanish.quote.startswith("He venido acá para crecer")
    assert spanish.lead.startswith("Voluntaria de solidaridad internacional")
    article = NewsPage.objects.get(locale__language_code="en", slug="voluntades-fourth-edition")
    assert article.programme.slug == "diplome-voluntades"
    assert sorted(tag.name for tag in article.tags.all()) == ["EnLAzando", "Voluntades+"]
    # A recurring meeting keeps the agenda from ever being empty; every reader's page answers.
    assert "Café virtuel des volontaires de réciprocité" in card_titles(client.get("/fr/agenda/"))
    for url in ("/es/noticias/", "/en/news/voluntades-fourth-edition/", "/en/events/", "/es/testimonios/",
                "/es/testimonios/capucine-vaseux/", "/en/news/rss/", "/es/agenda/ics/"):
        assert client.get(url).status_code == 200, url

    counts = (NewsPage.objects.count(), EventPage.objects.count(), PortraitPage.objects.count(),
              Translation.objects.count())
    out = StringIO()
    load(out, parts=["news"], keep=small_demo)
    assert (NewsPage.objects.count(), EventPage.objects.count(), PortraitPage.objects.count(),
            Translation.objects.count()) == counts
    assert out.getvalue().count("déjà là / already there") == len(SMALL_DEMO) + 5
