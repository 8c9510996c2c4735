"""Unlocalized endpoints of the directory search (the language is the `lang` parameter)."""

from django.urls import path

from .api import directory_search_api, directory_search_openapi
from .exports import directory_search_export

unlocalized_urlpatterns = [
    path("api/v1/directory/", directory_search_api, name="directory_search_api"),
    path("api/v1/directory/openapi.json", directory_search_openapi, name="directory_search_openapi"),
    path("api/v1/directory/export.<str:fmt>", directory_search_export, name="directory_search_export"),
]
