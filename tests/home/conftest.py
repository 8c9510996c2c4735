from unittest import mock

import pytest
from django.db import transaction


def run_on_commit_at_once():
    """`manage.py load_demo` runs in autocommit, where on_commit callbacks run at once (wagtail-localize
    publishes translations with them); inside a test transaction they would wait for a commit that never
    comes, leaving every translation unpublished."""
    return mock.patch.object(transaction, "on_commit", lambda func, *args, **kwargs: func())


@pytest.fixture
def on_commit_at_once():
    with run_on_commit_at_once():
        yield
