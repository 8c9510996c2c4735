"""The four groups exist after migrate, with what each role needs and nothing more."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowPage

from editors.groups import ADMINISTRATORS, DIRECTORY_EDITORS, EDITORS, TRANSLATORS, WORKFLOW_NAME, ensure_groups

pytestmark = pytest.mark.django_db


def test_groups_exist_after_migrate_and_setup_is_idempotent(site_tree):
    names = set(Group.objects.values_list("name", flat=True))
    assert {ADMINISTRATORS, EDITORS, TRANSLATORS, DIRECTORY_EDITORS} <= names
    counts = [(group.name, group.permissions.count(), group.page_permissions.count(),
               group.collection_permissions.count()) for group in Group.objects.order_by("name")]
    assert not any(ensure_groups().values())
    assert counts == [(group.name, group.permissions.count(), group.page_permissions.count(),
                       group.collection_permissions.count()) for group in Group.objects.order_by("name")]


def test_page_permissions_per_role(site_tree, administrator, editor, translator, directory_editor):
    page = site_tree["es"]
    admin_perms = page.permissions_for_user(administrator)
    assert admin_perms.can_edit() and admin_perms.can_publish()
    editor_perms = page.permissions_for_user(editor)
    assert editor_perms.can_edit() and editor_perms.can_add_subpage() and not editor_perms.can_publish()
    translator_perms = page.permissions_for_user(translator)
    assert translator_perms.can_edit() and not translator_perms.can_publish()
    assert not translator_perms.can_add_subpage() and not translator_perms.can_delete()
    assert not page.permissions_for_user(directory_editor).can_edit()


def test_model_permissions_per_role(site_tree, administrator, editor, translator, directory_editor):
    for user in (administrator, editor, translator, directory_editor):
        assert user.has_perm("wagtailadmin.access_admin")
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert directory_editor.has_perm("directory.change_hoststructure")
    assert directory_editor.has_perm("directory.change_introductionrequest")
    assert not editor.has_perm("directory.change_introductionrequest")
    assert not translator.has_perm("directory.view_introductionrequest")
    assert administrator.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert administrator.has_perm("search.view_searchquerylog")
    assert not editor.has_perm("search.view_searchquerylog")


def test_review_workflow_covers_every_language_tree(site_tree):
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW_NAME
    for home in site_tree.values():
        workflow = home.get_workflow()
        assert workflow.name == WORKFLOW_NAME
        (task,) = workflow.tasks.specific()
        assert list(task.groups.values_list("name", flat=True)) == [ADMINISTRATORS]
