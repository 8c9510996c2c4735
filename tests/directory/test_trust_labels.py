"""Trust labels: shown on the structure page and on result cards, explained on a page of their own, and
usable as a search filter by the page, the JSON API and its schema. What each engine returns for each label
is in the shared contract (test_search_contract.py); here, the request Elasticsearch receives."""

from datetime import date, timedelta

import pytest
from django.utils import timezone, translation

from directory.models import HostStructure
from directory.search.contract import SearchQuery
from directory.search.elasticsearch import build_search
from directory.search.openapi import schema
from directory.trust import LABEL_CODES
from tests.html import anywhere, hrefs, parse, texts

pytestmark = pytest.mark.django_db


# --- Elasticsearch request (no cluster) ---------------------------------------------------------------------

def test_elasticsearch_filters_stored_labels_and_computes_confirmed_from_the_date():
    body = build_search(SearchQuery.build(filters={"label": ["ruc", "confirmed"]}), "fvp_directory").to_dict()
    condition = body["post_filter"]["bool"]["filter"][0]["bool"]
    # Labels combine with AND: each one is a filter of its own.
    assert {"term": {"labels": "ruc"}} in condition["filter"]
    assert {"range": {"confirmed_at": {"gte": "now-365d"}}} in condition["filter"]
    assert "should" not in condition
    aggregation = body["aggs"]["label"]
    assert aggregation["aggs"]["values"]["terms"]["field"] == "labels"
    assert aggregation["aggs"]["confirmed"] == {"filter": {"range": {"confirmed_at": {"gte": "now-365d"}}}}


def test_elasticsearch_documents_hold_lasting_labels_and_the_confirmation_date():
    from directory.search import documents

    properties = documents.index_body()["mappings"]["properties"]
    assert properties["labels"]["type"] == "keyword" and properties["confirmed_at"]["type"] == "date"


# --- Page, cards, API ----------------------------------------------------------------------------------------

@pytest.fixture
def labelled(sample_structure, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for row in HostStructure.objects.filter(translation_key=sample_structure.translation_key):
            row.ruc_number, row.apci_registered = "20123456789", True
            row.last_visit_on, row.confirmed_at = date(2024, 5, 14), timezone.now() - timedelta(days=20)
            row.save()
    return sample_structure


def test_labels_render_on_the_structure_page(client, labelled):
    with translation.override("en"):
        document = parse(client.get("/en/directory/mano-a-mano/"))
    labels = texts(document, "ul.trust-labels li.trust-label")
    for text in ("RUC number 20123456789 registered", "Registered with APCI",
                 "Visited by the Lima team on 14 May 2024", "Has hosted volunteers in 2023, 2024",
                 "Confirmed within the last 12 months"):
        assert text in labels
    assert texts(document, "li.trust-label--ruc") == ["RUC number 20123456789 registered"]


def test_a_structure_without_facts_has_no_label(client, directory_tree):
    from tests.directory.factories import structure

    structure(name="Sin Datos", slug="sin-datos", translations=())
    assert not parse(client.get("/fr/annuaire/sin-datos/")).select(".trust-labels, .trust-label")


def test_labels_on_result_cards_and_as_a_filter_of_the_page(client, labelled, django_capture_on_commit_callbacks):
    from tests.directory.factories import structure

    with django_capture_on_commit_callbacks(execute=True):
        structure(name="Sin Datos", slug="sin-datos", translations=("es", "en"))
    with translation.override("en"):
        filtered = parse(client.get("/en/directory/", {"label": "apci"}))
        unfiltered = parse(client.get("/en/directory/"))
    assert texts(filtered, "h3.search-result__title") == ["Mano a Mano"] and not anywhere(filtered, "Sin Datos")
    assert filtered.select("main li.trust-label--apci")
    assert unfiltered.select("input[name=label][value=apci]")  # offered as a filter


def test_the_api_filters_on_labels_and_lists_them(client, labelled, django_capture_on_commit_callbacks):
    from tests.directory.factories import structure

    with django_capture_on_commit_callbacks(execute=True):
        structure(name="Sin Datos", slug="sin-datos", translations=("es", "en"))
    body = client.get("/api/v1/directory/", {"lang": "es", "label": "ruc"}).json()
    assert [result["name"] for result in body["results"]] == ["Mano a Mano"]
    assert body["results"][0]["labels"] == ["ruc", "apci", "visited", "hosted", "confirmed"]
    counts = {value["value"]: value["count"] for value in body["facets"]["label"]["values"]}
    assert counts["ruc"] == 1 and counts["hosted"] == 1
    assert client.get("/api/v1/directory/", {"label": "bogus"}).status_code == 400


def test_the_openapi_schema_documents_the_label_filter():
    document = schema()
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/directory/"]["get"]["parameters"]}
    assert "label" in parameters and "confirmed" in parameters["label"]["description"]
    labels = document["components"]["schemas"]["Structure"]["properties"]["labels"]
    assert labels["items"]["enum"] == list(LABEL_CODES)


def test_labels_link_to_the_explanation_page_in_each_language(client, labelled, directory_tree, site_tree):
    from home.models import ContentPage
    from tests.factories import translate_page

    explanation = site_tree["fr"].add_child(instance=ContentPage(title="Labels de confiance", slug="labels"))
    explanation.save_revision().publish()
    spanish = translate_page(explanation, "es", title="Sellos de confianza", slug="sellos")
    page = directory_tree["fr"]
    page.trust_labels_page = explanation
    page.save_revision().publish()
    directory_es = directory_tree["es"]
    directory_es.trust_labels_page = spanish
    directory_es.save_revision().publish()
    french = parse(client.get("/fr/annuaire/mano-a-mano/"))
    assert set(hrefs(french, "li.trust-label a")) == {explanation.url}
    with translation.override("es"):
        spanish_page = parse(client.get("/es/directorio/mano-a-mano/"))
    assert set(hrefs(spanish_page, "li.trust-label a")) == {spanish.url}
