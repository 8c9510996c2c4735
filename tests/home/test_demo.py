from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Page

from home.models import HomePage, ProgrammePage
from tests.home.test_demo_content import assert_only_drawn_pictures, run_on_commit_at_once
from tests.html import parse

pytestmark = pytest.mark.django_db


def _counts():
    from django.apps import apps

    return {model._meta.label: model.objects.count() for model in apps.get_models()
            if model._meta.app_label in {"home", "news", "directory", "search", "wagtailcore", "wagtailimages"}
            and model._meta.model_name not in {"revision", "pagelogentry", "modellogentry", "referenceindex",
                                               "uploadedfile", "rendition", "taskstate", "workflowstate"}}


def test_load_demo_twice_leaves_the_same_counts(client):
    out = StringIO()
    with run_on_commit_at_once():
        call_command("load_demo", stdout=out)
        first = _counts()
        assert "[1/" in out.getvalue()  # progress is shown
        call_command("load_demo", stdout=StringIO())
    assert _counts() == first

    # Three language trees, linked through wagtail-localize, with real translated text.
    homes = HomePage.objects.all()
    assert sorted(home.locale.language_code for home in homes) == ["en", "es", "fr"]
    assert len({home.translation_key for home in homes}) == 1
    assert {home.hero_title for home in homes} == {
        "Le volontariat international entre la France et le Pérou",
        "El voluntariado internacional entre Francia y el Perú",
        "International volunteering between France and Peru",
    }
    from wagtail_localize.models import Translation

    assert Translation.objects.filter(source__object_id=homes[0].translation_key).count() == 2
    assert ProgrammePage.objects.filter(locale__language_code="es").exists()
    assert Image.objects.exists()
    assert all(home.live for home in homes)
    for language in ("fr", "es", "en"):
        assert client.get(f"/{language}/").status_code == 200
    for page in Page.objects.live().filter(depth__gt=1):
        assert client.get(page.url).status_code == 200, page.url

    # What a visitor sees first shows no generated placeholder: the site's illustrations only, and the drawn
    # silhouette and building where a portrait or a structure has no picture.
    seen = {url: parse(client.get(url)) for url in ("/fr/", "/fr/actualites/", "/fr/portraits/", "/fr/annuaire/")}
    for document in seen.values():
        assert_only_drawn_pictures(document.select_one("main"))
    portraits = seen["/fr/portraits/"].select("main .card__media img")
    assert portraits and all(img["src"].endswith("/illustrations/portrait.svg") for img in portraits)
    results = seen["/fr/annuaire/"].select("main .search-result")
    assert results and all(result.select_one(".search-result__logo img")["src"].endswith("/illustrations/structure.svg")
                           for result in results)
    structure = parse(client.get(results[0].select_one(".search-result__title a")["href"]))
    assert structure.select_one(".structure__logo img")["src"].endswith("/illustrations/structure.svg")
