from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from news.models.events import EVENT_TIME_ZONE
from home.factories import PartnerFactory
from tests.factories import translate_page

from news.factories import EventPageFactory, lima
from tests.html import anywhere, card_titles, json_ld, parse, text_of, visible_text

pytestmark = pytest.mark.django_db



def agenda_parts(response):
    """(upcoming, recent past) card titles of the agenda: the recent past is its own labelled section."""
    document = parse(response)
    recent = document.select_one('section[aria-labelledby="recent-past-title"]')
    past = card_titles(recent) if recent is not None else []
    if recent is not None:
        recent.decompose()
    return card_titles(document), past


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
    response = client.get("/fr/agenda/")
    upcoming, _past = agenda_parts(response)
    assert upcoming == ["Café virtuel", "Réunion d'information"]
    assert not anywhere(parse(response), "Brouillon")


def test_an_event_without_end_stays_upcoming_for_its_whole_day(client, event_index):
    started = timezone.localtime(timezone.now(), EVENT_TIME_ZONE).replace(hour=0, minute=1)
    EventPageFactory(parent=event_index["fr"], title="Aujourd'hui", start=started, end=None)
    assert agenda_parts(client.get("/fr/agenda/"))[0] == ["Aujourd'hui"]


def test_past_events_are_kept_as_an_archive(client, agenda):
    assert card_titles(client.get("/fr/agenda/?period=past")) == ["Séminaire EnLAzando", "JVF 2023"]
    assert card_titles(client.get("/fr/agenda/?period=past&year=2023")) == ["JVF 2023"]
    # The upcoming list teases the most recent past events.
    assert agenda_parts(client.get("/fr/agenda/"))[1] == ["Séminaire EnLAzando", "JVF 2023"]


def test_a_past_event_without_end_is_in_the_archive(client, event_index):
    EventPageFactory(parent=event_index["fr"], title="Goûter de Noël", start=lima(2024, 12, 13, 16, 0), end=None)
    assert card_titles(client.get("/fr/agenda/?period=past")) == ["Goûter de Noël"]
    assert "Goûter de Noël" not in agenda_parts(client.get("/fr/agenda/"))[0]


def test_bad_agenda_parameters_never_fail(client, agenda):
    for query in ["?period=zzz", "?year=abc", "?period=past&year=1900", "?page=abc", "?page=999999",
                  "?period=past&page=-1"]:
        assert card_titles(parse(client.get("/fr/agenda/" + query))), query


def test_event_time_is_lima_time_in_the_readers_language(client, agenda, event_index):
    translate_page(agenda["seminar"], "es", title="Seminario EnLAzando", slug="seminario")
    translate_page(agenda["seminar"], "en", title="EnLAzando seminar", slug="seminar")
    fr = _times(client.get("/fr/agenda/seminaire/"))
    assert ("2024-06-03T09:00:00-05:00", "3 juin 2024, 09:00") in fr
    assert ("2024-06-05T18:00:00-05:00", "5 juin 2024, 18:00") in fr
    assert ("2024-06-03T09:00:00-05:00", "3 de junio de 2024, 09:00") in _times(client.get("/es/agenda/seminario/"))
    # British order, as the English text uses UK spelling.
    assert ("2024-06-03T09:00:00-05:00", "3 June 2024, 09:00") in _times(client.get("/en/events/seminar/"))


def _times(response):
    return [(time.get("datetime"), text_of(time)) for time in parse(response).select("main time")]


def test_first_of_the_month_reads_1er_in_french_only(client, event_index):
    event = EventPageFactory(parent=event_index["fr"], title="Rentrée", slug="rentree",
                             start=lima(2026, 9, 1, 10, 0), end=None)
    translate_page(event, "es", title="Reinicio", slug="reinicio")
    translate_page(event, "en", title="New term", slug="new-term")
    assert _when(client.get("/fr/agenda/rentree/")) == "1er\u00a0septembre 2026, 10:00"
    assert _when(client.get("/es/agenda/reinicio/")) == "1 de septiembre de 2026, 10:00"
    assert _when(client.get("/en/events/new-term/")) == "1 September 2026, 10:00"


def _when(response):
    return parse(response).select_one(".facts time").get_text()


def test_event_page_shows_partners_in_the_readers_language(client, agenda):
    partner = PartnerFactory(name="Ambassade de France")
    agenda["seminar"].event_partners.create(partner=partner)
    agenda["seminar"].save_revision().publish()
    # The translation copies the partner rows as they are (pointing at the French partner).
    spanish_page = translate_page(agenda["seminar"], "es", slug="seminario")
    partner_es = partner.copy_for_translation(spanish_page.locale)
    partner_es.name = "Embajada de Francia"
    partner_es.save()
    assert "Ambassade de France" in visible_text(parse(client.get("/fr/agenda/seminaire/")).select_one("main"))
    es = parse(client.get("/es/agenda/seminario/"))
    assert "Embajada de Francia" in visible_text(es.select_one("main")) and not anywhere(es, "Ambassade de France")


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
    data = json_ld(client.get("/fr/agenda/seminaire/"), "Event")[0]
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
    data = json_ld(client.get("/fr/agenda/cafe/"), "Event")[0]
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_end_before_start_is_refused(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(start=lima(2024, 6, 3, 9, 0), end=lima(2024, 6, 2, 9, 0))
    with pytest.raises(ValidationError):
        event.clean()


def _facts(response):
    """{term: definition element} of the event's facts list, as a reader sees it."""
    return {item.dt.get_text(strip=True): item.dd for item in parse(response).select("dl.facts > div")}


@pytest.fixture
def forum(event_index):
    now = timezone.now()
    return EventPageFactory(parent=event_index["fr"], title="Forum du volontariat", slug="forum",
                            start=now + timedelta(days=20), end=now + timedelta(days=20, hours=6),
                            place="Espace Volontariats", address="Av. Arequipa 4130 Of. 105, Miraflores", city="Lima",
                            latitude="-12.109000", longitude="-77.032000",
                            registration_url="https://example.org/inscription", contact_email="")


def test_event_page_gives_the_address_and_a_map_link(client, forum):
    facts = _facts(client.get("/fr/agenda/forum/"))
    where = facts["Où"]
    assert [line.strip() for line in where.address.stripped_strings] == [
        "Espace Volontariats", "Av. Arequipa 4130 Of. 105, Miraflores", "Lima"]
    link = where.find("a")
    assert link["href"] == "https://www.openstreetmap.org/?mlat=-12.109000&mlon=-77.032000#map=17/-12.109000/-77.032000"
    # Nothing is loaded from the map's site: no frame, no tile, no script.
    document = parse(client.get("/fr/agenda/forum/"))
    loaded = [element.get("src") or element.get("href") or ""
              for element in document.find_all(["iframe", "img", "script", "link"])]
    assert not [url for url in loaded if "openstreetmap" in url]


def test_without_coordinates_the_map_link_searches_what_is_known(client, event_index, forum):
    forum.latitude = forum.longitude = None
    forum.address = ""
    forum.save_revision().publish()
    link = _facts(client.get("/fr/agenda/forum/"))["Où"].find("a")
    assert link["href"] == "https://www.openstreetmap.org/search?query=Espace+Volontariats%2C+Lima%2C+Per%C3%BA"


def test_an_online_event_has_no_map_and_a_join_link(client, event_index):
    now = timezone.now()
    EventPageFactory(parent=event_index["fr"], title="Café virtuel", slug="cafe", attendance="online", place="",
                     city="", start=now + timedelta(days=3), end=None,
                     online_url="https://meet.example.org/cafe")
    facts = _facts(client.get("/fr/agenda/cafe/"))
    assert "Où" not in facts
    assert facts["Format"].find("a")["href"] == "https://meet.example.org/cafe"


def test_readers_learn_how_to_register_and_whom_to_ask(client, forum):
    facts = _facts(client.get("/fr/agenda/forum/"))
    # No contact on the event: the team's address from the contact settings.
    assert facts["Comment participer"].find("a")["href"] == "mailto:ev.peru@france-volontaires.org"
    forum.contact_email = "forum@example.org"
    forum.registration_url = ""
    forum.save_revision().publish()
    facts = _facts(client.get("/fr/agenda/forum/"))
    assert facts["Comment participer"].find("a")["href"] == "mailto:forum@example.org"


def test_event_json_ld_has_the_address_map_registration_and_contact(client, forum):
    data = json_ld(client.get("/fr/agenda/forum/"), "Event")[0]
    place = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Espace Volontariats"
    assert place["address"] == {"@type": "PostalAddress", "streetAddress": "Av. Arequipa 4130 Of. 105, Miraflores",
                                "addressLocality": "Lima", "addressCountry": "PE"}
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": -12.109, "longitude": -77.032}
    assert place["hasMap"].startswith("https://www.openstreetmap.org/?mlat=-12.109000")
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["offers"] == {"@type": "Offer", "url": "https://example.org/inscription"}
    assert data["organizer"]["email"] == "ev.peru@france-volontaires.org"


def test_half_coordinates_are_refused(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(latitude="-12.1", longitude=None)
    with pytest.raises(ValidationError):
        event.clean()
