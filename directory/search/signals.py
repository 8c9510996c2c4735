"""Saves and deletes that change what a search finds schedule the structure for indexing (see indexing.py)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import indexing

DISPATCH = "directory.search.%s"


def _structure_saved(sender, instance, **kwargs):
    indexing.schedule(instance.translation_key)


def _related_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    from directory.models import HostStructure

    if not reverse:
        indexing.schedule(instance.translation_key)
    elif pk_set:
        for key in HostStructure.objects.filter(pk__in=pk_set).values_list("translation_key", flat=True):
            indexing.schedule(key)


def _record_changed(sender, instance, **kwargs):
    from directory.models import HostStructure

    key = HostStructure.objects.filter(pk=instance.structure_id).values_list("translation_key", flat=True).first()
    indexing.schedule(key)


def _area_changed(sender, instance, **kwargs):
    # An area's name is searchable text of every structure in that area.
    from directory.models import HostStructure

    keys = HostStructure.objects.filter(areas__slug=instance.slug).values_list("translation_key", flat=True)
    for key in set(keys):
        indexing.schedule(key)


def connect():
    from directory.models import AreaOfWork, HostingRecord, HostStructure, VolunteerNeed

    post_save.connect(_structure_saved, sender=HostStructure, dispatch_uid=DISPATCH % "structure_saved")
    post_delete.connect(_structure_saved, sender=HostStructure, dispatch_uid=DISPATCH % "structure_deleted")
    for field in ("areas", "schemes", "work_languages"):
        m2m_changed.connect(_related_changed, sender=getattr(HostStructure, field).through,
                            dispatch_uid=DISPATCH % f"{field}_changed")
    post_save.connect(_record_changed, sender=HostingRecord, dispatch_uid=DISPATCH % "record_saved")
    post_delete.connect(_record_changed, sender=HostingRecord, dispatch_uid=DISPATCH % "record_deleted")
    post_save.connect(_area_changed, sender=AreaOfWork, dispatch_uid=DISPATCH % "area_saved")
    # Elasticsearch stores the closing dates of open needs (the database engine reads the needs directly).
    post_save.connect(_record_changed, sender=VolunteerNeed, dispatch_uid=DISPATCH % "need_saved")
    post_delete.connect(_record_changed, sender=VolunteerNeed, dispatch_uid=DISPATCH % "need_deleted")
