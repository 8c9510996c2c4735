import pytest

from tests.factories import content_page, translate_page


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
