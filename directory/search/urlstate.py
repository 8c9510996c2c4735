"""A search as URL parameters: the one canonical spelling used by links, pagination, exports and the API."""

from urllib.parse import urlencode

from .contract import DEFAULT_RADIUS_KM, SORT_RELEVANCE
from .facets import FACETS


def query_params(query, page=None, text=None, toggle=None, include_language=False):
    """[(name, value)] for `query`; `page`/`text` override, `toggle=(facet, value)` adds or removes a value."""
    params = []
    if include_language:
        params.append(("lang", query.language))
    text = query.text if text is None else text
    if text:
        params.append(("q", text))
    for spec in FACETS:
        values = list(query.selected(spec.name))
        if toggle and toggle[0] == spec.name:
            values = [v for v in values if v != toggle[1]] if toggle[1] in values else values + [toggle[1]]
        params += [(spec.name, value) for value in values]
    params += [("needs", value) for value in query.selected("needs")]
    if query.geo is not None:
        if query.geo.city:
            params.append(("near", query.geo.city))
        else:
            params += [("lat", f"{query.geo.latitude:g}"), ("lon", f"{query.geo.longitude:g}")]
        if query.geo.radius_km != DEFAULT_RADIUS_KM:
            params.append(("radius", f"{query.geo.radius_km:g}"))
    if query.sort != SORT_RELEVANCE:
        params.append(("sort", query.sort))
    page = query.page if page is None else page
    if page and page > 1:
        params.append(("page", str(page)))
    return params


def query_string(query, **kwargs):
    params = query_params(query, **kwargs)
    return "?" + urlencode(params) if params else ""


def without_geo(query):
    params = [(name, value) for name, value in query_params(query, page=1)
              if name not in ("near", "lat", "lon", "radius") and not (name == "sort" and value == "distance")]
    return "?" + urlencode(params) if params else ""
