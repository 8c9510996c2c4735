from datetime import date

import pytest

from home.factories import ContentPageFactory, ImageFactory
from tests.factories import translate_page

from news.factories import NewsCategoryFactory, NewsPageFactory
from tests.html import anywhere, json_ld, links, meta, parse, text_of, visible_text

pytestmark = pytest.mark.django_db



@pytest.fixture
def article(news_index, programme):
    category = NewsCategoryFactory(name="Programmes", slug="programmes")
    about = ContentPageFactory(parent=news_index["fr"].get_parent(), title="Qui sommes-nous", slug="qui")
    page = NewsPageFactory(
        parent=news_index["fr"], title="Séminaire </script><b>EnLAzando</b>", slug="seminaire",
        date=date(2024, 6, 7), lead="Trois jours d'échanges à Lima.", hero_image=ImageFactory(),
        hero_credit="Léonie Malleville", programme=programme["fr"], categories=[category],
        body=[("paragraph", "<p>Cent quatorze participants de neuf pays.</p>")],
    )
    page.related_links.create(related_page=about)
    page.tags.add("EnLAzando")
    page.save_revision().publish()
    return page


def test_article_shows_its_content_and_links(client, article):
    document = parse(client.get("/fr/actualites/seminaire/"))
    main = document.select_one("main")
    assert "Cent quatorze participants de neuf pays." in visible_text(main)
    assert "© Léonie Malleville" in visible_text(main)
    assert [(time["datetime"], text_of(time)) for time in main.select("time")][:1] == [("2024-06-07", "7 juin 2024")]
    article_links = links(main)
    assert article_links["Programmes"] == "/fr/actualites/?category=programmes"
    assert article_links["#EnLAzando"] == "/fr/actualites/?tag=enlazando"
    assert article_links["EnLAzando"] == "/fr/programmes/enlazando/"
    assert article_links["Qui sommes-nous"] == "/fr/qui/"


def test_article_has_news_article_json_ld(client, article):
    document = parse(client.get("/fr/actualites/seminaire/"))
    data = json_ld(document, "NewsArticle")
    assert len(data) == 1
    data = data[0]
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Séminaire </script><b>EnLAzando</b>"
    assert data["datePublished"] == "2024-06-07"
    assert data["dateModified"].startswith("20")
    assert data["inLanguage"] == "fr"
    assert data["url"] == data["mainEntityOfPage"]["@id"] == "http://testserver/fr/actualites/seminaire/"
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["publisher"]["name"] == data["author"]["name"] == "France Volontaires Pérou"
    assert data["description"] == "Trois jours d'échanges à Lima."
    # The title cannot close the script element: it stays inside the JSON, never becomes markup.
    assert "EnLAzando" not in [text_of(bold) for bold in document.select("b")]


def test_article_social_meta_use_the_hero_image(client, article):
    document = parse(client.get("/fr/actualites/seminaire/"))
    assert meta(document, "og:type") == "article"
    assert meta(document, "og:image").startswith("http://testserver/media/images/")
    assert meta(document, "twitter:card") == "summary_large_image"


def test_translated_article_links_to_translated_pages(client, article, news_index, programme):
    translate_page(article, "es", title="Seminario", slug="seminario", lead="Tres días en Lima.")
    document = parse(client.get("/es/noticias/seminario/"))
    main = document.select_one("main")
    assert (main.select_one("time")["datetime"], text_of(main, "time")) == ("2024-06-07", "7 de junio de 2024")
    assert links(main)["EnLAzando"] == "/es/programas/enlazando/"
    assert any(href.startswith("/es/noticias/") for href in links(main).values() if href)
    # The related page has no Spanish version: it is not offered.
    assert not anywhere(document, "Qui sommes-nous") and "/fr/qui/" not in links(document).values()
    data = json_ld(document, "NewsArticle")[0]
    assert data["inLanguage"] == "es"
