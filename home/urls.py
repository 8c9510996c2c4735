from django.urls import path

from . import social_cards, views

unlocalized_urlpatterns = [
    path("", views.language_redirect, name="language_redirect"),
    path("social-cards/<str:language>.png", social_cards.social_card, name="social_card"),
]
urlpatterns = []
