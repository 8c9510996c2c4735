import pytest

from home.factories import ProgrammeIndexPageFactory, ProgrammePageFactory
from tests.factories import translate_page

from news.factories import EventIndexPageFactory, NewsIndexPageFactory, PortraitIndexPageFactory


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """These tests count queries and compare renders: each request must run the view."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def news_index(site_tree):
    """{"fr"|"es"|"en": NewsIndexPage} at /fr/actualites/, /es/noticias/, /en/news/."""
    index = NewsIndexPageFactory(parent=site_tree["fr"], title="Actualités", slug="actualites")
    return {
        "fr": index,
        "es": translate_page(index, "es", title="Noticias", slug="noticias"),
        "en": translate_page(index, "en", title="News", slug="news"),
    }


@pytest.fixture
def event_index(site_tree):
    index = EventIndexPageFactory(parent=site_tree["fr"], title="Agenda", slug="agenda")
    return {
        "fr": index,
        "es": translate_page(index, "es", title="Agenda", slug="agenda"),
        "en": translate_page(index, "en", title="Events", slug="events"),
    }


@pytest.fixture
def portrait_index(site_tree):
    index = PortraitIndexPageFactory(parent=site_tree["fr"], title="Portraits", slug="portraits")
    return {"fr": index, "es": translate_page(index, "es", title="Testimonios", slug="testimonios")}


@pytest.fixture
def programme(site_tree):
    """EnLAzando in French and Spanish, under /programmes/."""
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"], slug="programmes", title="Programmes")
    page = ProgrammePageFactory(parent=index, title="EnLAzando", slug="enlazando")
    translate_page(index, "es", title="Programas", slug="programas")
    return {"fr": page, "es": translate_page(page, "es", title="EnLAzando", slug="enlazando")}
