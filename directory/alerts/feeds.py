"""RSS 2.0 and Atom feeds of a directory search: its structures, most recently added or changed first.

An entry's id carries the date of the change, so a feed reader shows a changed structure again, as the
e-mail digests do.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from ..models import HostStructure, StructureFingerprint
from ..needs.public import current_needs_by_key, need_summary
from ..search import get_engine
from . import searches

FEED_SIZE = 30
SEARCH_LIMIT = 10_000


def latest_structures(form, size=FEED_SIZE):
    """The `size` structures of the search most recently added or publicly changed, each with `.changed_at`."""
    ids = [hit.structure_id for hit in get_engine().all_hits(form.to_query(), SEARCH_LIMIT)]
    dates = dict(HostStructure.objects.filter(pk__in=ids, is_public=True).values_list("pk", "updated_at"))
    # A fingerprint seen at the row's last save dates its last public change; otherwise that save is the date.
    for pk, seen, changed in StructureFingerprint.objects.filter(structure_id__in=dates).values_list(
            "structure_id", "seen_updated_at", "changed_at"):
        if seen >= dates[pk]:
            dates[pk] = changed
    latest = sorted(dates, key=lambda pk: (dates[pk], pk), reverse=True)[:size]
    rows = HostStructure.objects.with_related().in_bulk(latest)
    structures = []
    needs = current_needs_by_key(rows.values())
    for pk in latest:
        rows[pk].changed_at = dates[pk]
        rows[pk].open_needs = needs.get(rows[pk].translation_key, [])
        structures.append(rows[pk])
    return structures


class SearchRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, page, form, params):
        super().__init__()
        self.page, self.form, self.params = page, form, params

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.page

    def title(self, page):
        return f"{page.title}: {searches.describe(self.form)} · France Volontaires Pérou"

    def link(self, page):
        return searches.search_url(page, self.params, self.request)

    def description(self, page):
        return _("Host structures added or changed in this directory search.")

    def feed_url(self, page):
        return self.request.build_absolute_uri()

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.locale.language_code
        return feed

    def items(self, page):
        return latest_structures(self.form)

    def item_title(self, item):
        return item.display_name

    def item_description(self, item):
        place = ", ".join(part for part in (item.city, item.region.name if item.region_id else "") if part)
        wanted = "; ".join(need_summary(need) for need in getattr(item, "open_needs", []))
        return " — ".join(part for part in (item.short_description, place,
                                             _("Volunteers wanted: %(needs)s") % {"needs": wanted} if wanted else "")
                          if part)

    def item_link(self, item):
        return f"{self.page.get_url(self.request)}{item.slug}/"

    def item_guid(self, item):
        return f"{self.request.build_absolute_uri(self.item_link(item))}#{item.changed_at:%Y%m%dT%H%M%S}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.changed_at

    def item_categories(self, item):
        return [self.form.vocabulary.label("area", area.slug) for area in item.areas.all()]


class SearchAtomFeed(SearchRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, page):
        return self.description(page)
