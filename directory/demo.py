"""Demo content of the directory (fr/es/en): vocabularies, the directory page of each language and
every host structure named in shared/seeds/, translated through wagtail-localize. Idempotent."""

import importlib.util

from home.demo.content import L, resolve
from home.demo.images import get_or_create_image, logo
from home.demo.pages import ensure_page, ensure_snippet, localized_builder
from home.demo.progress import Progress
from home.demo.site import ensure_home

from . import demo_data
from .models import (AreaOfWork, ContactLogEntry, DirectoryIndexPage, HostingRecord, HostStructure, Network,
                     Region, Scheme, WorkLanguage)

DIRECTORY_PAGE = {
    "title": L("Annuaire des structures d'accueil", "Directorio de organizaciones de acogida",
               "Directory of host structures"),
    "slug": L("annuaire", "directorio", "directory"),
    "show_in_menus": True,
    "lead": L(
        "Les organisations péruviennes qui accueillent ou peuvent accueillir des volontaires, tenues à jour par "
        "l'équipe de Lima.",
        "Las organizaciones peruanas que reciben o pueden recibir voluntarios, actualizadas por el equipo de Lima.",
        "Peruvian organisations that host or could host volunteers, kept up to date by the Lima team.",
    ),
    "intro": L(
        "<p>Structures d'envoi : trouvez un partenaire au Pérou par région, domaine ou dispositif, puis "
        "demandez-nous une mise en relation.</p>",
        "<p>Organizaciones de envío: encuentren un socio en el Perú por región, ámbito o dispositivo, y "
        "pídannos que los pongamos en contacto.</p>",
        "<p>Sending structures: find a partner in Peru by region, area of work or scheme, then ask us for an "
        "introduction.</p>",
    ),
}

INVITATION = L(
    "Vous êtes une structure d'envoi ? L'équipe de Lima connaît cette organisation et peut vous présenter.",
    "¿Son una organización de envío? El equipo de Lima conoce a esta organización y puede ponerlos en contacto.",
    "Are you a sending structure? The Lima team knows this organisation and can introduce you.",
)
AUTO_TEXT = L("Structure d'accueil de volontaires ; domaines : {areas}.",
              "Organización de acogida de voluntarios; ámbitos: {areas}.",
              "Host structure for volunteers; areas of work: {areas}.")


def _vocabulary(model, entries, progress):
    made = {}
    for order, (slug, names) in enumerate(entries):
        made[slug], created = ensure_snippet(
            model, {"slug": slug}, lambda lang, names=names, slug=slug, order=order: {
                "name": names[lang], "slug": slug, "sort_order": order})
        progress.step(f"{model._meta.verbose_name}: {resolve(names, 'fr')}", created)
    return made


def _networks():
    return {slug: Network.objects.get_or_create(slug=slug, defaults={"name": name, "website": url})[0]
            for slug, name, url in demo_data.NETWORKS}


def _structure_builder(definition, refs):
    area_names = dict(demo_data.AREAS)
    text = definition.get("text") or L(*(
        AUTO_TEXT[lang].format(areas=", ".join(area_names[a][lang].lower() for a in definition["areas"]))
        for lang in ("fr", "es", "en")))
    status_sentence = demo_data.STATUS_SENTENCES.get(definition["status"])
    name = definition["name"]
    image = get_or_create_image(f"Logo — {name}", logo, f"Logo {name}", seed=definition["slug"],
                                text=definition.get("acronym") or name)

    def build(language):
        paragraphs = ([status_sentence[language]] if status_sentence else []) + [INVITATION[language]]
        return {
            "name": name, "acronym": definition.get("acronym", ""), "slug": definition["slug"], "logo": image,
            "city": definition.get("city", ""), "province": definition.get("province", ""),
            "region": refs["regions"].get(definition.get("region")), "country": "PE",
            "status": definition["status"], "accommodation": definition.get("accommodation", ""),
            "short_description": text[language],
            "presentation": "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
            "areas": [refs["areas"][slug] for slug in definition["areas"]],
            "work_languages": [refs["languages"][slug] for slug in definition.get("languages", [])],
            "schemes": [refs["schemes"][code] for code in definition.get("schemes", [])],
            "networks": [refs["networks"][slug] for slug in definition.get("networks", [])],
            "hosting_records": [HostingRecord(year=demo_data.Y, scheme=scheme, volunteers=count)
                                for scheme, count in definition.get("records", {}).items()],
            "last_visit_on": definition.get("visited"), "last_contact_on": definition.get("visited"),
        }
    return build


def _record_visit(structure, definition):
    if definition.get("visited") and not ContactLogEntry.objects.for_structure(structure).exists():
        ContactLogEntry.objects.create(structure=structure, date=definition["visited"], kind="visit",
                                       summary="Visite EV Mobile 2024 (démo).")


def ensure_directory_pages(stdout=None):
    home, _created = ensure_home()
    page, created = ensure_page(home, DirectoryIndexPage, "annuaire", localized_builder(DIRECTORY_PAGE))
    return page, created


def ensure_groups_if_needed():
    """The site's group set-up (home/groups.py) creates the groups after migrate; ours is the fallback."""
    if importlib.util.find_spec("home.groups") is None:
        from .permissions import ensure_groups

        ensure_groups()


def load(stdout):
    definitions = list(demo_data.structure_definitions())
    progress = Progress(stdout, 1 + len(demo_data.AREAS) + len(demo_data.WORK_LANGUAGES) + len(definitions),
                        "Directory / Annuaire / Directorio")
    page, created = ensure_directory_pages()
    progress.step("Annuaire / Directorio / Directory", created)
    from .demo_trust import ensure_labels_page

    ensure_labels_page(page.get_parent().specific, page)
    refs = {
        "areas": _vocabulary(AreaOfWork, demo_data.AREAS, progress),
        "languages": _vocabulary(WorkLanguage, demo_data.WORK_LANGUAGES, progress),
        "networks": _networks(),
        "schemes": {scheme.code: scheme for scheme in Scheme.objects.all()},
        "regions": {region.code: region for region in Region.objects.all()},
    }
    for definition in definitions:
        structure, created = ensure_snippet(HostStructure, {"slug": definition["slug"]},
                                            _structure_builder(definition, refs))
        _record_visit(structure, definition)
        progress.step(structure.name, created)
    ensure_groups_if_needed()
    from .demo_editions import YEARS, directory_pages, ensure_editions

    ensure_editions(Progress(stdout, len(YEARS) * len(directory_pages()), "Printable editions / Éditions / Ediciones"))
