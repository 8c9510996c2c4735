"""Factories of the directory's vocabularies, host structures and pages: the tests and the demo loader build
with them."""

import factory
import wagtail_factories
from wagtail.models import Locale

from directory.models import AreaOfWork, DirectoryIndexPage, HostStructure, Region, WorkLanguage


def french():
    return Locale.objects.get(language_code="fr")


class AreaOfWorkFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Domaine {n}")
    slug = factory.Sequence(lambda n: f"domaine-{n}")
    locale = factory.LazyFunction(french)

    class Meta:
        model = AreaOfWork


class WorkLanguageFactory(factory.django.DjangoModelFactory):
    name = "Quechua"
    slug = "que"
    locale = factory.LazyFunction(french)

    class Meta:
        model = WorkLanguage
        django_get_or_create = ("slug", "locale")


class HostStructureFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Asociación {n}")
    slug = factory.Sequence(lambda n: f"asociacion-{n}")
    locale = factory.LazyFunction(french)
    status = "hosting"
    city = "Cusco"
    region = factory.LazyFunction(lambda: Region.objects.get(code="PE-CUS"))
    short_description = factory.Sequence(lambda n: f"Courte description {n}.")
    presentation = "<p>Une présentation en français.</p>"

    class Meta:
        model = HostStructure


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Annuaire"
    slug = "annuaire"

    class Meta:
        model = DirectoryIndexPage
