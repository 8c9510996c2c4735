"""Host structures, vocabularies and directory pages for the directory tests (charlie)."""

from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Locale

from directory.factories import HostStructureFactory
from directory.models import HostingRecord, HostStructure, VolunteerNeed
from directory.translation import sync_translations


def translate_term(term, **names):
    """Spanish/English rows of a vocabulary term: translate_term(area, es="Educación", en="Education")."""
    rows = {}
    for language, name in names.items():
        rows[language] = type(term).objects.create(locale=Locale.objects.get(language_code=language),
                                                   translation_key=term.translation_key, name=name, slug=term.slug,
                                                   sort_order=term.sort_order)
    return rows


def structure(areas=(), schemes=(), records=(), translations=("es", "en"), texts=None, **fields):
    """A French structure with its relations, translated through wagtail-localize.

    records: [(year, scheme, volunteers)]; texts: {language: {field: text}} for the translations.
    """
    from directory.models import Scheme

    instance = HostStructureFactory.build(**fields)
    instance.areas.set(list(areas))
    instance.schemes.set(list(Scheme.objects.filter(code__in=schemes)))
    instance.hosting_records = [HostingRecord(year=y, scheme=s, volunteers=n) for y, s, n in records]
    instance.save()
    texts = texts or {}
    localized = {language: HostStructure(name=instance.name, slug=instance.slug, **texts[language])
                 for language in translations if language in texts}
    if translations:
        sync_translations(instance, localized=localized, languages=list(translations))
    return instance


class VolunteerNeedFactory(factory.django.DjangoModelFactory):
    """A need opening in three months; pass `structure` (the French row) and optionally `schemes=[codes]`."""

    profile = "Enseignant·e de français"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=90))
    duration_months = 12

    class Meta:
        model = VolunteerNeed

    @factory.post_generation
    def schemes(self, create, codes, **kwargs):
        from directory.models import Scheme

        if create and codes:
            self.schemes.set(list(Scheme.objects.filter(code__in=codes)))
