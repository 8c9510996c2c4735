"""The cluster engine (Elasticsearch 8 or OpenSearch 2/3, when ELASTICSEARCH_URL is set), and the fallback to
the database engine when the cluster cannot answer (search/backends/connection.py: breaker, errors, clients).

Facets are disjunctive: facet filters go in `post_filter` (they narrow the hits, not the aggregations), and
each facet's aggregation is wrapped in a filter aggregation holding every *other* facet filter.
"""

import logging
import threading

from django.conf import settings
from elasticsearch_dsl import A, Q, Search

from . import trust_label_filter
from .contract import SORT_DISTANCE, SORT_RECENT, SORT_RELEVANCE, Hit, SearchResults, clamp_page
from .facets import ALL, FACETS, FACETS_BY_NAME
from .geo import haversine_km
from .facet_names import build_facets
from .thesaurus import concepts
from search.backends import cluster_breaker
from search.backends.connection import ClusterConfig, with_fallback
from search.text import LANGUAGES, query_words

logger = logging.getLogger(__name__)
_clients = {}
_lock = threading.Lock()
NAME_BOOST, OWN_BOOST, OTHER_BOOST = 4, 2, 1
# A structure filed under the concept a word names ranks above any text match of it.
CONCEPT_BOOST = 8


def elasticsearch_enabled():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def cluster_config():
    return ClusterConfig.from_settings()


def client(maintenance=False):
    """The process's client of the configured cluster (Elasticsearch 8 or OpenSearch), without retries; searches
    wait ELASTICSEARCH_TIMEOUT, index maintenance (`maintenance=True`) longer."""
    from search.backends.connection import MAINTENANCE_TIMEOUT

    config = cluster_config()
    key = (config, maintenance)
    with _lock:
        if key not in _clients:
            _clients[key] = config.client(MAINTENANCE_TIMEOUT if maintenance else None)
        return _clients[key]


def _text_query(words, language):
    """Every word must match somewhere (AND), as a word or a prefix; the reader's language weighs more.

    The name is matched as written (folded) and through each language's stemmer (`name.fr`...), so a plural
    finds a name written in the singular."""
    fields = [("name", NAME_BOOST), ("acronym", NAME_BOOST)] + [
        (f"name.{other}", NAME_BOOST if other == language else OWN_BOOST) for other in LANGUAGES] + [
        (f"text_{other}", OWN_BOOST if other == language else OTHER_BOOST) for other in LANGUAGES]
    per_word = []
    for word in words:
        named = concepts(word)
        if named:
            # A word that names a vocabulary value finds what that facet finds, as in the database engine:
            # stems would also reach look-alikes in another language ("santé" and "Santa").
            per_word.append(Q("bool", should=[
                Q("terms", **{FACETS_BY_NAME[facet].column: [value], "boost": CONCEPT_BOOST})
                for facet, value in sorted(named)], minimum_should_match=1))
            continue
        should = []
        for field, boost in fields:
            # No fuzziness: like the database engine, a typo finds nothing and "did you mean" offers the word.
            should.append(Q("match", **{field: {"query": word, "boost": boost}}))
            should.append(Q("match_phrase_prefix", **{field: {"query": word, "boost": boost}}))
        per_word.append(Q("bool", should=should, minimum_should_match=1))
    return Q("bool", must=per_word)


def facet_filter(spec, values):
    if spec.name == "label":
        return trust_label_filter.es_filter(values)
    return Q("terms", **{spec.column: list(values)})


def build_search(query, index, with_facets=True):
    """The request for one search page (facets, hits, suggestions), as an elasticsearch-dsl Search."""
    search = Search(index=index).extra(track_total_hits=True)
    words = query_words(query.text)
    must = [_text_query(words, query.language)] if words else []
    search = search.query(Q("bool", must=must or [Q("match_all")], filter=_scope(query)))
    filters = {spec.name: facet_filter(spec, query.selected(spec.name)) for spec in FACETS
               if query.selected(spec.name)}
    if filters:
        search = search.post_filter(Q("bool", filter=list(filters.values())))
    for spec in FACETS if with_facets else ():
        # An AND facet (trust labels) counts with its own filter too: what one more value would leave.
        others = [condition for name, condition in filters.items() if name != spec.name or spec.combine == ALL]
        aggregation = A("filter", Q("bool", filter=others)) if others else A("filter", Q("match_all"))
        aggregation.bucket("values", "terms", field=spec.column, size=spec.size)
        if spec.name == "label":
            trust_label_filter.es_add_confirmed_bucket(aggregation)
        search.aggs.bucket(spec.name, aggregation)
    search = search.sort(*_sort(query))
    if words and with_facets:
        search = search.suggest("did_you_mean", " ".join(words), term={
            "field": "suggest", "suggest_mode": "missing", "min_word_length": 4, "sort": "score"})
    return search.source(["translation_key", f"structure_{query.language}", "location"])


def _scope(query):
    """The filters that narrow the aggregations too: place, open needs, a row in the reader's language."""
    scope = []
    if query.geo is not None:
        scope.append(Q("geo_distance", distance=f"{query.geo.radius_km}km",
                       location={"lat": query.geo.latitude, "lon": query.geo.longitude}))
    if query.selected("needs"):
        # Not a facet: a structure qualifies while one of its open needs closes today or later.
        scope.append(Q("range", needs_open_until={"gte": "now/d"}))
    if query.own_row_only:
        scope.append(Q("term", own_rows=query.language))
    return scope


def build_name_search(query, index):
    """Structures whose name has a word starting with each query word (the folded `name` field), by name."""
    prefixes = [Q("prefix", name=word) for word in query_words(query.text)]
    return (Search(index=index).query(Q("bool", filter=prefixes + _scope(query))).sort({"name.sort": {"order": "asc"}})
            .source(["translation_key", f"structure_{query.language}", "location"]))


def _sort(query):
    sort = query.effective_sort
    by_name = {"name.sort": {"order": "asc"}}
    if sort == SORT_RELEVANCE:
        return ["_score", by_name]
    if sort == SORT_DISTANCE and query.geo is not None:
        return [{"_geo_distance": {"location": {"lat": query.geo.latitude, "lon": query.geo.longitude},
                                   "order": "asc", "unit": "km"}}, by_name]
    if sort == SORT_RECENT:
        return [{"last_hosted_year": {"order": "desc", "missing": "_last"}}, by_name]
    return [by_name]


def _hit(raw, query):
    source = raw.get("_source", {})
    distance = None
    if query.geo is not None and source.get("location"):
        location = source["location"]
        distance = haversine_km(query.geo.latitude, query.geo.longitude, location["lat"], location["lon"])
    return Hit(translation_key=source["translation_key"], structure_id=source[f"structure_{query.language}"],
               score=raw.get("_score"), distance_km=distance)


def _suggestion(response, words):
    entries = response.get("suggest", {}).get("did_you_mean", [])
    corrected = {entry["text"]: entry["options"][0]["text"] for entry in entries if entry.get("options")}
    if not corrected:
        return ""
    return " ".join(corrected.get(word, word) for word in words)


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, index=None):
        self.index = index

    def _index(self):
        from .documents import alias_name

        return self.index or alias_name()

    def _execute(self, search, start, size):
        body = search.extra(from_=start, size=size).to_dict()
        response = client().search(index=self._index(), body=body)
        return getattr(response, "body", response)  # the Elasticsearch client wraps the dict, OpenSearch's does not

    def search(self, query, vocabulary=None):
        search = build_search(query, self._index())
        response = self._execute(search, query.offset, query.per_page)
        total = response["hits"]["total"]["value"]
        query, clamped = clamp_page(query, total)
        if clamped:
            response = self._execute(search, query.offset, query.per_page)
        counts = {spec.name: {str(bucket["key"]): bucket["doc_count"]
                              for bucket in response["aggregations"][spec.name]["values"]["buckets"]}
                  for spec in FACETS}
        trust_label_filter.es_confirmed_count(counts, response["aggregations"])
        return SearchResults(
            query=query, hits=[_hit(raw, query) for raw in response["hits"]["hits"]], total=total,
            facets=build_facets(query, counts, vocabulary),
            did_you_mean=_suggestion(response, query_words(query.text)) if not total else "",
            engine=self.name, page_clamped=clamped)

    def all_hits(self, query, limit, offset=0):
        search = build_search(query, self._index(), with_facets=False)
        response = self._execute(search, offset, limit)
        return [_hit(raw, query) for raw in response["hits"]["hits"]]

    def count(self, query):
        response = self._execute(build_search(query, self._index(), with_facets=False), 0, 0)
        return response["hits"]["total"]["value"]

    def names(self, query, limit):
        if not query_words(query.text):
            return []
        response = self._execute(build_name_search(query, self._index()), 0, limit)
        return [_hit(raw, query) for raw in response["hits"]["hits"]]


class FallbackEngine:
    """The cluster first; the database engine when the cluster cannot answer or rejects the query (see
    connection.with_fallback: an outage opens the circuit breaker, a rejection is logged as an error)."""

    def __init__(self, primary, fallback):
        self.primary, self.fallback = primary, fallback
        self.name = primary.name

    def _fallback(self, method, *args):
        return with_fallback(cluster_breaker(), lambda: getattr(self.primary, method)(*args),
                             lambda: getattr(self.fallback, method)(*args), "directory search")

    def search(self, query, vocabulary=None):
        return self._fallback("search", query, vocabulary)

    def all_hits(self, query, limit, offset=0):
        return self._fallback("all_hits", query, limit, offset)

    def count(self, query):
        return self._fallback("count", query)

    def names(self, query, limit):
        return self._fallback("names", query, limit)
