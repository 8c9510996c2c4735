"""Wagtail's autosave keeps a draft of a page the editor left; starting the page again never fails on the slug:
the new page takes the next free one and the editor is offered the old draft."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import ContentPage
from tests.factories import content_page
from tests.html import parse, text_of

pytestmark = pytest.mark.django_db


def create(client, parent, title, slug, **extra):
    data = nested_form_data({"title": title, "slug": slug, "lead": "", "body": streamfield([]),
                             "comments": inline_formset([]), "search_description": "", "seo_title": ""})
    return client.post(reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk]),
                       {**data, **extra}, follow=True)


def test_new_page_after_an_abandoned_draft_gets_a_free_slug_and_a_link_to_the_draft(admin_client, site_tree):
    home = site_tree["fr"]
    create(admin_client, home, "Nos partenaires", "nos-partenaires")  # autosaved, then left
    abandoned = ContentPage.objects.get(slug="nos-partenaires")
    assert not abandoned.live

    response = create(admin_client, home, "Nos partenaires", "nos-partenaires")
    soup = parse(response)
    assert ContentPage.objects.filter(slug="nos-partenaires-2", live=False).exists()
    message = soup.select_one(".messages")
    assert "« nos-partenaires-2 »" in text_of(message)
    old_draft_link = message.select_one("a")
    assert old_draft_link["href"] == reverse("wagtailadmin_pages:edit", args=[abandoned.pk])


def test_a_published_page_still_protects_its_slug(admin_client, site_tree):
    home = site_tree["fr"]
    content_page(home, "À propos", slug="a-propos", lead="")
    response = create(admin_client, home, "À propos", "a-propos")
    errors = [text_of(error) for error in parse(response).select(".error-message")]
    assert any("a-propos" in error for error in errors)
    assert ContentPage.objects.filter(slug__startswith="a-propos").count() == 1
