"""The Lima team's groups, their permissions and the review workflow, created idempotently.

- Administrators: everything editorial; they publish, and approve what others submit.
- Editors: write pages in every language tree and submit them for review; no direct publishing.
- Translators: translate through wagtail-localize and submit translations for review; no publishing.
- Directory editors: host structures, their vocabularies and the introduction requests.

Page permissions are granted on the tree root, so they cover the three language trees (and any later one).
The workflow "validation par un administrateur" (one approval task for Administrators) is assigned to the root:
every page submitted for moderation waits for an administrator, whose approval publishes it.

`ensure_groups()` runs after every `migrate` (post_migrate, see editors/apps.py), from `load_demo`, and
from `manage.py setup_groups`. Running it again changes nothing; it only adds missing permissions.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from directory.permissions import directory_permissions, translator_permissions

ADMINISTRATORS = "Administrators"
EDITORS = "Editors"
TRANSLATORS = "Translators"
DIRECTORY_EDITORS = "Directory editors"
# Shown as is in the admin ("Soumettre à …"): named in the Lima team's working language.
WORKFLOW_NAME = "validation par un administrateur"
TASK_NAME = "Relecture par un administrateur"

PAGE_PERMISSIONS = {
    ADMINISTRATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    EDITORS: ["add_page", "change_page", "lock_page", "unlock_page"],
    TRANSLATORS: ["change_page"],
}
COLLECTION_PERMISSIONS = {
    ADMINISTRATORS: ["add_image", "change_image", "delete_image", "choose_image",
                     "add_document", "change_document", "delete_document", "choose_document"],
    EDITORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    TRANSLATORS: ["choose_image", "choose_document"],
    DIRECTORY_EDITORS: ["add_image", "choose_image"],
}
# Permissions that Wagtail and wagtail-localize create in data migrations (not from model Meta), so
# that a flushed test database can still get them back: (app label, model, codename, name).
MIGRATION_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]
# Snippets of these apps; the directory's are left to its own permission list.
EDITORIAL_SNIPPET_APPS = ("home", "news")


def _snippet_permissions(app_labels, actions):
    from wagtail.snippets.models import get_snippet_models

    names = []
    for model in get_snippet_models():
        if model._meta.app_label in app_labels:
            names += [f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in actions]
    return names


def model_permissions():
    """{group: ["app_label.codename", ...]} of model-level permissions."""
    admin_access = ["wagtailadmin.access_admin"]
    return {
        ADMINISTRATORS: admin_access + _snippet_permissions(EDITORIAL_SNIPPET_APPS + ("directory",),
                                                            ("add", "change", "delete", "view", "publish"))
        + directory_permissions() + [
            "wagtail_localize.submit_translation",
            "wagtailsearchpromotions.add_query", "wagtailsearchpromotions.change_query",
            "wagtailsearchpromotions.delete_query", "wagtailsearchpromotions.view_query",
            "wagtailsearchpromotions.add_searchpromotion", "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion", "wagtailsearchpromotions.view_searchpromotion",
            "search.view_searchquerylog",
            "wagtailredirects.add_redirect", "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "home.change_contactsettings",
        ],
        EDITORS: admin_access + _snippet_permissions(EDITORIAL_SNIPPET_APPS, ("add", "change", "view"))
        + ["wagtail_localize.submit_translation"],
        TRANSLATORS: admin_access + _snippet_permissions(EDITORIAL_SNIPPET_APPS, ("change", "view"))
        + translator_permissions() + ["wagtail_localize.submit_translation"],
        DIRECTORY_EDITORS: admin_access + directory_permissions(),
    }


def _permissions(dotted_names):
    wanted = {tuple(name.split(".", 1)) for name in dotted_names}
    if not wanted:
        return []
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted}, codename__in={code for _, code in wanted}
    ).select_related("content_type")
    return [permission for permission in found if (permission.content_type.app_label, permission.codename) in wanted]


def _ensure_migration_permissions():
    from django.contrib.contenttypes.models import ContentType

    for app_label, model, codename, name in MIGRATION_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})


def _ensure_page_permissions(group, codenames, root):
    from wagtail.models import GroupPagePermission

    for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def _ensure_collection_permissions(group, codenames):
    from wagtail.models import Collection, GroupCollectionPermission

    collection = Collection.get_first_root_node()
    if collection is None:
        return
    for permission in Permission.objects.filter(content_type__app_label__in=("wagtailimages", "wagtaildocs"),
                                                codename__in=codenames):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def ensure_workflow(root, administrators):
    """The review workflow on the tree root: one approval task for Administrators."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(administrators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def ensure_groups():
    """Create or complete the four groups and the workflow. Returns {group name: created}."""
    from wagtail.models import Page

    _ensure_migration_permissions()
    root = Page.get_first_root_node()
    created = {}
    groups = {}
    for name, dotted_names in model_permissions().items():
        group, created[name] = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*_permissions(name for name in dotted_names
                                            if not name.startswith(("wagtailimages.", "wagtaildocs."))))
        _ensure_collection_permissions(group, COLLECTION_PERMISSIONS.get(name, []))
        if root is not None and name in PAGE_PERMISSIONS:
            _ensure_page_permissions(group, PAGE_PERMISSIONS[name], root)
    if root is not None:
        ensure_workflow(root, groups[ADMINISTRATORS])
    return created
