"""schema.org structured data for articles and events, as plain dicts (rendered by the `jsonld` tag)."""

from django.templatetags.static import static
from django.utils import timezone

from .models import Attendance
from .models.events import EVENT_TIME_ZONE

ORGANISATION_NAME = "France Volontaires Pérou"
# The same rendition as the Open Graph image, so no extra file is generated.
IMAGE_SPEC = "fill-1200x630|format-jpeg"
ATTENDANCE_MODES = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def _images(request, image):
    return [_absolute(request, image.get_rendition(IMAGE_SPEC).url)] if image else []


def _organisation(request):
    home = request.build_absolute_uri("/")
    return {"@type": "NGO", "name": ORGANISATION_NAME, "url": home,
            "logo": {"@type": "ImageObject", "url": _absolute(request, static("img/favicon.svg"))}}


def _compact(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def news_article(page, request):
    url = _absolute(request, page.get_url(request))
    modified = page.last_published_at or page.latest_revision_created_at
    return _compact({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.get_meta_description(),
        "datePublished": page.date.isoformat(),
        "dateModified": timezone.localtime(modified).isoformat() if modified else page.date.isoformat(),
        "inLanguage": page.locale.language_code,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": _images(request, page.get_meta_image()),
        "author": _organisation(request),
        "publisher": _organisation(request),
    })


def _location(page, request):
    places = []
    if page.is_in_person:
        place = {
            "@type": "Place",
            "name": page.place or page.address or page.city,
            "address": _compact({"@type": "PostalAddress", "streetAddress": page.address,
                                 "addressLocality": page.city, "addressCountry": "PE"}),
            "hasMap": page.map_url,
        }
        if page.has_coordinates:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": float(page.latitude),
                            "longitude": float(page.longitude)}
        places.append(_compact(place))
    if page.is_online:
        places.append({"@type": "VirtualLocation",
                       "url": page.online_url or page.registration_url or _absolute(request, page.get_url(request))})
    return places[0] if len(places) == 1 else places


def _organizer(page, request, contact_email):
    ours = not page.organiser or page.organiser == ORGANISATION_NAME
    return _compact({"@type": "Organization", "name": page.organiser or ORGANISATION_NAME,
                     "email": page.contact_email or contact_email,
                     "url": request.build_absolute_uri("/") if ours else None})


def event(page, request, contact_email=""):
    """The Event; contact_email is whom to ask when the event names nobody (the team's address)."""
    return _compact({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.get_meta_description(),
        "startDate": timezone.localtime(page.start, EVENT_TIME_ZONE).isoformat(),
        "endDate": timezone.localtime(page.end, EVENT_TIME_ZONE).isoformat() if page.end else None,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES.get(page.attendance),
        "location": _location(page, request),
        "organizer": _organizer(page, request, contact_email),
        # Registration is a link: no price is known, so none is claimed.
        "offers": {"@type": "Offer", "url": page.registration_url} if page.registration_url else None,
        "image": _images(request, page.get_meta_image()),
        "inLanguage": page.locale.language_code,
        "url": _absolute(request, page.get_url(request)),
    })
