"""What every response tells the browser it may do, and the production settings behind HTTPS."""

import importlib
import sys

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from tests.html import attribute_values, inline_scripts, parse

pytestmark = pytest.mark.django_db


def _directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_forbid_inline_scripts_and_set_browser_policies(client, site_tree):
    response = client.get("/fr/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]
    # The strict policy is only worth something if the pages obey it: no inline script that would execute.
    document = parse(response)
    assert not inline_scripts(document)
    assert not [name for name in (attribute for element in document.find_all(True) for attribute in element.attrs)
                if name.startswith("on")]
    assert not [value for value in attribute_values(document) if value.strip().lower().startswith("javascript:")]


def test_error_pages_and_redirects_carry_the_policy_too(client, site_tree):
    assert "script-src 'self'" in client.get("/fr/does-not-exist/")["Content-Security-Policy"]
    assert "script-src 'self'" in client.get("/")["Content-Security-Policy"]


def test_admin_gets_the_policy_wagtail_can_work_with(client, site_tree, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]


def test_documents_are_downloads_that_cannot_run_anything(client, site_tree):
    document = Document.objects.create(title="Rapport", file=ContentFile(b"%PDF-1.4 rapport", name="rapport.pdf"))
    html_document = Document.objects.create(
        title="Piège", file=ContentFile(b"<script>alert(1)</script>", name="piege.txt")
    )
    for doc in (document, html_document):
        response = client.get(doc.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
        b"".join(response.streaming_content)
    assert client.get(html_document.url)["Content-Type"].startswith("text/plain")


@pytest.fixture
def production_settings(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "p" * 60)
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    # Import fresh copies (base reads the environment at import), then put the test run's modules back.
    saved = {name: sys.modules.pop(name, None) for name in ("config.settings.base", "config.settings.production")}
    yield importlib.import_module("config.settings.production")
    for name, module in saved.items():
        sys.modules.pop(name, None)
        if module is not None:
            sys.modules[name] = module


def test_production_settings_are_https_only(production_settings):
    settings = production_settings
    assert settings.DEBUG is False
    assert settings.SECURE_SSL_REDIRECT is True
    assert settings.SECURE_HSTS_SECONDS >= 31536000 and settings.SECURE_HSTS_INCLUDE_SUBDOMAINS
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert getattr(settings, f"{cookie}_COOKIE_SECURE") is True
        assert getattr(settings, f"{cookie}_COOKIE_HTTPONLY") is True
    assert settings.X_FRAME_OPTIONS == "DENY"
    assert "home.security.SecurityHeadersMiddleware" in settings.MIDDLEWARE
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert len(settings.AUTH_PASSWORD_VALIDATORS) >= 4
