"""The admin speaks the editor's language: project corrections of wagtail-localize's catalogues win over
upstream (locale_overrides/), and the triage screens show dates in the editor's locale.

What no catalogue or template can reach, written in wagtail-localize's compiled editor or in its Python (offered
upstream, see the look report): the editor's title "Français to Español translation" (a JavaScript template
literal), the "More actions" button label (JSX text), the last publication date (`strftime("%-d %B %Y")`, always
in English) and the report's "Source locale"/"Target locale" filter labels (django-filter field names)."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from directory.models import IntroductionRequest
from home.factories import ContentPageFactory
from tests.html import parse, text_of

pytestmark = pytest.mark.django_db


def js_catalogue(client):
    """The strings wagtail-localize's translation editor gets, parsed from its JavaScript catalogue."""
    source = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", source, re.S).group(1))


def test_translation_editor_buttons_read_as_french(admin_client):
    catalogue = js_catalogue(admin_client)
    assert catalogue["Publish in "] == "Publier la version "  # upstream: "Publier dans" + "Español", no space
    assert catalogue["Uses %s version"] == "Utilise la version %s"
    assert catalogue["Translate with "] == "Traduire avec "  # upstream strings we do not override stay


def test_spanish_editor_gets_the_spanish_corrections(client, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("sofia", "sofia@example.org", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "es"})
    client.force_login(user)
    catalogue = js_catalogue(client)
    assert catalogue["Publish in "] == "Publicar en "
    assert catalogue["Translate with "] == "Traducir con "


def test_triage_dates_follow_the_editor_locale(admin_client):
    received = timezone.make_aware(timezone.datetime(2026, 12, 4, 10, 30))
    request = IntroductionRequest.objects.create(
        structure=None, structure_name="Mano a Mano", organisation="Agir ABCD", contact_name="Jeanne",
        email="jeanne@example.org", message="Bonjour", consent=True, created_at=received)
    soup = parse(admin_client.get(reverse("wagtailsnippets_directory_introductionrequest:inspect", args=[request.pk])))
    details = dict(zip([text_of(dt) for dt in soup.select(".introduction-detail dt")],
                       [text_of(dd) for dd in soup.select(".introduction-detail dd")]))
    assert details["Reçue"].startswith("4 décembre 2026")


def test_convert_to_alias_confirmation_reads_as_french(admin_client, site_tree):
    from wagtail.models import Locale

    page = ContentPageFactory(parent=site_tree["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")
    page.save_revision().publish()
    spanish = Locale.objects.get(language_code="es")
    admin_client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [spanish.pk]})
    translated = page.get_translation(spanish)
    soup = parse(admin_client.get(reverse("wagtail_localize:convert_to_alias", args=[translated.pk])))
    # Upstream's French reads "convertir cette pas en un alias".
    assert text_of(soup, ".nice-padding p") == ("Voulez-vous vraiment convertir cette page en alias ? Son contenu sera "
                                                "remplacé par celui de « Qui sommes-nous » (Français).")
    assert text_of(soup, "form button") == "Oui, convertir"
