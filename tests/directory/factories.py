"""Host structures, vocabularies and directory pages for the directory tests (charlie)."""

from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Locale

from directory.factories import DirectoryIndexPageFactory, HostStructureFactory
from directory.models import HostingRecord, HostStructure, VolunteerNeed
from directory.translation import sync_translations
from tests.factories import translate_page


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


def directory_pages(site_tree):
    """{"fr"|"es"|"en": DirectoryIndexPage} under the site tree's homes, linked as translations."""
    page_fr = DirectoryIndexPageFactory(parent=site_tree["fr"], title="Annuaire", slug="annuaire")
    return {
        "fr": page_fr,
        "es": translate_page(page_fr, "es", title="Directorio", slug="directorio"),
        "en": translate_page(page_fr, "en", title="Directory", slug="directory"),
    }


def ensure_reference_data():
    """Locales, root page and collection, regions and schemes: after a transactional test flushed them.
    (post_migrate handlers recreate them too; this makes the browser tests independent of their order.)"""
    from wagtail.models import Collection, Page

    from directory.reference_data import ensure_reference_data as ensure_regions_and_schemes
    from home.locales import ensure_locales

    ensure_locales()
    ensure_regions_and_schemes()
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
