"""Which structures changed in a way a reader sees.

`updated_at` moves on every save, including saves that change nothing public: a contact logged by the Lima
team (it refreshes "last contact"), the structure confirming its entry, an internal edit. Each structure row
therefore keeps a fingerprint of its public data (directory.public.public_dict, without these fields); a
save counts as a change only when the fingerprint differs. `refresh()` runs at the start of every
`send_directory_alerts`; run that command daily so a change is dated close to when it was made.
"""

import hashlib
import json
from types import SimpleNamespace

from django.db.models import F, Min, Q

from ..models import HostStructure, StructureFingerprint
from ..public import public_dict

# Public, but not news to someone following a search: bookkeeping dates and routine confirmations.
NOT_A_CHANGE = {"created_at", "updated_at", "confirmed_at", "last_contact_on"}
BATCH = 500
_NO_NAMES = SimpleNamespace(areas={}, languages={})


def fingerprint(structure):
    """A hash of what readers see of this row (is_public included: reappearing is a change). Related values
    are reduced to their codes so that renaming an area of work does not change every structure."""
    data = public_dict(structure, _NO_NAMES)
    for key in NOT_A_CHANGE:
        data.pop(key, None)
    for key, value in list(data.items()):
        if isinstance(value, dict):
            data[key] = value.get("code") or value.get("slug") or value
        elif isinstance(value, list) and value and isinstance(value[0], dict) and key != "hosting_records":
            data[key] = sorted(str(item.get("slug") or item.get("code") or item) for item in value)
    data["is_public"] = structure.is_public
    encoded = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def refresh():
    """Compare every row saved since it was last seen; returns how many public changes were found.

    A row seen for the first time counts as changed when it was last saved (never missing a change costs,
    at worst, one needless mention the first time the command runs)."""
    stale = HostStructure.objects.filter(
        Q(pk__in=_missing()) | Q(pk__in=StructureFingerprint.objects.filter(
            structure__updated_at__gt=F("seen_updated_at")).values("structure_id")))
    ids = list(stale.order_by("pk").values_list("pk", flat=True))
    changed = 0
    for start in range(0, len(ids), BATCH):
        rows = HostStructure.objects.with_related().filter(pk__in=ids[start:start + BATCH])
        known = StructureFingerprint.objects.in_bulk([row.pk for row in rows])
        for row in rows:
            state = fingerprint(row)
            current = known.get(row.pk)
            if current is None:
                StructureFingerprint.objects.create(structure=row, fingerprint=state,
                                                    seen_updated_at=row.updated_at, changed_at=row.updated_at)
                changed += 1
            elif current.fingerprint != state:
                current.fingerprint, current.seen_updated_at = state, row.updated_at
                current.changed_at = row.updated_at
                current.save()
                changed += 1
            else:
                current.seen_updated_at = row.updated_at
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
