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


@pytest.fixture
def hidden_pages(site_tree):
    """Pages a reader must never find, each holding the word "secretword" (search, sitemaps, API)."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    from tests.factories import content_page

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
    expired = content_page(home, "Expirée secretword", slug="expiree", lead="secretword expiré")
    type(expired).objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    return {"draft": draft, "private": private, "child_of_private": child_of_private, "live": live,
            "expired": expired}


# The Lima team, one user per group of editors/groups.py.

@pytest.fixture
def administrator(db):
    from editors.groups import ADMINISTRATORS
    from tests.factories import member

    return member("ana", ADMINISTRATORS)


@pytest.fixture
def editor(db):
    from editors.groups import EDITORS
    from tests.factories import member

    return member("eduardo", EDITORS)


@pytest.fixture
def translator(db):
    from editors.groups import TRANSLATORS
    from tests.factories import member

    return member("teresa", TRANSLATORS)


@pytest.fixture
def directory_editor(db):
    from editors.groups import DIRECTORY_EDITORS
    from tests.factories import member

    return member("diego", DIRECTORY_EDITORS)


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
