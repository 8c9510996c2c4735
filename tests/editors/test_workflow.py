"""An editor's change waits for an administrator; the approval publishes it. Previews have device sizes."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import content_page
from tests.html import parse, visible_text

pytestmark = pytest.mark.django_db


def edit_data(page, **changes):
    data = {"title": page.title, "slug": page.slug, "lead": page.lead, "body": streamfield([]),
            "comments": inline_formset([]), "search_description": "", "seo_title": ""}
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def about(site_tree):
    return content_page(site_tree["fr"], "À propos", slug="a-propos", lead="Ancien chapeau.")


def test_editor_cannot_publish_directly(client, editor, about):
    client.force_login(editor)
    form = parse(client.get(f"/admin/pages/{about.pk}/edit/"))
    assert not form.select("[name=action-publish]")
    assert form.select("button[name=action-submit], input[name=action-submit]")
    response = client.post(f"/admin/pages/{about.pk}/edit/", {**edit_data(about, lead="Nouveau chapeau."),
                                                              "action-publish": "action-publish"})
    assert response.status_code in (302, 403)
    about.refresh_from_db()
    assert about.lead == "Ancien chapeau."  # the live page did not change
    assert "Ancien chapeau." in visible_text(parse(client.get("/fr/a-propos/")).select_one("main"))


def test_submission_then_approval_publishes(client, editor, administrator, about):
    client.force_login(editor)
    response = client.post(f"/admin/pages/{about.pk}/edit/", {**edit_data(about, lead="Nouveau chapeau."),
                                                              "action-submit": "action-submit"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(about.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert "Ancien chapeau." in visible_text(parse(client.get("/fr/a-propos/")).select_one("main"))
    # The editor may not approve their own submission.
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[about.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code in (302, 403)
    about.refresh_from_db()
    assert about.lead == "Ancien chapeau."

    client.force_login(administrator)
    assert client.post(url, {"comment": "Parfait."}).status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    about.refresh_from_db()
    assert about.lead == "Nouveau chapeau."
    assert "Nouveau chapeau." in visible_text(parse(client.get("/fr/a-propos/")).select_one("main"))


def test_previews_offer_mobile_and_desktop(client, administrator, about):
    assert {"mobile", "desktop"} <= {size["name"] for size in about.preview_sizes}
    client.force_login(administrator)
    sizes = [field["value"] for field in parse(client.get(f"/admin/pages/{about.pk}/edit/")).select("input[value]")]
    assert "mobile" in sizes and "desktop" in sizes
    response = client.post(f"/admin/pages/{about.pk}/edit/preview/", edit_data(about, lead="Aperçu."))
    assert response.json()["is_valid"] is True
    assert "Aperçu." in visible_text(parse(client.get(f"/admin/pages/{about.pk}/edit/preview/")).select_one("main"))
