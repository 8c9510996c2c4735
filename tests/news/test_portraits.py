import pytest
from wagtail.models import Locale

from directory.models import HostStructure
from news.queries import portraits_for_structure
from tests.factories import translate_page

from news.factories import NewsPageFactory, PortraitPageFactory
from tests.html import anywhere, card_titles, links, parse, text_of, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def portraits(portrait_index, programme):
    index = portrait_index["fr"]
    return {
        "capucine": PortraitPageFactory(parent=index, title="Capucine Vaseux", slug="capucine", first_name="Capucine",
                                        last_name="Vaseux", scheme="vsi", direction="france-peru", start_year=2024,
                                        programme=programme["fr"]),
        "kerwin": PortraitPageFactory(parent=index, title="Kerwin Altamirano", slug="kerwin", scheme="vsi-sud-sud",
                                      direction="south-south", start_year=2024, quote=""),
        "valeria": PortraitPageFactory(parent=index, title="Valeria Martinez", slug="valeria", scheme="reciprocite",
                                       direction="peru-france", start_year=2023, end_year=2024,
                                       programme=programme["fr"]),
        "old": PortraitPageFactory(parent=index, title="Ancien volontaire", slug="ancien", scheme="vsi",
                                   direction="france-peru", start_year=2019),
    }


def _titles(client, query=""):
    return sorted(card_titles(parse(client.get("/fr/portraits/" + query))))


def test_filters_by_scheme_direction_and_year_combine(client, portraits):
    assert _titles(client, "?scheme=vsi") == ["Ancien volontaire", "Capucine Vaseux"]
    assert _titles(client, "?direction=peru-france") == ["Valeria Martinez"]
    assert _titles(client, "?scheme=vsi&year=2024") == ["Capucine Vaseux"]
    # A mission over two years is found under each of them.
    assert _titles(client, "?year=2023") == ["Valeria Martinez"]
    assert _titles(client, "?year=2024") == ["Capucine Vaseux", "Kerwin Altamirano", "Valeria Martinez"]
    assert _titles(client, "?scheme=vsi&direction=south-south") == []


def test_bad_portrait_parameters_never_fail(client, portraits):
    for query in ["?scheme=nope", "?direction=%E2%86%92", "?year=zzz", "?year=2050", "?page=abc", "?page=-1",
                  "?scheme=vsi&page=99999"]:
        assert _titles(client, query), query


def test_filter_choices_are_in_the_readers_language(client, portraits, portrait_index):
    document = parse(client.get("/es/testimonios/"))
    options = {option.get("value"): text_of(option) for option in document.select("select option")}
    assert options["south-south"] == "Sur → Sur"
    assert "Todas las modalidades" in [text_of(option) for option in document.select("select option[selected]")]
    assert "vsi-sud-sud" in options


def test_portraits_show_on_their_programme_page_in_each_language(client, portraits, programme, portrait_index):
    assert sorted(card_titles(client.get("/fr/programmes/enlazando/"))) == ["Capucine Vaseux", "Valeria Martinez"]
    portraits["valeria"].unpublish()
    translate_page(portraits["capucine"], "es", slug="capucine")
    document = parse(client.get("/es/programas/enlazando/"))
    assert card_titles(document) == ["Capucine Vaseux"]
    assert links(document, ".card__title a")["Capucine Vaseux"] == "/es/testimonios/capucine/"
    assert not anywhere(parse(client.get("/fr/programmes/enlazando/")), "Valeria Martinez")


def test_news_show_on_their_programme_page(client, news_index, programme):
    NewsPageFactory(parent=news_index["fr"], title="Séminaire", programme=programme["fr"])
    NewsPageFactory(parent=news_index["fr"], title="Autre sujet")
    assert card_titles(client.get("/fr/programmes/enlazando/")) == ["Séminaire"]


def _structure(name, slug, language="fr", **fields):
    return HostStructure.objects.create(name=name, slug=slug, locale=Locale.objects.get(language_code=language),
                                        **fields)


def test_portrait_page_shows_the_host_structure_and_the_quote_in_its_language(client, portraits):
    structure = _structure("Mano a Mano", "mano-a-mano")
    capucine = portraits["capucine"]
    capucine.host_structure = structure
    capucine.host_structure_name = "Mano a Mano (ancien nom)"
    capucine.save_revision().publish()
    document = parse(client.get("/fr/portraits/capucine/"))
    assert "Mano a Mano" in visible_text(document.select_one("main")) and not anywhere(document, "ancien nom")
    quote = document.select_one("main blockquote")
    assert quote["lang"] == "es" and text_of(quote, "p") == "Cada día me brinda sorpresas."
    # Without a directory entry, the name typed by the editor is shown.
    kerwin = portraits["kerwin"]
    kerwin.host_structure_name = "Cáritas del Perú"
    kerwin.save_revision().publish()
    assert "Cáritas del Perú" in visible_text(parse(client.get("/fr/portraits/kerwin/")).select_one("main"))


def test_removing_the_structure_keeps_the_portrait(client, portraits):
    structure = _structure("Mano a Mano", "mano-a-mano")
    capucine = portraits["capucine"]
    capucine.host_structure, capucine.host_structure_name = structure, "Mano a Mano"
    capucine.save_revision().publish()
    structure.delete()
    assert "Mano a Mano" in visible_text(parse(client.get("/fr/portraits/capucine/")).select_one("main"))


def test_portraits_for_structure_finds_them_in_each_language(portraits, portrait_index):
    structure = _structure("Mano a Mano", "mano-a-mano")
    structure_es = structure.copy_for_translation(Locale.objects.get(language_code="es"))
    structure_es.save()
    capucine = portraits["capucine"]
    capucine.host_structure = structure
    capucine.save_revision().publish()
    translate_page(capucine, "es", slug="capucine")
    assert [page.title for page in portraits_for_structure(structure)] == ["Capucine Vaseux"]
    spanish = portraits_for_structure(structure_es)
    assert [page.locale.language_code for page in spanish] == ["es"]
    assert [page.title for page in structure.portraits.all()] == ["Capucine Vaseux", "Capucine Vaseux"]


def test_last_year_before_first_year_is_refused(portrait_index):
    from django.core.exceptions import ValidationError

    portrait = PortraitPageFactory.build(start_year=2024, end_year=2023)
    with pytest.raises(ValidationError):
        portrait.clean()


def test_home_page_shows_latest_news_upcoming_events_and_featured_portraits(client, site_tree, news_index,
                                                                           event_index, portraits):
    from datetime import timedelta

    from django.utils import timezone

    from news.factories import EventPageFactory

    NewsPageFactory(parent=news_index["fr"], title="Dernière nouvelle")
    EventPageFactory(parent=event_index["fr"], title="Bientôt", start=timezone.now() + timedelta(days=3), end=None)
    portraits["kerwin"].featured = True
    portraits["kerwin"].save_revision().publish()
    titles = card_titles(client.get("/fr/"))
    assert "Dernière nouvelle" in titles and "Bientôt" in titles
    assert titles.index("Kerwin Altamirano") < titles.index("Capucine Vaseux")


def test_api_gives_portraits_and_articles_for_reuse(client, portraits, news_index):
    from datetime import date

    from home.factories import ImageFactory

    capucine = portraits["capucine"]
    capucine.photo = ImageFactory()
    capucine.save_revision().publish()
    NewsPageFactory(parent=news_index["fr"], title="Séminaire", date=date(2024, 6, 7), hero_image=ImageFactory())
    response = client.get("/api/v2/pages/", {"type": "news.PortraitPage", "fields": "*", "locale": "fr",
                                             "slug": "capucine"})
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["display_name"] == "Capucine Vaseux"
    assert item["photo"]["url"].startswith("/media/images/") and "fill-600x600" in item["photo"]["url"]
    assert item["scheme"] == "vsi" and item["direction"] == "france-peru" and item["quote_language"] == "es"
    assert "first_name" not in item and "featured" not in item
    response = client.get("/api/v2/pages/", {"type": "news.NewsPage", "fields": "date,hero_thumbnail"})
    (article,) = response.json()["items"]
    assert article["date"] == "2024-06-07" and "fill-800x500" in article["hero_thumbnail"]["url"]
