"""Factories of the news app's pages and snippets: the tests and the demo loader build with them."""

from datetime import date, datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from news.models import (
    EventIndexPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    PortraitIndexPage,
    PortraitPage,
)
from news.models.events import EVENT_TIME_ZONE


def lima(*args):
    """An aware datetime in Lima time: lima(2024, 6, 3, 9, 0)."""
    return datetime(*args, tzinfo=EVENT_TIME_ZONE)


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Catégorie {n}")
    slug = factory.Sequence(lambda n: f"categorie-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"
    slug = "actualites"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    lead = "Le chapeau de l'article."
    date = date(2024, 6, 5)

    class Meta:
        model = NewsPage

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        for order, category in enumerate(extracted or []):
            self.news_categories.create(category=category, sort_order=order)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Événement {n}")
    slug = factory.Sequence(lambda n: f"evenement-{n}")
    lead = "Un événement de l'Espace Volontariats."
    start = lima(2024, 6, 3, 9, 0)
    end = lima(2024, 6, 5, 18, 0)
    place = "Alliance Française de Lima"
    city = "Lima"

    class Meta:
        model = EventPage


class PortraitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Portraits"
    slug = "portraits"

    class Meta:
        model = PortraitIndexPage


class PortraitPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"{page.first_name} {page.last_name}")
    slug = factory.Sequence(lambda n: f"portrait-{n}")
    first_name = factory.Sequence(lambda n: f"Prénom{n}")
    last_name = "Volontaire"
    quote = "Cada día me brinda sorpresas."
    quote_language = "es"
    scheme = "vsi"
    direction = "france-peru"
    start_year = 2024
    mission_city = "Lima"

    class Meta:
        model = PortraitPage
