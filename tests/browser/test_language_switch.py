import pytest

from tests.browser.conftest import assert_no_horizontal_overflow

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switching_language_changes_the_visible_text(page, live_server, site_tree):
    page.goto(f"{live_server.url}/fr/")
    assert page.locator("h1").inner_text() == "Le volontariat international entre la France et le Pérou"
    page.get_by_role("link", name="Español").click()
    page.wait_for_url(f"{live_server.url}/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "El voluntariado internacional entre Francia y el Perú"
    assert page.get_by_role("link", name="Ir al contenido").count() == 1


def test_home_page_fits_a_phone(phone_page, live_server, site_tree):
    phone_page.goto(f"{live_server.url}/en/")
    assert phone_page.locator("h1").is_visible()
    assert_no_horizontal_overflow(phone_page)
