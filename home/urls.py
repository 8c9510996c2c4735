from django.urls import path

from . import views

unlocalized_urlpatterns = [
    path("", views.language_redirect, name="language_redirect"),
]
urlpatterns = []
