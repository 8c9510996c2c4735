"""Following a directory search by e-mail (double opt-in, digests, one-click unsubscribe) and as a feed.

- models.py: SavedSearch (a subscription) and StructureFingerprint (the last public state of a structure);
- searches.py: a saved search's canonical parameters, its description and its links;
- tokens.py: the signed links (confirmation expires, unsubscription does not);
- subscriptions.py: follow, confirm, unsubscribe, purge, and the e-mails they send;
- changes.py: which structures changed in a way a reader sees (fingerprints of public data);
- digests.py: periods and the digests `manage.py send_directory_alerts` sends;
- feeds.py, views.py, urls.py: the public side; admin.py: the count editors see.
"""

from django.conf import settings

DEFAULT_CONFIRMATION_DAYS = 3


def confirmation_days():
    """How long a confirmation link is valid, and how long an unconfirmed subscription is kept."""
    return int(getattr(settings, "ALERT_CONFIRMATION_DAYS", DEFAULT_CONFIRMATION_DAYS))
