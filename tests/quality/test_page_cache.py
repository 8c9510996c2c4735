"""The page cache serves stored pages to anonymous readers and never serves what changed, searched or personal."""

from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from home.cache import HEADER, _is_cacheable_response
from home.factories import PartnerFactory, ProgrammeIndexPageFactory
from tests.html import anywhere, parse, text_of, visible_text

pytestmark = pytest.mark.django_db


def _get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_second_visit_is_served_from_the_cache_without_touching_the_database(client, programme):
    first, _ = _get(client, "/fr/programmes/enlazando/")
    second, queries = _get(client, "/fr/programmes/enlazando/")
    assert first[HEADER] == "miss" and second[HEADER] == "hit"
    assert queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The security headers are added around the cache: a stored page still carries them.
    assert "script-src 'self'" in second["Content-Security-Policy"]


def test_publishing_a_change_shows_at_once(client, programme):
    assert text_of(parse(client.get("/fr/programmes/enlazando/")), "h1") == "EnLAzando"
    programme.title = "EnLAzando, deuxième phase"
    programme.save_revision().publish()
    response = client.get("/fr/programmes/enlazando/")
    assert response[HEADER] == "miss"
    assert text_of(parse(response), "h1") == "EnLAzando, deuxième phase"


def test_a_draft_does_not_change_what_readers_see_but_unpublishing_removes_the_page(client, programme):
    client.get("/fr/programmes/")
    programme.title = "Brouillon secret"
    programme.save_revision()
    assert not anywhere(parse(client.get("/fr/programmes/")), "Brouillon secret")
    programme.unpublish()
    assert client.get("/fr/programmes/enlazando/").status_code == 404
    assert not anywhere(parse(client.get("/fr/programmes/")), "EnLAzando")


def test_editing_a_snippet_invalidates_the_pages(client, programme):
    partner = PartnerFactory(name="Soy Voluntari@")
    programme.programme_partners.create(partner=partner)
    programme.save_revision().publish()
    assert "Soy Voluntari@" in visible_text(parse(client.get("/fr/programmes/enlazando/")))
    partner.name = "PROA"
    partner.save()
    document = parse(client.get("/fr/programmes/enlazando/"))
    assert "PROA" in visible_text(document) and not anywhere(document, "Soy Voluntari@")


def test_each_language_has_its_own_entry(client, site_tree):
    for language, hero in [("fr", "Le volontariat international"), ("es", "El voluntariado internacional"),
                           ("en", "International volunteering")]:
        assert client.get(f"/{language}/")[HEADER] == "miss"
    for language, hero in [("fr", "Le volontariat international"), ("es", "El voluntariado internacional"),
                           ("en", "International volunteering")]:
        response = client.get(f"/{language}/")
        assert response[HEADER] == "hit"
        document = parse(response)
        assert document.html["lang"] == language and hero in visible_text(document)


def test_query_strings_are_never_cached_but_tracking_parameters_reuse_the_page(client, programme):
    for _ in range(2):
        response = client.get("/fr/programmes/", {"q": "volontariat"})
        assert response.status_code == 200 and HEADER not in response
    client.get("/fr/programmes/")
    assert client.get("/fr/programmes/", {"utm_source": "newsletter"})[HEADER] == "hit"


def test_posts_and_logged_in_users_are_never_cached(client, programme, django_user_model):
    assert HEADER not in client.post("/fr/programmes/")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "a long password")
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/fr/programmes/")
        assert response.status_code == 200 and HEADER not in response
    client.logout()
    # What the editor saw (with the Wagtail user bar) was not stored for anonymous readers.
    response = client.get("/fr/programmes/")
    assert response[HEADER] == "miss" and not parse(response).select("wagtail-userbar, #wagtail-userbar-template, [data-wagtail-userbar]")


def test_pages_with_a_form_are_never_cached(client, programme):
    PageViewRestriction.objects.create(page=programme, restriction_type="password", password="secret")
    for _ in range(2):
        response = client.get("/fr/programmes/enlazando/")
        assert parse(response).select("form input[name=csrfmiddlewaretoken]")
        assert HEADER not in response


def test_admin_and_errors_are_never_cached(client, programme):
    for url in ("/admin/login/", "/fr/nothing-here/"):
        for _ in range(2):
            assert HEADER not in client.get(url)


def test_a_reader_with_a_session_is_not_served_a_shared_page(client, programme):
    client.get("/fr/programmes/")
    client.cookies["sessionid"] = "whatever"
    assert HEADER not in client.get("/fr/programmes/")


def test_turning_the_cache_off(client, programme, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert HEADER not in client.get("/fr/programmes/")


def test_script_fetches_and_responses_varying_on_other_headers_are_not_shared(client, programme, rf):
    for _ in range(2):
        assert HEADER not in client.get("/fr/programmes/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    request = rf.get("/fr/annuaire/")
    for vary, shared in [("Cookie, Accept-Language", True), ("X-Requested-With", True), ("User-Agent", False),
                         ("*", False)]:
        response = HttpResponse("<p>fragment</p>", headers={"Vary": vary})
        assert _is_cacheable_response(request, response) is shared


def test_anonymous_pages_tell_a_shared_cache_how_long_to_keep_them(client, programme, settings):
    settings.FRONTEND_CACHE_SECONDS = 120
    for expected in ("miss", "hit"):
        response = client.get("/fr/programmes/enlazando/")
        assert response[HEADER] == expected
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "max-age=0", "s-maxage=120"} <= directives
    search = client.get("/fr/programmes/", {"q": "volontariat"})
    assert "s-maxage" not in search.get("Cache-Control", "")


class PurgeSpy(BaseBackend):
    """A frontend cache (CDN, Varnish) that records what Wagtail asks it to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_publishing_purges_the_page_from_the_frontend_cache(programme, settings):
    settings.WAGTAILFRONTENDCACHE = {"spy": {"BACKEND": f"{__name__}.PurgeSpy"}}
    PurgeSpy.purged.clear()
    programme.title = "EnLAzando, deuxième phase"
    programme.save_revision().publish()
    # Wagtail purges the page's URL under every language prefix of i18n_patterns.
    assert "/fr/programmes/enlazando/" in {urlsplit(url).path for url in PurgeSpy.purged}


def _menu(response):
    return [text_of(link) for link in parse(response, status=response.status_code).select("nav.site-nav a")]


def test_fragments_are_reused_until_the_content_changes(client, programme, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: the menu comes from its fragment
    from home import cache as page_cache

    index = programme.get_parent().specific
    index.show_in_menus = True
    index.save_revision().publish()
    reads = []
    read_version = page_cache._read_version
    monkeypatch.setattr(page_cache, "_read_version", lambda *args: reads.append(1) or read_version(*args))
    assert _menu(client.get("/fr/programmes/enlazando/")) == ["Programmes"]
    assert len(reads) == 1  # the content version is read once per request, whatever uses it
    with CaptureQueriesContext(connection) as cold:
        client.get("/fr/")
    with CaptureQueriesContext(connection) as warm:
        assert _menu(client.get("/fr/")) == ["Programmes"]
    assert len(warm) < len(cold)  # the menu, breadcrumbs, language links and footer cost nothing the second time
    ProgrammeIndexPageFactory(parent=index.get_parent(), slug="agenda", title="Agenda", show_in_menus=True)
    assert _menu(client.get("/fr/programmes/enlazando/")) == ["Programmes", "Agenda"]
