"""Interface text (not content) in French and Spanish: complete catalogues and what readers see."""

from pathlib import Path

import polib
import pytest

from home.factories import ProgrammeIndexPageFactory, ProgrammePageFactory
from tests.factories import translate_page
from tests.html import anywhere, parse, text_of, visible_text

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [ROOT / "locale", ROOT / "home" / "locale"]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_catalogue_is_complete(catalogue, language):
    po = polib.pofile(str(catalogue / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 0
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.django_db
def test_error_page_is_translated(client, site_tree):
    for language, text in [("fr", "Page introuvable"), ("es", "Página no encontrada"), ("en", "Page not found")]:
        assert text_of(parse(client.get(f"/{language}/cette-page-n-existe-pas/"), status=404), "h1") == text


@pytest.mark.django_db
def test_programme_page_labels_follow_the_language(client, site_tree):
    index = ProgrammeIndexPageFactory(parent=site_tree["fr"], slug="programmes", title="Programmes")
    programme = ProgrammePageFactory(
        parent=index, title="Voluntades+", slug="voluntades", start_year=2021, end_year=2024, countries="Pérou",
        phases=[("phase", {"title": "Édition 4", "period": "2024", "description": "<p>Lancement</p>"})],
        action_levers=[("lever", {"title": "Former", "description": "<p>Diplôme</p>"})],
    )
    translate_page(index, "es", title="Programas", slug="programas")
    translate_page(programme, "es", title="Voluntades+", slug="voluntades", countries="Perú")

    text = visible_text(parse(client.get("/fr/programmes/voluntades/")).select_one("main"))
    for label in ("Période", "Pays", "Étapes", "Leviers d'action"):
        assert label in text
    document = parse(client.get("/es/programas/voluntades/"))
    text = visible_text(document.select_one("main"))
    for label in ("Período", "Países", "Etapas", "Ejes de acción", "2021–2024"):
        assert label in text
    assert not anywhere(document, "Action levers")
