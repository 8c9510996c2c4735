"""Who may do what in the directory. The groups themselves are created by the editors app
(editors/groups.py) from these lists."""

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


