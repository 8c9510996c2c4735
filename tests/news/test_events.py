from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from news.models.events import EVENT_TIME_ZONE
from tests.factories import PartnerFactory, translate_page

from .factories import EventPageFactory, lima
from .pages import card_titles, jsonld

pytestmark = pytest.mark.django_db



@pytest.fixture
def agenda(event_index):
    now = timezone.now()
    seminar = EventPageFactory(parent=event_index["fr"], title="Séminaire EnLAzando", slug="seminaire",
                               start=lima(2024, 6, 3, 9, 0), end=lima(2024, 6, 5, 18, 0), attendance="mixed",
                               place="Universidad San Ignacio de Loyola", city="Lima")
    EventPageFactory(parent=event_index["fr"], title="JVF 2023", slug="jvf-2023",
                     start=lima(2023, 10, 12, 9, 0), end=lima(2023, 10, 12, 18, 0))
    cafe = EventPageFactory(parent=event_index["fr"], title="Café virtuel", slug="cafe", attendance="online",
                            start=now + timedelta(days=10), end=now + timedelta(days=10, hours=1), place="", city="")
    later = EventPageFactory(parent=event_index["fr"], title="Réunion d'information", slug="reunion",
                             start=now + timedelta(days=40), end=None)
    draft = EventPageFactory(parent=event_index["fr"], title="Brouillon", slug="brouillon",
                             start=now + timedelta(days=5), end=None)
    draft.unpublish()
    return {"seminar": seminar, "cafe": cafe, "later": later}


def test_agenda_lists_upcoming_events_soonest_first(client, agenda):
    html = client.get("/fr/agenda/").content.decode()
    upcoming = html.split('id="recent-past-title"')[0]
    assert card_titles(upcoming) == ["Café virtuel", "Réunion d'information"]
    assert "Brouillon" not in html


def test_an_event_without_end_stays_upcoming_for_its_whole_day(client, event_index):
    started = timezone.localtime(timezone.now(), EVENT_TIME_ZONE).replace(hour=0, minute=1)
    EventPageFactory(parent=event_index["fr"], title="Aujourd'hui", start=started, end=None)
    html = client.get("/fr/agenda/").content.decode()
    assert card_titles(html.split('id="recent-past-title"')[0]) == ["Aujourd'hui"]


def test_past_events_are_kept_as_an_archive(client, agenda):
    html = client.get("/fr/agenda/?period=past").content.decode()
    assert card_titles(html) == ["Séminaire EnLAzando", "JVF 2023"]
    assert card_titles(client.get("/fr/agenda/?period=past&year=2023").content.decode()) == ["JVF 2023"]
    # The upcoming list teases the most recent past events.
    home = client.get("/fr/agenda/").content.decode()
    assert card_titles(home.split('id="recent-past-title"')[1]) == ["Séminaire EnLAzando", "JVF 2023"]


def test_a_past_event_without_end_is_in_the_archive(client, event_index):
    EventPageFactory(parent=event_index["fr"], title="Goûter de Noël", start=lima(2024, 12, 13, 16, 0), end=None)
    assert card_titles(client.get("/fr/agenda/?period=past").content.decode()) == ["Goûter de Noël"]
    assert "Goûter de Noël" not in client.get("/fr/agenda/").content.decode().split('id="recent-past-title"')[0]


def test_bad_agenda_parameters_never_fail(client, agenda):
    for query in ["?period=zzz", "?year=abc", "?period=past&year=1900", "?page=abc", "?page=999999",
                  "?period=past&page=-1"]:
        response = client.get("/fr/agenda/" + query)
        assert response.status_code == 200, query
        assert card_titles(response.content.decode()), query


def test_event_time_is_lima_time_in_the_readers_language(client, agenda, event_index):
    translate_page(agenda["seminar"], "es", title="Seminario EnLAzando", slug="seminario")
    translate_page(agenda["seminar"], "en", title="EnLAzando seminar", slug="seminar")
    fr = client.get("/fr/agenda/seminaire/").content.decode()
    assert '<time datetime="2024-06-03T09:00:00-05:00">3 juin 2024, 09:00</time>' in fr
    assert '<time datetime="2024-06-05T18:00:00-05:00">5 juin 2024, 18:00</time>' in fr
    es = client.get("/es/agenda/seminario/").content.decode()
    assert "3 de junio de 2024, 09:00" in es
    en = client.get("/en/events/seminar/").content.decode()
    assert "June 3, 2024, 9 a.m." in en


def test_event_page_shows_partners_in_the_readers_language(client, agenda):
    partner = PartnerFactory(name="Ambassade de France")
    agenda["seminar"].event_partners.create(partner=partner)
    agenda["seminar"].save_revision().publish()
    # The translation copies the partner rows as they are (pointing at the French partner).
    spanish_page = translate_page(agenda["seminar"], "es", slug="seminario")
    partner_es = partner.copy_for_translation(spanish_page.locale)
    partner_es.name = "Embajada de Francia"
    partner_es.save()
    assert "Ambassade de France" in client.get("/fr/agenda/seminaire/").content.decode()
    es = client.get("/es/agenda/seminario/").content.decode()
    assert "Embajada de Francia" in es and "Ambassade de France" not in es


def _calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_downloads_as_ics_in_lima_time(client, agenda):
    response = client.get("/fr/agenda/seminaire/ics/")
    assert response["Content-Disposition"] == 'attachment; filename="seminaire.ics"'
    calendar = _calendar(response)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == lima(2024, 6, 3, 9, 0) and end == lima(2024, 6, 5, 18, 0)
    assert str(start.tzinfo) == "America/Lima" and start.utcoffset() == timedelta(hours=-5)
    assert event["dtstart"].params["TZID"] == "America/Lima"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["America/Lima"]
    assert str(event["summary"]) == "Séminaire EnLAzando"
    assert str(event["location"]) == "Universidad San Ignacio de Loyola, Lima"
    assert str(event["url"]) == "http://testserver/fr/agenda/seminaire/"
    assert str(event["uid"]).startswith(str(agenda["seminar"].translation_key))


def test_agenda_ics_feed_has_upcoming_events_per_language(client, agenda):
    translate_page(agenda["cafe"], "es", title="Café virtual", slug="cafe")
    calendar = _calendar(client.get("/fr/agenda/ics/"))
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == ["Café virtuel", "Réunion d'information"]
    calendar = _calendar(client.get("/es/agenda/ics/"))
    events = list(calendar.walk("VEVENT"))
    assert [str(event["summary"]) for event in events] == ["Café virtual"]
    assert str(events[0]["url"]) == "http://testserver/es/agenda/cafe/"
    # Same event in two languages: one UID, so a calendar importing both shows it once.
    french = next(event for event in _calendar(client.get("/fr/agenda/ics/")).walk("VEVENT")
                  if str(event["summary"]) == "Café virtuel")
    assert french["uid"] == events[0]["uid"]


def test_event_page_has_event_json_ld(client, agenda):
    html = client.get("/fr/agenda/seminaire/").content.decode()
    data = jsonld(html, "Event")[0]
    assert data["name"] == "Séminaire EnLAzando"
    assert data["startDate"] == "2024-06-03T09:00:00-05:00"
    assert data["endDate"] == "2024-06-05T18:00:00-05:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["address"]["addressLocality"] == "Lima"
    assert virtual["@type"] == "VirtualLocation"
    assert data["organizer"]["name"] == "France Volontaires Pérou"
    assert data["url"] == "http://testserver/fr/agenda/seminaire/"


def test_online_event_json_ld_has_a_virtual_location(client, agenda):
    html = client.get("/fr/agenda/cafe/").content.decode()
    data = jsonld(html, "Event")[0]
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_end_before_start_is_refused(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(start=lima(2024, 6, 3, 9, 0), end=lima(2024, 6, 2, 9, 0))
    with pytest.raises(ValidationError):
        event.clean()
