"""Who may do what in the directory. The groups themselves are created by the site's group set-up
(issue 7); `ensure_groups` is a fallback used by the demo loader when that set-up is absent."""

DIRECTORY_MODELS = ["hoststructure", "areaofwork", "worklanguage", "network", "region"]
INTERNAL_MODELS = ["structureinternalnote", "contactlogentry", "introductionrequest"]


def _crud(models, actions=("add", "change", "delete", "view")):
    return [f"directory.{action}_{model}" for model in models for action in actions]


def directory_permissions():
    """Permission codenames ("app_label.codename") directory editors need: every directory record,
    the Lima team's internal records, the introductions triage, and submitting translations."""
    return _crud(DIRECTORY_MODELS + INTERNAL_MODELS) + [
        "wagtailimages.add_image", "wagtailimages.choose_image",
        "wagtail_localize.submit_translation",
    ]


def translator_permissions():
    """Translators edit translations of structures and vocabularies; they never see internal records."""
    return _crud(["hoststructure", "areaofwork", "worklanguage"], ("change", "view")) + [
        "wagtail_localize.submit_translation",
    ]


GROUPS = {"Directory editors": directory_permissions, "Translators": translator_permissions}


def ensure_groups():
    """Create or complete the two directory groups (idempotent). Returns {group name: created}."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupCollectionPermission
    from wagtail.models import Collection

    result = {}
    for name, permissions in GROUPS.items():
        group, created = Group.objects.get_or_create(name=name)
        for dotted in permissions():
            app_label, codename = dotted.split(".")
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin",
                                                         codename="access_admin"))
        if name == "Directory editors":
            root = Collection.get_first_root_node()
            for codename in ("add_image", "choose_image"):
                permission = Permission.objects.filter(content_type__app_label="wagtailimages",
                                                       codename=codename).first()
                if root and permission:
                    GroupCollectionPermission.objects.get_or_create(group=group, collection=root,
                                                                    permission=permission)
        result[name] = created
    return result
