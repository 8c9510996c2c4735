"""Admin login: repeated failures lock the username out, and nothing tells an attacker which usernames exist."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.html import parse, texts, visible_text

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    return settings


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.org", "correct horse battery",
                                                 is_staff=True, is_superuser=True)


def _post(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password}, follow=True)


def test_correct_password_is_refused_once_locked_out(client, editor, axes_on):
    for _attempt in range(3):
        assert not _post(client, "editor", "wrong password").wsgi_request.user.is_authenticated
    response = _post(client, "editor", "correct horse battery")
    assert not response.wsgi_request.user.is_authenticated
    assert "Compte verrouillé" in visible_text(parse(response, status=None))  # the admin speaks French by default
    assert "_auth_user_id" not in client.session


def test_lockout_is_the_same_for_a_known_and_an_unknown_username(client, editor, axes_on):
    answers = {}
    for username in ("editor", "nobody-by-this-name"):
        first = _post(client, username, "wrong password")
        for _attempt in range(3):
            locked = _post(client, username, "wrong password")
        answers[username] = (first.status_code, locked.status_code,
                             "Compte verrouillé" in visible_text(parse(locked, status=None)))
        first_errors = texts(parse(first, status=None), ".error")
        answers[username] += (tuple(first_errors),)
    assert answers["editor"] == answers["nobody-by-this-name"]
    assert answers["editor"][2] is True


def test_lockout_is_per_username_so_other_editors_can_still_sign_in(client, editor, axes_on, django_user_model):
    django_user_model.objects.create_user("colleague", "colleague@example.org", "another long secret",
                                          is_staff=True, is_superuser=True)
    for _attempt in range(3):
        _post(client, "editor", "wrong password")
    assert _post(client, "colleague", "another long secret").wsgi_request.user.is_authenticated


def test_weak_passwords_are_refused():
    for weak in ("password123", "12345678901", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("Lima-volontariat-2025!")


@pytest.mark.parametrize(("language", "message"), [
    ("es", "Cuenta bloqueada: demasiados intentos de conexión."),
    ("en", "Account locked: too many login attempts."),
    ("fr", "Compte verrouillé : trop de tentatives de connexion."),
])
def test_lockout_message_speaks_the_editor_language(client, editor, axes_on, language, message):
    for _attempt in range(3):
        _post(client, "editor", "wrong password")
    response = client.post(LOGIN, {"username": "editor", "password": "wrong password"}, follow=True,
                           HTTP_ACCEPT_LANGUAGE=language)
    assert message in visible_text(parse(response, status=None))
