"""Fixtures of the directory's page and model tests (import with `from tests.directory.fixtures import *`)."""

import pytest

from directory.factories import AreaOfWorkFactory
from tests.directory.factories import directory_pages, structure, translate_term

__all__ = ["directory_tree", "education", "sample_structure"]


@pytest.fixture
def directory_tree(site_tree):
    return directory_pages(site_tree)


@pytest.fixture
def education(db):
    area = AreaOfWorkFactory(name="Éducation", slug="education")
    translate_term(area, es="Educación", en="Education")
    return area


@pytest.fixture
def sample_structure(directory_tree, education):
    return structure(
        name="Mano a Mano", slug="mano-a-mano", areas=[education], schemes=["vsi", "sci"],
        records=[(2024, "vsi", 4), (2024, "sci", 4), (2024, "hors-dispositif", 6), (2023, "vsi", 2)],
        short_description="Une association de Cusco.", presentation="<p>Présentation française.</p>",
        texts={"es": {"short_description": "Una asociación de Cusco.", "presentation": "<p>Presentación española.</p>"},
               "en": {"short_description": "An association in Cusco.", "presentation": "<p>English presentation.</p>"}},
    )
