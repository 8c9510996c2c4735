"""Testimonies with consent: an expired consent takes a portrait offline everywhere (at once, and for good
with `unpublish_expired_portraits`); an anonymous portrait shows no name and no photo anywhere."""

import unicodedata
from datetime import date, timedelta
from io import StringIO
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from news.models import PortraitPage
from home.factories import ImageFactory
from tests.factories import translate_page

from news.factories import PortraitPageFactory
from tests.html import card_titles, everything, hrefs, json_ld, links, meta, parse, sitemap_urls, visible_text



def uploaded_pictures(element):
    """Sources of the pictures that come from the media library (a volunteer's photo), not the site's drawings."""
    return [src for img in element.find_all(["img", "source"])
            for src in [img.get("src") or img.get("srcset") or ""] if "/media/" in src]


def shared_image(document):
    return meta(document, "og:image")

pytestmark = pytest.mark.django_db

NAME_PARTS = ("Lucía", "Lucia", "Quispe")


def _plain(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def assert_no_name(text):
    """Neither the name nor its accent-free, lower-case or URL forms (in a page: in its text, scripts included,
    nor in any attribute)."""
    if not isinstance(text, str):
        text = everything(text)
    for part in NAME_PARTS:
        assert _plain(part) not in _plain(text), part


@pytest.fixture
def portraits(portrait_index):
    today = timezone.localdate()
    index = portrait_index["fr"]
    named = PortraitPageFactory(
        parent=index, title="Capucine Vaseux", slug="capucine", first_name="Capucine", last_name="Vaseux",
        photo=ImageFactory(title="Photo de Capucine"), consent_given_on=date(2024, 9, 1),
        consent_expires_on=today + timedelta(days=365))
    anonymous = PortraitPageFactory(
        parent=index, title="Une volontaire à Cusco", slug="volontaire-cusco", first_name="Lucía",
        last_name="Quispe", photo=ImageFactory(title="Photo de Lucía Quispe"), consent_scope="anonymous",
        consent_given_on=date(2025, 3, 1), lead="Un an d'appui pédagogique à Cusco.", mission_city="Cusco",
        quote="Cada día aprendo con los niños de Urubamba.", featured=True)
    expired = PortraitPageFactory(
        parent=index, title="Romy Doublet", slug="romy", first_name="Romy", last_name="Doublet",
        consent_given_on=date(2020, 1, 1), consent_expires_on=today - timedelta(days=1),
        lead="Activisme et jeunesses à Lima.")
    return {
        "named": named, "anonymous": anonymous, "expired": expired,
        "anonymous_es": translate_page(anonymous, "es", title="Una voluntaria en Cusco", slug="voluntaria-cusco"),
        "expired_es": translate_page(expired, "es", title="Romy Doublet", slug="romy"),
    }


def _sitemap(client, language):
    return sitemap_urls(client.get(f"/sitemap-{language}.xml"))


def _search(client, query, language="fr"):
    path = {"fr": "/fr/recherche/", "es": "/es/buscar/"}[language]
    return parse(client.get(path, {"q": query}))


def _api(client, **params):
    response = client.get("/api/v2/pages/", {"type": "news.PortraitPage", "fields": "*", "limit": "50", **params})
    assert response.status_code == 200
    return response.json()["items"]


# Expired consent ----------------------------------------------------------------------------------

def test_expired_consent_hides_the_portrait_everywhere_even_before_the_command(client, portraits):
    expired = portraits["expired"]
    assert expired.live  # the command has not run yet
    assert client.get("/fr/portraits/romy/").status_code == 404
    assert client.get("/es/testimonios/romy/").status_code == 404
    assert "Romy Doublet" not in card_titles(client.get("/fr/portraits/"))
    assert "Capucine Vaseux" in card_titles(client.get("/fr/portraits/"))
    assert not [url for url in _sitemap(client, "fr") + _sitemap(client, "es")
                if "/portraits/romy/" in url or "/testimonios/romy/" in url]
    assert "/fr/portraits/romy/" not in hrefs(_search(client, "Romy Doublet"))
    assert "/fr/portraits/capucine/" in hrefs(_search(client, "Capucine"), ".search-result__title a")
    assert client.get("/fr/recherche/suggestions/", {"q": "Romy"}).json()["suggestions"] == []
    assert "Romy Doublet" not in [item["title"] for item in _api(client)]
    assert client.get(f"/api/v2/pages/{expired.pk}/", follow=True).status_code == 404


def test_the_command_unpublishes_every_translation_once(client, portraits):
    out = StringIO()
    call_command("unpublish_expired_portraits", "--dry-run", stdout=out)
    assert "Would unpublish 2 portrait page(s)" in out.getvalue()
    assert PortraitPage.objects.live().filter(translation_key=portraits["expired"].translation_key).count() == 2

    out = StringIO()
    call_command("unpublish_expired_portraits", stdout=out)
    assert "Unpublished 2 portrait page(s)" in out.getvalue()
    assert not PortraitPage.objects.live().filter(translation_key=portraits["expired"].translation_key).exists()
    assert PortraitPage.objects.get(pk=portraits["named"].pk).live
    assert PortraitPage.objects.get(pk=portraits["anonymous_es"].pk).live
    # Safe to run again from cron: nothing left to do.
    out = StringIO()
    call_command("unpublish_expired_portraits", stdout=out)
    assert "Unpublished 0 portrait page(s)" in out.getvalue()
    assert client.get("/fr/portraits/romy/").status_code == 404


def test_a_stale_translation_is_unpublished_with_its_source(portraits):
    """A translation whose consent date was never synchronised still goes offline with its source."""
    PortraitPage.objects.filter(pk=portraits["expired_es"].pk).update(consent_expires_on=None)
    call_command("unpublish_expired_portraits", stdout=StringIO())
    assert not PortraitPage.objects.get(pk=portraits["expired_es"].pk).live


def test_consent_without_end_date_never_expires(client, portraits):
    PortraitPage.objects.filter(pk=portraits["named"].pk).update(consent_expires_on=None)
    call_command("unpublish_expired_portraits", stdout=StringIO())
    assert client.get("/fr/portraits/capucine/").status_code == 200


# Anonymous portraits --------------------------------------------------------------------------------

def test_anonymous_page_shows_neither_name_nor_photo(client, portraits):
    anonymous = portraits["anonymous"]
    for url in ("/fr/portraits/volontaire-cusco/", "/es/testimonios/voluntaria-cusco/"):
        document = parse(client.get(url))
        assert "Cada día aprendo" in visible_text(document)  # the testimony itself is there
        assert_no_name(document)
        # No photo of the volunteer: at most the site's drawing, and the site's card when shared.
        assert uploaded_pictures(document) == []
        assert "/social-cards/" in shared_image(document)
        for block in json_ld(document):
            assert_no_name(str(block))
    named = parse(client.get("/fr/portraits/capucine/"))
    assert "Capucine Vaseux" in visible_text(named) and uploaded_pictures(named)
    assert "/media/" in shared_image(named)
    assert anonymous.display_name == "" and anonymous.public_photo is None and anonymous.get_meta_image() is None


def test_anonymous_cards_show_neither_name_nor_photo(client, portraits, site_tree):
    document = parse(client.get("/fr/portraits/"))
    cards = document.select("article.portrait-card")
    (card,) = [card for card in cards if "Une volontaire à Cusco" in visible_text(card)]
    assert uploaded_pictures(card) == []
    assert_no_name(document)
    assert_no_name(parse(client.get("/fr/")))  # featured on the home page


def test_anonymous_portrait_cannot_be_found_by_name(client, portraits):
    for language in ("fr", "es"):
        found = everything(_search(client, "Quispe", language))
        assert "volontaire-cusco" not in found and "voluntaria-cusco" not in found
    document = _search(client, "Cusco")
    assert "/fr/portraits/volontaire-cusco/" in links(document, ".search-result__title a").values()
    assert_no_name(document)
    for text in ("Luc", "Quis"):
        assert client.get("/fr/recherche/suggestions/", {"q": text}).json()["suggestions"] == []


def test_anonymous_portrait_in_the_api(client, portraits):
    items = {item["meta"]["slug"]: item for item in _api(client)}
    item = items["volontaire-cusco"]
    assert item["display_name"] == "" and item["photo"] is None
    assert_no_name(str(item))
    assert items["capucine"]["display_name"] == "Capucine Vaseux" and items["capucine"]["photo"]
    images = client.get("/api/v2/images/", {"limit": "50"}).json()["items"]
    assert [image["title"] for image in images] == ["Photo de Capucine"]


def test_anonymous_portrait_in_the_sitemap(client, portraits):
    for language in ("fr", "es"):
        assert [url for url in _sitemap(client, language) if "cusco" in url]
        root = ElementTree.fromstring(client.get(f"/sitemap-{language}.xml").content)
        assert_no_name("\n".join([*root.itertext(), *(value for node in root.iter() for value in node.attrib.values())]))


@pytest.mark.parametrize("field", ["title", "slug", "lead", "story", "seo_title"])
def test_an_anonymous_portrait_refuses_the_name_in_its_public_fields(portraits, field):
    page = PortraitPage.objects.get(pk=portraits["anonymous"].pk)
    value = {"slug": "lucia-quispe-cusco", "story": "<p>Lucía a passé un an à Cusco.</p>"}.get(field, "Quispe")
    setattr(page, field, value)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_choosing_anonymous_in_french_applies_to_every_translation_at_once(client, portrait_index):
    page = PortraitPageFactory(parent=portrait_index["fr"], title="Portrait à Piura", slug="piura",
                               first_name="Ana", last_name="Torres", photo=ImageFactory())
    translation = translate_page(page, "es", title="Testimonio en Piura", slug="piura")
    page.consent_scope = "anonymous"
    page.save_revision().publish()
    spanish = PortraitPage.objects.get(pk=translation.pk)
    assert spanish.consent_scope == "anonymous" and spanish.display_name == ""
    document = parse(client.get("/es/testimonios/piura/"))
    # No photo of her: at most the site's drawing.
    assert "Torres" not in everything(document) and uploaded_pictures(document) == []
    assert not document.select(".portrait__photo:not(.portrait__photo--drawn)")


def test_editors_see_the_consent_fields_with_their_help(admin_client, portraits):
    document = parse(admin_client.get(f"/admin/pages/{portraits['anonymous'].pk}/edit/"))
    for name in ("consent_given_on", "consent_scope", "consent_expires_on"):
        assert document.select(f'[name="{name}"]'), name
    assert "dépublié dans toutes les langues" in visible_text(document)


def test_demo_portraits_carry_consent_and_one_stays_anonymous(client, site_tree, monkeypatch):
    from django.db import transaction

    from home.demo.loader import in_language, load
    from tests.directory.factories import structure

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
    structure(name="Mano a Mano", slug="mano-a-mano", translations=())  # the first portrait's host structure
    kept = {"actualites", "agenda", "portraits", "capucine-vaseux", "volontaire-a-cusco"}
    for _run in range(2):  # idempotent
        load(StringIO(), parts=["news"],
             keep=lambda entry: in_language(entry.get("fields", {}).get("slug"), "fr") in kept)
    assert PortraitPage.objects.count() == 6
    assert not PortraitPage.objects.filter(consent_given_on=None).exists()
    anonymous = PortraitPage.objects.filter(consent_scope="anonymous")
    assert anonymous.count() == 3 and not anonymous.exclude(photo=None).exists()
    for page in anonymous:
        found = everything(parse(client.get(page.url)))
        assert found and "Lucía" not in found and "Quispe" not in found
        assert_no_name(page.slug + page.title)


def test_a_translation_that_still_names_the_volunteer_goes_offline(client, portrait_index):
    page = PortraitPageFactory(parent=portrait_index["fr"], title="Portrait à Piura", slug="piura",
                               first_name="Ana", last_name="Torres")
    translation = translate_page(page, "es", title="Ana Torres en Piura", slug="ana-torres")
    page.consent_scope = "anonymous"
    page.save_revision().publish()
    assert not PortraitPage.objects.get(pk=translation.pk).live
    assert client.get("/es/testimonios/ana-torres/").status_code == 404
    assert client.get("/fr/portraits/piura/").status_code == 200
