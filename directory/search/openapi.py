"""OpenAPI 3 description of the directory search API, written by hand from the same definitions it documents
(facets, sorts, the list of public fields), so it cannot drift from what the API answers."""

from django.db import models

from .contract import MAX_RADIUS_KM, PER_PAGE, SORTS
from .facets import FACETS
from .forms import MAX_PAGE, MAX_QUERY_LENGTH, YEARS
from search.text import LANGUAGES

FACET_DESCRIPTIONS = {
    "region": "ISO 3166-2 code of a region, e.g. PE-CUS. Repeat for several (OR).",
    "city": "A city, as written in the directory (case-insensitive).",
    "area": "Slug of an area of work, e.g. education. Repeat for several (OR).",
    "scheme": "Code of a volunteering scheme, e.g. vsi, sci. Repeat for several (OR).",
    "language": "ISO 639 code of a language of work, e.g. spa, que. Repeat for several (OR).",
    "status": "hosting, hosted or prospected. Repeat for several (OR).",
    "accommodation": "provided, host-family, help or none. Repeat for several (OR).",
    "year": "A year in which the structure hosted volunteers. Repeat for several (OR).",
    "label": "A trust label: ruc (RUC number registered), apci (registered with APCI), visited (visited by the "
             "Lima team), hosted (has hosted volunteers), confirmed (entry confirmed by the structure within the "
             "last 12 months). Repeat for several: a structure must hold every one (AND).",
}


def _json_type(field):
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, (models.IntegerField,)):
        return {"type": "integer", "nullable": field.null}
    if isinstance(field, models.FloatField):
        return {"type": "number", "nullable": field.null}
    if isinstance(field, models.DateTimeField):
        return {"type": "string", "format": "date-time", "nullable": field.null}
    if isinstance(field, models.DateField):
        return {"type": "string", "format": "date", "nullable": field.null}
    return {"type": "string"}


def _coded(code_name):
    return {"type": "object", "required": [code_name, "name"], "additionalProperties": False,
            "properties": {code_name: {"type": "string"}, "name": {"type": "string"}}}


def structure_schema():
    from directory.models import HostStructure
    from directory.public import PUBLIC_FIELDS
    from directory.trust import LABEL_CODES

    properties = {name: _json_type(HostStructure._meta.get_field(name)) for name in PUBLIC_FIELDS}
    properties["presentation"] = {"type": "string", "description": "HTML (paragraphs, lists, links)."}
    properties.update({
        "region": {**_coded("code"), "nullable": True},
        "areas": {"type": "array", "items": _coded("slug")},
        "work_languages": {"type": "array", "items": _coded("slug")},
        "schemes": {"type": "array", "items": _coded("code")},
        "networks": {"type": "array", "items": _coded("slug")},
        "hosting_records": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["year", "scheme", "volunteers"],
            "properties": {"year": {"type": "integer"}, "scheme": {"type": "string"},
                           "volunteers": {"type": "integer"}}}},
        "language": {"type": "string", "enum": list(LANGUAGES)},
        "labels": {"type": "array", "items": {"type": "string", "enum": list(LABEL_CODES)},
                   "description": "Trust labels the structure holds today (see the label parameter)."},
        "url": {"type": "string", "format": "uri", "nullable": True,
                "description": "The structure's page in the requested language."},
        "distance_km": {"type": "number", "nullable": True,
                        "description": "Distance from the searched place (geographic searches only)."},
        "open_needs": {"type": "array", "items": need_schema(),
                       "description": "Volunteer needs open today (filled or past needs are never listed)."},
    })
    return {"type": "object", "additionalProperties": False, "required": sorted(properties),
            "properties": properties}


def need_schema():
    date = {"type": "string", "format": "date"}
    properties = {
        "profile": {"type": "string", "description": "The volunteer profile sought (written in text_language)."},
        "missions": {"type": "string"},
        "schemes": {"type": "array", "items": {"type": "string"}, "description": "Scheme codes, e.g. vsi, sci."},
        "starts_on": {**date, "description": "First day of the start period."},
        "duration_months": {"type": "integer", "nullable": True},
        "languages": {"type": "array", "items": {"type": "string"}, "description": "Language slugs."},
        "language_level": {"type": "string", "nullable": True, "enum": ["a2", "b1", "b2", "c1", None]},
        "place": {"type": "string"},
        "open_until": {**date, "description": "The need leaves every listing after this day."},
        "confirmed_on": {**date, "description": "When the structure or the Lima team last confirmed it."},
        "text_language": {"type": "string", "enum": list(LANGUAGES)},
    }
    return {"type": "object", "additionalProperties": False, "required": sorted(properties),
            "properties": properties}


def _parameters():
    array = {"type": "array", "items": {"type": "string"}, "maxItems": 30}
    parameters = [
        {"name": "lang", "in": "query", "description": "Language of names, labels and URLs.",
         "schema": {"type": "string", "enum": list(LANGUAGES), "default": "fr"}},
        {"name": "q", "in": "query", "description": "Words to find (accents, case and word forms ignored).",
         "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH}},
    ]
    for spec in FACETS:
        single = spec.name == "city"
        schema = {"type": "string", "maxLength": 100} if single else dict(array)
        if spec.name == "year":
            schema = {"type": "array", "maxItems": 30,
                      "items": {"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}}
        parameters.append({"name": spec.name, "in": "query", "description": FACET_DESCRIPTIONS[spec.name],
                           "schema": schema, **({} if single else {"style": "form", "explode": True})})
    parameters += [
        {"name": "needs", "in": "query", "description": "open: only structures with a volunteer need open today.",
         "schema": {"type": "string", "enum": ["open"]}},
        {"name": "near", "in": "query", "description": "Search around this city (see radius).",
         "schema": {"type": "string", "maxLength": 100}},
        {"name": "lat", "in": "query", "description": "Latitude of the point to search around (with lon).",
         "schema": {"type": "number", "minimum": -90, "maximum": 90}},
        {"name": "lon", "in": "query", "description": "Longitude of the point to search around (with lat).",
         "schema": {"type": "number", "minimum": -180, "maximum": 180}},
        {"name": "radius", "in": "query", "description": "Distance from the place, in kilometres.",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_RADIUS_KM, "default": 50}},
        {"name": "sort", "in": "query", "description": "Order of results ('distance' needs a place).",
         "schema": {"type": "string", "enum": list(SORTS), "default": "relevance"}},
        {"name": "page", "in": "query", "description": f"Page number ({PER_PAGE} results a page).",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}},
    ]
    return parameters


def schema(server_url="/"):
    facet_value = {"type": "object", "additionalProperties": False,
                   "required": ["value", "label", "count", "selected"],
                   "properties": {"value": {"type": "string"}, "label": {"type": "string"},
                                  "count": {"type": "integer", "minimum": 0}, "selected": {"type": "boolean"}}}
    facet = {"type": "object", "additionalProperties": False, "required": ["label", "values"],
             "properties": {"label": {"type": "string"},
                            "values": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}}}
    response = {
        "type": "object", "additionalProperties": False,
        "required": ["language", "count", "page", "num_pages", "per_page", "next", "previous", "did_you_mean",
                     "results", "facets"],
        "properties": {
            "language": {"type": "string", "enum": list(LANGUAGES)},
            "count": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "num_pages": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer"},
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True},
            "did_you_mean": {"type": "string", "nullable": True,
                             "description": "A corrected query, when this one found nothing and another would."},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Structure"}},
            "facets": {"type": "object", "additionalProperties": False,
                       "properties": {spec.name: {"$ref": "#/components/schemas/Facet"} for spec in FACETS},
                       "description": "Counts computed with every other filter applied, not the facet's own."},
        },
    }
    error = {"type": "object", "additionalProperties": False, "required": ["error"], "properties": {
        "error": {"type": "object", "additionalProperties": False, "required": ["message", "fields"],
                  "properties": {"message": {"type": "string"},
                                 "fields": {"type": "object",
                                            "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "France Volontaires Pérou — directory of host structures", "version": "1.0.0",
                 "description": "Read-only search over the public directory of host structures. "
                                "Internal notes, contact history and introduction requests are never exposed."},
        "servers": [{"url": server_url}],
        "paths": {"/api/v1/directory/": {"get": {
            "operationId": "searchDirectory",
            "summary": "Search host structures",
            "parameters": _parameters(),
            "responses": {
                "200": {"description": "A page of results with facets.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResponse"}}}},
                "400": {"description": "Invalid parameters (the reasons, per parameter).",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            },
        }}},
        "components": {"schemas": {"SearchResponse": response, "Structure": structure_schema(), "Facet": facet,
                                   "FacetValue": facet_value, "Error": error}},
    }
