"""Language quality as readers see it: French typography on French pages only, dates in each language's own
format, the reviewed English and Spanish terms in every catalogue, portrait quotes in their own language with
the translation beside them."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

from home.templatetags.typography import french_html, typography
from news.factories import PortraitIndexPageFactory, PortraitPageFactory
from home.factories import ContentPageFactory
from tests.factories import translate_page
from tests.html import parse

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("text", "expected"), [
    ("Région: Cusco", f"Région{NBSP}: Cusco"),
    ("Région : Cusco", f"Région{NBSP}: Cusco"),
    ("le 1 septembre 2026 à 09:00", f"le 1er{NBSP}septembre 2026 à 09:00"),
    ("le 11 septembre", "le 11 septembre"),
    ("Vraiment ? Oui ! Enfin ; voilà", f"Vraiment{NNBSP}? Oui{NNBSP}! Enfin{NNBSP}; voilà"),
    ("« Bonjour »", f"«{NBSP}Bonjour{NBSP}»"),
    ("«Cada día»", f"«{NBSP}Cada día{NBSP}»"),
    ("https://example.org/?q=1", "https://example.org/?q=1"),
])
def test_french_typography(text, expected):
    assert french_html(text) == expected


def test_markup_entities_and_code_are_left_alone():
    html = '<a href="https://example.org/?a=1" title="Note: x">Note: ici</a> &amp; là<code>a: b</code>'
    assert french_html(html) == (f'<a href="https://example.org/?a=1" title="Note: x">Note{NBSP}: ici</a> &amp; '
                                 "là<code>a: b</code>")


def test_only_french_gets_french_typography():
    with translation.override("en"):
        assert typography("Region: Cusco") == "Region: Cusco"
    with translation.override("es"):
        assert typography("Región: Cusco") == "Región: Cusco"
    with translation.override("fr"):
        # Text from the database is escaped before the spaces are added.
        assert typography("<b>Note: x</b>") == f"&lt;b&gt;Note{NBSP}: x&lt;/b&gt;"


@pytest.mark.django_db
def test_french_pages_read_with_french_typography(client, site_tree):
    ContentPageFactory(parent=site_tree["fr"], title="Cusco", slug="cusco",
                       body=[("paragraph", "<p>Région: Cusco. Rendez-vous le 1 septembre !</p>")])
    document = parse(client.get("/fr/cusco/").content)
    paragraphs = [p.get_text() for p in document.main.find_all("p") if p.get_text().startswith("Région")]
    assert paragraphs == [f"Région{NBSP}: Cusco. Rendez-vous le 1er{NBSP}septembre{NNBSP}!"]


def _catalogues(language):
    paths = [*ROOT.glob(f"*/locale/{language}/LC_MESSAGES/django.po"),
             ROOT / f"locale/{language}/LC_MESSAGES/django.po"]
    return [polib.pofile(str(path)) for path in paths if ".venv" not in path.parts]


def _shown(entry):
    """What a reader sees for an entry: its translations, or the English source when the catalogue is empty."""
    if entry.msgid_plural:
        return [text or source for text, source in zip(
            [entry.msgstr_plural.get(0, ""), entry.msgstr_plural.get(1, "")], [entry.msgid, entry.msgid_plural])]
    return [entry.msgstr or entry.msgid]


def test_english_speaks_of_organisations_and_working_languages():
    shown = [text.lower() for catalogue in _catalogues("en") for entry in catalogue if not entry.obsolete
             for text in _shown(entry)]
    for term in ("host structure", "sending structure", "languages of work", "language of work"):
        assert not [text for text in shown if term in text], term
    with translation.override("en"):
        assert translation.gettext("Host structures") == "Host organisations"


def test_spanish_says_modalidades_for_schemes():
    shown = [text.lower() for catalogue in _catalogues("es") for entry in catalogue if not entry.obsolete
             for text in ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())]
    assert not [text for text in shown if "dispositivo" in text]
    assert [text for text in shown if "modalidad" in text]


@pytest.mark.django_db
def test_portrait_quote_stays_in_its_language_with_the_translation_beside_it(client, site_tree):
    index = PortraitIndexPageFactory(parent=site_tree["fr"], title="Portraits", slug="portraits")
    portrait = PortraitPageFactory(parent=index, first_name="Capucine", last_name="V.", slug="capucine",
                                   quote="Cada día me brinda sorpresas.", quote_language="es",
                                   quote_translation="Chaque jour m'apporte des surprises.")
    translate_page(index, "es", title="Testimonios", slug="testimonios")
    translate_page(portrait, "es", slug="capucine")

    french = parse(client.get("/fr/portraits/capucine/").content)
    quote = french.select_one("figure.quote blockquote")
    assert quote["lang"] == "es" and quote.get_text(strip=True) == "Cada día me brinda sorpresas."
    beside = french.select_one(".quote__translation")
    assert beside.get_text(" ", strip=True) == f"Traduction{NBSP}: Chaque jour m'apporte des surprises."

    # In the quote's own language there is nothing to translate.
    spanish = parse(client.get("/es/testimonios/capucine/").content)
    assert spanish.select_one("figure.quote blockquote").get_text(strip=True) == "Cada día me brinda sorpresas."
    assert spanish.select_one(".quote__translation") is None
