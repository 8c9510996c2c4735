"""The one function the triage sends its e-mails through (answers to senders, forwards to structures)."""

from django.conf import settings

from jobs.mail import queue_email


def send_triage_email(subject, body, recipient, reply_to=None):
    # Queued like every e-mail of the site (retried while the mail server fails). Replies go to the team's
    # shared address, or to the sender for a forward, never to whoever clicked the button.
    queue_email(subject, body, [recipient], headers={"Reply-To": reply_to or settings.TEAM_EMAIL})
