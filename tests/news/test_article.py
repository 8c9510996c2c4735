import re
from datetime import date

import pytest

from home.factories import ContentPageFactory, ImageFactory
from tests.factories import translate_page

from news.factories import NewsCategoryFactory, NewsPageFactory
from .pages import jsonld

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
    html = client.get("/fr/actualites/seminaire/").content.decode()
    assert "Cent quatorze participants de neuf pays." in html
    assert "© Léonie Malleville" in html
    assert '<time datetime="2024-06-07">7 juin 2024</time>' in html
    assert 'href="/fr/actualites/?category=programmes">Programmes</a>' in html
    assert 'href="/fr/actualites/?tag=enlazando">#EnLAzando</a>' in html
    assert 'href="/fr/programmes/enlazando/">EnLAzando</a>' in html
    assert 'href="/fr/qui/">Qui sommes-nous</a>' in html


def test_article_has_news_article_json_ld(client, article):
    html = client.get("/fr/actualites/seminaire/").content.decode()
    data = jsonld(html, "NewsArticle")
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
    # The title cannot close the script element.
    assert "</script><b>" not in html.split('application/ld+json">', 1)[1].split("</script>", 1)[0]


def test_article_social_meta_use_the_hero_image(client, article):
    html = client.get("/fr/actualites/seminaire/").content.decode()
    assert '<meta property="og:type" content="article">' in html
    og_image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert og_image.startswith("http://testserver/media/images/")
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_translated_article_links_to_translated_pages(client, article, news_index, programme):
    translate_page(article, "es", title="Seminario", slug="seminario", lead="Tres días en Lima.")
    html = client.get("/es/noticias/seminario/").content.decode()
    assert '<time datetime="2024-06-07">7 de junio de 2024</time>' in html
    assert 'href="/es/programas/enlazando/">EnLAzando</a>' in html
    assert 'href="/es/noticias/' in html
    # The related page has no Spanish version: it is not offered.
    assert "Qui sommes-nous" not in html
    data = jsonld(html, "NewsArticle")[0]
    assert data["inLanguage"] == "es"
