"""A sending structure searches the directory in Spanish, narrows by scheme, opens a result and comes back."""

import pytest

from tests.directory.search_contract import build_directory, build_directory_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def spanish_directory(site_tree):
    from directory.search.indexing import sync_all

    build_directory_pages(site_tree)
    build_directory()
    sync_all()


def test_search_filter_open_and_come_back_with_filters_kept(page, live_server, spanish_directory):
    page.goto(f"{live_server.url}/es/directorio/")
    page.get_by_role("searchbox", name="Buscar en el directorio").fill("cusco educacion")
    page.get_by_role("searchbox", name="Buscar en el directorio").press("Enter")
    page.wait_for_url("**q=cusco+educacion**")
    results = page.locator(".search-result__title a")
    assert "Colegio Sol Andino" in results.all_inner_texts()
    before = page.locator("#search-summary").inner_text()

    page.locator("#facet-scheme-sci").check()
    page.wait_for_url("**scheme=sci**")
    page.wait_for_function("(before) => document.querySelector('#search-summary').textContent !== before",
                           arg=before)
    assert page.locator("#search-announcer").inner_text() == page.locator("#search-summary").inner_text()
    assert results.all_inner_texts() == ["Colegio Sol Andino"]

    results.first.click()
    page.wait_for_url("**/es/directorio/structure-*/")
    assert page.locator("h1").inner_text().startswith("Colegio Sol Andino")

    page.go_back()
    page.wait_for_url("**scheme=sci**")
    assert page.locator("#facet-scheme-sci").is_checked()
    assert page.get_by_role("searchbox", name="Buscar en el directorio").input_value() == "cusco educacion"
    assert results.all_inner_texts() == ["Colegio Sol Andino"]
