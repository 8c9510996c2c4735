from io import StringIO
import traceback
import pytest
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page
pytestmark = pytest.mark.django_db

def test_dbg(client):
    call_command("load_demo", stdout=StringIO())
    from home import lookups
    for url in ["/es/", "/es/directorio/"]:
        print(url, client.get(url).status_code)
    request = RequestFactory().get("/es/directorio/")
    translation.activate("es")
    site = __import__("wagtail.models", fromlist=["Site"]).Site.find_for_request(request)
    root = lookups._language_root(site)
    print("root", root, root.url_path, type(root))
    try:
        print(lookups._route(request, root, ["directorio"]))
    except Http404:
        traceback.print_exc()
