from datetime import date

import pytest

from tests.browser.conftest import assert_no_horizontal_overflow
from tests.factories import translate_page
from news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def news(site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    index = NewsIndexPageFactory(parent=site_tree["fr"], title="Actualités", slug="actualites")
    translate_page(index, "es", title="Noticias", slug="noticias")
    category = NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    article = NewsPageFactory(parent=index, title="Neuf volontaires partent en France", slug="depart",
                              date=date(2024, 3, 8), categories=[category],
                              body=[("paragraph", "<p>Une cérémonie à la Résidence de France.</p>")])
    NewsPageFactory(parent=index, title="Séminaire à Lima", slug="seminaire", date=date(2024, 6, 7))
    translate_page(article, "es", title="Nueve voluntarios viajan a Francia", slug="partida",
                   body=[("paragraph", "<p>Una ceremonia en la Residencia de Francia.</p>")])
    return article


def test_read_an_article_follow_its_category_and_switch_language(page, live_server, news):
    page.goto(f"{live_server.url}/fr/actualites/")
    page.get_by_role("link", name="Neuf volontaires partent en France").click()
    page.wait_for_url(f"{live_server.url}/fr/actualites/depart/")
    assert page.locator("h1").inner_text() == "Neuf volontaires partent en France"
    assert page.get_by_text("Une cérémonie à la Résidence de France.").is_visible()
    assert_no_horizontal_overflow(page)

    page.get_by_role("list", name="Catégories").get_by_role("link", name="Réciprocité").click()
    page.wait_for_url(f"{live_server.url}/fr/actualites/?category=reciprocite")
    cards = page.locator(".card__title").all_inner_texts()
    assert cards == ["Neuf volontaires partent en France"]
    assert page.get_by_label("Catégorie").input_value() == "reciprocite"

    page.go_back()
    page.wait_for_url(f"{live_server.url}/fr/actualites/depart/")
    page.get_by_role("link", name="Español").click()
    page.wait_for_url(f"{live_server.url}/es/noticias/partida/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Nueve voluntarios viajan a Francia"
    assert page.get_by_text("Una ceremonia en la Residencia de Francia.").is_visible()
