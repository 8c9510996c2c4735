"""What other apps contribute to the home page and programme pages.

Each domain app fills its own function here, so `home` never needs to know their models' details
and a page still renders (with an empty state) before an app has content.
"""


# The context names each function below fills (the pages read them lazily: home.cache.rendered_lazily).
HOME_SECTIONS = ("latest_news", "upcoming_events", "featured_portraits",
                 "directory_page", "programme_index", "news_index", "event_index", "portrait_index")
PROGRAMME_SECTIONS = ("programme_portraits", "programme_news")


def home_sections(home_page, request, more_images=()):
    """Latest news, featured portraits and the directory search box of the home page; the renditions of every
    card's image (and of `more_images`, the page's other cards) in one query."""
    queries = _news_queries()
    locale = _locale(home_page.locale_id)
    sections = {
        "latest_news": queries.latest_news(locale, renditions=False),
        "upcoming_events": queries.upcoming_events(locale, renditions=False),
        "featured_portraits": queries.featured_portraits(locale, renditions=False),
    }
    queries.prefetch_renditions([*more_images, *(article.hero_image for article in sections["latest_news"]),
                                 *(event.image for event in sections["upcoming_events"]),
                                 *(portrait.photo for portrait in sections["featured_portraits"])])
    return {**sections, **_section_pages(home_page)}


def programme_sections(programme_page, request):
    """Portraits and news linked to a programme, their cards' renditions in one query."""
    queries = _news_queries()
    sections = {
        "programme_portraits": queries.portraits_for_programme(programme_page, renditions=False),
        "programme_news": queries.news_for_programme(programme_page, renditions=False),
    }
    queries.prefetch_renditions([*(portrait.photo for portrait in sections["programme_portraits"]),
                                 *(article.hero_image for article in sections["programme_news"])])
    return sections


def _locale(locale_id):
    """A language's Wagtail locale, read once per content version rather than once per page that needs it."""
    from wagtail.models import Locale

    from .cache import remembered

    return remembered(("locale", locale_id), lambda: Locale.objects.get(pk=locale_id))


def _news_queries():
    from news import queries

    return queries


def _section_pages(home_page):
    """The pages the home page's calls to action and "see all" links lead to, in one query:
    directory_page, programme_index, news_index, event_index, portrait_index (None when missing)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from directory.models import DirectoryIndexPage
    from news.models import EventIndexPage, NewsIndexPage, PortraitIndexPage

    from .models import ProgrammeIndexPage
    from .visibility import public

    names = {DirectoryIndexPage: "directory_page", ProgrammeIndexPage: "programme_index",
             NewsIndexPage: "news_index", EventIndexPage: "event_index", PortraitIndexPage: "portrait_index"}
    by_content_type = {content_type.pk: names[model]
                       for model, content_type in ContentType.objects.get_for_models(*names).items()}
    found = dict.fromkeys(names.values())
    pages = (public(Page.objects.live()).filter(locale_id=home_page.locale_id, content_type__in=by_content_type)
             .order_by("path"))
    for page in pages:
        if found[by_content_type[page.content_type_id]] is None:
            found[by_content_type[page.content_type_id]] = page
    return found
