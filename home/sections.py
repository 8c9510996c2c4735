"""What other apps contribute to the home page and programme pages.

Each domain app fills its own function here, so `home` never needs to know their models' details
and a page still renders (with an empty state) before an app has content.
"""


def home_sections(home_page, request):
    """Latest news, featured portraits and the directory search box of the home page."""
    return {
        "latest_news": _news_queries().latest_news(home_page.locale),
        "upcoming_events": _news_queries().upcoming_events(home_page.locale),
        "featured_portraits": _news_queries().featured_portraits(home_page.locale),
        **_section_pages(home_page),
    }


def programme_sections(programme_page, request):
    """Portraits and news linked to a programme."""
    return {
        "programme_portraits": _news_queries().portraits_for_programme(programme_page),
        "programme_news": _news_queries().news_for_programme(programme_page),
    }


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

    names = {DirectoryIndexPage: "directory_page", ProgrammeIndexPage: "programme_index",
             NewsIndexPage: "news_index", EventIndexPage: "event_index", PortraitIndexPage: "portrait_index"}
    by_content_type = {content_type.pk: names[model]
                       for model, content_type in ContentType.objects.get_for_models(*names).items()}
    found = dict.fromkeys(names.values())
    pages = (Page.objects.live().public().filter(locale_id=home_page.locale_id, content_type__in=by_content_type)
             .order_by("path"))
    for page in pages:
        if found[by_content_type[page.content_type_id]] is None:
            found[by_content_type[page.content_type_id]] = page
    return found
