"""The filters a reader can combine, one definition shared by the form, both engines, the page and the API.

A facet is OR within itself and AND with the others; its counts are computed with every other active filter
applied but not its own (disjunctive facets), so choosing "Cusco" still shows what "Lima" would give.
Trust labels are the exception (combine=ALL): each chosen label narrows, a structure must carry them all, and
their counts include the labels already chosen (how many would remain with one more).
Multi-valued facets are stored by the database engine as bit masks: one bit per value, assigned once.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

SINGLE = "single"
MULTI = "multi"
ANY = "any"  # a result has at least one of the chosen values (OR)
ALL = "all"  # a result has every chosen value (AND)
MAX_BITS = 63  # a signed 64-bit column; bit 63 would make the mask negative
YEAR_BASE = 1990  # years are bits relative to this, no registry needed


@dataclass(frozen=True)
class FacetSpec:
    name: str  # URL parameter and facet key in results
    label: object
    kind: str  # SINGLE: one value per structure; MULTI: several
    column: str  # StructureSearchEntry column (and Elasticsearch field)
    # How values are listed: "count" (most results first), "label" (alphabetical) or "value" (natural order).
    order: str = "count"
    # How many values a facet lists at most (selected values are always listed).
    size: int = 100
    # How the chosen values combine: ANY (OR, counts without the facet's own filter) or ALL (AND).
    combine: str = ANY

    @property
    def uses_registry(self):
        return self.kind == MULTI and self.name not in FIXED_BITS


FACETS = (
    FacetSpec("region", _("Region"), SINGLE, "region", order="label"),
    FacetSpec("city", _("City"), SINGLE, "city", order="count", size=30),
    FacetSpec("area", _("Areas of work"), MULTI, "areas", order="label"),
    FacetSpec("scheme", _("Volunteering schemes"), MULTI, "schemes", order="value"),
    FacetSpec("language", _("Languages of work"), MULTI, "languages", order="count"),
    FacetSpec("status", _("Status"), SINGLE, "status", order="value"),
    FacetSpec("accommodation", _("Accommodation"), SINGLE, "accommodation", order="value"),
    FacetSpec("year", _("Hosted volunteers in"), MULTI, "years", order="value_desc"),
    FacetSpec("label", _("Trust labels"), MULTI, "labels", order="value", combine=ALL),
)
# Facets whose bits are fixed in code rather than assigned by the registry.
FIXED_BITS = ("year", "label")
# Trust labels (directory/trust.py); "confirmed" is never stored, the engines compute it (trust_label_filter.py).
LABEL_BITS = {"ruc": 0, "apci": 1, "visited": 2, "hosted": 3, "confirmed": 4}
LABEL_BY_BIT = {bit: code for code, bit in LABEL_BITS.items()}
FACETS_BY_NAME = {spec.name: spec for spec in FACETS}


def year_bit(year):
    bit = int(year) - YEAR_BASE
    return bit if 0 <= bit < MAX_BITS else None


def bit_year(bit):
    return str(YEAR_BASE + bit)


def mask_of(bits):
    mask = 0
    for bit in bits:
        if bit is not None:
            mask |= 1 << bit
    return mask


def bits_of(mask):
    found = []
    while mask:
        lowest = mask & -mask
        found.append(lowest.bit_length() - 1)
        mask ^= lowest
    return found


def expand_mask_counts(rows):
    """{bit: count} from [(mask, count), …] as GROUP BY mask returns them (a structure counts once per bit)."""
    counts = {}
    for mask, count in rows:
        for bit in bits_of(mask or 0):
            counts[bit] = counts.get(bit, 0) + count
    return counts
