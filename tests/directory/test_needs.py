"""Volunteer needs: shown on the structure page in every language while open and not past their date."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from directory.models import HostStructure, VolunteerNeed
from tests.directory.factories import VolunteerNeedFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def page(client, url, language):
    with translation.override(language):
        response = client.get(url)
    assert response.status_code == 200
    return parse(response.content)


def needs_section(document):
    return document.find(id="needs-title").parent


def need_titles(document):
    return [title.get_text().strip() for title in needs_section(document).select(".need-card__title")]


@pytest.mark.parametrize("language, url, heading, start_label", [
    ("fr", "/fr/annuaire/mano-a-mano/", "Volontaires recherchés", "Début"),
    ("es", "/es/directorio/mano-a-mano/", "Voluntarios buscados", "Inicio"),
    ("en", "/en/directory/mano-a-mano/", "Volunteers wanted", "Start"),
])
def test_an_open_need_shows_on_the_structure_page_in_every_language(client, sample_structure, language, url,
                                                                     heading, start_label):
    VolunteerNeedFactory(structure=sample_structure, profile="Animateur·rice socio-éducatif", schemes=["sci"],
                         place="Urubamba")
    document = page(client, url, language)
    section = needs_section(document)
    assert document.find(id="needs-title").get_text() == heading
    assert need_titles(document) == ["Animateur·rice socio-éducatif"]
    card = section.select_one(".need-card")
    facts = {dt.get_text().strip(): dd.get_text().strip()
             for dt, dd in zip(card.select("dt"), card.select("dd"))}
    assert start_label in facts
    assert "12" in facts[start_label]
    assert any("Urubamba" == value for value in facts.values())
    # The profile is written once, in French: marked as such for screen readers.
    assert section.select_one(".need-card__title").get("lang") == "fr"


def test_filled_or_expired_needs_disappear_by_themselves(client, sample_structure):
    today = timezone.localdate()
    VolunteerNeedFactory(structure=sample_structure, profile="Pourvu", status="filled")
    VolunteerNeedFactory(structure=sample_structure, profile="Passé", starts_on=today - timedelta(days=1))
    VolunteerNeedFactory(structure=sample_structure, profile="Encore ouvert", starts_on=today - timedelta(days=30),
                         open_until=today)
    assert need_titles(page(client, "/fr/annuaire/mano-a-mano/", "fr")) == ["Encore ouvert"]
    assert list(VolunteerNeed.objects.current(today + timedelta(days=1))) == []


def test_a_structure_without_needs_says_so(client, sample_structure):
    section = needs_section(page(client, "/en/directory/mano-a-mano/", "en"))
    assert need_titles(page(client, "/en/directory/mano-a-mano/", "en")) == []
    assert section.select_one(".structure__needs-empty").get_text().startswith(
        "This organisation has published no open need.")


def test_a_structure_proposes_a_need_through_its_confirmation_link_and_an_editor_publishes_it(
        client, sample_structure):
    from directory.confirmation import workflow
    from directory.models import StructureChangeRequest

    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(
        public_email="contacto@manoamano.pe")
    sample_structure.refresh_from_db()
    workflow.send_request(sample_structure)
    sample_structure.refresh_from_db()
    token = workflow.make_token(sample_structure, sample_structure.confirmation_requested_at)
    values = workflow.current_values(sample_structure, "es")
    data = {key: "" if value is None else value for key, value in values.items()}
    start = timezone.localdate().replace(day=1) + timedelta(days=62)
    data.update(action="propose", need_profile="Docente de francés", need_schemes=["sci"],
                need_start=start.strftime("%Y-%m"), need_duration="10")
    with translation.override("es"):
        response = client.post(f"/es/confirmation/{token}/", data)
    assert response.status_code == 200
    change = StructureChangeRequest.objects.get()
    assert [row.new_text for row in workflow.diff(change)] == [
        f"Docente de francés — {start:%Y-%m} — 10 m — sci"]
    assert need_titles(page(client, "/es/directorio/mano-a-mano/", "es")) == []  # nothing before approval
    assert workflow.approve(change)
    assert need_titles(page(client, "/es/directorio/mano-a-mano/", "es")) == ["Docente de francés"]


def test_a_need_translated_to_spanish_shows_its_spanish_text_on_the_spanish_page(client, sample_structure):
    from wagtail.models import Locale

    from directory.translation import sync_translations

    need = VolunteerNeedFactory(structure=sample_structure, profile="Enseignant·e de français",
                                missions="Cours pour adolescents.", schemes=["sci"])
    # As a translator does it in wagtail-localize: the Spanish texts become a translation of the need.
    sync_translations(need, localized={"es": VolunteerNeed(structure=sample_structure, profile="Docente de francés",
                                                           missions="Clases para adolescentes.")},
                      languages=["es"])
    spanish = need.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.structure == sample_structure.get_translation(spanish.locale)
    assert spanish.starts_on == need.starts_on

    document = page(client, "/es/directorio/mano-a-mano/", "es")
    assert need_titles(document) == ["Docente de francés"]
    card = needs_section(document).select_one(".need-card")
    assert card.select_one(".need-card__title").get("lang") == "es"
    assert "Clases para adolescentes." in card.get_text(" ", strip=True)
    # French readers keep the original; English has no translation, so the French text shows, marked French.
    assert need_titles(page(client, "/fr/annuaire/mano-a-mano/", "fr")) == ["Enseignant·e de français"]
    english = page(client, "/en/directory/mano-a-mano/", "en")
    assert need_titles(english) == ["Enseignant·e de français"]
    assert needs_section(english).select_one(".need-card__title").get("lang") == "fr"
    # Facts stay those of the French need: closing it closes it in every language.
    need.status = "filled"
    need.save()
    assert need_titles(page(client, "/es/directorio/mano-a-mano/", "es")) == []


def test_an_editor_submits_a_need_for_translation_in_the_admin(admin_client, sample_structure):
    from django.urls import reverse
    from wagtail.models import Locale

    need = VolunteerNeedFactory(structure=sample_structure, profile="Infirmier·ère communautaire")
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_snippet_translation", args=["directory", "volunteerneed", need.pk])
    response = admin_client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    translated = need.get_translation(spanish)
    # The translation belongs to the Spanish entry and starts from the French text until a translator works on it.
    assert translated.structure == sample_structure.get_translation(spanish)
    assert (translated.profile, translated.starts_on) == ("Infirmier·ère communautaire", need.starts_on)
    assert list(VolunteerNeed.objects.current()) == [need]
