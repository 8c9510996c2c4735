"""Signed links. Confirmation links expire (double opt-in must be recent); unsubscribe links never do,
since an old digest must still let its reader leave. Both carry the row's random key, not its id."""

from datetime import timedelta

from django.core import signing

from . import confirmation_days

CONFIRM_SALT = "directory.alerts.confirm"
UNSUBSCRIBE_SALT = "directory.alerts.unsubscribe"


class InvalidToken(Exception):
    """Forged, damaged or unknown link."""


class ExpiredToken(InvalidToken):
    pass


def confirm_token(subscription, frequency=None, language=None):
    """The frequency and language are in the link: they change only once the owner of the address confirms."""
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object({
        "k": str(subscription.key), "f": frequency or subscription.frequency,
        "l": language or subscription.language})


def read_confirm_token(token):
    try:
        return signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            token, max_age=timedelta(days=confirmation_days()))
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error


def unsubscribe_token(subscription):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscription.key))


def read_unsubscribe_token(token):
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise InvalidToken from error
