"""The directory in the Wagtail admin: groups and permissions, listing filters, internal tab, bulk actions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from directory.models import HostStructure, StructureInternalNote
from directory.permissions import directory_permissions, ensure_groups
from tests.directory.factories import HostStructureFactory
from tests.directory.fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def member_of(group_name):
    ensure_groups()
    user = get_user_model().objects.create_user(username=group_name.replace(" ", "-"), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_every_directory_permission_exists():
    for dotted in directory_permissions():
        app_label, codename = dotted.split(".")
        assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists(), dotted


def test_groups_hold_the_directory_permissions_and_are_created_once():
    ensure_groups()
    assert ensure_groups() == {"Directory editors": False, "Translators": False}
    editors = Group.objects.get(name="Directory editors")
    assert editors.permissions.filter(codename="change_structureinternalnote").exists()
    translators = Group.objects.get(name="Translators")
    assert translators.permissions.filter(codename="change_hoststructure").exists()
    assert not translators.permissions.filter(codename__in=["view_structureinternalnote", "view_contactlogentry",
                                                            "view_introductionrequest"]).exists()


def test_editor_sees_internal_records_translator_does_not(client, sample_structure):
    StructureInternalNote.objects.create(structure=sample_structure, text="Relancer en mars")
    edit_url = reverse("wagtailsnippets_directory_hoststructure:edit", args=[sample_structure.pk])
    notes_url = reverse("wagtailsnippets_directory_structureinternalnote:list")
    introductions_url = reverse("wagtailsnippets_directory_introductionrequest:list")

    client.force_login(member_of("Directory editors"))
    page = client.get(edit_url)
    assert page.status_code == 200 and "Relancer en mars" in page.content.decode()
    assert client.get(notes_url).status_code == 200
    assert client.get(introductions_url).status_code == 200

    client.force_login(member_of("Translators"))
    assert client.get(notes_url).status_code == 302  # permission denied: back to the dashboard
    assert client.get(introductions_url).status_code == 302
    assert client.get(reverse("wagtailsnippets_directory_hoststructure:list")).status_code == 200


def test_listing_filters_search_and_bulk_hide(admin_client, sample_structure):
    HostStructureFactory(name="Prospected One", slug="prospected-one", status="prospected")
    listing = reverse("wagtailsnippets_directory_hoststructure:list")
    html = admin_client.get(listing, {"status": "prospected", "locale": "fr"}).content.decode()
    assert "Prospected One" in html and "Mano a Mano" not in html
    html = admin_client.get(listing, {"q": "mano", "locale": "fr"}).content.decode()
    assert "Mano a Mano" in html and "Prospected One" not in html

    action = reverse("wagtail_bulk_action", args=["directory", "hoststructure", "directory-hide"])
    response = admin_client.post(f"{action}?id={sample_structure.pk}", {})
    assert response.status_code == 302
    # Hidden in every language at once.
    assert not HostStructure.objects.filter(translation_key=sample_structure.translation_key, is_public=True).exists()


def test_editing_the_french_entry_syncs_facts_to_translations(admin_client, sample_structure, education):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    from directory.models import Region, Scheme

    data = nested_form_data({
        "name": "Mano a Mano", "slug": "mano-a-mano", "short_description": "Une association de Cusco.",
        "presentation": rich_text("<p>Présentation française.</p>"), "status": "hosted", "is_public": "on",
        "accommodation": "host-family", "country": "PE",
        "region": Region.objects.get(code="PE-LIM").pk, "city": "Lima",
        # The editor deletes the existing rows of the record and adds one.
        "hosting_records": inline_formset(
            [{"id": r.pk, "year": r.year, "scheme": r.scheme, "volunteers": r.volunteers, "DELETE": "on"}
             for r in sample_structure.hosting_records.all()] + [{"year": 2025, "scheme": "sci", "volunteers": 5}],
            initial=sample_structure.hosting_records.count()),
    })
    data.update(areas=[education.pk], schemes=[Scheme.objects.get(code="sci").pk])  # lists stay lists
    url = reverse("wagtailsnippets_directory_hoststructure:edit", args=[sample_structure.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    spanish = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="es")
    assert (spanish.city, spanish.region.code, spanish.status, spanish.accommodation) == (
        "Lima", "PE-LIM", "hosted", "host-family")
    assert [(r.year, r.scheme, r.volunteers) for r in spanish.hosting_records.all()] == [(2025, "sci", 5)]
    assert [s.code for s in spanish.schemes.all()] == ["sci"]
    assert spanish.short_description == "Una asociación de Cusco."  # the Spanish text is kept
