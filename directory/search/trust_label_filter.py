"""The trust-label facet in both engines. Four labels are stored bits/keywords; "confirmed within the last
12 months" ages with the calendar, so it is computed from the confirmation date when searching, never stored."""

from django.db.models import BigIntegerField, Case, F, Value, When
from elasticsearch_dsl import Q

from directory.trust import CONFIRMATION_VALID_DAYS, CONFIRMED, confirmation_cutoff

from .facets import LABEL_BITS

# The database engine reads the label facet from this annotation instead of the stored column.
MASK_ALIAS = "label_mask"


def db_column(spec):
    return MASK_ALIAS if spec.name == "label" else spec.column


def with_label_mask(queryset, now=None):
    """`queryset` of StructureSearchEntry with `label_mask`: the stored labels plus today's "confirmed" bit."""
    confirmed = Case(When(confirmed_at__gte=confirmation_cutoff(now), then=Value(1 << LABEL_BITS[CONFIRMED])),
                     default=Value(0), output_field=BigIntegerField())
    return queryset.annotate(**{MASK_ALIAS: F("labels").bitor(confirmed)})


def _confirmed_query():
    return Q("range", confirmed_at={"gte": f"now-{CONFIRMATION_VALID_DAYS}d"})


def es_filter(values):
    """AND of the chosen labels: each one narrows (facets.FACETS, combine=ALL)."""
    must = [Q("term", labels=value) for value in sorted(values) if value != CONFIRMED]
    if CONFIRMED in values:
        must.append(_confirmed_query())
    return Q("bool", filter=must)


def es_add_confirmed_bucket(aggregation):
    aggregation.bucket(CONFIRMED, "filter", _confirmed_query())


def es_confirmed_count(counts, aggregations):
    """Add the "confirmed" count from the label facet's extra bucket to `counts` (in place)."""
    bucket = aggregations.get("label", {}).get(CONFIRMED)
    if bucket and bucket.get("doc_count"):
        counts.setdefault("label", {})[CONFIRMED] = bucket["doc_count"]
