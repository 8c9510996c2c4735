"""Demo archive of printable editions: a 2025 and a 2026 edition in each language, so that the archive page
shows a table of changes. The 2025 snapshot is made up from today's structures (two of them did not exist
yet, two were described differently, one has since left the directory). Idempotent: an edition already
published for a year is left alone."""

from datetime import UTC, datetime

from ..models import DirectoryEdition, DirectoryIndexPage
from .archive import publish_edition, take_snapshot
from .pdf import edition_structures

YEARS = (2025, 2026)
WITHDRAWN = {"asociacion-wayra-demo": {"name": "Asociación Wayra", "fields": {}}}


def earlier_snapshot(snapshot):
    slugs = sorted(snapshot)
    earlier = {slug: {"name": data["name"], "fields": dict(data["fields"])}
               for slug, data in snapshot.items() if slug not in slugs[-2:]}  # the last two are "new" in 2026
    for slug, field in zip(slugs[:2], ("short_description", "website"), strict=False):
        earlier[slug]["fields"][field] = "0" * 12
    return {**earlier, **WITHDRAWN}


def directory_pages():
    return list(DirectoryIndexPage.objects.live().select_related("locale").order_by("locale__language_code"))


def ensure_editions(progress=None, render=True, years=YEARS):
    for page in directory_pages():
        code = page.locale.language_code
        first, second = years
        if not DirectoryEdition.objects.filter(locale=page.locale, year=first).exists():
            edition = publish_edition(page, first, render=render)
            edition.snapshot = earlier_snapshot(take_snapshot(edition_structures(page.locale)))
            edition.structure_count = len(edition.snapshot)
            edition.published_at = datetime(first, 3, 2, 15, 0, tzinfo=UTC)
            edition.save()
            created = True
        else:
            created = False
        if progress:
            progress.step(f"Édition / Edición / Edition {first} ({code})", created)
        created = not DirectoryEdition.objects.filter(locale=page.locale, year=second).exists()
        if created:
            publish_edition(page, second, render=render)
        if progress:
            progress.step(f"Édition / Edición / Edition {second} ({code})", created)

