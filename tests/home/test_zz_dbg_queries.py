from io import StringIO
import pytest
from django.core.management import call_command
from wagtail.models import Page
pytestmark = pytest.mark.django_db

def test_dbg(client):
    call_command("load_demo", stdout=StringIO())
    print("LIVE", [(p.title, p.live, p.has_unpublished_changes, type(p.specific)) for p in Page.objects.filter(depth=2)])
    es = Page.objects.get(depth=2, locale__language_code="es")
    print("ESKIDS", [(c.title, c.live) for c in es.get_children()][:5])
