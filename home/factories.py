"""Factories of the home app's pages, images and partners: the tests and the demo loader build with them."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ContentPage, HomePage, Partner, ProgrammeIndexPage, ProgrammePage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.Sequence(lambda n: f"Description of image {n}")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = factory.Sequence(lambda n: f"accueil-{n}")
    hero_title = "Le volontariat international entre la France et le Pérou"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    lead = "Un chapeau pour la page."

    class Meta:
        model = ContentPage


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programmes"
    slug = "programmes"

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    lead = "Un programme de France Volontaires."
    start_year = 2020
    countries = "Pérou, Bolivie"

    class Meta:
        model = ProgrammePage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partenaire {n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        model = Partner
