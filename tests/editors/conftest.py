import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editors.groups import ADMINISTRATORS, DIRECTORY_EDITORS, EDITORS, TRANSLATORS

PASSWORD = "correct horse battery staple"


def member(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def administrator(db):
    return member("ana", ADMINISTRATORS)


@pytest.fixture
def editor(db):
    return member("eduardo", EDITORS)


@pytest.fixture
def translator(db):
    return member("teresa", TRANSLATORS)


@pytest.fixture
def directory_editor(db):
    return member("diego", DIRECTORY_EDITORS)
