"""E-mails leave the request: the request renders them and queues them; a worker sends them, retrying with
a growing delay while the mail server is down or hangs, and records the moment a message went out."""

import logging
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone
from django_tasks import task

from .queue import with_transaction

logger = logging.getLogger(__name__)


def render_text(template_name, context):
    """A plain-text e-mail part: no HTML escaping (a subject would read &#x27; for an apostrophe)."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def site_url(path):
    """An absolute link for an e-mail: on SITE_URL, never on the host a request claimed."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + "/" + path.lstrip("/")


def one_line(text):
    """A header value (subject) on one line, whatever the template or the submitted text holds."""
    return " ".join(str(text).split())


def queue_email(subject, body, to, headers=None, record=None):
    """Queue one plain-text e-mail. `record` = (model label, pk, field): the field gets the moment of sending."""
    message = {"subject": one_line(subject), "body": body, "to": list(to), "headers": dict(headers or {})}
    with_transaction(send_email, message, attempt=1, record=list(record) if record else None)


def retry_delay(attempt):
    return timedelta(seconds=settings.TASK_RETRY_SECONDS * 2 ** (attempt - 1))


@task()
def send_email(message, attempt=1, record=None):
    email = EmailMessage(message["subject"], message["body"], settings.DEFAULT_FROM_EMAIL, message["to"],
                         headers=message.get("headers") or {})
    try:
        email.send()
    except Exception:
        # This attempt is marked failed (the admin lists it with its error); the next one is queued for later.
        if attempt < settings.TASK_MAIL_ATTEMPTS and send_email.get_backend().supports_defer:
            send_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                message, attempt=attempt + 1, record=record)
            logger.warning("E-mail %r: attempt %s failed, retrying", message["subject"], attempt)
        raise
    if record:
        label, pk, field = record
        apps.get_model(label).objects.filter(pk=pk).update(**{field: timezone.now()})
    return {"sent_to": len(message["to"]), "attempt": attempt}
