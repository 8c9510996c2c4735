"""Realistic synthetic host structures for scale tests (`manage.py generate_structures`).

Rows are written with bulk_create, in the three languages at once, linked by translation_key like
real translations (but without wagtail-localize bookkeeping: they are not meant to be translated).
Every generated structure has an external_id starting with GEN- so they can be removed at once.
"""

import random
import uuid

from django.db import connection, models, transaction
from django.utils.text import slugify
from wagtail.models import Locale

from .choices import Accommodation, SchemeCode, Status
from .models import AreaOfWork, HostingRecord, HostStructure, Region, Scheme, WorkLanguage

PREFIX = "GEN-"
quote = connection.ops.quote_name
BULK_CHILDREN = {HostingRecord}
KINDS = ["Asociación", "Fundación", "Centro", "Colectivo", "Red", "Casa", "Instituto", "Comunidad", "ONG",
         "Programa", "Movimiento", "Escuela"]
THEMES = ["Wasi", "Sumaq Kawsay", "Inti Raymi", "Killa", "Pachamama", "Ayni", "Nuevo Amanecer", "Esperanza",
          "Los Andes", "Amazonía Viva", "Mujeres Unidas", "Niños del Sol", "Manos Solidarias", "Tierra Fértil",
          "Agua Clara", "Yachay", "Munay", "Ñañay", "Puriy", "Llaqta", "Qhapaq Ñan", "Arco Iris", "Camino Verde",
          "Kusi Kawsay", "Sembrando Futuro", "Voces del Sur", "Ruray", "Cóndor", "Vicuña", "Totora"]
CITIES = {
    "PE-AMA": ["Chachapoyas", "Bagua"], "PE-ANC": ["Huaraz", "Chimbote", "Caraz"], "PE-APU": ["Abancay", "Andahuaylas"],
    "PE-ARE": ["Arequipa", "Camaná", "Chivay"], "PE-AYA": ["Ayacucho", "Huanta"], "PE-CAJ": ["Cajamarca", "Jaén"],
    "PE-CAL": ["Callao"], "PE-CUS": ["Cusco", "Urubamba", "Sicuani", "Quillabamba", "Pisac"],
    "PE-HUV": ["Huancavelica"], "PE-HUC": ["Huánuco", "Tingo María"], "PE-ICA": ["Ica", "Pisco", "Nazca"],
    "PE-JUN": ["Huancayo", "Tarma", "Satipo"], "PE-LAL": ["Trujillo", "Huanchaco", "Otuzco"],
    "PE-LAM": ["Chiclayo", "Lambayeque"], "PE-LIM": ["Lima", "Lima", "Lima", "Huacho", "Cañete", "Villa El Salvador"],
    "PE-LOR": ["Iquitos", "Yurimaguas"], "PE-MDD": ["Puerto Maldonado"], "PE-MOQ": ["Moquegua", "Ilo"],
    "PE-PAS": ["Cerro de Pasco", "Oxapampa"], "PE-PIU": ["Piura", "Sullana", "Máncora"], "PE-PUN": ["Puno", "Juliaca"],
    "PE-SAM": ["Moyobamba", "Tarapoto"], "PE-TAC": ["Tacna"], "PE-TUM": ["Tumbes"], "PE-UCA": ["Pucallpa"],
}
# Lima and Cusco hold most structures, as in the real directory.
REGION_WEIGHTS = {"PE-LIM": 30, "PE-CUS": 18, "PE-ARE": 8, "PE-LAL": 6, "PE-JUN": 4, "PE-PUN": 4, "PE-LOR": 3}
TEXTS = {
    "fr": "{kind} de {city} engagée pour {areas}.",
    "es": "{kind} de {city} comprometida con {areas}.",
    "en": "{kind} in {city} working on {areas}.",
}
KIND_WORDS = {"fr": "Organisation", "es": "Organización", "en": "Organisation"}


def ensure_vocabularies(locales):
    """Areas and languages of work, in every locale (created without wagtail-localize if missing)."""
    from home.demo.loader import vocabulary

    for model, entries in ((AreaOfWork, vocabulary("directory.AreaOfWork")),
                           (WorkLanguage, vocabulary("directory.WorkLanguage"))):
        for order, (slug, names) in enumerate(entries):
            source = model.canonical().filter(slug=slug).first()
            key = source.translation_key if source else uuid.uuid4()
            for locale in locales:
                model.objects.get_or_create(locale=locale, slug=slug, defaults={
                    "name": names.get(locale.language_code, names["en"]), "sort_order": order,
                    "translation_key": key})


class Generator:
    def __init__(self, seed=0, languages=None):
        self.rng = random.Random(seed)
        default = Locale.get_default()
        others = Locale.objects.exclude(pk=default.pk)
        if languages:
            others = others.filter(language_code__in=languages)
        self.locales = [default, *others]
        ensure_vocabularies(self.locales)
        self.regions = list(Region.objects.filter(country_code="PE"))
        self.region_weights = [REGION_WEIGHTS.get(r.code, 1.5) for r in self.regions]
        self.areas = list(AreaOfWork.canonical())
        self.area_names = {loc.language_code: AreaOfWork.names_in(loc) for loc in self.locales}
        self.languages = list(WorkLanguage.canonical())
        self.schemes = {s.code: s for s in Scheme.objects.all()}
        self.start = HostStructure.objects.filter(external_id__startswith=PREFIX).count()

    def _facts(self, number):
        rng = self.rng
        region = rng.choices(self.regions, self.region_weights)[0]
        city = rng.choice(CITIES.get(region.code, [region.name]))
        name = f"{rng.choice(KINDS)} {rng.choice(THEMES)} {city}"
        status = rng.choices([Status.HOSTING, Status.HOSTED, Status.PROSPECTED], [3, 3, 4])[0]
        areas = rng.sample(self.areas, rng.randint(1, 3))
        schemes = rng.sample(list(self.schemes), rng.randint(0, 3))
        records = []
        if status != Status.PROSPECTED:
            for year in rng.sample(range(2015, 2025), rng.randint(1, 4)):
                for scheme in rng.sample(schemes or [SchemeCode.OUTSIDE_SCHEME], 1):
                    records.append((year, scheme, rng.randint(1, 8)))
        return {
            "external_id": f"{PREFIX}{number:06d}", "slug": f"{slugify(name)[:100]}-{number}", "name": name,
            "status": status, "region": region, "city": city, "country": "PE",
            "latitude": (region.latitude or 0) + rng.uniform(-0.4, 0.4),
            "longitude": (region.longitude or 0) + rng.uniform(-0.4, 0.4),
            "accommodation": rng.choice(Accommodation.values),
            "minimum_stay_months": rng.choice([None, 3, 6, 6, 12]),
            "public_email": f"contacto{number}@example.org",
            "_areas": areas, "_schemes": schemes, "_records": records,
            "_languages": [self.languages[0]] + rng.sample(self.languages[1:], rng.randint(0, 2)),
        }

    def _texts(self, facts, language):
        names = self.area_names[language]
        areas = ", ".join(names.get(a.slug, a.name).lower() for a in facts["_areas"])
        text = TEXTS.get(language, TEXTS["en"]).format(kind=KIND_WORDS.get(language, "Organisation"),
                                                      city=facts["city"], areas=areas)
        return {"short_description": text, "presentation": f"<p>{text}</p>"}

    def batch(self, size):
        """Create `size` structures (in every language) and return how many."""
        facts_list = [self._facts(self.start + i + 1) for i in range(size)]
        self.start += size
        rows = []
        for facts in facts_list:
            key = uuid.uuid4()
            plain = {k: v for k, v in facts.items() if not k.startswith("_")}
            for locale in self.locales:
                rows.append((facts, HostStructure(locale=locale, translation_key=key, **plain,
                                                  **self._texts(facts, locale.language_code))))
        with transaction.atomic():
            HostStructure.objects.bulk_create([structure for _f, structure in rows], batch_size=1000)
            self._relations(rows)
        return size

    def _relations(self, rows):
        """Link rows and hosting records with plain executemany: ~10 rows per structure, no model objects."""
        tables = {name: getattr(HostStructure, name).through for name in ("areas", "schemes", "work_languages")}
        links = {name: [] for name in tables}
        records = []
        for facts, structure in rows:
            links["areas"] += [(structure.pk, area.pk) for area in facts["_areas"]]
            links["schemes"] += [(structure.pk, self.schemes[code].pk) for code in facts["_schemes"]]
            links["work_languages"] += [(structure.pk, language.pk) for language in facts["_languages"]]
            records += [(structure.pk, year, scheme, count) for year, scheme, count in facts["_records"]]
        with connection.cursor() as cursor:
            for name, model in tables.items():
                source, target = (f.column for f in model._meta.get_fields()[1:3])
                cursor.executemany(
                    f"INSERT INTO {quote(model._meta.db_table)} ({quote(source)}, {quote(target)}) VALUES (%s, %s)",
                    links[name])
            table = HostingRecord._meta.db_table
            cursor.executemany(
                f"INSERT INTO {quote(table)} (structure_id, year, scheme, volunteers) VALUES (%s, %s, %s, %s)",
                records)


def delete_generated():
    """Delete every generated structure with set-based SQL (Django's collector would load them all).
    Returns the number of structure rows deleted."""
    generated = HostStructure.objects.filter(external_id__startswith=PREFIX)
    ids = generated.values("pk")
    with transaction.atomic():
        for relation in HostStructure._meta.related_objects:
            related = relation.related_model.objects.filter(**{f"{relation.field.name}__in": ids})
            if relation.many_to_many:
                continue
            if relation.on_delete is models.CASCADE and relation.related_model in BULK_CHILDREN:
                related._raw_delete(related.db)
            elif relation.on_delete is models.CASCADE:
                related.delete()
            else:
                related.update(**{relation.field.name: None})
        for name in ("areas", "schemes", "work_languages", "networks"):
            through = getattr(HostStructure, name).through.objects.filter(hoststructure_id__in=ids)
            through._raw_delete(through.db)
        return generated._raw_delete(generated.db)
