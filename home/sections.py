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
        "directory_page": _directory_page(home_page.locale),
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


def _directory_page(locale):
    """The live, public directory page of the language, for its URL and search box."""
    from directory.models import DirectoryIndexPage

    return DirectoryIndexPage.objects.live().public().filter(locale=locale).first()
