"""Following a directory search: double opt-in, digests, one-click unsubscribe, feeds — as readers receive them.

Time is never waited for: structures get explicit timestamps and each run of the digests is given its `now`.
"""

import io
import re
import smtplib
import time
from datetime import datetime, timedelta
from datetime import time as clock

import feedparser
import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from directory.alerts import changes
from directory.alerts.digests import send_digests
from directory.alerts.subscriptions import EmailMessage
from directory.models import HostStructure, Region, SavedSearch, VolunteerNeed
from directory.search.indexing import sync_all
from directory.translation import sync_translations
from tests.directory.factories import VolunteerNeedFactory, structure
from tests.html import anywhere, hrefs, parse, text_of, visible_text

pytestmark = pytest.mark.django_db

MONDAY = datetime(2031, 3, 3).date()  # a Monday, far from the real clock: every date below is explicit


def at(day_offset, hour=10):
    """An aware datetime `day_offset` days after MONDAY, in the site's time zone."""
    return timezone.make_aware(datetime.combine(MONDAY + timedelta(days=day_offset), clock(hour)))


def stamp(instance, created=None, updated=None):
    """Give every language row of a structure these timestamps (auto_now is bypassed by update())."""
    values = {key: value for key, value in (("created_at", created), ("updated_at", updated)) if value}
    HostStructure.objects.filter(translation_key=instance.translation_key).update(**values)


def cusco_structure(name, slug, region="PE-CUS", city="Cusco", **fields):
    return structure(name=name, slug=slug, city=city, region=Region.objects.get(code=region), **fields)


def follow(client, email="lectrice@example.org", search="region=PE-CUS", frequency="weekly", language="fr"):
    directory = {"fr": "annuaire", "es": "directorio", "en": "directory"}[language]
    return client.post(f"/{language}/{directory}/alerts/follow/",
                       {"email": email, "search": search, "frequency": frequency, "website": ""})


def link(message, kind):
    return re.search(rf"http://testserver(/\S+/alerts/{kind}/\S+/)", message.body).group(1)


def confirmed(email="lectrice@example.org", params="region=PE-CUS", language="fr", when=None):
    return SavedSearch.objects.create(email=email, params=params, language=language, frequency="weekly",
                                      created_at=when or at(-5), confirmed_at=when or at(-5))


# --- Double opt-in -----------------------------------------------------------------------------------------

def test_the_listing_offers_to_follow_the_search_by_email_and_feed(client, sample_structure):
    document = parse(client.get("/fr/annuaire/", {"region": "PE-CUS", "page": "1"}))
    (form,) = document.select('form[action="/fr/annuaire/alerts/follow/"]')
    assert [field["value"] for field in form.select("input[type=hidden][name=search]")] == ["region=PE-CUS"]
    feeds = {link["type"]: link["href"] for link in document.select("head link[rel=alternate][type]")}
    assert feeds["application/rss+xml"] == "/fr/annuaire/feed.rss?region=PE-CUS"
    offered = hrefs(document, "[href]")
    assert "/fr/annuaire/feed.rss?region=PE-CUS" in offered and "/fr/annuaire/feed.atom?region=PE-CUS" in offered
    assert not document.select("[name=csrfmiddlewaretoken]")  # the listing stays cacheable


def test_nothing_is_sent_but_the_confirmation_until_the_link_is_followed(client, sample_structure, settings):
    settings.ALERT_CONFIRMATION_DAYS = 30  # so the pending row outlives the runs below
    response = follow(client, email="Lectrice@Example.org")
    assert response.status_code == 302 and response["Location"] == "/fr/annuaire/alerts/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lectrice@example.org"]
    assert "Région : Cusco" in message.body or "Région: Cusco" in message.body
    subscription = SavedSearch.objects.get()
    assert subscription.confirmed_at is None and subscription.language == "fr"

    # A structure appears, a week passes: an unconfirmed subscription gets nothing.
    new = cusco_structure("École nouvelle", "ecole-nouvelle")
    stamp(new, created=timezone.now() + timedelta(days=1), updated=timezone.now() + timedelta(days=1))
    sync_all()
    send_digests(now=timezone.now() + timedelta(days=15))
    assert len(mail.outbox) == 1

    # Opening the link shows a button (a mail scanner following links confirms nothing); pressing it confirms.
    confirm_url = link(message, "confirm")
    page = client.get(confirm_url)
    assert "Confirmer mon alerte" in text_of(parse(page), "main form button")
    assert SavedSearch.objects.get().confirmed_at is None
    done = client.post(confirm_url)
    assert "Votre alerte est activée" in visible_text(parse(done).select_one("main"))
    assert SavedSearch.objects.get().confirmed_at is not None
    # From now on the digests come.
    stamp(new, created=timezone.now() + timedelta(days=1), updated=timezone.now() + timedelta(days=1))
    send_digests(now=timezone.now() + timedelta(days=15))
    assert len(mail.outbox) == 2 and "École nouvelle" in mail.outbox[1].body


def test_forged_and_expired_confirmation_links_are_refused(client, sample_structure, monkeypatch):
    follow(client)
    confirm_url = link(mail.outbox[0], "confirm")
    token = confirm_url.rstrip("/").rsplit("/", 1)[1]
    forged = confirm_url.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    assert client.post(forged).status_code == 404
    subscription = SavedSearch.objects.get()
    other = signing.TimestampSigner(salt="another.salt").sign_object({"k": str(subscription.key), "f": "weekly",
                                                                     "l": "fr"})
    assert client.post(f"/fr/annuaire/alerts/confirm/{other}/").status_code == 404
    # An unsubscribe token is no confirmation token.
    unsubscribe_token = link(mail.outbox[0], "unsubscribe").rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/fr/annuaire/alerts/confirm/{unsubscribe_token}/").status_code == 404

    from directory.alerts.tokens import confirm_token

    real_time = time.time
    with monkeypatch.context() as patched:
        patched.setattr(signing.time, "time", lambda: real_time() - 4 * 86400)
        old = confirm_token(subscription)
    response = client.post(f"/fr/annuaire/alerts/confirm/{old}/")
    assert response.status_code == 410
    assert SavedSearch.objects.get().confirmed_at is None


def test_unconfirmed_subscriptions_are_purged_after_a_few_days(sample_structure):
    SavedSearch.objects.create(email="old@example.org", params="", language="fr", created_at=timezone.now()
                               - timedelta(days=4))
    SavedSearch.objects.create(email="recent@example.org", params="", language="fr")
    confirmed(email="kept@example.org", when=timezone.now() - timedelta(days=30))
    report = send_digests()
    assert report.purged == 1
    assert sorted(SavedSearch.objects.values_list("email", flat=True)) == ["kept@example.org", "recent@example.org"]


def test_the_follow_form_is_rate_limited_and_has_a_honeypot(client, sample_structure, settings):
    settings.ALERT_RATE_LIMIT = (2, 3600)
    trapped = client.post("/fr/annuaire/alerts/follow/", {"email": "robot@example.org", "search": "",
                                                          "frequency": "weekly", "website": "http://spam"})
    assert trapped.status_code == 302 and not SavedSearch.objects.exists() and not mail.outbox
    assert follow(client, email="a@example.org").status_code == 302
    assert follow(client, email="b@example.org").status_code == 302
    assert follow(client, email="c@example.org").status_code == 429
    assert SavedSearch.objects.count() == 2
    invalid = follow(client, email="not an address")
    assert invalid.status_code in (400, 429)


def test_an_invalid_search_cannot_be_followed(client, sample_structure):
    response = follow(client, search="region=XX-NOWHERE")
    assert response.status_code == 400
    assert not SavedSearch.objects.exists() and not mail.outbox


# --- Unsubscribe --------------------------------------------------------------------------------------------

def test_every_email_has_one_click_unsubscribe_headers(client, sample_structure):
    follow(client)
    message = mail.outbox[0]
    unsubscribe_url = f"http://testserver{link(message, 'unsubscribe')}"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in message.body


def test_unsubscribe_get_shows_a_button_and_one_click_post_deletes_the_row(sample_structure):
    subscription = confirmed()
    from directory.alerts.tokens import unsubscribe_token

    url = f"/fr/annuaire/alerts/unsubscribe/{unsubscribe_token(subscription)}/"
    client = Client(enforce_csrf_checks=True)  # mail providers post without any token
    page = client.get(url)
    assert [form["method"].lower() for form in parse(page).select("main form")] == ["post"]
    assert SavedSearch.objects.filter(pk=subscription.pk).exists()
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not SavedSearch.objects.exists()
    # Again, or the same link later: nothing left to delete, no error.
    assert client.post(url).status_code == 200
    assert client.get(url.replace(url[-6:], "xxxxx/")).status_code == 404


# --- Digests ------------------------------------------------------------------------------------------------

@pytest.fixture
def directory_week(sample_structure):
    """Structures known before the subscription (fingerprints taken), then one week of changes."""
    old = cusco_structure("Ancienne maison", "ancienne-maison")
    edited = cusco_structure("Casa editada", "casa-editada")
    contacted = cusco_structure("Casa contactada", "casa-contactada")
    for instance in (sample_structure, old, edited, contacted):
        stamp(instance, created=at(-60), updated=at(-60))
    changes.refresh()  # what the daily run has already seen

    subscription = confirmed(when=at(-5))  # the Wednesday before MONDAY
    new = cusco_structure("Nouvelle école", "nouvelle-ecole", short_description="Une école toute neuve.")
    elsewhere = cusco_structure("Nueva en Lima", "nueva-lima", region="PE-LIM", city="Lima")
    for instance in (new, elsewhere):
        stamp(instance, created=at(-3), updated=at(-3))
    # A fact, synchronized to every language: readers of each language see the change.
    edited.website = "https://casa-editada.example.org"
    edited.save()
    sync_translations(edited, languages=[])
    stamp(edited, updated=at(-2))
    # Logging a contact refreshes a public date and updated_at: nothing a follower needs to hear about.
    HostStructure.objects.filter(translation_key=contacted.translation_key).update(
        last_contact_on=at(-2).date(), updated_at=at(-2))
    sync_all()
    return {"subscription": subscription, "new": new, "edited": edited, "old": old, "contacted": contacted,
            "elsewhere": elsewhere}


def digest_names(message):
    return re.findall(r"^- (.+?)(?: \(|$)", message.body, flags=re.M)


def test_a_digest_lists_exactly_the_new_and_changed_structures_of_the_search(directory_week):
    report = send_digests(now=at(0, hour=7))
    assert report.sent == 1 and len(mail.outbox) == 1
    message = mail.outbox[0]
    assert digest_names(message) == ["Nouvelle école", "Casa editada"]
    new_part, changed_part = message.body.split("Structures mises à jour") if "Structures mises à jour" in \
        message.body else message.body.split("Updated structures")
    assert "Nouvelle école" in new_part and "Une école toute neuve." in new_part
    assert "http://testserver/fr/annuaire/nouvelle-ecole/" in new_part
    assert "Casa editada" in changed_part
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_nothing_is_sent_twice_across_runs(directory_week):
    send_digests(now=at(0, hour=7))
    send_digests(now=at(0, hour=8))  # cron again the same day
    send_digests(now=at(3))
    assert len(mail.outbox) == 1
    send_digests(now=at(7, hour=7))  # next week: nothing changed, an empty digest is not sent
    assert len(mail.outbox) == 1
    edited = directory_week["edited"]
    edited.public_phone = "+51 84 000000"
    edited.save()
    stamp(edited, updated=at(9))
    sync_all()
    send_digests(now=at(14, hour=7))
    assert len(mail.outbox) == 2
    assert digest_names(mail.outbox[1]) == ["Casa editada"]
    send_digests(now=at(21, hour=7))
    assert len(mail.outbox) == 2


def test_a_failed_send_is_retried_on_the_next_run(directory_week, monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailMessage, "send", refuse)
        report = send_digests(now=at(0, hour=7))
    assert report.failed == 1 and not mail.outbox
    assert SavedSearch.objects.get().last_period == ""
    report = send_digests(now=at(1, hour=7))
    assert report.sent == 1 and digest_names(mail.outbox[0]) == ["Nouvelle école", "Casa editada"]
    send_digests(now=at(2, hour=7))
    assert len(mail.outbox) == 1


def test_the_digest_is_written_in_the_subscribers_language(directory_week):
    SavedSearch.objects.update(language="es")
    send_digests(now=at(0, hour=7))
    message = mail.outbox[0]
    assert "Estructuras nuevas" in message.body and "Estructuras actualizadas" in message.body
    assert "http://testserver/es/directorio/nouvelle-ecole/" in message.body
    assert "Región: Cusco" in message.body
    assert message.subject.startswith("Alerta del directorio")


def test_a_monthly_subscription_gets_each_calendar_month_once(directory_week):
    SavedSearch.objects.update(frequency="monthly")
    send_digests(now=at(0, hour=7))  # 3 March: February is over (the new school, 28 February)
    assert [digest_names(message) for message in mail.outbox] == [["Nouvelle école"]]
    send_digests(now=at(17))  # March is not over
    assert len(mail.outbox) == 1
    send_digests(now=at(29, hour=7))  # 1 April: March (the edit of 1 March)
    assert [digest_names(message) for message in mail.outbox][1:] == [["Casa editada"]]


def digest_items(message):
    """{structure name: [the lines under it]} as a reader scans the plain-text digest."""
    items, current = {}, None
    for line in message.body.splitlines():
        entry = re.match(r"^- (.+?)(?: \(.*\))?$", line)
        if entry:
            current = items.setdefault(entry.group(1), [])
        elif current is not None and line.startswith("  "):
            current.append(line.strip())
        else:
            current = None
    return items


@pytest.fixture
def need_news(directory_week):
    """A structure whose only news of the week is a need it opened, and one whose need was only re-confirmed."""
    quiet = cusco_structure("Casa tranquila", "casa-tranquila")
    stamp(quiet, created=at(-60), updated=at(-60))
    routine = VolunteerNeedFactory(structure=quiet, profile="Animateur·rice", schemes=["sci"])
    VolunteerNeed.objects.filter(pk=routine.pk).update(created_at=at(-60), updated_at=at(-60))
    changes.refresh()  # the daily run of last week saw both as they were

    opened = VolunteerNeedFactory(structure=directory_week["old"], profile="Professeur·e de musique",
                                  schemes=["vsi"])
    sync_translations(opened, localized={"es": VolunteerNeed(structure=directory_week["old"],
                                                             profile="Profesor·a de música")}, languages=["es"])
    routine.refresh_from_db()
    routine.confirmed_on = at(-2).date()  # the structure confirmed it still stands: not news
    routine.save()
    VolunteerNeed.objects.filter(pk=opened.pk).update(created_at=at(-2), updated_at=at(-2))
    VolunteerNeed.objects.filter(pk=routine.pk).update(updated_at=at(-2))
    sync_all()
    return {"opened": opened, "quiet": quiet}


def test_a_structure_whose_only_news_is_a_new_need_is_in_the_digest(need_news):
    send_digests(now=at(0, hour=7))
    items = digest_items(mail.outbox[0])
    assert list(items) == ["Nouvelle école", "Ancienne maison", "Casa editada"]
    [told] = [line for line in items["Ancienne maison"] if line.startswith("Nouveau besoin")]
    assert told.split(" — ") == ["Nouveau besoin de volontaire : Professeur·e de musique",
                                 "Volontariat de solidarité internationale (VSI)",
                                 f"{need_news['opened'].starts_on:%Y-%m} +12m"]
    assert not any(line.startswith("Nouveau besoin") for line in items["Casa editada"])
    # Next week nothing happened: the need is not told twice.
    send_digests(now=at(7, hour=7))
    assert len(mail.outbox) == 1


def test_a_new_need_is_told_in_the_subscribers_language(need_news):
    SavedSearch.objects.update(language="es")
    send_digests(now=at(0, hour=7))
    items = digest_items(mail.outbox[0])
    assert "Casa tranquila" not in items
    [told] = [line for line in items["Ancienne maison"] if line.startswith("Nueva necesidad")]
    profile, scheme, start = told.split(" — ")
    assert profile == "Nueva necesidad de voluntariado: Profesor·a de música"
    assert scheme.endswith("(VSI)") and scheme != "Volontariat de solidarité internationale (VSI)"


def test_a_need_filled_is_a_change_but_its_confirmation_alone_is_not(need_news):
    send_digests(now=at(0, hour=7))
    need = need_news["quiet"].volunteer_needs.get()
    need.status = "filled"
    need.save()
    VolunteerNeed.objects.filter(pk=need.pk).update(updated_at=at(9))
    send_digests(now=at(14, hour=7))
    assert list(digest_items(mail.outbox[1])) == ["Casa tranquila"]


def test_the_command_prints_a_summary(directory_week):
    # The real clock is before MONDAY: the week of these changes has not ended yet.
    out = io.StringIO()
    call_command("send_directory_alerts", "--dry-run", stdout=out)
    assert "1 confirmed alert(s)" in out.getvalue()
    assert not mail.outbox


# --- Feeds --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_feed_of_a_search_lists_only_its_structures(client, directory_week, kind):
    changes.refresh()  # the daily run has compared the latest saves
    response = client.get(f"/fr/annuaire/feed.{kind}", {"region": "PE-CUS"})
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    titles = [entry.title for entry in feed.entries]
    assert sorted(titles) == sorted(["Mano a Mano", "Ancienne maison", "Casa editada", "Casa contactada",
                                     "Nouvelle école"])
    # Most recently added or publicly changed first; a contact logged is no change.
    assert titles[:2] == ["Casa editada", "Nouvelle école"]
    assert "Nueva en Lima" not in titles
    entry = next(entry for entry in feed.entries if entry.title == "Nouvelle école")
    assert entry.link == "http://testserver/fr/annuaire/nouvelle-ecole/"


def test_a_feed_in_spanish_and_a_bad_feed_query(client, directory_week):
    feed = feedparser.parse(client.get("/es/directorio/feed.rss", {"region": "PE-LIM"}).content)
    assert feed.feed.language == "es"
    assert [entry.link for entry in feed.entries] == ["http://testserver/es/directorio/nueva-lima/"]
    assert client.get("/fr/annuaire/feed.rss", {"region": "XX-NOWHERE"}).status_code == 400


# --- Never public -------------------------------------------------------------------------------------------

def test_subscribers_never_appear_on_public_surfaces(client, directory_week):
    SavedSearch.objects.create(email="secret-follower@example.org", params="q=SECRETSEARCH", language="fr",
                               confirmed_at=timezone.now())
    urls = ["/fr/annuaire/", "/fr/annuaire/?region=PE-CUS", "/fr/annuaire/feed.rss", "/fr/annuaire/feed.atom",
            "/api/v1/directory/?lang=fr", "/api/v1/directory/export.csv?lang=fr", "/sitemap.xml",
            "/fr/annuaire/nouvelle-ecole/"]
    for url in urls:
        content = client.get(url).content.decode("utf-8", "replace")
        assert "secret-follower" not in content and "SECRETSEARCH" not in content, url


def test_directory_editors_see_how_many_alerts_exist(client, directory_week, django_user_model):
    from django.contrib.auth.models import Group

    from editors.groups import ensure_groups

    ensure_groups()
    editor = django_user_model.objects.create_user("editrice", password="x")
    editor.groups.add(Group.objects.get(name="Directory editors"))
    client.force_login(editor)
    dashboard = parse(client.get("/admin/"))
    assert "1 directory alert" in visible_text(dashboard) or "1 alerte" in visible_text(dashboard)
    assert not anywhere(dashboard, "lectrice@example.org")


def test_following_a_search_keeps_the_directory_page_in_the_page_cache(sample_structure):
    reader = Client()
    assert reader.get("/fr/annuaire/")["X-Page-Cache"] == "miss"
    assert reader.get("/fr/annuaire/")["X-Page-Cache"] == "hit"  # the follow form sets no CSRF cookie
    assert follow(Client(), search="").status_code == 302
    # A subscription is private data, not content: the cached directory stays valid.
    assert reader.get("/fr/annuaire/")["X-Page-Cache"] == "hit"
