"""Every query of the news app in one place: what readers may see, fetched without a query per item."""

from datetime import datetime, time

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page

from home.visibility import public

from .models import EventPage, NewsCategory, NewsPage, NewsPageCategory, PortraitPage
from .models.events import EVENT_TIME_ZONE


def visible(queryset):
    """Live pages not hidden behind a view restriction: the only pages any public list, feed or file shows."""
    return public(queryset.live())


def with_image(queryset, field, renditions=True):
    """Selects the image and prefetches its renditions, so cards and feeds add no query per item.

    renditions=False leaves them to one `prefetch_renditions` for every listing of a page."""
    queryset = queryset.select_related(field)
    return queryset.prefetch_related(f"{field}__renditions") if renditions else queryset


def prefetch_renditions(images):
    """The renditions of the cards' images of several listings on one page, in one query."""
    prefetch_related_objects([image for image in images if image is not None], "renditions")


# News -----------------------------------------------------------------------------------------------

def news_in(parent=None, locale=None):
    queryset = visible(NewsPage.objects.all())
    if parent is not None:
        queryset = queryset.child_of(parent)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset.order_by("-date", "-pk")


def news_cards(queryset, renditions=True):
    links = NewsPageCategory.objects.select_related("category")
    return with_image(queryset, "hero_image", renditions).prefetch_related(Prefetch("news_categories", queryset=links))


def filter_news(queryset, category=None, year=None, tag=None):
    if category is not None:
        # By translation_key: a translated article keeps the categories of its source row.
        queryset = queryset.filter(news_categories__category__translation_key=category.translation_key)
    if year:
        queryset = queryset.filter(date__year=year)
    if tag:
        queryset = queryset.filter(tags__slug=tag)
    return queryset.distinct()


def news_years(queryset):
    return [day.year for day in queryset.order_by().dates("date", "year", order="DESC")]


def categories_in(locale_id):
    return NewsCategory.objects.filter(locale_id=locale_id).order_by("name")


def localize(model, instances, locale_id):
    """The same objects in the locale `locale_id` when they have a translation there (one query for all)."""
    instances = [instance for instance in instances if instance is not None]
    keys = {instance.translation_key for instance in instances if instance.locale_id != locale_id}
    translated = {}
    if keys:
        queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
        if issubclass(model, Page):
            queryset = visible(queryset)
        translated = {item.translation_key: item for item in queryset}
    return [translated.get(instance.translation_key, instance) for instance in instances]


def attach_categories(pages, locale_id):
    """Sets `page.category_list`: each article's categories in the reader's language."""
    pages = list(pages)
    rows = {page.pk: [link.category for link in page.news_categories.all()] for page in pages}
    from home.cache import remembered

    # A few categories, rarely edited: their translations are remembered until the next content change.
    translations = remembered(("news-categories", locale_id), lambda: {
        category.translation_key: category for category in NewsCategory.objects.filter(locale_id=locale_id)})
    localized = iter([translations.get(category.translation_key, category)
                      for categories in rows.values() for category in categories])
    for page in pages:
        page.category_list = [next(localized) for _ in rows[page.pk]]
    return pages


def latest_news(locale, limit=3, renditions=True):
    return attach_categories(news_cards(news_in(locale=locale), renditions)[:limit], locale.pk)


def news_for_programme(programme, limit=3, renditions=True):
    queryset = news_in(locale=programme.locale_id).filter(programme__translation_key=programme.translation_key)
    return attach_categories(news_cards(queryset, renditions)[:limit], programme.locale_id)


def localized_pages(pages, locale_id):
    """Live, public translations in the locale `locale_id` of the given pages; pages without one are left out."""
    pages = [page for page in pages if page is not None]
    by_key = {page.translation_key: page for page in visible(Page.objects.filter(
        translation_key__in=[page.translation_key for page in pages], locale_id=locale_id))}
    return [by_key[page.translation_key] for page in pages if page.translation_key in by_key]


def localized_page(page_id, locale_id):
    """The live, public translation in the locale `locale_id` of the page `page_id` (one query), or None."""
    if page_id is None:
        return None
    source = Page.objects.filter(pk=page_id).values("translation_key")
    return visible(Page.objects.filter(translation_key__in=source, locale_id=locale_id)).first()


# Events ---------------------------------------------------------------------------------------------

def _start_of_day(moment):
    day = timezone.localtime(moment, EVENT_TIME_ZONE).date()
    return datetime.combine(day, time.min, tzinfo=EVENT_TIME_ZONE)


def _upcoming_q(now=None):
    now = now or timezone.now()
    # An event without an end time stays "upcoming" for the whole of its day in Lima.
    return Q(end__gte=now) | Q(end__isnull=True, start__gte=_start_of_day(now))


def events_in(parent=None, locale=None):
    queryset = visible(EventPage.objects.all())
    if parent is not None:
        queryset = queryset.child_of(parent)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def upcoming(queryset, now=None):
    return queryset.filter(_upcoming_q(now)).order_by("start", "pk")


def past(queryset, now=None):
    return queryset.exclude(_upcoming_q(now)).order_by("-start", "-pk")


def event_years(queryset):
    return [moment.year for moment in queryset.order_by().datetimes("start", "year", order="DESC",
                                                                     tzinfo=EVENT_TIME_ZONE)]


def event_cards(queryset, renditions=True):
    return with_image(queryset, "image", renditions)


def upcoming_events(locale, limit=3, renditions=True):
    return list(event_cards(upcoming(events_in(locale=locale)), renditions)[:limit])


# Portraits ------------------------------------------------------------------------------------------

def portraits_in(parent=None, locale=None):
    # An expired consent hides the portrait at once, before `unpublish_expired_portraits` runs.
    queryset = visible(PortraitPage.objects.all()).consent_valid()
    if parent is not None:
        queryset = queryset.child_of(parent)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset.order_by("-start_year", "title", "pk")


def portrait_cards(queryset, renditions=True):
    return with_image(queryset, "photo", renditions).select_related("host_structure")


def filter_portraits(queryset, scheme=None, direction=None, year=None):
    if scheme:
        queryset = queryset.filter(scheme=scheme)
    if direction:
        queryset = queryset.filter(direction=direction)
    if year:
        queryset = queryset.filter(Q(start_year=year) | Q(start_year__lte=year, end_year__gte=year))
    return queryset


def portrait_years(queryset):
    years = set()
    for start, end in queryset.order_by().values_list("start_year", "end_year").distinct():
        years.update(range(start, (end or start) + 1))
    return sorted(years, reverse=True)


def featured_portraits(locale, limit=3, renditions=True):
    queryset = portraits_in(locale=locale).order_by("-featured", "-start_year", "-pk")
    return list(portrait_cards(queryset, renditions)[:limit])


def portraits_for_programme(programme, limit=None, renditions=True):
    # The programme link is copied as is to translations, so it is matched by translation_key.
    queryset = portraits_in(locale=programme.locale_id).filter(programme__translation_key=programme.translation_key)
    queryset = portrait_cards(queryset, renditions)
    return list(queryset[:limit] if limit else queryset)


def portraits_for_structure(structure, locale=None):
    """Portraits of volunteers a host structure welcomed, in `locale` (default: the structure's own).

    For the directory's structure pages: every language version of a structure shares its translation_key.
    """
    queryset = portraits_in(locale=locale or structure.locale).filter(
        host_structure__translation_key=structure.translation_key)
    return list(portrait_cards(queryset))
