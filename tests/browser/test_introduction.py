"""A sending structure finds a host structure's page and asks the Lima team for an introduction."""

import re

import pytest
from django.core import mail

from directory.models import IntroductionRequest
from tests.browser.conftest import assert_no_horizontal_overflow
from directory.factories import AreaOfWorkFactory
from tests.directory.factories import structure
from tests.site_builder import build_site_tree, directory_pages, restore_migration_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_tree(transactional_db):
    # A transactional test empties every table afterwards, data migrations' rows included.
    restore_migration_data()
    return build_site_tree()


def test_sending_structure_asks_for_an_introduction(page, live_server, site_tree):
    directory_pages(site_tree)
    structure(name="CEDEP Ayllu", slug="cedep-ayllu", areas=[AreaOfWorkFactory(name="Éducation", slug="education")],
              schemes=["sci"], records=[(2024, "sci", 2)], translations=())
    page.goto(f"{live_server.url}/fr/annuaire/cedep-ayllu/")
    assert page.locator("h1").inner_text().startswith("CEDEP Ayllu")
    page.get_by_role("link", name="Demander une mise en relation").click()
    # The form has a page of its own, so that the structure page can be cached.
    page.wait_for_url(re.compile(r"/fr/annuaire/cedep-ayllu/introduction/$"))

    form = page.locator("#introduction form")
    form.get_by_role("button", name="Envoyer ma demande").click()  # empty: the browser is not asked to validate
    assert page.get_by_text("Veuillez corriger les champs signalés ci-dessous.").is_visible()

    form = page.locator("#introduction form")
    form.get_by_label("Votre organisation").fill("La Guilde")
    form.get_by_label("Personne de contact").fill("Camille Durand")
    form.get_by_label("E-mail").fill("camille@example.org")
    form.get_by_label("Service civique international (SCI)").check()
    form.get_by_label("Période souhaitée").fill("Septembre 2026, 10 mois")
    form.get_by_label("Votre projet en quelques lignes").fill("Nous préparons une mission de service civique.")
    form.get_by_label("J'accepte que France Volontaires Pérou").check()
    form.get_by_role("button", name="Envoyer ma demande").click()

    page.wait_for_url(re.compile(r"/fr/annuaire/cedep-ayllu/introduction/sent/"))
    assert page.locator("h1").inner_text() == "Merci, votre demande a bien été envoyée"
    request = IntroductionRequest.objects.get()
    assert (request.organisation, request.schemes, request.language) == ("La Guilde", ["sci"], "fr")
    assert len(mail.outbox) == 2


def test_structure_page_fits_a_phone(phone_page, live_server, site_tree):
    directory_pages(site_tree)
    structure(name="Centro Andino de Educación y Promoción José María Arguedas", slug="cadep",
              records=[(2024, "sci", 2), (2024, "vsi", 1), (2024, "chantier", 6)], translations=())
    phone_page.goto(f"{live_server.url}/fr/annuaire/cadep/")
    assert phone_page.locator(".region-map").first.is_visible()
    assert_no_horizontal_overflow(phone_page)
