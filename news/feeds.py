"""RSS 2.0 and Atom feeds of a news index: its latest live articles, in the index's language."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.cache import remembered_response

from . import queries
from .models.events import EVENT_TIME_ZONE

FEED_SIZE = 20
ENCLOSURE_SPEC = "width-1200|format-jpeg"


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title} · France Volontaires Pérou"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.lead or _("News from France Volontaires in Peru")

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.locale.language_code
        return feed

    def items(self, index):
        articles = list(queries.news_cards(queries.news_in(parent=index))[:FEED_SIZE])
        return queries.attach_categories(articles, index.locale_id)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead or item.search_description

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(0, 0), tzinfo=EVENT_TIME_ZONE)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [category.name for category in item.category_list]

    def item_enclosures(self, item):
        if not item.hero_image:
            return []
        rendition = item.hero_image.get_rendition(ENCLOSURE_SPEC)
        try:
            length = rendition.file.size
        except OSError:  # a missing file must not take the whole feed down
            return []
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(length), "image/jpeg")]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)


def feed_response(feed, request):
    """The feed, kept until the content changes or the minute does (home.cache.remembered_response)."""
    return remembered_response(("news-feed", request.build_absolute_uri()), lambda: feed(request))
