from django.urls import path

from .alerts.urls import urlpatterns as alert_urlpatterns
from .search.urls import unlocalized_urlpatterns as search_urlpatterns
from .confirmation.views import confirmation_page
from .editions.views import edition_for_directory

unlocalized_urlpatterns = [*search_urlpatterns]  # JSON API and exports of the search (delta)
urlpatterns = [
    # /fr/annuaire/edition.pdf: outside the page's routes because Wagtail page paths end with a slash.
    path("<slug:directory_slug>/edition.pdf", edition_for_directory, name="directory_edition"),
    # The yearly confirmation link of a structure (signed token, no account).
    path("confirmation/<str:token>/", confirmation_page, name="directory_confirmation"),
    *alert_urlpatterns,  # follow a search by e-mail, its confirmation and unsubscribe links, its feeds
]
