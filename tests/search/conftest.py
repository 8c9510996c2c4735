import pytest
from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory
from tests.factories import translate_page


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def content_page(parent, title, lead="", text="", **fields):
    """A published content page whose body holds `text`."""
    return ContentPageFactory(parent=parent, title=title, lead=lead, body=paragraph(text) if text else [], **fields)


@pytest.fixture
def reciprocity(site_tree):
    """One page about reciprocity, in the three languages."""
    page = content_page(site_tree["fr"], "Le volontariat de réciprocité", slug="reciprocite",
                        lead="Des volontaires péruviens accueillis en France.",
                        text="La réciprocité permet à de jeunes volontaires du Pérou de partir en mission.")
    return {
        "fr": page,
        "es": translate_page(page, "es", title="El voluntariado de reciprocidad", slug="reciprocidad",
                             lead="Voluntarios peruanos acogidos en Francia."),
        "en": translate_page(page, "en", title="Reciprocity volunteering", slug="reciprocity",
                             lead="Peruvian volunteers hosted in France."),
    }


@pytest.fixture
def hidden_pages(site_tree):
    """Pages a reader must never find, each holding the word "secretword"."""
    home = site_tree["fr"]
    draft = content_page(home, "Brouillon secretword", slug="brouillon", lead="Texte secretword du brouillon.")
    draft.unpublish()
    private = content_page(home, "Espace privé secretword", slug="prive", lead="secretword réservé à l'équipe.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    child_of_private = content_page(private, "Sous-page secretword", slug="sous-page", lead="secretword")
    live = content_page(home, "Page publique", slug="publique", lead="Texte public.")
    # A published page whose newest revision (a draft) adds the word: only the published text may show.
    live.lead = "secretword dans le brouillon seulement"
    live.save_revision()
    from datetime import timedelta

    from django.utils import timezone

    expired = content_page(home, "Expirée secretword", slug="expiree", lead="secretword expiré")
    type(expired).objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    return {"draft": draft, "private": private, "child_of_private": child_of_private, "live": live,
            "expired": expired}
