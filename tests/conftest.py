import os

import pytest
from django.utils import translation

from tests.cluster import (  # noqa: F401
    _cluster_rejections_fail, cluster, cluster_proxy, cluster_rejections, search_cluster,
)

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def site_tree(db):
    """{"fr"|"es"|"en": HomePage}: the three language roots, French as the default site's root."""
    from tests.site_builder import build_site_tree

    return build_site_tree()


@pytest.fixture
def directory_tree(site_tree):
    """{"fr"|"es"|"en": DirectoryIndexPage} at /fr/annuaire/, /es/directorio/, /en/directory/."""
    from tests.site_builder import directory_pages

    return directory_pages(site_tree)


@pytest.fixture
def education(db):
    """The area of work "Éducation" in the three languages."""
    from directory.factories import AreaOfWorkFactory
    from tests.directory.factories import translate_term

    area = AreaOfWorkFactory(name="Éducation", slug="education")
    translate_term(area, es="Educación", en="Education")
    return area


@pytest.fixture
def sample_structure(directory_tree, education):
    """Mano a Mano, in Cusco, with hosting records and its own texts in each language."""
    from tests.directory.factories import structure

    return structure(
        name="Mano a Mano", slug="mano-a-mano", areas=[education], schemes=["vsi", "sci"],
        records=[(2024, "vsi", 4), (2024, "sci", 4), (2024, "hors-dispositif", 6), (2023, "vsi", 2)],
        short_description="Une association de Cusco.", presentation="<p>Présentation française.</p>",
        texts={"es": {"short_description": "Una asociación de Cusco.", "presentation": "<p>Presentación española.</p>"},
               "en": {"short_description": "An association in Cusco.", "presentation": "<p>English presentation.</p>"}},
    )


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("fr")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: Wagtail keeps renditions there (paths into an earlier test's media
    folder, whose image ids the next test reuses) and the page cache keeps whole pages."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
