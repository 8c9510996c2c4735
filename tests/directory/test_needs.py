"""Volunteer needs: shown on the structure page in every language while open and not past their date."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation
from bs4 import BeautifulSoup

from directory.models import HostStructure, VolunteerNeed
from tests.directory.factories import VolunteerNeedFactory

pytestmark = pytest.mark.django_db


def page(client, url, language):
    with translation.override(language):
        response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


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
        "This structure has published no open need.")


def test_a_structure_proposes_a_need_through_its_confirmation_link_and_an_editor_publishes_it(
        client, sample_structure):
    from directory import confirmation
    from directory.models import StructureChangeRequest

    HostStructure.objects.filter(translation_key=sample_structure.translation_key).update(
        public_email="contacto@manoamano.pe")
    sample_structure.refresh_from_db()
    confirmation.send_request(sample_structure)
    sample_structure.refresh_from_db()
    token = confirmation.make_token(sample_structure, sample_structure.confirmation_requested_at)
    values = confirmation.current_values(sample_structure, "es")
    data = {key: "" if value is None else value for key, value in values.items()}
    start = timezone.localdate().replace(day=1) + timedelta(days=62)
    data.update(action="propose", need_profile="Docente de francés", need_schemes=["sci"],
                need_start=start.strftime("%Y-%m"), need_duration="10")
    with translation.override("es"):
        response = client.post(f"/es/confirmation/{token}/", data)
    assert response.status_code == 200
    change = StructureChangeRequest.objects.get()
    assert [row.new_text for row in confirmation.diff(change)] == [
        f"Docente de francés — {start:%Y-%m} — 10 m — sci"]
    assert need_titles(page(client, "/es/directorio/mano-a-mano/", "es")) == []  # nothing before approval
    assert confirmation.approve(change)
    assert need_titles(page(client, "/es/directorio/mano-a-mano/", "es")) == ["Docente de francés"]
