"""The news index of each language and its articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import SitePage


class NewsIndexPage(RoutablePageMixin, SitePage):
    """Lists the articles below it, newest first, and serves their RSS and Atom feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import NEWS_LISTING, news_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(NEWS_LISTING, news_listing_context, self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed, feed_response

        return feed_response(NewsRssFeed(self), request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed, feed_response

        return feed_response(NewsAtomFeed(self), request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(SitePage):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_credit = models.CharField(_("image credit"), max_length=160, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    programme = models.ForeignKey(
        "home.ProgrammePage", verbose_name=_("programme"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = SitePage.content_panels + [
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_credit")], heading=_("Main image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("news_categories", label=_("Categories")), FieldPanel("tags"),
             PageChooserPanel("programme", "home.ProgrammePage")],
            heading=_("Classification"),
        ),
        InlinePanel("related_links", label=_("Related pages"), max_num=6),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    # Wagtail's API v2 (partners reuse the news): facts and texts, never editors' data.
    api_fields = [
        APIField("date"), APIField("lead"), APIField("body"), APIField("tags"), APIField("hero_image"),
        APIField("hero_credit"),
        APIField("hero_thumbnail", serializer=ImageRenditionField("fill-800x500", source="hero_image")),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_meta_image(self):
        return self.social_image or self.hero_image

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import NEWS_PAGE, news_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(NEWS_PAGE, news_page_context, self, request))
        return context


class NewsPageCategory(Orderable):
    """An article's category. The row is copied as is to translations; readers see the category in their
    language through its translation_key (see news.queries.localize_categories)."""

    page = ParentalKey(NewsPage, related_name="news_categories", on_delete=models.CASCADE)
    category = models.ForeignKey("news.NewsCategory", verbose_name=_("category"), on_delete=models.CASCADE,
                                 related_name="+")

    panels = [FieldPanel("category")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")


class NewsRelatedLink(Orderable):
    page = ParentalKey(NewsPage, related_name="related_links", on_delete=models.CASCADE)
    related_page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE,
                                     related_name="+")

    panels = [PageChooserPanel("related_page")]
