"""The index follows the directory: saves and deletes (once committed), and the rebuild command."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save

from directory.search.contract import SearchQuery
from directory.search.database import DatabaseEngine
from directory.search.models import SearchTerm, StructureSearchEntry, StructureSearchText
from tests.directory.search_contract import Spec, build_directory, expected_names

pytestmark = pytest.mark.django_db


def found(text="", **filters):
    results = DatabaseEngine().search(SearchQuery.build(filters=filters, text=text, per_page=200))
    return sorted(StructureSearchEntry.objects.get(translation_key=hit.translation_key).name for hit in results.hits)


@pytest.fixture
def one_structure(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [spec] = build_directory([Spec("Wasi Yachay", place="cusco", areas=["education"], schemes=["vsi"],
                                       texts=("Maison du savoir.", "Casa del saber.", "House of knowledge."))])
    return spec.rows["fr"]


def test_index_handlers_are_connected_at_startup():
    from django.dispatch.dispatcher import _make_id

    from directory.models import HostStructure

    keys = {key for key, *_rest in post_save.receivers}
    assert ("directory.search.structure_saved", _make_id(HostStructure)) in keys
    assert any(key[0] == "directory.search.areas_changed" for key, *_rest in m2m_changed.receivers)


def test_a_saved_structure_is_found_once_committed(one_structure):
    assert found("saber") == ["Wasi Yachay"]
    assert found(region=["PE-CUS"], scheme=["vsi"]) == ["Wasi Yachay"]


def test_nothing_is_indexed_before_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        build_directory([Spec("Pendiente", place="lima")])
        assert found("pendiente") == []
    assert callbacks  # indexing waits for the commit


def test_changes_of_facts_and_texts_follow(one_structure, django_capture_on_commit_callbacks):
    from directory.models import AreaOfWork, HostingRecord, HostStructure

    health = AreaOfWork.objects.get(slug="health", locale__language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        for row in HostStructure.objects.filter(translation_key=one_structure.translation_key):
            row.areas.set([health])
            row.short_description = "Centre de soins."
            row.save()
        HostingRecord.objects.create(structure=one_structure, year=2025, scheme="vsi", volunteers=2)
    assert found(area=["health"]) == ["Wasi Yachay"] and found(area=["education"]) == []
    assert found("soins") == ["Wasi Yachay"] and found("savoir") == []
    assert found(year=["2025"]) == ["Wasi Yachay"]


def test_private_or_deleted_structures_leave_the_index(one_structure, django_capture_on_commit_callbacks):
    from directory.models import HostStructure

    rows = HostStructure.objects.filter(translation_key=one_structure.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        rows.update(is_public=False)
        one_structure.refresh_from_db()
        one_structure.save()
    assert found("saber") == [] and not StructureSearchEntry.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        rows.update(is_public=True)
        one_structure.refresh_from_db()
        one_structure.save()
    assert found("saber") == ["Wasi Yachay"]
    with django_capture_on_commit_callbacks(execute=True):
        for row in rows:
            row.delete()
    assert found("saber") == [] and not StructureSearchText.objects.exists()


def test_a_rolled_back_change_does_not_block_later_indexing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            build_directory([Spec("Annulée", place="lima")])
            raise RuntimeError("rolled back")
        build_directory([Spec("Confirmée", place="lima")])
    assert found("confirmee") == ["Confirmée"] and found("annulee") == []


def test_rebuild_command_indexes_every_public_structure():
    specs = build_directory()
    StructureSearchEntry.objects.all().delete()
    out = StringIO()
    call_command("rebuild_directory_index", stdout=out)
    output = out.getvalue()
    assert f"Database index: {len(expected_names(specs))} structures." in output
    assert "Database index [" in output and "skipped" in output
    assert found() == expected_names(specs)
    assert SearchTerm.objects.filter(term="caritas").exists()


def test_rebuild_with_an_unreachable_cluster_keeps_the_database_and_says_why(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    specs = build_directory([Spec("Ayllu", place="lima")])
    with pytest.raises(CommandError, match="previous one is still in use"):
        call_command("rebuild_directory_index", stdout=StringIO())
    assert found() == expected_names(specs)
