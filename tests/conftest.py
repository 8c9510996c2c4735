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
    from tests.factories import build_site_tree

    return build_site_tree()


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
