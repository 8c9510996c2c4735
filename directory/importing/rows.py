"""Turn spreadsheet rows into validated structure data, with a (row, column, reason) for every problem."""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import escape
from django.utils.text import slugify

from .. import gazetteer
from ..choices import Accommodation, SchemeCode, Status
from ..models import AreaOfWork, HostStructure, Network, Region, WorkLanguage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
TEXT_FIELDS = ["short_description", "presentation", "accommodation_details"]
PLAIN_FIELDS = ["name", "acronym", "province", "city", "address", "public_phone"]
URL_FIELDS = ["website", "facebook_url", "instagram_url", "linkedin_url", "youtube_url"]
DATE_FIELDS = ["last_contact_on", "last_visit_on"]
LIST_SEPARATOR = re.compile(r"[;|\n]")
KNOWN_COLUMNS = (
    {"external_id", "slug", "status", "country", "region", "latitude", "longitude", "public_email", "accommodation",
     "minimum_stay_months", "ruc_number", "apci_registered", "is_public", "areas", "work_languages", "schemes",
     "networks", "hosting"}
    | set(PLAIN_FIELDS) | set(URL_FIELDS) | set(DATE_FIELDS) | set(TEXT_FIELDS)
    | {f"{name}_{lang}" for name in TEXT_FIELDS for lang in LANGUAGES}
)
REQUIRED_COLUMNS = {"name"}
TRUE, FALSE = {"1", "yes", "y", "true", "oui", "si", "sí", "x"}, {"0", "no", "n", "false", "non", ""}


def fold(text):
    """Lower case without accents, for matching names typed by hand."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


@dataclass
class ParsedRow:
    number: int
    values: dict = field(default_factory=dict)
    relations: dict = field(default_factory=dict)
    hosting: list = field(default_factory=list)
    texts: dict = field(default_factory=dict)  # {language: {field: text}}
    errors: list = field(default_factory=list)  # [(column, reason)]
    key: tuple = ()
    existing: HostStructure = None

    @property
    def valid(self):
        return not self.errors

    @property
    def action(self):
        return "update" if self.existing else "create"

    def error(self, column, reason):
        self.errors.append((column, str(reason)))


class References:
    """Lookup tables for vocabularies, loaded once per import."""

    def __init__(self):
        self.regions = {}
        for region in Region.objects.all():
            for key in (region.code, region.name, region.svg_id):
                self.regions[fold(key)] = region
        self.areas = self._vocabulary(AreaOfWork)
        self.languages = self._vocabulary(WorkLanguage)
        self.networks = {}
        for network in Network.objects.all():
            self.networks[fold(network.slug)] = self.networks[fold(network.name)] = network
        self.schemes = {}
        for code, label in SchemeCode.choices:
            self.schemes[fold(code)] = self.schemes[fold(str(label))] = code
        self.schemes.update({"hd": "hors-dispositif", "chantiers": "chantier", "vsi sud-sud": "vsi-sud-sud"})

    @staticmethod
    def _vocabulary(model):
        canonical = {term.translation_key: term for term in model.canonical()}
        lookup = {}
        for term in model.objects.all():
            target = canonical.get(term.translation_key)
            if target:
                lookup[fold(term.slug)] = lookup[fold(term.name)] = target
        return lookup


def _choice(text, choices):
    wanted = fold(text)
    for value, label in choices:
        if wanted in (fold(value), fold(str(label))):
            return value
    raise ValidationError(f"{text!r} is not one of: {', '.join(v for v, _l in choices if v)}")


def _date(text):
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(f"{text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)")


def _bool(text):
    folded = fold(text)
    if folded in TRUE:
        return True
    if folded in FALSE:
        return False
    raise ValidationError(f"{text!r} is not yes/no")


def _number(text, kind):
    try:
        return kind(text.replace(",", ".") if kind is float else text)
    except ValueError as error:
        raise ValidationError(f"{text!r} is not a number") from error


def _paragraphs(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in re.split(r"\n\s*\n", text) if part.strip())


def _hosting(text, references):
    """'2024:vsi=4; 2024:sci=4' → [(2024, 'vsi', 4), …]."""
    records = []
    for item in filter(None, (part.strip() for part in LIST_SEPARATOR.split(text))):
        match = re.fullmatch(r"(\d{4})\s*:\s*([^=]+?)\s*=\s*(\d+)", item)
        if not match:
            raise ValidationError(f"{item!r} should look like 2024:vsi=4")
        scheme = references.schemes.get(fold(match[2]))
        if scheme is None:
            raise ValidationError(f"unknown scheme {match[2]!r}")
        records.append((int(match[1]), scheme, int(match[3])))
    if len({(year, scheme) for year, scheme, _n in records}) != len(records):
        raise ValidationError("the same year and scheme appear twice")
    return records


def _relation(text, lookup, what):
    found, unknown = [], []
    for item in filter(None, (part.strip() for part in LIST_SEPARATOR.split(text))):
        target = lookup.get(fold(item))
        (found if target is not None else unknown).append(target if target is not None else item)
    if unknown:
        raise ValidationError(f"unknown {what}: {', '.join(unknown)}")
    return list(dict.fromkeys(found))


def parse_row(number, raw, references):
    row = ParsedRow(number)
    values = row.values

    def take(column, convert):
        text = (raw.get(column) or "").strip()
        if not text:
            return None
        try:
            return convert(text)
        except ValidationError as error:
            row.error(column, "; ".join(error.messages))
            return None

    for name in PLAIN_FIELDS:
        values[name] = (raw.get(name) or "").strip()
    if not values["name"]:
        row.error("name", "required")
    values["external_id"] = (raw.get("external_id") or "").strip()
    values["slug"] = slugify((raw.get("slug") or "").strip() or values["name"])[:120]
    if not values["slug"]:
        row.error("slug", "cannot be derived from the name; give a slug")
    values["status"] = take("status", lambda t: _choice(t, Status.choices)) or Status.PROSPECTED
    values["accommodation"] = take("accommodation", lambda t: _choice(t, Accommodation.choices)) or ""
    values["country"] = (raw.get("country") or "PE").strip().upper()
    values["region"] = take("region", lambda t: references.regions.get(fold(t)) or _unknown("region", t))
    _check_place(row, values, references)
    values["latitude"] = take("latitude", lambda t: _number(t, float))
    values["longitude"] = take("longitude", lambda t: _number(t, float))
    values["minimum_stay_months"] = take("minimum_stay_months", lambda t: _number(t, int))
    values["ruc_number"] = (raw.get("ruc_number") or "").strip()
    values["apci_registered"] = take("apci_registered", _bool) or False
    public = take("is_public", _bool)
    values["is_public"] = True if public is None else public
    for name in URL_FIELDS:
        values[name] = take(name, _validated(URLValidator(schemes=["http", "https"]))) or ""
    values["public_email"] = take("public_email", _validated(EmailValidator())) or ""
    for name in DATE_FIELDS:
        values[name] = take(name, _date)
    row.relations = {
        "areas": take("areas", lambda t: _relation(t, references.areas, "area of work")) or [],
        "work_languages": take("work_languages", lambda t: _relation(t, references.languages, "language")) or [],
        "schemes": take("schemes", lambda t: _relation(t, references.schemes, "scheme")) or [],
        "networks": take("networks", lambda t: _relation(t, references.networks, "network")) or [],
    }
    row.hosting = take("hosting", lambda t: _hosting(t, references)) or []
    for language in LANGUAGES:
        texts = {}
        for name in TEXT_FIELDS:
            text = (raw.get(f"{name}_{language}") or (raw.get(name) if language == DEFAULT_LANGUAGE else "") or "")
            if text.strip():
                texts[name] = _paragraphs(text) if name == "presentation" else text.strip()
        row.texts[language] = texts
    return row


def _check_place(row, values, references):
    """A Peruvian city must be a place of the gazetteer, in the row's region; a row without a region gets its
    city's. The error names the place and the nearest known names."""
    city = values["city"]
    if not city or values["country"] != "PE" or any(column == "region" for column, _reason in row.errors):
        return
    region = values["region"]
    place = gazetteer.lookup(city, region.code if region else None)
    if place is None:
        elsewhere = gazetteer.lookup(city)
        if elsewhere is not None:
            named = references.regions.get(fold(elsewhere.region))
            row.error("city", f"{city!r} is in the region {named.name if named else elsewhere.region}, "
                              f"not in {region.name}")
            return
        nearest = [found.name for found in gazetteer.suggestions(city, limit=3,
                                                                 region=region.code if region else None)]
        hint = f"; did you mean {', '.join(nearest)}?" if nearest else ""
        row.error("city", f"unknown place in Peru {city!r}{hint}")
        return
    if region is None:
        values["region"] = references.regions.get(fold(place.region))


def _unknown(what, text):
    raise ValidationError(f"unknown {what} {text!r}")


def _validated(validator):
    def convert(text):
        validator(text)
        return text
    return convert


def check_model_rules(row):
    """The model's own validation (lengths, RUC format, coordinates, region/country) on the row's values."""
    instance = HostStructure(**{k: v for k, v in row.values.items()}, **row.texts.get(DEFAULT_LANGUAGE, {}))
    try:
        instance.full_clean(exclude=["locale", "translation_key", "slug"], validate_unique=False)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            column = "row" if name == "__all__" else name
            if not any(column == c for c, _r in row.errors):
                row.error(column, "; ".join(messages))
