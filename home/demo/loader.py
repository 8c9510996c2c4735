"""Build the demo from the data files in `data/`, through the same factories as the tests. Idempotent.

Each file is a list of entries, loaded in order; an entry names what it makes by its one action key
(`home`, `page`, `snippet`, `featured_programmes`, `link_translations`, `visit`, `editions`, `promotion`,
`groups`). In values:

- `{fr: …, es: …, en: …}` is a text in each language;
- `{$illustration: andes}` is the image of one of the site's illustrations (drawings.py: andes, coast, amazon,
  lima, gathering, journey, celebration), `{$document: {title, …}}` a PDF drawn locally the first time;
- `{$page: "path/below/home"}` is a French page made earlier, `{$object: [app.Model, lookup, defaults]}`
  a row found (French row of a translatable model) or created;
- `{$rows: [app.Model, [fields, …]]}` are inline child rows; `{$stream: [[type, value], …]}` StreamField
  data; `{$days_from_today: [days, "HH:MM"]}` a Lima time relative to the day of loading.

Pages and snippets are made once in French and translated through wagtail-localize (translation.py).
"""

import uuid
from datetime import datetime, timedelta
from pathlib import Path

import factory
import yaml
from django.apps import apps
from django.db import models
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from .drawings import fact_sheet, get_or_create_document, illustration
from .translation import publish_translations, resync_translations

DATA = Path(__file__).parent / "data"
PARTS = ("site", "directory", "news", "search")
LANGUAGES = {"fr", "es", "en"}
_BLOCK_NAMESPACE = uuid.UUID("0b6f3d4e-3f7c-4c55-9a39-5b8d2f7f2a11")
# Wagtail's table block keeps its rows as plain lists: they are cells, not ListBlock items.
PLAIN_LIST_BLOCKS = {"table"}
# Models whose rows get the coordinates of their city or region (with_coordinates).
PLACED_MODELS = {"directory.HostStructure"}


def entries(part):
    with open(DATA / f"{part}.yaml", encoding="utf-8") as data:
        return yaml.safe_load(data)


def in_language(value, language):
    """A data value with its texts in `language` (references left as they are)."""
    if isinstance(value, dict):
        if set(value) == LANGUAGES:
            return in_language(value[language], language)
        return {key: in_language(child, language) for key, child in value.items()}
    if isinstance(value, list):
        return [in_language(child, language) for child in value]
    return value


def vocabulary(label):
    """[(slug, {language: name})] of a vocabulary in the demo data, in order (the scale-test generator uses it)."""
    return [(entry["lookup"]["slug"], {language: in_language(entry["fields"]["name"], language)
                                       for language in LANGUAGES})
            for entry in entries("directory") if entry.get("snippet") == label]


def structure_facts():
    """The demo's host structures as plain values (slugs and codes for relations, texts per language without
    markup), for tests and benchmarks that index them without building pages."""
    from django.utils.html import strip_tags

    def keys(refs):
        return [next(iter(ref["$object"][1].values())) for ref in refs]

    facts = []
    for entry in entries("directory"):
        if entry.get("snippet") != "directory.HostStructure":
            continue
        fields = entry["fields"]
        text = {language: " ".join(strip_tags(" ".join(in_language(fields[name], language) for name in (
            "short_description", "presentation"))).split()) for language in LANGUAGES}
        facts.append({**{name: fields[name] for name in ("name", "slug", "acronym", "status", "city", "province")},
                      "region": keys([fields["region"]])[0] if fields["region"] else "", "text": text,
                      "areas": keys(fields["areas"]), "languages": keys(fields["work_languages"]),
                      "schemes": keys(fields["schemes"])})
    return facts


def factories():
    """{model: factory} from every app's `factories` module: the tests' factories build the demo too."""
    from directory import factories as directory_factories
    from home import factories as home_factories
    from news import factories as news_factories

    found = {}
    for module in (home_factories, directory_factories, news_factories):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, factory.django.DjangoModelFactory) \
                    and value._meta.model is not None:
                found.setdefault(value._meta.model, value)
    return found


def with_coordinates(values):
    """The point of the place the data names, from the gazetteer: the city (within its region), else the
    region's capital. The data gives no street address: a town's point is as precise as the demo gets."""
    from directory.gazetteer import gazetteer, lookup

    region = values.get("region")
    place = lookup(values["city"], region=region and region.code) if values.get("city") else None
    place = place or (gazetteer().by_code.get(region.code) if region else None)
    if place is None or values.get("latitude") is not None:
        return values
    return {**values, "latitude": place.latitude, "longitude": place.longitude}


class BlockIds:
    """The n-th id asked for under a key is always the same, so a page and its translations share block ids
    and wagtail-localize pairs their strings."""

    def __init__(self, key):
        self.key, self.count = key, 0

    def __call__(self):
        self.count += 1
        return str(uuid.uuid5(_BLOCK_NAMESPACE, f"{self.key}:{self.count}"))


def _with_list_ids(value, ids):
    if isinstance(value, dict):
        return {key: _with_list_ids(child, ids) for key, child in value.items()}
    if isinstance(value, list):
        return [{"type": "item", "value": _with_list_ids(item, ids), "id": ids()} for item in value]
    return value


class DemoLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self.french = Locale.objects.get(language_code="fr")
        self.factories = factories()
        self.pages = {}

    # Values

    def resolve(self, value, language, in_stream=False):
        if isinstance(value, dict):
            if set(value) == LANGUAGES:
                return self.resolve(value[language], language, in_stream)
            if len(value) == 1 and next(iter(value)).startswith("$"):
                kind, argument = next(iter(value.items()))
                made = getattr(self, "make_" + kind[1:])(argument, language)
                return made.pk if in_stream and isinstance(made, models.Model) else made
            return {key: self.resolve(child, language, in_stream) for key, child in value.items()}
        if isinstance(value, list):
            return [self.resolve(child, language, in_stream) for child in value]
        return value

    def fields(self, fields, language):
        """The entry's field values in `language`; stream block ids follow the French slug and field name."""
        resolved = {}
        slug = self.resolve(fields.get("slug", fields.get("name", "")), "fr")
        for name, value in fields.items():
            if isinstance(value, dict) and set(value) == {"$stream"}:
                ids = BlockIds(f"{slug}:{name}")
                resolved[name] = [
                    {"type": block_type, "id": ids(), "value": block if block_type in PLAIN_LIST_BLOCKS
                     else _with_list_ids(block, ids)}
                    for block_type, block in ((block_type, self.resolve(raw, language, in_stream=True))
                                              for block_type, raw in value["$stream"])]
            else:
                resolved[name] = self.resolve(value, language)
        return resolved

    def make_illustration(self, name, language):
        return illustration(name)

    def make_document(self, spec, language):
        spec = dict(spec)
        return get_or_create_document(spec.pop("title"), fact_sheet, **spec)

    def make_page(self, path, language):
        if path not in self.pages:
            home = Site.objects.get(is_default_site=True).root_page
            url_path = f"{home.url_path}{path}/" if path else home.url_path
            self.pages[path] = Page.objects.get(url_path=url_path, locale=self.french).specific
        return self.pages[path]

    def make_object(self, argument, language):
        label, lookup, *defaults = argument
        model = apps.get_model(label)
        if any(field.name == "locale" for field in model._meta.fields):
            return model.objects.get(locale=self.french, **lookup)
        return model.objects.get_or_create(**lookup, defaults=defaults[0] if defaults else {})[0]

    def make_rows(self, argument, language):
        label, rows = argument
        return [apps.get_model(label)(**self.resolve(row, language)) for row in rows]

    def make_days_from_today(self, argument, language):
        from news.models.events import EVENT_TIME_ZONE

        days, time = argument
        day = timezone.localdate(timezone=EVENT_TIME_ZONE) + timedelta(days=days)
        hour, minute = (int(part) for part in time.split(":"))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=EVENT_TIME_ZONE)

    # Entries: each returns (name shown in the progress, created)

    def build(self, model, fields):
        def build_in(language):
            values = self.fields(fields, language)
            if model._meta.label in PLACED_MODELS:
                values = with_coordinates(values)
            return self.factories[model].build(**values)
        return build_in

    def translate(self, instance, model, build):
        """Publish, through wagtail-localize, the es/en translations `instance` does not have yet."""
        missing = {language: build(language) for language in sorted(LANGUAGES - {"fr"})
                   if instance.get_translation_or_none(Locale.objects.get(language_code=language)) is None}
        if missing:
            publish_translations(instance, missing)

    def load_home(self, entry):
        model = apps.get_model(entry["home"])
        build = self.build(model, entry["fields"])
        home = model.objects.filter(locale=self.french, depth=2).first()
        created = home is None
        if created:
            home = build("fr")
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            site = Site.objects.filter(is_default_site=True).first() or Site(
                hostname="localhost", port=80, is_default_site=True)
            old_root = site.root_page if site.pk else None
            site.root_page, site.site_name = home, "France Volontaires Pérou"
            site.save()
            if old_root is not None and not isinstance(old_root.specific, model):
                old_root.delete()  # Wagtail's welcome page
        # Translating the home page creates the es and en roots that i18n_patterns serve.
        self.translate(home, model, build)
        return home.title, created

    def load_page(self, entry):
        model = apps.get_model(entry["page"])
        parent = self.make_page(entry["parent"], "fr")
        build = self.build(model, entry["fields"])
        slug = self.resolve(entry["fields"]["slug"], "fr")
        page = Page.objects.child_of(parent).filter(slug=slug, locale=self.french).first()
        created = page is None
        if created:
            page = build("fr")
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.translate(page.specific, model, build)
        return page.title, created

    def load_snippet(self, entry):
        model = apps.get_model(entry["snippet"])
        build = self.build(model, entry["fields"])
        instance = model.objects.filter(locale=self.french, **entry["lookup"]).first()
        created = instance is None
        if created:
            instance = build("fr")
            instance.save()
        self.translate(instance, model, build)
        return f"{model._meta.verbose_name}: {instance}", created

    def load_featured_programmes(self, entry):
        home = self.make_page("", "fr")
        created = not home.featured_programmes.exists()
        if created:
            for order, path in enumerate(entry["featured_programmes"]):
                home.featured_programmes.create(programme=self.make_page(path, "fr"), sort_order=order)
            home.save_revision().publish()
            resync_translations(home)
        return "Programmes à la une / Programas destacados / Featured programmes", created

    def load_link_translations(self, entry):
        """Each language's page points at the same language's target page."""
        link = entry["link_translations"]
        source, target = self.make_page(link["page"], "fr"), self.make_page(link["target"], "fr")
        created = False
        for page in source.get_translations(inclusive=True).specific():
            linked = target.get_translation_or_none(page.locale)
            if linked is not None and getattr(page, f"{link['field']}_id") != linked.pk:
                setattr(page, link["field"], linked)
                page.save_revision().publish()
                created = True
        return f"{source.title} → {target.title}", created

    def load_visit(self, entry):
        from directory.models import ContactLogEntry, HostStructure

        visit = entry["visit"]
        structure = HostStructure.objects.get(locale=self.french, slug=visit["structure"])
        created = not ContactLogEntry.objects.for_structure(structure).exists()
        if created:
            ContactLogEntry.objects.create(structure=structure, date=visit["date"], kind="visit",
                                           summary=visit["summary"])
        return f"Visite / Visita / Visit: {structure.name}", created

    def load_editions(self, entry):
        from directory.editions.demo import ensure_editions
        from directory.models import DirectoryEdition

        before = DirectoryEdition.objects.count()
        ensure_editions(years=entry["editions"])
        created = DirectoryEdition.objects.count() != before
        return "Éditions / Ediciones / Editions " + ", ".join(map(str, entry["editions"])), created

    def load_promotion(self, entry):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        promotion = entry["promotion"]
        source, created = self.make_page(promotion["page"], "fr"), False
        for page in source.get_translations(inclusive=True).live():
            language = page.locale.language_code
            query = Query.get(promotion["query"][language])
            if not SearchPromotion.objects.filter(query=query, page=page).exists():
                SearchPromotion.objects.create(query=query, page=page, description=promotion["description"][language],
                                               sort_order=SearchPromotion.objects.filter(query=query).count())
                created = True
        return f"« {promotion['query']['fr']} »", created

    def load_groups(self, entry):
        from editors.groups import ensure_groups

        return "Groupes et circuit de validation / Grupos y flujo de validación", any(ensure_groups().values())

    def load(self, part, items):
        self.stdout.write(f"{part} ({len(items)})")
        for number, entry in enumerate(items, 1):
            action = next(key for key in entry if hasattr(self, f"load_{key}"))
            name, created = getattr(self, f"load_{action}")(entry)
            state = "" if created else " (déjà là / already there)"
            self.stdout.write(f"  [{number}/{len(items)}] {name}{state}")


def load(stdout, parts=PARTS, keep=lambda entry: True):
    """Load the demo's data files (or some of them; `keep` picks entries, for tests) in order."""
    loader = DemoLoader(stdout)
    for part in parts:
        loader.load(part, [entry for entry in entries(part) if keep(entry)])
