"""News, agenda and portraits, split by concern: categories, articles, events, portraits."""

from .categories import NewsCategory
from .events import Attendance, EventIndexPage, EventPage, EventPartner
from .news import NewsIndexPage, NewsPage, NewsPageCategory, NewsPageTag, NewsRelatedLink
from .portraits import Direction, PortraitIndexPage, PortraitPage

__all__ = [
    "Attendance", "Direction", "EventIndexPage", "EventPage", "EventPartner", "NewsCategory", "NewsIndexPage",
    "NewsPage", "NewsPageCategory", "NewsPageTag", "NewsRelatedLink", "PortraitIndexPage", "PortraitPage",
]
