"""Current needs as every public surface shows them: structure page, result cards, API, exports, PDF, feeds."""

from collections import defaultdict

from django.conf import settings
from django.utils import timezone, translation

from ..models import VolunteerNeed
from ..public import VocabularyNames


def keys_with_current_needs():
    """Translation keys of the structures with a current need, remembered until the content or the day changes:
    listings of structures without needs (most of them) then cost no query at all."""
    from ..search.caching import cached

    return cached("open-need-keys", (timezone.localdate(),), lambda: frozenset(
        str(key) for key in VolunteerNeed.objects.structure_keys().values_list("structure__translation_key",
                                                                                flat=True)))


# What a translation of a need may change; every other value is read from the default-language need.
TRANSLATED_TEXTS = ("profile", "missions", "place")


def current_needs_by_key(structures, language=None):
    """{translation_key: [current needs]} for these structures (any language rows), texts in `language` (by
    default the active one) where the need is translated: one query, two in another language than French."""
    structures = [structure for structure in structures if structure is not None]
    with_needs = keys_with_current_needs() if structures else frozenset()  # no result, nothing to ask
    keys = {structure.translation_key for structure in structures if str(structure.translation_key) in with_needs}
    found = defaultdict(list)
    if not keys:
        return found
    needs = (VolunteerNeed.objects.listed().filter(structure__translation_key__in=keys)
             .select_related("structure", "structure__locale").prefetch_related("schemes", "languages"))
    for need in needs:
        need.text_language = need.structure.locale.language_code
        found[need.structure.translation_key].append(need)
    _use_translated_texts([need for listed in found.values() for need in listed],
                          language or translation.get_language() or settings.LANGUAGE_CODE)
    return found


def _use_translated_texts(needs, language):
    """Show the translated texts of these default-language needs (in memory, never saved)."""
    if not needs or language == settings.LANGUAGE_CODE:
        return
    translated = {
        row["translation_key"]: row for row in VolunteerNeed.objects.filter(
            translation_key__in=[need.translation_key for need in needs], locale__language_code=language)
        .values("translation_key", *TRANSLATED_TEXTS)}
    for need in needs:
        texts = translated.get(need.translation_key)
        if texts:
            for name in TRANSLATED_TEXTS:
                if texts[name] or name == "place":
                    setattr(need, name, texts[name])
            need.text_language = language


def current_needs(structure):
    return current_needs_by_key([structure])[structure.translation_key]


def need_facts(need, names=None):
    """Plain, translated facts of one need (the active language); `names` is a VocabularyNames to reuse."""
    language_names = names.languages if names is not None else {}
    return {
        "id": need.pk,
        "profile": need.profile,
        "missions": need.missions,
        "schemes": [scheme.code for scheme in need.schemes.all()],
        "scheme_labels": [str(scheme) for scheme in need.schemes.all()],
        "starts_on": need.starts_on,
        "duration_months": need.duration_months,
        "languages": [language.slug for language in need.languages.all()],
        "language_labels": [language_names.get(language.slug, language.name) for language in need.languages.all()],
        "language_level": need.language_level,
        "language_level_label": str(need.get_language_level_display()) if need.language_level else "",
        "place": need.place or need.structure.city,
        "status": need.status,
        "open_until": need.closes_on,
        "confirmed_on": need.confirmed_on,
        # The language the texts are in: the reader's when the need is translated, else the original's.
        "text_language": getattr(need, "text_language", need.structure.locale.language_code),
    }


def needs_facts(needs, locale=None):
    names = VocabularyNames(locale) if locale is not None and needs else None
    return [need_facts(need, names) for need in needs]


def need_summary(need):
    """One line for tables and files: profile, schemes, start and duration."""
    facts = need_facts(need)
    parts = [facts["profile"]]
    if facts["schemes"]:
        parts.append("/".join(facts["scheme_labels"]))
    start = need.starts_on.strftime("%Y-%m")
    parts.append(f"{start} +{need.duration_months}m" if need.duration_months else start)
    return " — ".join(parts)
