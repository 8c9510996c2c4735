"""The directory search contract, shared by every engine's tests: a directory to search and the answers a
brute-force reading of the same data gives.

`build_directory()` creates structures in fr/es/en (facts identical in every language, texts translated) and
returns their plain descriptions (`Spec`), from which `expected_*` compute what any engine must answer.
"""

import datetime
import random
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from directory.gazetteer import lookup
from directory.search.facets import ALL, FACETS_BY_NAME
from directory.search.geo import haversine_km
from search.text import unaccent

LANGUAGES = ("fr", "es", "en")
AREAS = {
    "education": ("Éducation", "Educación", "Education"),
    "health": ("Santé", "Salud", "Health"),
    "environment": ("Environnement", "Medio ambiente", "Environment"),
    "culture": ("Culture et arts", "Cultura y artes", "Culture and arts"),
}
WORK_LANGUAGES = {"spa": ("Espagnol", "Español", "Spanish"), "que": ("Quechua", "Quechua", "Quechua"),
                  "fra": ("Français", "Francés", "French")}
PLACES = {  # region, city, a point in the city
    "cusco": ("PE-CUS", "Cusco", -13.53, -71.97),
    "lima": ("PE-LIM", "Lima", -12.05, -77.04),
    "trujillo": ("PE-LAL", "Trujillo", -8.11, -79.03),
    "arequipa": ("PE-ARE", "Arequipa", -16.40, -71.54),
}
SCHEMES = ("vsi", "sci", "chantier", "hors-dispositif")
STATUSES = ("hosting", "hosted", "prospected")
ACCOMMODATIONS = ("", "provided", "host-family", "none")


@dataclass
class Spec:
    name: str
    place: str = "lima"
    areas: list = field(default_factory=list)
    schemes: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    status: str = "prospected"
    accommodation: str = ""
    years: list = field(default_factory=list)
    texts: tuple = ("", "", "")  # short description in fr, es, en
    acronym: str = ""
    is_public: bool = True
    located: bool = True
    only_french: bool = False
    offset: tuple = (0.0, 0.0)  # from the city's point, in degrees
    # Trust labels (directory/trust.py): RUC number, APCI, a visit, days since the entry was confirmed.
    ruc: str = ""
    apci: bool = False
    visited: bool = False
    confirmed_days_ago: int | None = None
    rows: dict = field(default_factory=dict)  # language -> HostStructure, filled by build_directory

    @property
    def region(self):
        return PLACES[self.place][0]

    @property
    def city(self):
        return PLACES[self.place][1]

    @property
    def point(self):
        if not self.located:
            return None
        return PLACES[self.place][2] + self.offset[0], PLACES[self.place][3] + self.offset[1]

    def values(self, facet):
        return {"region": [self.region], "city": [self.city], "area": self.areas, "scheme": self.schemes,
                "language": self.languages, "status": [self.status],
                "accommodation": [self.accommodation] if self.accommodation else [],
                "year": [str(year) for year in self.years], "label": self.labels}[facet]

    @property
    def labels(self):
        found = [code for code, present in (("ruc", self.ruc), ("apci", self.apci), ("visited", self.visited),
                                            ("hosted", self.years)) if present]
        if self.confirmed_days_ago is not None and self.confirmed_days_ago < 365:
            found.append("confirmed")
        return found


# The cases of the issue, plus structures that must never be found, on top of a seeded random crowd.
NAMED = [
    Spec("Cáritas del Perú", place="lima", areas=["health"], schemes=["vsi"], status="hosting", years=[2023, 2024],
         texts=("Aide sociale et santé communautaire.", "Ayuda social y salud comunitaria.",
                "Social aid and community health.")),
    Spec("Colegio Sol Andino", place="cusco", areas=["education"], schemes=["sci"], status="hosted",
         years=[2022], texts=("Une école rurale qui accueille une volontaire chaque année.",
                              "Una escuela rural que acoge a un voluntario cada año.",
                              "A rural school hosting one volunteer every year.")),
    Spec("Taller Qhapaq", place="cusco", areas=["culture"], schemes=["chantier"], acronym="TQ",
         texts=("Ateliers de tissage.", "Talleres de tejido.", "Weaving workshops.")),
    Spec("Asociación Secreta", place="lima", areas=["education"], is_public=False,
         texts=("Structure masquée.", "Estructura oculta.", "Hidden structure.")),
    Spec("Maison Seulement Française", place="trujillo", areas=["environment"], only_french=True,
         texts=("Reboisement des collines.", "", "")),
]


def random_specs(count=24, seed=20240611):
    rng = random.Random(seed)
    specs = []
    for number in range(count):
        place = rng.choice(list(PLACES))
        specs.append(Spec(
            name=f"Structure {number:02d} {rng.choice(['Ayni', 'Minka', 'Pachamama', 'Inti', 'Killa'])}",
            place=place,
            areas=rng.sample(list(AREAS), rng.randint(0, 2)),
            schemes=rng.sample(SCHEMES, rng.randint(0, 2)),
            languages=rng.sample(list(WORK_LANGUAGES), rng.randint(0, 2)),
            status=rng.choice(STATUSES), accommodation=rng.choice(ACCOMMODATIONS),
            years=sorted(rng.sample([2021, 2022, 2023, 2024], rng.randint(0, 2))),
            located=rng.random() > 0.15,
            offset=(rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)),
            texts=("Projet associatif.", "Proyecto asociativo.", "Community project."),
        ))
        # Trust labels from the number, not the generator, so the crowd above stays what it was.
        spec = specs[-1]
        spec.ruc = f"20{number:09d}" if number % 3 == 0 else ""
        spec.apci = number % 4 == 1
        spec.visited = number % 5 == 2
        spec.confirmed_days_ago = {3: 10, 4: 400, 5: 364}.get(number % 6)
    return specs


def _vocabulary(model, names_by_slug):
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    for order, (slug, names) in enumerate(names_by_slug.items()):
        source = model.objects.create(locale=locales["fr"], slug=slug, name=names[0], sort_order=order)
        for code, name in zip(LANGUAGES[1:], names[1:]):
            model.objects.create(locale=locales[code], translation_key=source.translation_key, slug=slug,
                                 name=name, sort_order=order)


def build_directory(specs=None):
    """Create the structures of `specs` (default: NAMED + random_specs()) and return the specs."""
    from directory.models import AreaOfWork, HostingRecord, HostStructure, Region, Scheme, WorkLanguage

    specs = list(NAMED) + random_specs() if specs is None else specs
    _vocabulary(AreaOfWork, AREAS)
    _vocabulary(WorkLanguage, WORK_LANGUAGES)
    areas = {area.slug: area for area in AreaOfWork.objects.filter(locale__language_code="fr")}
    languages = {lang.slug: lang for lang in WorkLanguage.objects.filter(locale__language_code="fr")}
    schemes = {scheme.code: scheme for scheme in Scheme.objects.all()}
    regions = {region.code: region for region in Region.objects.all()}
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    for number, spec in enumerate(specs):
        spec.rows = {}
        key = None
        for index, code in enumerate(LANGUAGES):
            if spec.only_french and code != "fr":
                continue
            point = spec.point
            row = HostStructure(
                locale=locales[code], name=spec.name, acronym=spec.acronym, slug=f"structure-{number}",
                short_description=spec.texts[index], is_public=spec.is_public, status=spec.status,
                accommodation=spec.accommodation, region=regions[spec.region], city=spec.city,
                latitude=point[0] if point else None, longitude=point[1] if point else None,
                ruc_number=spec.ruc, apci_registered=spec.apci,
                last_visit_on=datetime.date(2024, 5, 1) if spec.visited else None,
                confirmed_at=None if spec.confirmed_days_ago is None
                else timezone.now() - datetime.timedelta(days=spec.confirmed_days_ago))
            if key is not None:
                row.translation_key = key
            # Parental many-to-many fields are written by save(), like the admin does.
            row.areas.set([areas[slug] for slug in spec.areas])
            row.schemes.set([schemes[code] for code in spec.schemes])
            row.work_languages.set([languages[slug] for slug in spec.languages])
            row.save()
            key = row.translation_key
            for year in spec.years:
                HostingRecord.objects.create(structure=row, year=year, scheme=(spec.schemes or ["vsi"])[0],
                                             volunteers=1)
            spec.rows[code] = row
    return specs


# --- What a brute-force reading of the specs says -------------------------------------------------------

def public(specs):
    return [spec for spec in specs if spec.is_public]


def matches_filters(spec, filters, without=None):
    for facet, values in filters.items():
        if facet == without or not values:
            continue
        if FACETS_BY_NAME[facet].combine == ALL:
            if not set(values) <= set(spec.values(facet)):
                return False
        elif not set(values) & set(spec.values(facet)):
            return False
    return True


def search_point(spec):
    """Where the engines place a structure: its own point, or else its town's in the gazetteer."""
    return spec.point or lookup(spec.city, spec.region).point


def within(spec, point, radius_km):
    return haversine_km(point[0], point[1], *search_point(spec)) <= radius_km


def expected_names(specs, filters=None, point=None, radius_km=None):
    return sorted(spec.name for spec in public(specs) if matches_filters(spec, filters or {})
                  and (point is None or within(spec, point, radius_km)))


def expected_counts(specs, filters, facet):
    """Counts for `facet`: every filter applies except the facet's own (disjunctive), or, for a facet whose
    values combine with AND (trust labels), every filter including its own."""
    counts = {}
    without = None if FACETS_BY_NAME[facet].combine == ALL else facet
    for spec in public(specs):
        if matches_filters(spec, filters, without=without):
            for value in spec.values(facet):
                counts[value] = counts.get(value, 0) + 1
    return counts


def sort_key(name):
    return " ".join(unaccent(name).split())


# --- Fixtures: the directory, and each available engine over it ------------------------------------------

ENGINES = [
    pytest.param("database", id="database"),
    # The test cluster (tests/cluster.py): skipped only outside CI when no node can be started.
    pytest.param("cluster", id="cluster", marks=[pytest.mark.elasticsearch]),
]


@contextmanager
def rolled_back():
    """Data for a whole test module: created once, inside a transaction the module's tests nest in (each test
    rolls back to a savepoint), and rolled back when the module is done."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def directory(django_db_setup, django_db_blocker):
    from directory.search.indexing import sync_all

    with django_db_blocker.unblock(), rolled_back():
        specs = build_directory()
        sync_all()  # the database index is always kept (it is also the fallback)
        yield specs


@pytest.fixture(params=ENGINES)
def engine(request, settings, directory, db):
    from directory.search.database import DatabaseEngine

    if request.param == "database":
        yield DatabaseEngine()
        return
    from directory.search.elasticsearch import ElasticsearchEngine
    from directory.search.rebuild import rebuild_elasticsearch

    request.getfixturevalue("cluster")  # this test's index prefix, dropped afterwards
    rebuild_elasticsearch()
    yield ElasticsearchEngine()


DIRECTORY_SLUGS = {"fr": ("Annuaire", "annuaire"), "es": ("Directorio", "directorio"), "en": ("Directory", "directory")}


def build_directory_pages(tree):
    """The directory page of each language under the home pages of `tree` ({language: page})."""
    from directory.models import DirectoryIndexPage
    from tests.factories import translate_page

    title, slug = DIRECTORY_SLUGS["fr"]
    source = tree["fr"].add_child(instance=DirectoryIndexPage(title=title, slug=slug))
    source.save_revision().publish()
    pages = {"fr": source}
    for language in ("es", "en"):
        title, slug = DIRECTORY_SLUGS[language]
        pages[language] = translate_page(source, language, title=title, slug=slug)
    return pages


@pytest.fixture(scope="module")
def directory_site(django_db_setup, django_db_blocker):
    """Home and directory pages in three languages over the contract's directory, indexed (module-wide)."""
    from directory.search.indexing import sync_all
    from tests.site_builder import build_site_tree

    with django_db_blocker.unblock(), rolled_back():
        tree = build_site_tree()
        pages = build_directory_pages(tree)
        specs = build_directory()
        sync_all()
        yield {"pages": pages, "specs": specs}
