"""The database engine's denormalised index: one row per structure (translation group), kept in sync by signals.

Facets live in narrow columns (multi-valued facets as bit masks, see facets.py) so counting them is a cheap scan;
SQLite's searchable terms live in a side table so that scan never reads them. PostgreSQL's one tsvector per entry
(a few hundred bytes) stays in the entry row: a text search then needs no join. Imported by directory/models.py.
"""

from django.db import models

from .contract import SORT_DISTANCE, SORT_NAME, SORT_RECENT, SORT_RELEVANCE
from .fields import TSVectorField

# The order of results of each sort, ties broken by name then id: (column, descending; nulls last). The ORM query
# (database._Plan.ordered) and PostgreSQL's one statement (postgres_statement.py) are both written from it, and
# the entry's indexes follow it.
ORDERINGS = {
    SORT_RELEVANCE: (("score", True), ("sort_name", False), ("id", False)),
    SORT_DISTANCE: (("distance_km", False), ("sort_name", False), ("id", False)),
    SORT_RECENT: (("last_hosted_year", True), ("sort_name", False), ("id", False)),
    SORT_NAME: (("sort_name", False), ("id", False)),
}


class StructureSearchEntry(models.Model):
    translation_key = models.UUIDField(unique=True)
    # The structure row to show in each language; a missing translation points at the source row.
    structure_fr = models.BigIntegerField()
    structure_es = models.BigIntegerField()
    structure_en = models.BigIntegerField()
    name = models.CharField(max_length=255)
    sort_name = models.CharField(max_length=200, db_index=True)
    region = models.CharField(max_length=64, blank=True, db_index=True)
    city = models.CharField(max_length=120, blank=True, db_index=True)
    status = models.CharField(max_length=32, blank=True)
    accommodation = models.CharField(max_length=32, blank=True)
    areas = models.BigIntegerField(default=0)
    schemes = models.BigIntegerField(default=0)
    languages = models.BigIntegerField(default=0)
    years = models.BigIntegerField(default=0)
    # Trust labels that do not age (facets.LABEL_BITS); "confirmed" is computed from confirmed_at at search time.
    labels = models.BigIntegerField(default=0)
    # Indexed: the stored unfiltered counts (SearchSummary) recount only the "confirmed" label, which ages.
    confirmed_at = models.DateTimeField(null=True, db_index=True)
    last_hosted_year = models.PositiveSmallIntegerField(null=True, db_index=True)
    latitude = models.FloatField(null=True, db_index=True)
    longitude = models.FloatField(null=True)
    # PostgreSQL: every language's words in one tsvector (database_index._vector_sql), GIN-indexed by migration 0010.
    # Here, not in the side table, so a text search reads one table (no join); NULL on SQLite.
    vector = TSVectorField(null=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "directory"
        # Orders as the listing sorts (ties broken by id), so a page — even a deep one — walks an index
        # instead of sorting every row.
        indexes = [models.Index(fields=["last_hosted_year", "sort_name"], name="directory_search_recent"),
                   models.Index(fields=["sort_name", "id"], name="directory_search_name")]
        # PostgreSQL also has covering indexes, created by migration 0010 (SQLite has no INCLUDE):
        # directory_search_facets and directory_search_place.

    def __str__(self):
        return self.name


class StructureSearchText(models.Model):
    entry = models.OneToOneField(StructureSearchEntry, on_delete=models.CASCADE, primary_key=True,
                                 related_name="text")
    # SQLite: ' stem stem … ' per language (text.index_terms); empty on PostgreSQL, which uses entry.vector.
    name_terms = models.TextField(blank=True)
    terms_fr = models.TextField(blank=True)
    terms_es = models.TextField(blank=True)
    terms_en = models.TextField(blank=True)

    class Meta:
        app_label = "directory"


class SearchTerm(models.Model):
    """Words readers may mean (names, places, areas, descriptions): the vocabulary for "did you mean"."""

    term = models.CharField(max_length=64, unique=True)

    class Meta:
        app_label = "directory"

    def __str__(self):
        return self.term


class SearchFacetBit(models.Model):
    """Which bit of a facet's mask stands for which value (assigned on first sight, never reused)."""

    facet = models.CharField(max_length=32)
    value = models.CharField(max_length=100)
    bit = models.PositiveSmallIntegerField()

    class Meta:
        app_label = "directory"
        constraints = [
            models.UniqueConstraint(fields=["facet", "value"], name="directory_search_bit_value"),
            models.UniqueConstraint(fields=["facet", "bit"], name="directory_search_bit_number"),
        ]

    def __str__(self):
        return f"{self.facet}:{self.value}={self.bit}"


class SearchSummary(models.Model):
    """Counts only the index's writes change, kept between searches (PostgreSQL engine, postgres_statement.py): the facet
    counts of the whole directory, which the landing page and every page of an unfiltered listing need and
    which cost a pass over every row. Each index write bumps `generation` and empties `data`; a search stores
    what it counted only if the generation it read first is still current, so no write is ever missed."""

    name = models.CharField(max_length=32, primary_key=True)
    generation = models.PositiveBigIntegerField(default=0)
    data = models.JSONField(null=True)

    class Meta:
        app_label = "directory"

    def __str__(self):
        return f"{self.name}@{self.generation}"
