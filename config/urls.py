from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from directory import urls as directory_urls
from home import urls as home_urls
from home.views import serve_media
from news import urls as news_urls
from search import urls as search_urls
from seo import urls as seo_urls

handler500 = "home.views.server_error"

# URLs without a language: the admin, documents, machine-readable endpoints.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *home_urls.unlocalized_urlpatterns,
    *news_urls.unlocalized_urlpatterns,
    *directory_urls.unlocalized_urlpatterns,
    *seo_urls.unlocalized_urlpatterns,
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media, name="media")]

# Every public page carries its language: /fr/…, /es/…, /en/…; "/" is redirected by LocaleMiddleware.
urlpatterns += i18n_patterns(
    *home_urls.urlpatterns,
    *news_urls.urlpatterns,
    *directory_urls.urlpatterns,
    *search_urls.urlpatterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
