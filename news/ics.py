"""iCalendar (RFC 5545) files: one event, or the upcoming events of an agenda in its language."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from home.cache import remembered_response

from . import queries
from .models.events import EVENT_TIME_ZONE

PRODID = "-//France Volontaires Pérou//Agenda//FR"
FEED_SIZE = 100


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(EVENT_TIME_ZONE))
    return calendar


def _event(page, request, language, organiser_mail):
    url = request.build_absolute_uri(page.get_url(request))
    entry = Event()
    # One UID per event in every language: a calendar that imports two languages sees one event.
    entry.add("uid", f"{page.translation_key}@{request.get_host().split(':')[0]}")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", timezone.localtime(page.start, EVENT_TIME_ZONE))
    if page.end:
        entry.add("dtend", timezone.localtime(page.end, EVENT_TIME_ZONE))
    entry.add("summary", page.title, parameters={"language": language})
    description = "\n\n".join(part for part in (page.lead, url) if part)
    entry.add("description", description)
    location = ", ".join(part for part in (page.place, page.city) if part)
    if location:
        entry.add("location", location)
    entry.add("url", url)
    if page.last_published_at:
        entry.add("last-modified", page.last_published_at)
    if page.organiser:
        entry.add("organizer", f"mailto:{organiser_mail}", parameters={"cn": page.organiser})
    return entry


def _organiser_mail():
    from home.models import ContactSettings

    return ContactSettings.load().email


def _response(calendar, filename):
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_response(page, request):
    calendar = _calendar(page.title)
    calendar.add_component(_event(page, request, page.locale.language_code, _organiser_mail()))
    return _response(calendar, f"{page.slug}.ics")


def upcoming_events_response(index, request):
    """The agenda's upcoming events, kept until the content changes or the minute does (an event ends)."""
    return remembered_response(("upcoming-events", request.build_absolute_uri()),
                               lambda: _upcoming_events_response(index, request))


def _upcoming_events_response(index, request):
    calendar = _calendar(f"{index.title} · France Volontaires Pérou")
    language, mail = index.locale.language_code, _organiser_mail()
    for page in queries.upcoming(queries.events_in(parent=index))[:FEED_SIZE]:
        calendar.add_component(_event(page, request, language, mail))
    return _response(calendar, f"{index.slug}.ics")
