from django.urls import path

from .search.urls import unlocalized_urlpatterns as search_urlpatterns
from .views.edition import edition_for_directory

unlocalized_urlpatterns = [*search_urlpatterns]  # JSON API and exports of the search (delta)
urlpatterns = [
    # /fr/annuaire/edition.pdf: outside the page's routes because Wagtail page paths end with a slash.
    path("<slug:directory_slug>/edition.pdf", edition_for_directory, name="directory_edition"),
]
