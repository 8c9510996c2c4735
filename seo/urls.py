from django.urls import path

from . import views
from .api import api_router

# Outside the language prefix (see config/urls.py): files for crawlers and the partners' API.
unlocalized_urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("api/v2/", api_router.urls),
]

# seo/urls.py is also a URLconf of its own: the one API 404s are reported under (seo.api.JsonNotFoundMiddleware).
urlpatterns = unlocalized_urlpatterns
