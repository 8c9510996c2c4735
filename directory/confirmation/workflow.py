"""Entries that confirm themselves: the yearly signed link, the contact's answer, the editors' decision.

The link carries a signed token bound to the structure and to the moment it was asked (`confirmation_requested_at`):
it expires after CONFIRMATION_LINK_DAYS, and a newer request makes every older link useless. Proposed changes
never touch the entry: they wait in a StructureChangeRequest until a directory editor approves them.
"""

import html
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Locale

from jobs.mail import one_line, queue_email, render_text

from ..models import (ChangeRequestOrigin, ChangeRequestStatus, HostStructure, Scheme, StructureChangeRequest,
                     VolunteerNeed)
from ..translation import has_translations, sync_translations

logger = logging.getLogger(__name__)

# The links already sent were signed with this salt (once the module path): changing it would void them.
SALT = "directory.confirmation"
CONFIRMATION_LINK_DAYS = 60
ASK_EVERY_DAYS = 365
# Texts are stored per language; facts are the same in every language (synced from the French row).
TEXT_FIELDS = ("short_description", "presentation", "accommodation_details")
FACT_FIELDS = ("acronym", "city", "province", "address", "website", "facebook_url", "instagram_url",
               "linkedin_url", "youtube_url", "public_email", "public_phone", "accommodation",
               "minimum_stay_months", "ruc_number", "schemes")


class LinkError(Exception):
    """A confirmation link that cannot be used; `status` is the HTTP status to answer with."""

    def __init__(self, reason, status):
        super().__init__(reason)
        self.reason, self.status = reason, status


# --- The signed link ----------------------------------------------------------------------------------------

def _stamp(moment):
    return int(moment.timestamp())


def make_token(structure, requested_at):
    return signing.dumps({"s": structure.pk, "t": _stamp(requested_at)}, salt=SALT, compress=True)


def structure_for_token(token, max_age_days=None):
    """The (default-language) structure a token stands for, or LinkError: forged, expired or superseded."""
    days = CONFIRMATION_LINK_DAYS if max_age_days is None else max_age_days
    try:
        data = signing.loads(token, salt=SALT, max_age=days * 86400)
    except signing.SignatureExpired:
        raise LinkError("expired", 410) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LinkError("invalid", 400) from None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("t"), int):
        raise LinkError("invalid", 400)
    structure = HostStructure.objects.filter(pk=data["s"], is_public=True).first()
    if structure is None:
        raise LinkError("invalid", 404)
    asked = structure.confirmation_requested_at
    if asked is None or _stamp(asked) != data["t"]:
        raise LinkError("superseded", 410)  # a newer request was sent: only its link works
    return structure


def contact_language(structure):
    """Peruvian structures are written to in Spanish; others in the language of their entry."""
    if structure.country == "PE":
        return "es"
    return structure.locale.language_code


def confirmation_url(structure, token, language):
    with translation.override(language):
        path = reverse("directory_confirmation", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# --- The yearly request (manage.py send_confirmation_requests) ------------------------------------------------

def due_structures(now=None, slug=None):
    """Public default-language structures with a public e-mail, neither confirmed nor asked in the last year."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=ASK_EVERY_DAYS)
    structures = HostStructure.objects.filter(
        is_public=True, locale=Locale.get_default()).exclude(public_email="").select_related("locale")
    if slug:
        structures = structures.filter(slug=slug)
    return structures.exclude(Q(confirmed_at__gte=cutoff) | Q(confirmation_requested_at__gte=cutoff)) \
        .order_by("name", "pk")


def send_request(structure, now=None):
    """E-mail the link; the moment is recorded only once the mail is sent, so a failure is retried next run."""
    requested_at = (now or timezone.now()).replace(microsecond=0)
    language = contact_language(structure)
    token = make_token(structure, requested_at)
    shown = structure.get_translation_or_none(Locale.objects.get(language_code=language)) or structure
    context = {"structure": shown, "url": confirmation_url(structure, token, language),
               "valid_days": CONFIRMATION_LINK_DAYS}
    with translation.override(language):
        subject = one_line(render_text("directory/confirmation/emails/confirmation_request_subject.txt", context))
        body = render_text("directory/confirmation/emails/confirmation_request.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [structure.public_email])
    HostStructure.objects.filter(pk=structure.pk).update(confirmation_requested_at=requested_at)
    structure.confirmation_requested_at = requested_at
    return language


# --- The contact's answer -----------------------------------------------------------------------------------

def shown_entry(structure, language):
    """The row the contact sees: the translation in their language, or the source when there is none."""
    from home.cache import remembered

    locale_id = remembered(("locale-id", language), lambda: Locale.objects.filter(
        language_code=language).values_list("pk", flat=True).first() or 0)
    row = structure.get_translation_or_none(locale_id) if locale_id else None
    return row or structure


def confirm(structure, now=None):
    """The contact says the entry is right: every language row gets the date (saved, so pages and indexes follow)."""
    moment = now or timezone.now()
    with transaction.atomic():
        for row in HostStructure.objects.filter(translation_key=structure.translation_key):
            row.confirmed_at = moment
            row.save(update_fields=["confirmed_at"])
    return moment


def presentation_text(value):
    """Rich text as the plain paragraphs a contact edits (blank line between paragraphs)."""
    paragraphs = re.split(r"</p>\s*|<br\s*/?>", value or "")
    return "\n\n".join(html.unescape(strip_tags(part)).strip() for part in paragraphs if strip_tags(part).strip())


def presentation_html(text):
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]
    return "".join(f"<p>{html.escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs)


def current_values(structure, language, row=None):
    """The public values the form shows and the diff compares, as plain JSON-able data (`row`: the
    shown entry, when the caller has it already)."""
    row = row or shown_entry(structure, language)
    values = {field: getattr(row, field) for field in TEXT_FIELDS}
    values["presentation"] = presentation_text(row.presentation)
    for field in FACT_FIELDS:
        values[field] = getattr(structure, field)
    values["schemes"] = sorted(scheme.code for scheme in structure.schemes.all())
    return values


def _normalised(value):
    if isinstance(value, str):
        return value.strip().replace("\r\n", "\n")
    if isinstance(value, (list, tuple)):
        return sorted(value)
    return value


def changed_values(structure, language, submitted):
    current = current_values(structure, language)
    changes = {field: _normalised(value) for field, value in submitted.items()
               if field in current and _normalised(value) != _normalised(current[field])}
    if submitted.get("needs"):
        changes["needs"] = submitted["needs"]  # new needs: always a change
    return changes


def propose(structure, language, proposed, message="", origin=ChangeRequestOrigin.CONTACT, reporter_email=""):
    """Store the proposal (nothing goes live) and tell the team; the e-mail failing loses nothing.
    `origin`: the structure's contact (confirmation link) or a reader (suggested correction)."""
    change = StructureChangeRequest.objects.create(structure=structure, language=language, proposed=proposed,
                                                   message=message, origin=origin, reporter_email=reporter_email)
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("directory_change_requests:review",
                                                                     args=[change.pk])
    with translation.override(settings.LANGUAGE_CODE):
        # Inside the override: the field labels are the team's language, not the sender's.
        context = {"change": change, "structure": structure, "admin_url": admin_url, "diff": diff(change)}
        subject = render_text("directory/confirmation/emails/change_request_team_subject.txt", context)
        body = render_text("directory/confirmation/emails/change_request_team.txt", context)
    queue_email(subject, body, [settings.TEAM_EMAIL])
    return change


# --- The editors' decision ----------------------------------------------------------------------------------

@dataclass
class DiffRow:
    field: str
    label: str
    old: object
    new: object

    @staticmethod
    def _text(value):
        if value is None:
            return ""
        if isinstance(value, (list, tuple)):
            return ", ".join(str(item) for item in value)
        return str(value)

    @property
    def old_text(self):
        return self._text(self.old)

    @property
    def new_text(self):
        return self._text(self.new)


def _label(field):
    return str(HostStructure._meta.get_field(field).verbose_name)


def _need_text(need):
    parts = [need.get("profile", ""), need.get("starts_on", "")[:7]]
    if need.get("duration_months"):
        parts.append(f"{need['duration_months']} m")
    if need.get("schemes"):
        parts.append("/".join(need["schemes"]))
    if need.get("place"):
        parts.append(need["place"])
    return " — ".join(part for part in parts if part)


def diff(change):
    current = current_values(change.structure, change.language)
    rows = [DiffRow(field, _label(field), current.get(field), value) for field, value in change.proposed.items()
            if field in current]
    for need in change.proposed.get("needs", []):
        rows.append(DiffRow("needs", str(VolunteerNeed._meta.verbose_name), "", _need_text(need)))
    return rows


def _create_needs(source, needs, today):
    for proposed in needs:
        need = VolunteerNeed.objects.create(
            structure=source, profile=proposed["profile"][:200], starts_on=date.fromisoformat(proposed["starts_on"]),
            duration_months=proposed.get("duration_months"), place=(proposed.get("place") or "")[:100],
            confirmed_on=today)
        need.schemes.set(list(Scheme.objects.filter(code__in=proposed.get("schemes", []))))


def approve(change, user=None, now=None):
    """Apply the proposal: facts to the source row (synced to every language), texts to the proposal's
    language; the entry counts as confirmed. Saves trigger re-indexing and the page cache's invalidation."""
    if not change.is_pending:
        return False
    now = now or timezone.now()
    source = change.structure
    proposed = dict(change.proposed)
    needs = proposed.pop("needs", [])
    texts = {field: proposed.pop(field) for field in TEXT_FIELDS if field in proposed}
    if "presentation" in texts:
        texts["presentation"] = presentation_html(texts["presentation"])
    with transaction.atomic():
        for field, value in proposed.items():
            if field == "schemes":
                source.schemes.set(list(Scheme.objects.filter(code__in=value)))
            elif field in FACT_FIELDS:
                setattr(source, field, value)
        in_source = change.language == source.locale.language_code
        if in_source:
            for field, value in texts.items():
                setattr(source, field, value)
        _create_needs(source, needs, timezone.localdate(now))
        if change.origin == ChangeRequestOrigin.CONTACT:
            source.confirmed_at = now  # a reader's suggestion is not the structure's word
        source.save()
        localized = {}
        if texts and not in_source:
            row = shown_entry(source, change.language)
            draft = HostStructure(name=row.name, slug=source.slug,
                                  **{field: getattr(row, field) for field in TEXT_FIELDS})
            for field, value in texts.items():
                setattr(draft, field, value)
            localized[change.language] = draft
        if localized or has_translations(source):
            # Recorded as the translations too, so a later sync from the source keeps them.
            sync_translations(source, localized=localized, languages=list(localized), user=user)
        if localized:
            # A presentation whose paragraphs do not pair with the source's stays untranslated in wagtail-localize;
            # what the editor approved is still what readers see.
            row = shown_entry(source, change.language)
            for field, value in texts.items():
                setattr(row, field, value)
            row.save()
        change.status = ChangeRequestStatus.APPROVED
        change.reviewed_by, change.reviewed_at = user, now
        change.save()
    return True


def reject(change, user=None, now=None):
    if not change.is_pending:
        return False
    change.status = ChangeRequestStatus.REJECTED
    change.reviewed_by, change.reviewed_at = user, now or timezone.now()
    change.save()
    return True
