"""Localized URLs of the alerts, next to the directory page: /<lang>/<directory>/alerts/…, feed.rss, feed.atom.
They sit one level below the structure pages (/<lang>/<directory>/<slug>/), so they shadow none of them."""

from django.urls import path, re_path

from . import views

urlpatterns = [
    re_path(r"^(?P<directory_slug>[-\w]+)/feed\.(?P<kind>rss|atom)$", views.feed, name="directory_search_feed"),
    path("<slug:directory_slug>/alerts/follow/", views.follow, name="directory_alert_follow"),
    path("<slug:directory_slug>/alerts/sent/", views.sent, name="directory_alert_sent"),
    path("<slug:directory_slug>/alerts/confirm/<str:token>/", views.confirm, name="directory_alert_confirm"),
    path("<slug:directory_slug>/alerts/unsubscribe/<str:token>/", views.unsubscribe,
         name="directory_alert_unsubscribe"),
]
