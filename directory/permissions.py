"""Who may do what in the directory. The groups themselves are created by the site's group set-up
(issue 7); `ensure_groups` is a fallback used by the demo loader when that set-up is absent."""

DIRECTORY_MODELS = ["hoststructure", "areaofwork", "worklanguage", "network", "region"]
INTERNAL_MODELS = ["structureinternalnote", "contactlogentry"]


def _crud(models, actions=("add", "change", "delete", "view")):
    return [f"directory.{action}_{model}" for model in models for action in actions]


def directory_permissions():
    """Permission codenames ("app_label.codename") directory editors need: every directory record,
    the Lima team's internal records, the introductions triage, and submitting translations."""
    # Introduction requests come from the public form: the team triages and deletes them, never adds any.
    return (_crud(DIRECTORY_MODELS + INTERNAL_MODELS)
            + _crud(["introductionrequest"], ("change", "delete", "view"))
            # Change requests come from the structures' confirmation page: editors review (change) them.
            + _crud(["structurechangerequest"], ("change", "view"))
            + ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtail_localize.submit_translation"])


def translator_permissions():
    """Translators edit translations of structures and vocabularies; they never see internal records."""
    return _crud(["hoststructure", "areaofwork", "worklanguage"], ("change", "view")) + [
        "wagtail_localize.submit_translation",
    ]


GROUPS = {"Directory editors": directory_permissions, "Translators": translator_permissions}


def ensure_groups():
    """Create or complete the directory groups (idempotent). Returns {group name: created}.

    The site's group set-up (editors/groups.py, issue 7) does it with the lists above when it exists;
    this fallback keeps the directory usable on its own."""
    try:
        from editors.groups import ensure_groups as site_groups
    except ImportError:
        return _ensure_directory_groups()
    created = site_groups()
    return {name: created.get(name, False) for name in GROUPS}


def _ensure_directory_groups():
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    result = {}
    root = Collection.get_first_root_node()
    for name, permissions in GROUPS.items():
        group, result[name] = Group.objects.get_or_create(name=name)
        for dotted in [*permissions(), "wagtailadmin.access_admin"]:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is None:
                continue
            if app_label == "wagtailimages":  # image permissions are given per collection
                if root is not None:
                    GroupCollectionPermission.objects.get_or_create(group=group, collection=root,
                                                                    permission=permission)
            else:
                group.permissions.add(permission)
    return result
