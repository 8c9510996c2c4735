import pytest
from news.factories import NewsCategoryFactory
from tests.html import card_titles, parse, visible_text

pytestmark = pytest.mark.django_db


def test_editors_can_open_every_news_form(admin_client, news_index, event_index, portrait_index):
    NewsCategoryFactory(name="Réciprocité", slug="reciprocite")
    listing = parse(admin_client.get("/admin/snippets/news/newscategory/"))
    assert "Réciprocité" in visible_text(listing.select_one("table.listing tbody"))
    for index, model in [(news_index["fr"], "newspage"), (event_index["fr"], "eventpage"),
                         (portrait_index["fr"], "portraitpage")]:
        response = admin_client.get(f"/admin/pages/add/news/{model}/{index.pk}/")
        assert response.status_code == 200, model


def test_an_editor_publishes_an_article_through_the_admin(admin_client, news_index, client):
    category = NewsCategoryFactory(name="Formation", slug="formation")
    data = {
        "title": "Nouvelle formation", "slug": "nouvelle-formation", "lead": "Un chapeau.", "date": "2024-05-30",
        "hero_credit": "", "tags": "Voluntades+", "body-count": "0", "programme": "",
        "news_categories-TOTAL_FORMS": "1", "news_categories-INITIAL_FORMS": "0",
        "news_categories-MIN_NUM_FORMS": "0", "news_categories-MAX_NUM_FORMS": "1000",
        "news_categories-0-category": str(category.pk), "news_categories-0-ORDER": "1",
        "news_categories-0-id": "", "news_categories-0-DELETE": "",
        "related_links-TOTAL_FORMS": "0", "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0", "related_links-MAX_NUM_FORMS": "6",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0", "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000", "action-publish": "publish",
    }
    response = admin_client.post(f"/admin/pages/add/news/newspage/{news_index['fr'].pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert card_titles(client.get("/fr/actualites/?category=formation")) == ["Nouvelle formation"]
