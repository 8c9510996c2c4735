"""PostgreSQL: a whole search — every facet's counts, the total and the page of hits — in one statement.

The matching set (text and place: the costly part) is computed once, in a CTE, and every facet is counted
from it: the facets without a selection of their own in a single GROUPING SETS pass over the fully
filtered rows (small facets bundled into one grouping set; the total is the sum of any grouping set), each
selected facet with the other filters only (disjunctive counts). Each part comes back as one JSON column,
so the statement returns a single row.
When only facets are filtered the CTEs are inlined instead, so the page of hits walks an index
(directory_search_name / directory_search_recent) rather than sorting every row.

Filters are written from `facets.FACETS` (single value: `= ANY`, multi-valued bit mask: `&`); a new facet,
boolean label included, needs nothing here.
"""

from contextlib import nullcontext

from django.db import connection, transaction
from django.db.models import F

from .contract import SORT_RELEVANCE, Hit
from .facets import ALL, ANY, FACETS, SINGLE, mask_of
from .trust_label_filter import db_column
from .models import ORDERINGS


def quote(name):
    return connection.ops.quote_name(name)


def order_sql(sort):
    """ORDER BY of a sort, from the one definition of each sort's order (models.ORDERINGS)."""
    return ", ".join(f"{quote(column)} DESC NULLS LAST" if descending else quote(column)
                     for column, descending in ORDERINGS[sort])


def _condition(spec, values, registry):
    column = quote(db_column(spec))
    if spec.kind == SINGLE:
        return f"{column} = ANY(%s)", [list(values)]
    bits = registry.bits(spec, values)
    if spec.combine == ALL:
        # Every chosen bit set; a value no structure has (no bit) leaves nothing to find.
        if len(bits) < len(values):
            return "FALSE", []
        return f"({column} & %s::bigint) = %s::bigint", [mask_of(bits), mask_of(bits)]
    # A value no structure has gets no bit: the mask is 0 and, rightly, nothing matches.
    return f"({column} & %s::bigint) <> 0", [mask_of(bits)]


# Facets counted together, in one grouping set: a few hundred combinations at most, summed up in Python,
# cost one hash lookup per row instead of one per facet. Any other facet is a grouping set of its own.
BUNDLES = (("region", "city"), ("status", "accommodation", "label"), ("scheme", "language"))


def _bundles(specs):
    """Grouping sets as tuples of indexes into `specs`; `((),)` (every row, one group) when `specs` is empty."""
    names = [spec.name for spec in specs]
    sets, placed = [], set()
    for bundle in BUNDLES:
        indexes = tuple(names.index(name) for name in bundle if name in names)
        if indexes:
            sets.append(indexes)
            placed.update(indexes)
    sets += [(index,) for index in range(len(names)) if index not in placed]
    return sorted(sets) or [()]


def _where(conditions):
    if not conditions:
        return "", []
    return " WHERE " + " AND ".join(sql for sql, _params in conditions), [
        param for _sql, params in conditions for param in params]


class Statement:
    """Builds and runs the statement for one `_Plan` (database.py) and one page of hits."""

    def __init__(self, plan):
        self.plan = plan
        query = plan.query
        self.conditions = {spec.name: _condition(spec, query.selected(spec.name), plan.registry)
                           for spec in FACETS if query.selected(spec.name)}
        self.sort = plan.sort
        self.ranked = self.sort == SORT_RELEVANCE

    def _base(self):
        """The ORM's SQL for the matching set (text, place), with every column the rest reads."""
        plan, query = self.plan, self.plan.query
        qs = plan.base.order_by()
        names = ["id", "translation_key", f"structure_{query.language}", "sort_name", "last_hosted_year",
                 *dict.fromkeys(db_column(spec) for spec in FACETS)]
        if self.ranked:
            qs = qs.annotate(score=plan.text.rank(plan.words, query.language, plan.concepts))
            names.append("score")
        if query.geo is not None:
            qs = qs.annotate(distance_km=F("distance"))
            names.append("distance_km")
        return qs.values(*names).query.sql_with_params()

    def run(self, start, stop, with_facets=True):
        """(counts or None, total or None, hits): counts and total only `with_facets`."""
        plan = self.plan
        base_sql, params = self._base()
        params = list(params)
        # Text and place are worth computing once; facet filters alone are cheaper inlined (indexes apply).
        costly = bool(plan.words) or plan.query.geo is not None
        materialized = "MATERIALIZED" if costly else "NOT MATERIALIZED"
        where, where_params = _where(list(self.conditions.values()))
        ctes = (f"WITH base AS {materialized} ({base_sql}), "
                f"filtered AS NOT MATERIALIZED (SELECT * FROM base{where})")
        params += where_params
        columns = []
        # Counted apart, without their own filter: the OR facets with a selection. AND facets are counted
        # with every filter, like the facets without a selection.
        selected = [spec for spec in FACETS if spec.name in self.conditions and spec.combine == ANY]
        unselected = [spec for spec in FACETS if spec not in selected]
        if with_facets:
            grouped = [quote(db_column(spec)) for spec in unselected]
            self.bundles = _bundles(unselected)
            sets = ", ".join("(" + ", ".join(grouped[index] for index in bundle) + ")" for bundle in self.bundles)
            listed = "".join(f", {column}" for column in grouped)
            grouping = f"GROUPING({', '.join(grouped)})" if grouped else "0"
            columns.append(f"(SELECT json_agg(json_build_array(grp{listed}, n)) FROM "
                           f"(SELECT {grouping} AS grp{listed}, COUNT(*) AS n FROM filtered "
                           f"GROUP BY GROUPING SETS ({sets})) AS g)")
            for spec in selected:
                others, others_params = _where([condition for name, condition in self.conditions.items()
                                                if name != spec.name])
                column = quote(db_column(spec))
                columns.append(f"(SELECT json_agg(json_build_array(v, n)) FROM (SELECT {column} AS v, COUNT(*) AS n "
                               f"FROM base{others} GROUP BY {column}) AS s)")
                params += others_params
        extra = "".join(f', "{name}"' for name, used in (("score", self.ranked),
                                                          ("distance_km", plan.query.geo is not None)) if used)
        order = order_sql(self.sort)
        page = f"SELECT * FROM filtered ORDER BY {order} LIMIT %s OFFSET %s"
        if not costly:
            # A deep page skips thousands of rows: skipped as ids only (an index-only scan of
            # directory_search_name when unfiltered), then the page's rows are read.
            page = (f'SELECT * FROM filtered WHERE "id" = ANY(ARRAY(SELECT "id" FROM filtered ORDER BY {order} '
                    f'LIMIT %s OFFSET %s)) ORDER BY {order}')
        columns.append(f'(SELECT json_agg(json_build_array("translation_key", "structure_{plan.query.language}"'
                       f'{extra})) FROM ({page}) AS h)')
        params += [max(0, stop - start), start]
        with transaction.atomic() if plan.words else nullcontext(), connection.cursor() as cursor:
            if plan.words:
                # The index is read from memory, where a random page costs about a sequential one: with the
                # default cost (4) the planner reads the whole text table rather than the GIN index's matches.
                cursor.execute("SET LOCAL random_page_cost = 1.1")
            cursor.execute(f"{ctes} SELECT {', '.join(columns)}", params)
            row = cursor.fetchone()
        hits = [self._hit(values) for values in row[-1] or []]
        if not with_facets:
            return None, None, hits
        counts, total = self._counts(row[0] or [], unselected, dict(zip((s.name for s in selected), row[1:-1])))
        return counts, total, hits

    def _hit(self, values):
        translation_key, structure_id, *rest = values
        score = rest.pop(0) if self.ranked else None
        distance = rest.pop(0) if self.plan.query.geo is not None else None
        return Hit(translation_key=str(translation_key), structure_id=structure_id, score=score,
                   distance_km=distance)

    def _counts(self, grouped_rows, unselected, selected_rows):
        """{facet: [(value or mask, count)]} and the total, from the JSON parts."""
        sums = {spec.name: {} for spec in FACETS}
        total = 0
        width = len(unselected)
        first = self.bundles[0]
        for grouping, *values in grouped_rows:
            count = values.pop()
            # GROUPING() sets a bit for each column *not* grouped in this row; the first column is the top bit.
            indexes = tuple(i for i in range(width) if not grouping & (1 << (width - 1 - i)))
            for index in indexes:
                found = sums[unselected[index].name]
                found[values[index]] = found.get(values[index], 0) + count
            if indexes == first:
                total += count  # every filtered row is in exactly one group of each grouping set
        rows = {name: list(found.items()) for name, found in sums.items()}
        for name, pairs in selected_rows.items():
            rows[name] = [(value, count) for value, count in pairs or []]
        return rows, total
