"""The agenda: an index per language (upcoming and past events) and event pages with their iCalendar files."""

from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import SitePage

# Events happen in Peru: their times are entered, shown and exported in Lima time, whatever the server's zone.
EVENT_TIME_ZONE = ZoneInfo("America/Lima")


class Attendance(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class EventIndexPage(RoutablePageMixin, SitePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import EVENT_LISTING, event_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(EVENT_LISTING, event_listing_context, self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def calendar_feed(self, request):
        from news.ics import upcoming_events_response

        return upcoming_events_response(self, request)


class EventPage(RoutablePageMixin, SitePage):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True,
                             help_text=_("Venue or address, for example: Alliance Française de Miraflores."))
    address = models.CharField(_("street address"), max_length=255, blank=True,
                               help_text=_("Street and number, district; leave empty when it is not known yet."))
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[MinValueValidator(-180), MaxValueValidator(180)],
                                    help_text=_("With the latitude, points the map link at the exact place."))
    online_url = models.URLField(_("online meeting link"), blank=True,
                                 help_text=_("Where online participants join, when it may be published."))
    attendance = models.CharField(_("attendance"), max_length=20, choices=Attendance.choices,
                                  default=Attendance.IN_PERSON)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True, default="France Volontaires Pérou")
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True,
                                      help_text=_("Whom to ask about the event; the team's address when empty."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    programme = models.ForeignKey(
        "home.ProgrammePage", verbose_name=_("programme"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="events",
    )

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("attendance"),
             FieldPanel("place"), FieldPanel("address"), FieldPanel("city"),
             FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]), FieldPanel("online_url")],
            heading=_("When and where (Lima time)"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("organiser"), InlinePanel("event_partners", label=_("Partners")),
             FieldPanel("registration_url"), FieldPanel("contact_email"),
             PageChooserPanel("programme", "home.ProgrammePage")],
            heading=_("Organisation"),
        ),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("body"), index.SearchField("place"), index.SearchField("address"), index.SearchField("city"),
        index.FilterField("start"),
    ]

    api_fields = [
        APIField("start"), APIField("end"), APIField("attendance"), APIField("place"), APIField("address"),
        APIField("city"), APIField("latitude"), APIField("longitude"), APIField("online_url"), APIField("organiser"),
        APIField("registration_url"), APIField("contact_email"), APIField("lead"), APIField("body"), APIField("image"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both the latitude and the longitude, or neither.")})

    @property
    def local_start(self):
        return timezone.localtime(self.start, EVENT_TIME_ZONE) if self.start else None

    @property
    def local_end(self):
        return timezone.localtime(self.end, EVENT_TIME_ZONE) if self.end else None

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def is_online(self):
        return self.attendance in (Attendance.ONLINE, Attendance.MIXED)

    @property
    def is_in_person(self):
        return self.attendance in (Attendance.IN_PERSON, Attendance.MIXED)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def map_url(self):
        """The place on OpenStreetMap: a marker at the coordinates, else a search for what is known of the
        address. A link, never embedded tiles: the page loads nothing from outside the site."""
        if not self.is_in_person:
            return ""
        if self.has_coordinates:
            latitude, longitude = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
            return (f"https://www.openstreetmap.org/?{urlencode({'mlat': latitude, 'mlon': longitude})}"
                    f"#map=17/{latitude}/{longitude}")
        known = [part for part in (self.place, self.address, self.city) if part]
        if not (self.address or self.city):
            return ""
        return "https://www.openstreetmap.org/search?" + urlencode({"query": ", ".join([*known, "Perú"])})

    def get_meta_image(self):
        return self.social_image or self.image

    def get_context(self, request, *args, **kwargs):
        from home.cache import rendered_lazily
        from news.views import EVENT_PAGE, event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(rendered_lazily(EVENT_PAGE, event_page_context, self, request))
        return context

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics_file(self, request):
        from news.ics import event_response

        return event_response(self, request)


class EventPartner(Orderable):
    page = ParentalKey(EventPage, related_name="event_partners", on_delete=models.CASCADE)
    partner = models.ForeignKey("home.Partner", verbose_name=_("partner"), on_delete=models.CASCADE,
                                related_name="+")

    panels = [FieldPanel("partner")]
