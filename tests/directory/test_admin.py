"""The directory in the Wagtail admin: groups and permissions, listing filters, internal tab, bulk actions,
one row per structure in the editor's language, the region chooser and the location the region fills in."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from directory.models import HostStructure, StructureInternalNote
from directory.permissions import directory_permissions
from editors.groups import ensure_groups
from directory.factories import HostStructureFactory
from tests.html import links, parse, text_of, visible_text

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
    created = ensure_groups()
    assert not created["Directory editors"] and not created["Translators"]
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
    assert "Relancer en mars" in visible_text(parse(page))
    assert client.get(notes_url).status_code == 200
    assert client.get(introductions_url).status_code == 200

    client.force_login(member_of("Translators"))
    assert client.get(notes_url).status_code == 302  # permission denied: back to the dashboard
    assert client.get(introductions_url).status_code == 302
    assert client.get(reverse("wagtailsnippets_directory_hoststructure:list")).status_code == 200


def test_listing_filters_search_and_bulk_hide(admin_client, sample_structure):
    HostStructureFactory(name="Prospected One", slug="prospected-one", status="prospected")
    listing = reverse("wagtailsnippets_directory_hoststructure:list")
    rows = [text_of(row, "td a") for row in parse(admin_client.get(listing, {"status": "prospected", "locale": "fr"}))
            .select("table.listing tbody tr")]
    assert rows == ["Prospected One"]
    rows = [text_of(row, "td a") for row in parse(admin_client.get(listing, {"q": "mano", "locale": "fr"}))
            .select("table.listing tbody tr")]
    assert rows == ["Mano a Mano"]

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


def listing_rows(admin_client, **params):
    soup = parse(admin_client.get(reverse("wagtailsnippets_directory_hoststructure:list"), params))
    return soup, soup.select("table.listing tbody tr")


def column_texts(soup, rows, header):
    headers = [text_of(th) for th in soup.select("table.listing thead th")]
    index = headers.index(header)
    return [text_of(row.select("td")[index]) for row in rows]


def test_listing_has_one_row_per_structure_in_the_editor_language(admin_client, sample_structure):
    soup, rows = listing_rows(admin_client)
    assert len(rows) == 1  # not one row per translation
    assert column_texts(soup, rows, "Langue") == ["Français"]
    translations = links(rows[0], "td ul.listing-translations a")
    spanish = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="es")
    english = HostStructure.objects.get(translation_key=sample_structure.translation_key, locale__language_code="en")
    assert translations == {
        "Modifier la version Español": reverse("wagtailsnippets_directory_hoststructure:edit", args=[spanish.pk]),
        "Modifier la version English": reverse("wagtailsnippets_directory_hoststructure:edit", args=[english.pk])}

    soup, rows = listing_rows(admin_client, locale="es")
    assert column_texts(soup, rows, "Langue") == ["Español"]
    soup, rows = listing_rows(admin_client, locale="")  # "every language"
    assert sorted(column_texts(soup, rows, "Langue")) == ["English", "Español", "Français"]


def test_spanish_editor_sees_the_spanish_rows_first(client, sample_structure):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("sofia", "sofia@example.org", "pw")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="es")
    client.force_login(user)
    soup, rows = listing_rows(client)
    assert column_texts(soup, rows, "Idioma") == ["Español"]


def test_listing_headers_and_filters_are_capitalised_and_unique(admin_client, sample_structure):
    soup, _rows = listing_rows(admin_client)
    headers = [text_of(th) for th in soup.select("table.listing thead th") if text_of(th)]
    assert all(header[0].isupper() for header in headers), headers
    filter_labels = [text_of(label) for label in soup.select("#filters-drilldown label, #filters-drilldown legend")
                     if text_of(label) and not label.find_parent("li")]
    labels = [label for label in filter_labels if label in {"Région", "région", "Statut", "statut"}]
    assert labels.count("Région") == 1 and "région" not in labels and "statut" not in labels


def test_region_chooser_searches_without_accents(admin_client):
    response = admin_client.get(reverse("region_chooser:choose_results"), {"q": "junin"})
    soup = parse(response)
    assert [text_of(link) for link in soup.select("table a")] == ["Junín"]


def test_region_fills_country_and_coordinates_which_stay_adjustable(admin_client, sample_structure, education):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    from directory.models import Region

    url = reverse("wagtailsnippets_directory_hoststructure:edit", args=[sample_structure.pk])
    country = parse(admin_client.get(url)).select_one("select[name=country]")
    assert [option["value"] for option in country.select("option")] == ["PE"]
    assert text_of(country.select_one("option")) == "Pérou"

    def save(**location):
        data = nested_form_data({
            "name": "Mano a Mano", "slug": "mano-a-mano", "presentation": rich_text("<p>Présentation.</p>"),
            "status": "hosting", "is_public": "on", "accommodation": "", "country": "PE",
            "region": Region.objects.get(code="PE-JUN").pk, "city": "Huancayo",
            "hosting_records": inline_formset([], initial=0), **location})
        data.update(areas=[education.pk])
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.context["form"].errors if response.context else response
        sample_structure.refresh_from_db()
        return sample_structure.latitude, sample_structure.longitude

    assert save(latitude="", longitude="") == (-12.07, -75.21)  # the region's point, to adjust
    assert save(latitude="-12.0651", longitude="-75.2049") == (-12.0651, -75.2049)


def test_place_from_the_gazetteer_fills_the_location(admin_client, sample_structure, education):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    from directory.models import Region

    url = reverse("wagtailsnippets_directory_hoststructure:edit", args=[sample_structure.pk])

    def post(place):
        data = nested_form_data({
            "name": "Mano a Mano", "slug": "mano-a-mano", "presentation": rich_text("<p>Présentation.</p>"),
            "status": "hosting", "is_public": "on", "accommodation": "", "country": "PE", "place": place,
            "region": Region.objects.get(code="PE-CUS").pk, "city": "Cusco", "latitude": "", "longitude": "",
            "hosting_records": inline_formset([], initial=0)})
        data.update(areas=[education.pk])
        return admin_client.post(url, data)

    assert post("huancayo").status_code == 302
    sample_structure.refresh_from_db()
    assert (sample_structure.region.code, sample_structure.province, sample_structure.city) == (
        "PE-JUN", "Huancayo", "Huancayo")
    assert round(sample_structure.latitude, 2) == -12.07 and round(sample_structure.longitude, 2) == -75.21

    refused = parse(post("Arequipe"))
    error = text_of(refused.select_one("#id_place").find_parent(attrs={"data-field-wrapper": True})
                    .select_one(".error-message"))
    assert error.startswith("Aucun lieu du Pérou ne porte ce nom. Vouliez-vous dire") and "Arequipa" in error
