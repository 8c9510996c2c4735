"""The Elasticsearch engine (when ELASTICSEARCH_URL is set), and the fallback to the database engine.

Facets are disjunctive: facet filters go in `post_filter` (they narrow the hits, not the aggregations), and
each facet's aggregation is wrapped in a filter aggregation holding every *other* facet filter.
"""

import logging
import threading

from django.conf import settings
from elasticsearch_dsl import A, Q, Search

from . import labelfilter
from .contract import SORT_DISTANCE, SORT_RECENT, SORT_RELEVANCE, Hit, SearchResults, clamp_page
from .facets import FACETS
from .geo import haversine_km
from .labels import build_facets
from .text import LANGUAGES, query_words

logger = logging.getLogger(__name__)
_clients = {}
_lock = threading.Lock()
NAME_BOOST, OWN_BOOST, OTHER_BOOST = 4, 2, 1


def elasticsearch_enabled():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def elasticsearch_errors():
    """Exceptions meaning "Elasticsearch cannot answer now" (down, timeout, missing index, bad gateway…)."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    return (TransportError, ApiError, ConnectionError, TimeoutError)


def client():
    from elasticsearch import Elasticsearch

    url = settings.ELASTICSEARCH_URL
    with _lock:
        if url not in _clients:
            # No retries: when the cluster is down, the reader gets the database's answer at once.
            _clients[url] = Elasticsearch(url, request_timeout=settings.ELASTICSEARCH_TIMEOUT, max_retries=0,
                                          retry_on_timeout=False)
        return _clients[url]


def _text_query(words, language):
    """Every word must match somewhere (AND), fuzzily or as a prefix; the reader's language weighs more."""
    fields = [("name", NAME_BOOST), ("acronym", NAME_BOOST)] + [
        (f"text_{other}", OWN_BOOST if other == language else OTHER_BOOST) for other in LANGUAGES]
    per_word = []
    for word in words:
        should = []
        for field, boost in fields:
            should.append(Q("match", **{field: {"query": word, "fuzziness": "AUTO", "prefix_length": 1,
                                                 "boost": boost}}))
            should.append(Q("match_phrase_prefix", **{field: {"query": word, "boost": boost}}))
        per_word.append(Q("bool", should=should, minimum_should_match=1))
    return Q("bool", must=per_word)


def facet_filter(spec, values):
    if spec.name == "label":
        return labelfilter.es_filter(values)
    return Q("terms", **{spec.column: list(values)})


def build_search(query, index, with_facets=True):
    """The request for one search page (facets, hits, suggestions), as an elasticsearch-dsl Search."""
    search = Search(index=index).extra(track_total_hits=True)
    words = query_words(query.text)
    must = [_text_query(words, query.language)] if words else []
    place = []
    if query.geo is not None:
        place.append(Q("geo_distance", distance=f"{query.geo.radius_km}km",
                       location={"lat": query.geo.latitude, "lon": query.geo.longitude}))
    search = search.query(Q("bool", must=must or [Q("match_all")], filter=place))
    filters = {spec.name: facet_filter(spec, query.selected(spec.name)) for spec in FACETS
               if query.selected(spec.name)}
    if filters:
        search = search.post_filter(Q("bool", filter=list(filters.values())))
    for spec in FACETS if with_facets else ():
        others = [condition for name, condition in filters.items() if name != spec.name]
        aggregation = A("filter", Q("bool", filter=others)) if others else A("filter", Q("match_all"))
        aggregation.bucket("values", "terms", field=spec.column, size=spec.size)
        if spec.name == "label":
            labelfilter.es_add_confirmed_bucket(aggregation)
        search.aggs.bucket(spec.name, aggregation)
    search = search.sort(*_sort(query))
    if words and with_facets:
        search = search.suggest("did_you_mean", " ".join(words), term={
            "field": "suggest", "suggest_mode": "missing", "min_word_length": 4, "sort": "score"})
    return search.source(["translation_key", f"structure_{query.language}", "location"])


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
        return client().search(index=self._index(), body=body).body

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
        labelfilter.es_confirmed_count(counts, response["aggregations"])
        return SearchResults(
            query=query, hits=[_hit(raw, query) for raw in response["hits"]["hits"]], total=total,
            facets=build_facets(query, counts, vocabulary),
            did_you_mean=_suggestion(response, query_words(query.text)) if not total else "",
            engine=self.name, page_clamped=clamped)

    def all_hits(self, query, limit):
        search = build_search(query, self._index(), with_facets=False)
        response = self._execute(search, 0, limit)
        return [_hit(raw, query) for raw in response["hits"]["hits"]]


class FallbackEngine:
    """Elasticsearch first; on any error of the cluster, the database engine and a warning in the log."""

    def __init__(self, primary, fallback):
        self.primary, self.fallback = primary, fallback
        self.name = primary.name

    def _fallback(self, method, *args):
        try:
            return getattr(self.primary, method)(*args)
        except elasticsearch_errors() as error:
            logger.warning("Elasticsearch unavailable (%s: %s); searching the database instead",
                           type(error).__name__, error)
            return getattr(self.fallback, method)(*args)

    def search(self, query, vocabulary=None):
        return self._fallback("search", query, vocabulary)

    def all_hits(self, query, limit):
        return self._fallback("all_hits", query, limit)
