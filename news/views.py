"""What the news, agenda and portrait pages put in their templates' context."""

from django.core.paginator import Paginator
from taggit.models import Tag

from home.models import ContactSettings, Partner

from . import jsonld, queries
from .forms import EventFilterForm, NewsFilterForm, PortraitFilterForm
from .models import NewsCategory

PER_PAGE = 12


def paginate(queryset, number, per_page=PER_PAGE):
    """The requested page; out-of-range numbers give the last page rather than an error."""
    page = Paginator(queryset, per_page).get_page(number)
    page.object_list = list(page.object_list)
    return page


# The names each *_context function below fills: the pages read them lazily (home.cache.rendered_lazily), so a
# page whose content fragment is cached runs none of these queries.
LISTING = ("form", "items", "query_string", "is_filtered")
NEWS_LISTING = (*LISTING, "selected_category", "selected_tag", "feeds")
NEWS_PAGE = ("index_page", "categories", "tags", "related_pages", "programme", "feeds", "jsonld", "og_type")
EVENT_LISTING = (*LISTING, "showing_past", "ics_url", "recent_past")
EVENT_PAGE = ("contact_email", "index_page", "partners", "programme", "ics_url", "jsonld")
PORTRAIT_LISTING = LISTING
PORTRAIT_PAGE = ("index_page", "host_structure", "host_structure_url", "programme")


def _listing(form, items):
    return {"form": form, "items": items, "query_string": form.query_string(), "is_filtered": form.is_filtered}


def feed_links(index, request):
    base = index.get_url(request)
    return {"rss": base + index.reverse_subpage("rss"), "atom": base + index.reverse_subpage("atom")}


# News -----------------------------------------------------------------------------------------------

def news_listing_context(index, request):
    base = queries.news_in(parent=index)
    categories = list(queries.categories_in(index.locale_id))
    years = queries.news_years(base)
    form = NewsFilterForm(request.GET, options={
        "category": [(category.slug, category.name) for category in categories],
        "year": [(year, year) for year in years],
    })
    category = next((item for item in categories if item.slug == form.value("category")), None)
    tag = Tag.objects.filter(slug=form.value("tag")).first() if form.value("tag") else None
    articles = queries.filter_news(base, category=category, year=form.value("year"), tag=tag and tag.slug)
    page = paginate(queries.news_cards(articles), form.page_number)
    queries.attach_categories(page.object_list, index.locale_id)
    return {**_listing(form, page), "selected_category": category, "selected_tag": tag,
            "feeds": feed_links(index, request)}


def news_page_context(page, request):
    index = page.get_parent().specific
    categories = queries.localize(
        NewsCategory, [link.category for link in page.news_categories.select_related("category")], page.locale_id)
    related = queries.localized_pages(
        [link.related_page for link in page.related_links.select_related("related_page")], page.locale_id)
    programme = queries.localized_page(page.programme_id, page.locale_id)
    return {
        "index_page": index,
        "categories": categories,
        "tags": list(page.tags.all()),
        "related_pages": related,
        "programme": programme,
        "feeds": feed_links(index, request),
        "jsonld": jsonld.news_article(page, request),
        "og_type": "article",
    }


# Events ---------------------------------------------------------------------------------------------

def event_listing_context(index, request):
    base = queries.events_in(parent=index)
    form = EventFilterForm(request.GET, options={
        "year": [(year, year) for year in queries.event_years(queries.past(base))],
    })
    if form.is_past:
        events = queries.past(base)
        if form.value("year"):
            events = events.filter(start__year=form.value("year"))
    else:
        events = queries.upcoming(base)
    page = paginate(queries.event_cards(events), form.page_number)
    recent_past = list(queries.event_cards(queries.past(base))[:3]) if not form.is_past and page.number == 1 else []
    return {**_listing(form, page), "showing_past": form.is_past,
            "ics_url": index.get_url(request) + index.reverse_subpage("ics"), "recent_past": recent_past}


def event_page_context(page, request):
    partners = queries.localize(
        Partner, [link.partner for link in page.event_partners.select_related("partner")], page.locale_id)
    programme = queries.localized_page(page.programme_id, page.locale_id)
    contact_email = page.contact_email or ContactSettings.load(request_or_site=request).email
    return {
        "contact_email": contact_email,
        "index_page": page.get_parent(),
        "partners": partners,
        "programme": programme,
        "ics_url": page.get_url(request) + page.reverse_subpage("ics"),
        "jsonld": jsonld.event(page, request, contact_email=contact_email),
    }


# Portraits ------------------------------------------------------------------------------------------

def portrait_listing_context(index, request):
    base = queries.portraits_in(parent=index)
    form = PortraitFilterForm(request.GET, options={
        "year": [(year, year) for year in queries.portrait_years(base)],
    })
    portraits = queries.filter_portraits(
        base, scheme=form.value("scheme"), direction=form.value("direction"), year=form.value("year"))
    page = paginate(queries.portrait_cards(portraits), form.page_number)
    return _listing(form, page)


def structure_link(structure, request):
    """The directory page of a host structure in the reader's language, when the directory shows it."""
    if structure is None or not structure.is_public:
        return None
    return structure.get_url(request)


def portrait_page_context(page, request):
    structure = None
    if page.host_structure_id:
        from directory.models import HostStructure

        structure = queries.localize(HostStructure, [page.host_structure], page.locale_id)[0]
    programme = queries.localized_page(page.programme_id, page.locale_id)
    return {
        "index_page": page.get_parent(),
        "host_structure": structure,
        "host_structure_url": structure_link(structure, request),
        "programme": programme,
    }
