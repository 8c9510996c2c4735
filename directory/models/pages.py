"""The directory page of each language: listing (search), structure pages, regional map, printable edition."""


from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from home.blocks import RICH_TEXT_FEATURES
from home.models import SitePage


class DirectoryIndexPage(RoutablePageMixin, SitePage):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    introduction_help = RichTextField(
        _("introduction form help"), features=RICH_TEXT_FEATURES, blank=True,
        help_text=_("Shown above the introduction form on every structure page."))

    trust_labels_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page explaining the trust labels"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Each trust label on structure pages and results links to this page."))

    content_panels = SitePage.content_panels + [FieldPanel("intro"), FieldPanel("introduction_help"),
                                                PageChooserPanel("trust_labels_page")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    @classmethod
    def for_locale(cls, locale):
        return cls.objects.live().filter(locale=locale).first()

    def edition_url(self, request=None):
        return f"{self.get_url(request).rstrip('/')}/edition.pdf"

    def editions_url(self, request=None):
        """The archive of past editions (the segment is in the page's language)."""
        from ..views.common import page_language  # the page's locale, remembered rather than read per render

        segment = "ediciones" if page_language(self) == "es" else "editions"
        return f"{self.get_url(request)}{segment}/"

    def structure_url(self, structure, request=None):
        return self.get_url(request) + self.reverse_subpage("structure", args=[structure.slug])

    def introduction_url(self, structure, request=None):
        return self.get_url(request) + self.reverse_subpage("introduction", args=[structure.slug])

    def correction_url(self, structure, request=None):
        return self.get_url(request) + self.reverse_subpage("correction", args=[structure.slug])

    def get_context(self, request, *args, **kwargs):
        from ..search.views import listing_page_context  # the search views import this module

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_page_context(self, request))
        return context

    # Routes: the order matters, the structure slug pattern comes last.
    @path("")
    def listing(self, request):
        from ..search.views import listing_response  # partial HTML for the search script, Vary, no-cache

        return listing_response(self, request)

    @re_path(r"^(?:carte|mapa|map)/$", name="regions")
    def regions(self, request):
        from ..views.regions import regional_overview

        return regional_overview(request, self)

    @re_path(r"^(?:editions|ediciones)/$", name="editions")
    def editions(self, request):
        from ..editions.views import edition_archive

        return edition_archive(request, self)

    @re_path(r"^(?:comparer|comparar|compare)/$", name="compare")
    def compare(self, request):
        from ..views.compare import compare_structures

        return compare_structures(request, self)

    @path("<slug:slug>/", name="structure")
    def structure(self, request, slug):
        from ..views.structures import structure_detail

        return structure_detail(request, self, slug)

    @path("<slug:slug>/introduction/", name="introduction")
    def introduction(self, request, slug):
        from ..introductions.views import introduction_form

        return introduction_form(request, self, slug)

    @path("<slug:slug>/introduction/sent/", name="introduction_sent")
    def introduction_sent(self, request, slug):
        from ..introductions.views import introduction_sent

        return introduction_sent(request, self, slug)


    @path("<slug:slug>/correction/", name="correction")
    def correction(self, request, slug):
        from ..confirmation.corrections import correction_form

        return correction_form(request, self, slug)

    @path("<slug:slug>/correction/sent/", name="correction_sent")
    def correction_sent(self, request, slug):
        from ..confirmation.corrections import correction_sent

        return correction_sent(request, self, slug)
