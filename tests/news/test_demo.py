from io import StringIO

import pytest
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.demo.content import L
from news import demo
from news.demo import agenda, articles, portraits
from news.models import EventPage, NewsCategory, NewsPage, PortraitPage

pytestmark = pytest.mark.django_db


def _texts(value):
    if isinstance(value, L):
        yield from value.values()
    elif isinstance(value, dict):
        for child in value.values():
            yield from _texts(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from _texts(child)


def test_demo_definitions_cover_the_2024_report():
    assert len(articles.ARTICLES) >= 12
    assert len(agenda.EVENTS) >= 15
    titles = " ".join(item["title"]["fr"] for item in agenda.EVENTS)
    for expected in ("Voluntades+", "Séminaire", "Journée du Volontariat Français", "Journée internationale",
                     "Rumbo a Francia", "EV Mobile à Cusco", "EV Mobile à Trujillo", "Mano a Mano"):
        assert expected in titles, expected
    named = {(item["first_name"], item["last_name"]) for item in portraits.PORTRAITS}
    assert {("Capucine", "Vaseux"), ("Romy", "Doublet"), ("Kerwin", "Altamirano"), ("Diana", "Farfán"),
            ("Angello", "Dueñas"), ("Alvaro", "Saavedra"), ("Verónica", "Castro"), ("Mona", "El Jadaoui"),
            ("Valeria", "Martinez")} <= named
    # Every translated text exists in the three languages.
    for text in _texts([articles.ARTICLES, agenda.EVENTS, agenda.RECURRING, portraits.PORTRAITS]):
        assert text and text.strip()


@pytest.fixture
def small_demo(monkeypatch):
    """Two items of each kind: loading the full demo is the job of the load_demo test."""
    monkeypatch.setattr(demo, "ARTICLES", articles.ARTICLES[:2])
    monkeypatch.setattr(demo, "EVENTS", agenda.EVENTS[:1])
    monkeypatch.setattr(demo, "RECURRING", agenda.RECURRING[:1])
    monkeypatch.setattr(demo, "PORTRAITS", portraits.PORTRAITS[:2])


@pytest.fixture
def autocommit_callbacks(monkeypatch):
    """load_demo runs in autocommit, where Wagtail's on_commit work happens at once; inside the test's
    transaction it would be deferred to the end and then overwrite the tree's child counts."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_demo_loads_linked_translations_once(client, site_tree, programme, small_demo, autocommit_callbacks):
    demo.load(StringIO())
    for language in ("fr", "es", "en"):
        locale = Locale.objects.get(language_code=language)
        assert NewsPage.objects.live().filter(locale=locale).count() == 2
        assert EventPage.objects.live().filter(locale=locale).count() == 2
        assert PortraitPage.objects.live().filter(locale=locale).count() == 2
        assert NewsCategory.objects.filter(locale=locale).count() == len(articles.CATEGORIES)
    capucine = PortraitPage.objects.get(locale__language_code="fr", slug="capucine-vaseux")
    assert Translation.objects.filter(source__object_id=capucine.translation_key).count() == 2
    spanish = capucine.get_translation(Locale.objects.get(language_code="es"))
    # The quote stays in the volunteer's words; the rest is translated.
    assert spanish.quote == capucine.quote and spanish.quote.startswith("He venido acá para crecer")
    assert spanish.lead.startswith("Voluntaria de solidaridad internacional")
    article = NewsPage.objects.get(locale__language_code="en", slug="voluntades-fourth-edition")
    assert article.programme.slug == "enlazando"
    # A recurring meeting keeps the agenda from ever being empty; every reader's page answers.
    assert "Café virtuel des volontaires de réciprocité" in client.get("/fr/agenda/").content.decode()
    for url in ("/es/noticias/", "/en/news/voluntades-fourth-edition/", "/en/events/", "/es/testimonios/",
                "/es/testimonios/capucine-vaseux/", "/en/news/rss/", "/es/agenda/ics/"):
        assert client.get(url).status_code == 200, url

    counts = (NewsPage.objects.count(), EventPage.objects.count(), PortraitPage.objects.count(),
              Translation.objects.count())
    demo.load(StringIO())
    assert (NewsPage.objects.count(), EventPage.objects.count(), PortraitPage.objects.count(),
            Translation.objects.count()) == counts
