from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import discovery, views
from .api import api_router

# Outside the language prefix (see config/urls.py): files for crawlers and the partners' API.
unlocalized_urlpatterns = [
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("sitemap.xml", discovery.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", discovery.sitemap_section, name="sitemap_section"),
    path("api/v2/", api_router.urls),
]

urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("search/suggestions/"), views.suggestions, name="search_suggestions"),
]
