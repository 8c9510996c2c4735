"""What the engines index about one structure: a plain record, independent of the directory's models.

`structure_records.py` builds these from the models (the only module that knows their fields); the database index
and the Elasticsearch documents are both written from them, so the two engines always see the same facts.
"""

from dataclasses import dataclass, field

from search.text import LANGUAGES


@dataclass
class SearchRecord:
    translation_key: str
    # language -> id of the row to show in that language (the source row when a translation is missing)
    structure_ids: dict
    name: str
    # The languages with a row of their own (structure_ids points elsewhere in the others); empty: every language.
    own_rows: list = field(default_factory=list)
    acronym: str = ""
    # language -> searchable text in that language, apart from name and acronym: descriptions, areas, place
    texts: dict = field(default_factory=dict)
    region: str = ""
    city: str = ""
    areas: list = field(default_factory=list)
    schemes: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    status: str = ""
    accommodation: str = ""
    years: list = field(default_factory=list)
    # Trust labels that do not age (directory/trust.py); "confirmed" comes from confirmed_at at search time.
    labels: list = field(default_factory=list)
    confirmed_at: object = None
    # Closing dates of the structure's open volunteer needs: engines compare them with today when searching.
    needs_open_until: list = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None

    @property
    def last_hosted_year(self):
        return max(self.years) if self.years else None

    def structure_id(self, language):
        return self.structure_ids.get(language) or next(iter(self.structure_ids.values()))

    def facet_values(self, spec):
        """The record's values for a facet, always as a list of strings."""
        value = getattr(self, spec.column)
        if isinstance(value, (list, tuple, set)):
            return [str(item) for item in value if item not in (None, "")]
        return [str(value)] if value not in (None, "") else []

    def text(self, language):
        return self.texts.get(language, "")

    def has_own_row(self, language):
        return not self.own_rows or language in self.own_rows


def complete_ids(ids):
    """{language: id} for every language, falling back to the French row, then any row."""
    fallback = ids.get("fr") or next((value for value in ids.values() if value), None)
    return {language: ids.get(language) or fallback for language in LANGUAGES}
