"""What other apps contribute to the home page and programme pages.

Each domain app fills its own function here, so `home` never needs to know their models' details
and a page still renders (with an empty state) before an app has content.
"""


def home_sections(home_page, request):
    """Latest news, featured portraits and the directory search box of the home page."""
    return {
        "latest_news": [],
        "upcoming_events": [],
        "featured_portraits": [],
        "directory_page": None,
    }


def programme_sections(programme_page, request):
    """Portraits and news linked to a programme."""
    return {
        "programme_portraits": [],
        "programme_news": [],
    }
