"""Helpers every app's tests stand on: translated pages and the three-language home tree (the factories
themselves live in each app's `factories` module, shared with the demo loader)."""

from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory


def translate_page(page, language, **fields):
    """A published translation of `page` in `language` with the given fields (title, slug, …)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=False)
    # copy_for_translation creates a draft alias-free copy; give it its own texts and publish it.
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def build_site_tree():
    """Home pages in fr (site root), es and en, linked as translations, like the demo tree."""
    root = Page.get_first_root_node()
    home_fr = HomePageFactory(parent=root, title="Accueil", slug="accueil",
                              hero_title="Le volontariat international entre la France et le Pérou")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home_fr, is_default_site=True)
    else:
        site.root_page = home_fr
        site.save()
    Page.objects.filter(depth=2).exclude(translation_key=home_fr.translation_key).exclude(pk=home_fr.pk).delete()
    home_es = translate_page(home_fr, "es", title="Inicio", slug="inicio",
                             hero_title="El voluntariado internacional entre Francia y el Perú")
    home_en = translate_page(home_fr, "en", title="Home", slug="home",
                             hero_title="International volunteering between France and Peru")
    return {"fr": home_fr, "es": home_es, "en": home_en}
