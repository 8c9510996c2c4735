"""The search page as a reader sees it: per language, across languages, by type, paged, escaped."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation

from tests.factories import content_page, paragraph
from tests.html import anywhere, meta, parse, text_of, texts, visible_text

pytestmark = pytest.mark.django_db


def result_titles(response):
    return texts(parse(response), "ol.search-results .search-result__title a")


def kind_counts(response):
    """{type parameter: link text} of the filters by type that are links."""
    return {parse_qs(urlsplit(link["href"]).query)["type"][0]: text_of(link)
            for link in parse(response).select('.search-kinds a[rel~=nofollow][href*="type="]')}


def test_search_urls_are_translated(client, site_tree):
    for url in ("/fr/recherche/", "/es/buscar/", "/en/search/"):
        assert meta(parse(client.get(url)), "robots") == "noindex, follow"


def test_results_are_in_the_readers_language(client, reciprocity):
    response = client.get("/es/buscar/", {"q": "reciprocidad"})
    assert result_titles(response) == ["El voluntariado de reciprocidad"]
    response = client.get("/fr/recherche/", {"q": "réciprocité"})
    assert result_titles(response) == ["Le volontariat de réciprocité"]


def test_all_languages_lists_the_readers_language_first(client, reciprocity):
    response = client.get("/en/search/", {"q": "volontariat voluntariado reciprocity", "all": "1"})
    # AND across words: no page has all three; each language page has its own words.
    assert result_titles(response) == []
    response = client.get("/en/search/", {"q": "peruvian", "all": "1"})
    assert result_titles(response) == ["Reciprocity volunteering"]
    response = client.get("/es/buscar/", {"q": "Francia", "all": "1"})
    assert result_titles(response) == ["El voluntariado de reciprocidad"]
    response = client.get("/en/search/", {"q": "France", "all": "1"})
    titles = result_titles(response)
    assert titles[0] == "Reciprocity volunteering"
    assert "Le volontariat de réciprocité" in titles
    french = parse(response).select_one('ol.search-results li[lang="fr"]')  # results in another language say so
    assert text_of(french, ".search-result__title") == "Le volontariat de réciprocité"
    assert text_of(french, ".search-result__language") == "FR"


def test_accents_and_case_do_not_matter(client, reciprocity):
    for query in ("RECIPROCITE", "réciprocité", "Reciprocite"):
        assert result_titles(client.get("/fr/recherche/", {"q": query})) == ["Le volontariat de réciprocité"]


def test_filter_by_type_and_counts(client, site_tree, programme_and_page):
    response = client.get("/fr/recherche/", {"q": "andes"})
    assert "2 résultats" in text_of(parse(response), ".search-summary")
    assert kind_counts(response)["home.programmepage"].endswith("(1)")
    response = client.get("/fr/recherche/", {"q": "andes", "type": "home.programmepage"})
    assert result_titles(response) == ["Programme des Andes"]
    # The other types keep their counts while one is chosen.
    assert kind_counts(response)["home.contentpage"].endswith("(1)")


@pytest.fixture
def programme_and_page(site_tree):
    from home.factories import ProgrammeIndexPageFactory, ProgrammePageFactory

    index = ProgrammeIndexPageFactory(parent=site_tree["fr"])
    ProgrammePageFactory(parent=index, title="Programme des Andes", lead="Un programme dans les Andes.")
    content_page(site_tree["fr"], "Voyager dans les Andes", lead="Conseils pour les Andes.")


def test_ten_results_a_page_and_bad_page_numbers(client, site_tree):
    for number in range(23):
        content_page(site_tree["fr"], f"Mission {number:02d}", lead="Une mission au Pérou.")
    first = client.get("/fr/recherche/", {"q": "mission"})
    assert len(result_titles(first)) == 10
    assert "23 résultats" in text_of(parse(first), ".search-summary")
    third = client.get("/fr/recherche/", {"q": "mission", "page": "3"})
    assert len(result_titles(third)) == 3
    pages = {tuple(result_titles(client.get("/fr/recherche/", {"q": "mission", "page": str(n)}))) for n in (1, 2, 3)}
    assert len({title for page in pages for title in page}) == 23  # no result on two pages
    for bad in ("0", "-1", "abc", "99999999999999999999", "2.5"):
        response = client.get("/fr/recherche/", {"q": "mission", "page": bad})
        assert response.status_code == 200
        assert result_titles(response)


def test_excerpt_highlights_the_words_and_escapes_html(client, site_tree):
    content_page(site_tree["fr"], "Accueil des volontaires",
                 text="Les structures <b>reçoivent</b> des volontaires &lt;img src=x onerror=alert(1)&gt; "
                      "&amp; leurs familles, chaque année.")
    excerpt = parse(client.get("/fr/recherche/", {"q": "volontaire"})).select_one(".search-result__excerpt")
    assert "volontaires" in texts(excerpt, "mark")
    assert {tag.name for tag in excerpt.find_all(True)} == {"mark"}  # only <mark> is markup
    assert "& leurs familles" in text_of(excerpt)
    assert "<img src=x onerror=alert(1)>" in text_of(excerpt)  # the typed markup shows as text


def test_query_is_escaped_in_the_page(client, site_tree):
    document = parse(client.get("/fr/recherche/", {"q": '"><img src=x onerror=alert(1)>'}))
    assert not document.select("img[onerror], [onerror]")
    assert '"><img src=x onerror=alert(1)>' in [field.get("value") for field in document.select("input[name=q]")]


def test_dates_are_shown_when_a_page_has_one(client, site_tree):
    from news.factories import NewsIndexPageFactory, NewsPageFactory

    index = NewsIndexPageFactory(parent=site_tree["fr"])
    NewsPageFactory(parent=index, title="Séminaire à Lima", lead="Le séminaire régional.")
    (date,) = parse(client.get("/fr/recherche/", {"q": "séminaire"})).select("ol.search-results time")
    assert date["datetime"].startswith("2024-06-05")
    assert text_of(date) == "5 juin 2024"


@pytest.mark.parametrize("query", [
    '"', "*", ":", "(", "~", "\\", "'", 'a" OR "b', "title:x", "NEAR(a b)", "a AND NOT b", "\x00\x01\x1f",
    "x" * 10_000, "%", "%%", "{}", "é" * 300, "\u202e", "😀", "a-b", "-", "^", "NOT", "AND",
])
def test_bad_input_never_fails(client, reciprocity, query):
    response = client.get("/fr/recherche/", {"q": query, "type": query, "page": query, "all": query})
    assert response.status_code == 200
    response = client.get("/fr/recherche/suggestions/", {"q": query})
    assert response.status_code == 200


def test_search_is_never_cached(client, site_tree):
    response = client.get("/fr/recherche/", {"q": "volontaire"})
    assert "no-store" in response["Cache-Control"]


def test_switcher_keeps_the_query(client, site_tree):
    switcher = parse(client.get("/fr/recherche/", {"q": "volontaire"})).select('body a[hreflang="es"]')
    assert [link["href"] for link in switcher] == ["/es/buscar/?q=volontaire"]


def test_engine_outage_gives_a_message(client, site_tree, monkeypatch):
    from search import sources

    def broken(*args, **kwargs):
        raise ConnectionError("engine down")

    monkeypatch.setattr(sources.PageSource, "counts", broken)
    document = parse(client.get("/fr/recherche/", {"q": "volontaire"}))
    assert "momentanément indisponible" in text_of(document, "[role=alert]")


def test_an_answer_the_engine_could_not_give_is_not_kept(client, reciprocity, monkeypatch):
    from search import sources

    def broken(*args, **kwargs):
        raise ConnectionError("engine down")

    with monkeypatch.context() as patched:
        patched.setattr(sources.PageSource, "counts", broken)
        assert text_of(parse(client.get("/fr/recherche/", {"q": "réciprocité"})), "[role=alert]")
    response = client.get("/fr/recherche/", {"q": "réciprocité"})
    assert result_titles(response) == ["Le volontariat de réciprocité"]
    assert not parse(response).select("[role=alert]")


def test_a_repeated_search_is_answered_again_once_the_content_changes(client, reciprocity):
    """Answers are kept until the content changes: a page published meanwhile is found at once."""
    assert result_titles(client.get("/fr/recherche/", {"q": "réciprocité"})) == ["Le volontariat de réciprocité"]
    content_page(reciprocity["fr"].get_parent(), "Témoignages de réciprocité", slug="temoignages",
                 text="Ils racontent la réciprocité.")
    assert sorted(result_titles(client.get("/fr/recherche/", {"q": "réciprocité"}))) == [
        "Le volontariat de réciprocité", "Témoignages de réciprocité"]


def test_translation_override_does_not_leak_between_requests(client, reciprocity):
    with translation.override("en"):
        client.get("/es/buscar/", {"q": "reciprocidad"})
    assert result_titles(client.get("/fr/recherche/", {"q": "réciprocité"})) == ["Le volontariat de réciprocité"]


def test_random_parameters_never_fail(client, reciprocity):
    """Whatever a crawler or a curious reader sends, the page answers (hypothesis: random text)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    text = st.text(max_size=300)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(q=text, kind=text, page=text, scope=text)
    def check(q, kind, page, scope):
        params = {"q": q, "type": kind, "page": page, "all": scope}
        for url in ("/fr/recherche/", "/es/buscar/sugerencias/"):
            response = client.get(url, params)
            assert response.status_code == 200

    check()


def _published(page):
    """Published as an editor publishes: through a revision (factories write the row only)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_excerpt_is_the_published_text_never_a_later_draft(client, site_tree):
    page = _published(content_page(site_tree["fr"], "Mission à Cusco", text="Texte publié sur la mission."))
    page.body = paragraph("Brouillon confidentiel sur la mission.")
    page.save_revision()  # a draft, not published
    response = client.get("/fr/recherche/", {"q": "mission"})
    document = parse(response)
    assert result_titles(response) == ["Mission à Cusco"], visible_text(document.select_one("main"))
    assert "publié" in text_of(document, ".search-result__excerpt") and not anywhere(document, "confidentiel")


def test_results_of_many_page_types_cost_one_query_more_per_page_type(client, site_tree):
    """Results are Wagtail's specific pages (`.specific()`): one query per page type on the page of results."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.cache import bump_content_version
    from home.factories import ProgrammeIndexPageFactory, ProgrammePageFactory
    from news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory

    home = site_tree["fr"]
    for number in range(3):
        _published(content_page(home, f"Chantier {number}", slug=f"chantier-{number}", text="Un chantier solidaire."))

    def queries():
        client.get("/fr/recherche/", {"q": "chantier"})
        bump_content_version()  # the answer is kept until the content changes: count the search itself
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/fr/recherche/", {"q": "chantier"})
        return len(captured), len(result_titles(response))

    one_type = queries()
    programmes = _published(ProgrammeIndexPageFactory(parent=home))
    _published(ProgrammePageFactory(parent=programmes, title="Chantier programme", lead="Un chantier."))
    news = _published(NewsIndexPageFactory(parent=home))
    _published(NewsPageFactory(parent=news, title="Chantier à Lima", lead="Un chantier."))
    events = _published(EventIndexPageFactory(parent=home))
    _published(EventPageFactory(parent=events, title="Chantier à Cusco", lead="Un chantier."))
    several_types = queries()
    assert several_types[1] == one_type[1] + 3
    assert several_types[0] == one_type[0] + 3  # programme, news and event pages joined the content pages
