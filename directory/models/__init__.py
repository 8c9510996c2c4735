"""The directory's data, split by concern: reference data, structures, internal records, needs, pages.

The models of a feature live in its package (alerts/, confirmation/, editions/, introductions/, search/);
they are imported here so that they stay in the `directory` app and its tables and migrations.
"""

from ..alerts.models import AlertFrequency, SavedSearch, StructureFingerprint
from ..confirmation.models import ChangeRequestOrigin, ChangeRequestStatus, StructureChangeRequest
from ..editions.models import DirectoryEdition
from ..introductions.models import IntroductionRequest
from .internal import ContactLogEntry, StructureInternalNote
from .needs import LanguageLevel, NeedStatus, VolunteerNeed, open_needs_condition
from .pages import DirectoryIndexPage
from .reference import AreaOfWork, Network, Region, Scheme, WorkLanguage
from .structures import HostingRecord, HostStructure, HostStructureQuerySet
from ..search.models import SearchFacetBit, SearchTerm, StructureSearchEntry, StructureSearchText  # noqa: E402,F401  delta's search index

__all__ = [
    "AlertFrequency", "SavedSearch", "StructureFingerprint",
    "AreaOfWork", "ChangeRequestOrigin", "ChangeRequestStatus", "ContactLogEntry", "DirectoryEdition", "DirectoryIndexPage", "HostStructure",
    "HostStructureQuerySet", "HostingRecord", "IntroductionRequest", "LanguageLevel", "NeedStatus", "Network", "Region",
    "Scheme", "VolunteerNeed", "open_needs_condition",
    "StructureChangeRequest", "StructureInternalNote", "WorkLanguage",
]
