"""A French page sent for translation: drafts in es/en (not linked until approved), a translator fills
the strings and submits them for review, an administrator's approval publishes; later French changes
show the translator which strings are out of date."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from tests.factories import content_page
from tests.html import anywhere, parse, sitemap_urls, text_of, visible_text

pytestmark = pytest.mark.django_db

SPANISH = {"Chantiers solidaires": "Obras solidarias", "Partir en groupe.": "Partir en grupo.",
           "chantiers-solidaires": "obras-solidarias"}


@pytest.fixture
def french(site_tree):
    return content_page(site_tree["fr"], "Chantiers solidaires", slug="chantiers-solidaires",
                        lead="Partir en groupe.")


def send_for_translation(client, user, page, languages=("es", "en")):
    client.force_login(user)
    locales = Locale.objects.filter(language_code__in=languages).values_list("pk", flat=True)
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                           {"locales": list(locales)})
    assert response.status_code == 302
    return {code: Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific
            for code in languages}


def translate_strings(client, user, page, texts):
    client.force_login(user)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in texts:
            url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
            response = client.put(url, f"value={texts[segment.string.data]}",
                                  content_type="application/x-www-form-urlencoded")
            assert response.status_code in (200, 201), response.content
    return translation


def test_untranslated_drafts_are_not_published_nor_linked(client, editor, french):
    drafts = send_for_translation(client, editor, french)
    assert not drafts["es"].live and not drafts["en"].live
    client.logout()
    document = parse(client.get("/fr/chantiers-solidaires/"))
    assert not document.select('head [hreflang="es"]')
    (switcher,) = document.select('body a[hreflang="es"]')  # switcher: Spanish home
    assert (switcher["href"], switcher["lang"], switcher["rel"]) == ("/es/", "es", ["nofollow"])
    assert not [url for url in sitemap_urls(client.get("/sitemap-es.xml")) if "chantiers" in url]


def test_translator_submits_and_administrator_publishes(client, editor, translator, administrator, french):
    spanish = send_for_translation(client, editor, french)["es"]
    translation = translate_strings(client, translator, spanish, SPANISH)
    assert translation.get_progress() == (3, 3)
    # Translators cannot publish from wagtail-localize's editor.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[spanish.pk]), {"action": "publish"})
    assert response.status_code in (302, 403) and response.get("Location") != reverse(
        "wagtailadmin_pages:edit", args=[spanish.pk])
    spanish.refresh_from_db()
    assert not spanish.live
    url = reverse("editors_submit_translation", args=[spanish.pk])
    # The admin speaks French by default.
    assert "3 textes traduits sur 3" in visible_text(parse(client.get(url)))
    assert client.post(url).status_code == 302
    spanish.refresh_from_db()
    assert not spanish.live and spanish.get_latest_revision_as_object().title == "Obras solidarias"
    state = WorkflowState.objects.get(object_id=str(spanish.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.requested_by == translator
    assert client.post(url).status_code == 302  # a second submission changes nothing
    assert WorkflowState.objects.filter(object_id=str(spanish.pk)).count() == 1

    client.force_login(administrator)
    approve = reverse("wagtailadmin_pages:workflow_action",
                      args=[spanish.pk, "approve", state.current_task_state.pk])
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "Obras solidarias" and spanish.url == "/es/obras-solidarias/"
    client.logout()
    results = parse(client.get("/es/buscar/", {"q": "obras"}))
    assert "/es/obras-solidarias/" in [link["href"] for link in results.select(".search-result__title a")]
    document = parse(client.get("/fr/chantiers-solidaires/"))
    alternates = {link["hreflang"]: link["href"] for link in document.select("head link[rel=alternate][hreflang]")}
    assert alternates["es"] == "http://testserver/es/obras-solidarias/"


def test_dashboard_lists_translations_to_submit(client, editor, translator, french):
    spanish = send_for_translation(client, editor, french, ("es",))["es"]
    translate_strings(client, translator, spanish, {"Chantiers solidaires": "Obras solidarias"})
    dashboard = parse(client.get("/admin/"))
    submit = reverse("editors_submit_translation", args=[spanish.pk])
    (row,) = [row for row in dashboard.select('section[aria-labelledby="translations-to-submit-heading"] tbody tr')
              if submit in [link["href"] for link in row.select("a[href]")]]
    assert "33 %" in text_of(row)  # one string of three


def test_french_changes_show_out_of_date_strings(client, editor, translator, french):
    spanish = send_for_translation(client, editor, french, ("es",))["es"]
    translation = translate_strings(client, translator, spanish, SPANISH)
    assert translation.get_progress() == (3, 3)
    french.lead = "Partir en groupe, deux à quatre semaines."
    french.save_revision().publish()
    # "Sync translated pages" on the French page updates the source the translators work from.
    client.force_login(editor)
    source = TranslationSource.objects.get_for_instance(french)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.get_progress() == (3, 2)
    client.force_login(translator)
    editor_page = parse(client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])))
    # The new French text, waiting for its Spanish (in the data the translation editor's script reads).
    assert anywhere(editor_page, "Partir en groupe, deux")
