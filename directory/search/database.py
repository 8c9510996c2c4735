"""The database engine (SQLite out of the box, PostgreSQL in production) over StructureSearchEntry."""

from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.lookups import Exact, GreaterThan

from search.text import query_words

from . import stored_counts, text_matching
from .caching import cached
from .contract import SORT_DISTANCE, SORT_NAME, SORT_RELEVANCE, Hit, SearchResults, clamp_page
from .database_index import is_postgres
from .facets import ALL, ANY, FACETS, SINGLE, expand_mask_counts, mask_of
from .geo import bounding_box_filter, distance_expression
from .facet_names import build_facets
from .trust_label_filter import db_column, with_label_mask
from .models import ORDERINGS, StructureSearchEntry
from .postgres_statement import Statement
from .registry import BitRegistry
from .thesaurus import concept_masks


def _has_own_row(language):
    """The entry's structure has a row in `language` (not the source row standing in for a missing translation)."""
    from directory.models import HostStructure

    return Exists(HostStructure.objects.filter(pk=OuterRef(f"structure_{language}"), locale__language_code=language))


def _name_starts_with(word):
    """A word of the name (sort_name: its folded words) starts with `word`."""
    return Q(sort_name__startswith=word) | Q(sort_name__contains=f" {word}")


class _Plan:
    """The querysets one search needs, built once: base (text + place), facet filters, ordering."""

    def __init__(self, query, registry):
        self.query = query
        self.registry = registry
        self.words = query_words(query.text)
        self.text = text_matching.text_engine()
        base = with_label_mask(StructureSearchEntry.objects.all())
        # Per word, the vocabulary values it names (thesaurus.py): {column: bit mask}.
        self.concepts = [concept_masks(word, registry) for word in self.words]
        if self.words:
            base = base.filter(*self.text.condition(self.words, query.language, self.concepts))
        if query.selected("needs"):
            # Read at search time (status and dates), so a filled or expired need stops counting by itself.
            from directory.models import open_needs_condition

            base = base.filter(open_needs_condition())
        if query.own_row_only:
            base = base.filter(_has_own_row(query.language))
        if query.geo is not None:
            base = base.filter(**bounding_box_filter(query.geo)).alias(
                distance=distance_expression(query.geo.latitude, query.geo.longitude)
            ).filter(distance__lte=query.geo.radius_km)
        self.base = base
        self.filters = self._facet_filters()

    def _facet_filters(self):
        filters = {}
        for spec in FACETS:
            values = self.query.selected(spec.name)
            if not values:
                continue
            if spec.kind == SINGLE:
                filters[spec.name] = Q(**{f"{spec.column}__in": values})
            elif spec.combine == ALL:
                bits = self.registry.bits(spec, values)
                mask = mask_of(bits)
                # Every chosen bit set; a value no structure has (no bit) leaves nothing to find.
                filters[spec.name] = (Exact(F(db_column(spec)).bitand(mask), mask) if len(bits) == len(values)
                                      else Q(pk__in=[]))
            else:
                # A value no structure has gets no bit: the mask is 0 and, rightly, nothing matches.
                mask = mask_of(self.registry.bits(spec, values))
                filters[spec.name] = GreaterThan(F(db_column(spec)).bitand(mask), 0)
        return filters

    def filtered(self, without=None):
        return self.base.filter(*[condition for name, condition in self.filters.items() if name != without])

    @property
    def sort(self):
        """The sort applied: relevance needs words (not only stop words) and distance a point, else by name."""
        sort = self.query.effective_sort
        if (sort == SORT_RELEVANCE and not self.words) or (sort == SORT_DISTANCE and self.query.geo is None):
            return SORT_NAME
        return sort

    def ordered(self):
        qs, sort = self.filtered(), self.sort
        if sort == SORT_RELEVANCE:
            qs = qs.annotate(score=self.text.rank(self.words, self.query.language, self.concepts))
        elif sort == SORT_DISTANCE:
            qs = qs.annotate(distance_km=F("distance"))
        return qs.order_by(*[F(column).desc(nulls_last=True) if descending else F(column).asc()
                             for column, descending in ORDERINGS[sort]])

    def hits(self, start, stop):
        qs = self.ordered()
        if self.query.geo is not None and "distance_km" not in qs.query.annotations:
            qs = qs.annotate(distance_km=F("distance"))
        fields = ["translation_key", f"structure_{self.query.language}"]
        fields += [name for name in ("score", "distance_km") if name in qs.query.annotations]
        return [Hit(translation_key=str(row["translation_key"]), structure_id=row[fields[1]],
                    score=row.get("score"), distance_km=row.get("distance_km"))
                for row in qs.values(*fields)[start:stop]]

    def _grouped(self, spec):
        column = db_column(spec)
        # An AND facet counts what one more value would leave: with its own filter applied.
        without = spec.name if spec.combine == ANY else None
        return (self.filtered(without=without).order_by().values_list(column)
                .annotate(count=Count("*")).values_list(column, "count"))

    def facet_counts(self):
        """{facet: {value: count}} with every filter but the facet's own; and the total when one gives it.
        One GROUP BY per facet, sent as one statement (UNION ALL: SQLite; PostgreSQL counts everything in its
        own statement, postgres_statement.py), each row tagged with its facet's position."""
        parts, params = [], []
        for position, spec in enumerate(FACETS):
            sql, part_params = self._grouped(spec).query.sql_with_params()
            parts.append(f"SELECT {position} AS facet, * FROM ({sql})")
            params += part_params
        rows = {spec.name: [] for spec in FACETS}
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for position, value, count in cursor.fetchall():
                rows[FACETS[position].name].append((value, count))
        return self.counts_from_rows(rows)

    def counts_from_rows(self, rows, total=None):
        """{facet: {value: count}} from {facet: [(value or mask, count)]}; the total, when not given, from a
        single-valued facet without a selection of its own."""
        counts = {}
        for spec in FACETS:
            if spec.kind == SINGLE:
                values = dict(rows[spec.name])
                if total is None and spec.name not in self.filters:
                    # Every structure has exactly one value (maybe empty) here: the counts add up to the total.
                    total = sum(values.values())
                counts[spec.name] = {value: count for value, count in values.items() if value}
            else:
                by_bit = expand_mask_counts(rows[spec.name])
                counts[spec.name] = {self.registry.value(spec, bit): count for bit, count in by_bit.items()
                                     if self.registry.value(spec, bit) is not None}
        return counts, total


class DatabaseEngine:
    name = "database"

    def search(self, query, vocabulary=None):
        plan = _Plan(query, BitRegistry.load())
        if is_postgres():
            return self._search_postgres(plan, vocabulary)
        # Paging or re-sorting the same search reuses its counts (keyed by the content version).
        counts, total = cached("facets", (query.language, query.text, query.filters, query.geo, query.own_row_only),
                               plan.facet_counts)
        if total is None:
            total = plan.filtered().count()
        query, clamped = clamp_page(query, total)
        plan.query = query
        hits = plan.hits(query.offset, query.offset + query.per_page) if total else []
        return SearchResults(query=query, hits=hits, total=total, facets=build_facets(query, counts, vocabulary),
                             did_you_mean=self._did_you_mean(plan) if not total else "",
                             engine=self.name, page_clamped=clamped)

    def _search_postgres(self, plan, vocabulary):
        """Counts, total and hits in one statement (postgres_statement.py); only the hits when the counts are cached."""
        query, fetched = plan.query, {}

        def compute():
            if unfiltered:
                # The whole directory's counts are stored (stored_counts.py): only the page of hits is fetched.
                generation, rows, total, confirmed = stored_counts.read()
                if rows is not None:
                    counts, total = plan.counts_from_rows(rows, total)
                    return stored_counts.with_confirmed(counts, confirmed), total
            rows, total, fetched["hits"] = Statement(plan).run(query.offset, query.offset + query.per_page)
            if unfiltered:
                stored_counts.store(generation, rows, total)
            return plan.counts_from_rows(rows, total)

        unfiltered = (not plan.words and query.geo is None and not plan.filters and not query.selected("needs")
                      and not query.own_row_only)

        # Without words the counts are the same in every language: one cached entry serves the three. (Not
        # the name "facets": entries of the SQLite path may lack the total.)
        language = query.language if plan.words or query.own_row_only else ""
        counts, total = cached("counts", (language, query.text, query.filters, query.geo, query.own_row_only),
                               compute)
        query, clamped = clamp_page(query, total)
        if clamped:
            fetched.clear()
        plan.query = query

        def page_hits():
            if "hits" in fetched:
                return fetched["hits"]
            return Statement(plan).run(query.offset, query.offset + query.per_page, with_facets=False)[2] \
                if total else []

        # The same page asked again (reload, back button, another reader) reuses its hits too.
        hits = cached("hits", (query.language, query.text, query.filters, query.geo, query.sort, query.page,
                               query.per_page, query.own_row_only), page_hits)
        return SearchResults(query=query, hits=hits, total=total,
                             facets=build_facets(query, counts, vocabulary),
                             did_you_mean=self._did_you_mean(plan) if not total else "",
                             engine=self.name, page_clamped=clamped)

    def all_hits(self, query, limit, offset=0):
        return _Plan(query, BitRegistry.load()).hits(offset, offset + limit)

    def count(self, query):
        return _Plan(query, BitRegistry.load()).filtered().count()

    def names(self, query, limit):
        words = query_words(query.text)
        if not words:
            return []
        plan = _Plan(query.with_text(""), BitRegistry.load())
        rows = (plan.filtered().filter(*[_name_starts_with(word) for word in words]).order_by("sort_name", "pk")
                .values_list("translation_key", f"structure_{query.language}")[:limit])
        return [Hit(translation_key=str(key), structure_id=structure_id) for key, structure_id in rows]

    def _did_you_mean(self, plan):
        if not plan.words:
            return ""
        corrected = text_matching.suggest(plan.words)
        if not corrected:
            return ""
        retry = _Plan(plan.query.with_text(" ".join(corrected)), plan.registry)
        return " ".join(corrected) if retry.filtered().exists() else ""
