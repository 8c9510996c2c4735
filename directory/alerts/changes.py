"""Which structures changed in a way a reader sees.

`updated_at` moves on every save, including saves that change nothing public: a contact logged by the Lima
team (it refreshes "last contact"), the structure confirming its entry, an internal edit. Each structure row
therefore keeps a fingerprint of its public data (directory.public.public_dict, without these fields); a
save counts as a change only when the fingerprint differs. The open volunteer needs of the structure are part
of it: a need published, edited or filled is news, its routine confirmation is not. A need lives in its own
table, so a row is also looked at again when one of its needs was saved after the row was last seen.
`refresh()` runs at the start of every `send_directory_alerts`; run that command daily so a change is dated
close to when it was made.
"""

import hashlib
import json
from types import SimpleNamespace

from collections import defaultdict

from django.db.models import Exists, F, Max, Min, OuterRef, Q

from ..models import HostStructure, NeedStatus, StructureFingerprint, VolunteerNeed
from ..public import public_dict

# Public, but not news to someone following a search: bookkeeping dates and routine confirmations.
NOT_A_CHANGE = {"created_at", "updated_at", "confirmed_at", "last_contact_on"}
BATCH = 500
_NO_NAMES = SimpleNamespace(areas={}, languages={})


def need_state(need):
    """What a reader sees of one open need, without its routine confirmation date."""
    return {"profile": need.profile, "missions": need.missions, "place": need.place,
            "starts_on": need.starts_on, "duration_months": need.duration_months, "open_until": need.open_until,
            "language_level": need.language_level,
            "schemes": sorted(scheme.code for scheme in need.schemes.all()),
            "languages": sorted(language.slug for language in need.languages.all())}


def open_needs_by_key(keys):
    """{translation_key: [open default-language needs]} of these structures, in one query (and two prefetches)."""
    found = defaultdict(list)
    for need in (VolunteerNeed.objects.originals().filter(structure__translation_key__in=keys,
                                                          status=NeedStatus.OPEN)
                 .select_related("structure").prefetch_related("schemes", "languages").order_by("pk")):
        found[need.structure.translation_key].append(need)
    return found


def fingerprint(structure, needs=()):
    """A hash of what readers see of this row (is_public included: reappearing is a change) and of its open
    needs. Related values are reduced to their codes so that renaming an area of work does not change every
    structure."""
    data = public_dict(structure, _NO_NAMES)
    for key in NOT_A_CHANGE:
        data.pop(key, None)
    for key, value in list(data.items()):
        if isinstance(value, dict):
            data[key] = value.get("code") or value.get("slug") or value
        elif isinstance(value, list) and value and isinstance(value[0], dict) and key != "hosting_records":
            data[key] = sorted(str(item.get("slug") or item.get("code") or item) for item in value)
    data["is_public"] = structure.is_public
    if needs:  # absent rather than empty: the fingerprints of structures without needs stay as they were
        data["volunteer_needs"] = [need_state(need) for need in needs]
    encoded = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def refresh():
    """Compare every row saved since it was last seen; returns how many public changes were found.

    A row seen for the first time counts as changed when it was last saved (never missing a change costs,
    at worst, one needless mention the first time the command runs)."""
    need_saved_since_seen = VolunteerNeed.objects.originals().filter(
        structure__translation_key=OuterRef("structure__translation_key"), updated_at__gt=OuterRef("seen_updated_at"))
    stale = HostStructure.objects.filter(
        Q(pk__in=_missing()) | Q(pk__in=StructureFingerprint.objects.filter(
            Q(structure__updated_at__gt=F("seen_updated_at")) | Exists(need_saved_since_seen)).values("structure_id")))
    ids = list(stale.order_by("pk").values_list("pk", flat=True))
    changed = 0
    for start in range(0, len(ids), BATCH):
        rows = list(HostStructure.objects.with_related().filter(pk__in=ids[start:start + BATCH]))
        keys = {row.translation_key for row in rows}
        needs = open_needs_by_key(keys)
        needs_saved = dict(VolunteerNeed.objects.originals().filter(structure__translation_key__in=keys)
                           .values("structure__translation_key").annotate(last=Max("updated_at"))
                           .values_list("structure__translation_key", "last"))
        known = StructureFingerprint.objects.in_bulk([row.pk for row in rows])
        for row in rows:
            state = fingerprint(row, needs.get(row.translation_key, ()))
            # The last save this state reflects: of the row, or of one of its needs (a need has its own date).
            seen = max(filter(None, (row.updated_at, needs_saved.get(row.translation_key))))
            current = known.get(row.pk)
            if current is None:
                StructureFingerprint.objects.create(structure=row, fingerprint=state,
                                                    seen_updated_at=seen, changed_at=seen)
                changed += 1
            elif current.fingerprint != state:
                current.fingerprint, current.seen_updated_at, current.changed_at = state, seen, seen
                current.save()
                changed += 1
            else:
                current.seen_updated_at = seen
                current.save(update_fields=["seen_updated_at"])
    return changed


def _missing():
    return HostStructure.objects.exclude(
        pk__in=StructureFingerprint.objects.values("structure_id")).values("pk")


def new_and_changed(structure_ids, start, end):
    """(new ids, changed ids) among `structure_ids` for changes in (start, end]. "New" means the structure
    (in any language) first appeared in the window; a row created later, such as a translation, is a change."""
    rows = list(HostStructure.objects.filter(pk__in=structure_ids, is_public=True)
                .values_list("pk", "translation_key"))
    keys = {key for _pk, key in rows}
    first_created = dict(HostStructure.objects.filter(translation_key__in=keys).values("translation_key")
                         .annotate(first=Min("created_at")).values_list("translation_key", "first"))
    new = {pk for pk, key in rows if start < first_created[key] <= end}
    changed = set(StructureFingerprint.objects.filter(
        structure_id__in=[pk for pk, _key in rows], changed_at__gt=start, changed_at__lte=end)
        .values_list("structure_id", flat=True)) - new
    return new, changed
