"""What the team can do with an introduction request. Each function changes the request, logs the step in
Wagtail's history of the request and returns True, or returns False when the step makes no sense any more."""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from ..choices import IntroductionStatus
from ..confirmation.workflow import contact_language
from .mail import send_triage_email

EMAILS = "directory/introductions/emails/"
TAKEN_IN_HAND = "directory.introduction.taken_in_hand"
ANSWERED = "directory.introduction.answered"
FORWARDED = "directory.introduction.forwarded"
DONE = "directory.introduction.done"
SPAM = "directory.introduction.spam"

# (action, label in the history, message in the history)
LOG_ACTIONS = [
    (TAKEN_IN_HAND, _("Take in hand"), _("Taken in hand")),
    (ANSWERED, _("Answer the sender"), _("Answer sent to the sender")),
    (FORWARDED, _("Forward to the structure"), _("Forwarded to the structure")),
    (DONE, _("Mark done"), _("Marked done")),
    (SPAM, _("Mark as spam"), _("Marked as spam")),
]

# Ready-made answers to the sender: key -> label. The texts are e-mail templates rendered in the sender's language.
ANSWER_TEMPLATES = {
    "acknowledgement": _("We are working on your request"),
    "more-information": _("We need more information"),
    "forwarded": _("Your request was passed on to the structure"),
    "unavailable": _("The structure cannot host at the moment"),
}


def _set_status(introduction, status, user):
    introduction.status = status
    if introduction.handled_by_id is None:
        introduction.handled_by = user
    introduction.save()


def take_in_hand(introduction, user):
    if introduction.status != IntroductionStatus.NEW:
        return False
    _set_status(introduction, IntroductionStatus.IN_PROGRESS, user)
    log(introduction, TAKEN_IN_HAND, user=user)
    return True


def mark_done(introduction, user):
    if introduction.status in (IntroductionStatus.DONE, IntroductionStatus.SPAM):
        return False
    _set_status(introduction, IntroductionStatus.DONE, user)
    log(introduction, DONE, user=user)
    return True


def mark_spam(introduction, user):
    if introduction.status == IntroductionStatus.SPAM:
        return False
    introduction.status = IntroductionStatus.SPAM
    introduction.save()
    log(introduction, SPAM, user=user)
    return True


def render_answer(introduction, key):
    """(subject, body) of a ready-made answer, in the sender's language."""
    context = {"introduction": introduction, "structure_name": introduction.structure_name}
    with translation.override(introduction.language):
        subject = " ".join(render_to_string(f"{EMAILS}introduction_answer_subject.txt", context).split())
        body = render_to_string(f"{EMAILS}introduction_answer_{key}.txt", context)
    return subject, body


def answer(introduction, user, subject, body):
    """Send the sender an answer; answering takes a new request in hand."""
    send_triage_email(subject, body, introduction.email)
    if introduction.status == IntroductionStatus.NEW:
        _set_status(introduction, IntroductionStatus.IN_PROGRESS, user)
    log(introduction, ANSWERED, user=user, data={"subject": subject})
    return True


def can_forward(introduction):
    structure = introduction.structure
    return bool(introduction.consent and structure is not None and structure.public_email
                and introduction.status != IntroductionStatus.SPAM)


def forward_language(introduction):
    return contact_language(introduction.structure)


def render_forward(introduction):
    """(subject, body) of the e-mail that introduces the sender to the structure, in the structure's language."""
    with translation.override(forward_language(introduction)):
        context = {"introduction": introduction, "schemes": scheme_labels(introduction)}
        subject = " ".join(render_to_string(f"{EMAILS}introduction_forward_subject.txt", context).split())
        body = render_to_string(f"{EMAILS}introduction_forward.txt", context)
    return subject, body


def forward(introduction, user, subject, body):
    """Pass the request on to the structure's public address; only with the sender's consent."""
    if not can_forward(introduction):
        return False
    # The structure answers the sender directly.
    send_triage_email(subject, body, introduction.structure.public_email, reply_to=introduction.email)
    if introduction.status == IntroductionStatus.NEW:
        _set_status(introduction, IntroductionStatus.IN_PROGRESS, user)
    log(introduction, FORWARDED, user=user, data={"recipient": introduction.structure.public_email,
                                                  "at": timezone.now().isoformat()})
    return True


def scheme_labels(introduction):
    """The schemes the sender ticked, as their names in the active language (unknown codes as they are)."""
    from ..choices import SchemeCode

    labels = dict(SchemeCode.choices)
    return [str(labels.get(code, code)) for code in introduction.schemes or []]
