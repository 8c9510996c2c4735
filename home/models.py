"""Pages every language tree shares: home, generic content, programmes; partners and contact settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from . import sections
from .cache import remembered, rendered_lazily
from .page_editing.forms import SitePageForm
from .visibility import public
from .blocks import RICH_TEXT_FEATURES, ActionLeverBlock, BaseStreamBlock, KeyFiguresBlock, TimelinePhaseBlock


class SitePage(Page):
    """Fields every public page has: a lead for lists and meta descriptions, an image for social cards."""

    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences shown in lists and link previews."))
    social_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    base_form_class = SitePageForm

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.lead

    def get_meta_image(self):
        return self.social_image


class HomePage(SitePage):
    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("hero link"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    key_figures = StreamField([("key_figures", KeyFiguresBlock())], blank=True, verbose_name=_("key figures"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image"),
             PageChooserPanel("hero_link"), FieldPanel("hero_link_label")],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        InlinePanel("featured_programmes", label=_("Featured programmes"), max_num=6),
        FieldPanel("body"),
    ]
    search_fields = SitePage.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_meta_image(self):
        return self.social_image or self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's content fragment is not in the fragment cache.
        context.update(rendered_lazily(("featured_programmes", *sections.HOME_SECTIONS), self._listings, request))
        return context

    def _listings(self, request):
        programmes = self._featured_programmes()
        return {"featured_programmes": programmes, **sections.home_sections(
            self, request, more_images=[programme.social_image for programme in programmes])}

    def _featured_programmes(self):
        """The chosen programmes in the reader's language (the chosen version when untranslated), with their
        card images: a fixed number of queries however many are chosen."""
        programmes = [item.programme for item in self.featured_programmes.select_related(
            "programme", "programme__social_image") if item.programme.live]
        # A home page is its language's root: its locale is the reader's.
        locale_id = self.locale_id
        translated = {page.translation_key: page for page in ProgrammePage.objects.filter(
            translation_key__in=[page.translation_key for page in programmes if page.locale_id != locale_id],
            locale_id=locale_id).live().select_related("social_image")
        } if any(page.locale_id != locale_id for page in programmes) else {}
        return [translated.get(page.translation_key, page) for page in programmes]


class HomeFeaturedProgramme(Orderable):
    page = ParentalKey(HomePage, related_name="featured_programmes", on_delete=models.CASCADE)
    programme = models.ForeignKey("home.ProgrammePage", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("programme")]


class ContentPage(SitePage):
    """About pages, schemes, contact: a free body made of the shared blocks."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = SitePage.content_panels + [FieldPanel("body")]
    search_fields = SitePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(("subpages",), lambda: {"subpages": list(
            public(ContentPage.objects.child_of(self).live()).select_related("social_image"))}))
        return context


class ProgrammeIndexPage(SitePage):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(("programmes",), lambda: {"programmes": list(
            public(ProgrammePage.objects.child_of(self).live()).select_related("social_image")
            .prefetch_related("social_image__renditions"))}))
        return context


class ProgrammePage(SitePage):
    summary = RichTextField(_("summary"), features=RICH_TEXT_FEATURES, blank=True)
    start_year = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True,
                                                help_text=_("Leave empty while the programme runs."))
    countries = models.CharField(_("countries"), max_length=255, blank=True,
                                 help_text=_("Comma-separated, in the page's language."))
    phases = StreamField([("phase", TimelinePhaseBlock())], blank=True, verbose_name=_("phases"))
    action_levers = StreamField([("lever", ActionLeverBlock())], blank=True, verbose_name=_("action levers"))
    key_figures = StreamField([("key_figures", KeyFiguresBlock())], blank=True, verbose_name=_("key figures"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = SitePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("countries")], heading=_("Facts")),
        FieldPanel("phases"),
        FieldPanel("action_levers"),
        FieldPanel("key_figures"),
        FieldPanel("body"),
        InlinePanel("programme_partners", label=_("Partners")),
        InlinePanel("related_links", label=_("Related pages")),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"), index.SearchField("countries"), index.SearchField("body"),
    ]

    parent_page_types = ["home.ProgrammeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")

    @property
    def period(self):
        if not self.start_year:
            return ""
        if self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return _("Since %(year)s") % {"year": self.start_year}

    @property
    def country_list(self):
        return [c.strip() for c in self.countries.split(",") if c.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(("partners", "related_pages", *sections.PROGRAMME_SECTIONS),
                                       self._listings, request))
        return context

    def _listings(self, request):
        context = {}
        # Translations copy the partner links as they are (to the source-language snippets): show each
        # partner in the reader's language (the page's) when it has a translation.
        locale_id = self.locale_id
        partners = [item.partner for item in self.programme_partners.select_related("partner", "partner__logo")]
        # A handful of partners, edited a few times a year: remembered per language until the next change.
        localized = remembered(("partners", locale_id), lambda: {
            partner.translation_key: partner
            for partner in Partner.objects.filter(locale_id=locale_id).select_related("logo")})
        context["partners"] = [localized.get(partner.translation_key, partner) for partner in partners]
        context["related_pages"] = [item.related_page.localized for item in
                                    self.related_links.select_related("related_page") if item.related_page.live]
        context.update(sections.programme_sections(self, request))
        return context


@register_snippet
class Partner(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey("wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("logo"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProgrammePartner(Orderable):
    page = ParentalKey(ProgrammePage, related_name="programme_partners", on_delete=models.CASCADE)
    partner = models.ForeignKey(Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("partner")]


class ProgrammeRelatedLink(Orderable):
    page = ParentalKey(ProgrammePage, related_name="related_links", on_delete=models.CASCADE)
    related_page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("related_page")]


@register_setting(icon="site")
class ContactSettings(BaseGenericSetting):
    """The footer's facts: the same in every language, so not translated."""

    organisation = models.CharField(_("organisation"), max_length=120, default="France Volontaires Pérou")
    address = models.TextField(_("address"), default="Av. Arequipa 4130 Of. 105\nMiraflores, Lima\nPerú")
    email = models.EmailField(_("e-mail"), default="ev.peru@france-volontaires.org")
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook page"), default="https://www.facebook.com/FranceVolontairesPeru")

    panels = [FieldPanel("organisation"), FieldPanel("address"), FieldPanel("email"), FieldPanel("phone"),
              FieldPanel("facebook_url")]

    class Meta:
        verbose_name = _("contact details")
