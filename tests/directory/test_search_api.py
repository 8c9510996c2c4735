"""The JSON API of the directory search and its OpenAPI description."""

import re

import pytest

from directory.search.facets import FACETS
from directory.search.forms import SearchForm
from tests.directory.search_contract import directory_site, expected_counts, expected_names  # noqa: F401

pytestmark = pytest.mark.django_db
API = "/api/v1/directory/"


def node_path(ref):
    assert ref.startswith("#/"), ref
    return ref[2:].split("/")


def validate(document, node, value, where="$"):
    """A small validator for the subset of OpenAPI 3.0 schemas the API description uses."""
    if "$ref" in node:
        target = document
        for part in node_path(node["$ref"]):
            target = target[part]
        return validate(document, target, value, where)
    if value is None:
        assert node.get("nullable"), f"{where} is null"
        return
    expected = node.get("type")
    checks = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int,
              "number": (int, float)}
    if expected:
        assert isinstance(value, checks[expected]) and not (expected in ("integer", "number")
                                                             and isinstance(value, bool)), f"{where}: {value!r}"
    if "enum" in node:
        assert value in node["enum"], f"{where}: {value!r}"
    if "minimum" in node:
        assert value >= node["minimum"], where
    if expected == "object":
        properties = node.get("properties", {})
        for name in node.get("required", []):
            assert name in value, f"{where}.{name} missing"
        for name, item in value.items():
            if name in properties:
                validate(document, properties[name], item, f"{where}.{name}")
            else:
                extra = node.get("additionalProperties", True)
                assert extra is not False, f"{where}.{name} is not documented"
                if isinstance(extra, dict):
                    validate(document, extra, item, f"{where}.{name}")
    if expected == "array":
        for index, item in enumerate(value):
            validate(document, node["items"], item, f"{where}[{index}]")


@pytest.fixture
def openapi(client):
    response = client.get(API + "openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_schema_is_a_well_formed_openapi_document(openapi):
    assert openapi["openapi"].startswith("3.") and openapi["info"]["title"] and openapi["info"]["version"]
    operation = openapi["paths"][API]["get"]
    assert set(operation["responses"]) == {"200", "400"}
    for parameter in operation["parameters"]:
        assert {"name", "in", "schema"} <= set(parameter) and parameter["in"] == "query"
    # Every reference points at something.
    text = repr(openapi)
    for ref in re.findall(r"'\$ref': '([^']+)'", text):
        target = openapi
        for part in node_path(ref):
            target = target[part]
        assert isinstance(target, dict)


def test_the_schema_documents_exactly_the_parameters_the_api_reads(openapi):
    documented = {parameter["name"] for parameter in openapi["paths"][API]["get"]["parameters"]}
    form = SearchForm(language="fr")
    assert documented == set(form.fields) | {spec.name for spec in FACETS} | {"lang"}


def test_answers_match_the_schema(client, openapi, directory_site):
    schema = openapi["components"]["schemas"]["SearchResponse"]
    for url in [API, API + "?lang=es&q=cusco&sort=name", API + "?lang=en&near=Cusco&radius=80&sort=distance",
                API + "?region=PE-LIM&page=1&year=2024", API + "?q=colegoi"]:
        response = client.get(url)
        assert response.status_code == 200, response.content
        validate(openapi, schema, response.json())
    for url in [API + "?lang=xx", API + "?region=NOPE", API + "?page=abc", API + "?page=900"]:
        response = client.get(url)
        assert response.status_code == 400
        validate(openapi, openapi["components"]["schemas"]["Error"], response.json())


def test_results_facets_and_pagination(client, directory_site):
    specs = directory_site["specs"]
    filters = {"region": ["PE-CUS", "PE-LIM"]}
    data = client.get(API + "?lang=es&region=PE-CUS&region=PE-LIM&sort=name").json()
    assert data["count"] == len(expected_names(specs, filters))
    assert data["per_page"] == 20 and data["page"] == 1
    names = [result["name"] for result in data["results"]]
    rest = client.get(data["next"]).json() if data["next"] else {"results": []}
    assert sorted(names + [result["name"] for result in rest["results"]]) == expected_names(specs, filters)
    assert all(result["language"] == "es" and "/es/directorio/" in result["url"] for result in data["results"])
    regions = {value["value"]: value for value in data["facets"]["region"]["values"]}
    expected = expected_counts(specs, filters, "region")
    assert {code: value["count"] for code, value in regions.items()} == expected
    assert regions["PE-CUS"]["selected"] and data["facets"]["region"]["label"] == "Región"


@pytest.mark.parametrize("params", ["lang=de", "region=XX", "page=0", "page=abc", "page=99999999999999999999",
                                    "lat=91&lon=0", "lat=1", "q=" + "x" * 10_000, "radius=-5&near=Lima",
                                    "year=1066", "sort=distance", "scheme=" + "z" * 500])
def test_bad_input_is_a_400_with_reasons(client, directory_site, params):
    response = client.get(f"{API}?{params}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"] and error["fields"]


def test_never_an_internal_field(client, directory_site, openapi):
    data = client.get(API + "?q=caritas").json()
    result = data["results"][0]
    documented = set(openapi["components"]["schemas"]["Structure"]["properties"])
    assert set(result) == documented
    for internal in ("external_id", "is_public", "internal_notes", "contact_log", "introduction_requests", "id",
                     "translation_key"):
        assert internal not in result
