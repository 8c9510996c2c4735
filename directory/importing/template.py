"""The sample import file shipped with the project (directory/importing/import_template.csv and .xlsx).

Regenerate both with:
    python manage.py shell -c "from directory.importing.template import write_templates; write_templates()"
"""

import csv
from pathlib import Path

COLUMNS = [
    "external_id", "slug", "name", "acronym", "status", "country", "region", "province", "city", "address",
    "latitude", "longitude", "areas", "work_languages", "schemes", "networks", "hosting", "accommodation",
    "minimum_stay_months", "website", "facebook_url", "instagram_url", "public_email", "public_phone",
    "last_contact_on", "last_visit_on", "ruc_number", "apci_registered", "is_public",
    "short_description_fr", "short_description_es", "short_description_en",
    "presentation_fr", "presentation_es", "presentation_en",
    "accommodation_details_fr", "accommodation_details_es", "accommodation_details_en",
]

ROWS = [
    {
        "external_id": "SA-0001", "name": "Asociación Ejemplo Cusco", "acronym": "AEC", "status": "hosting",
        "country": "PE", "region": "PE-CUS", "province": "Urubamba", "city": "Urubamba",
        "address": "Jr. Ejemplo 123", "latitude": "-13.305", "longitude": "-72.116",
        "areas": "education; children-youth", "work_languages": "spa; que", "schemes": "sci; vsi",
        "networks": "", "hosting": "2024:sci=2; 2024:vsi=1; 2023:sci=1", "accommodation": "host-family",
        "minimum_stay_months": "6", "website": "https://example.org", "public_email": "contacto@example.org",
        "public_phone": "+51 84 000 000", "last_contact_on": "2024-09-12", "last_visit_on": "2024-09-12",
        "ruc_number": "20123456789", "apci_registered": "yes", "is_public": "yes",
        "short_description_fr": "Soutien scolaire pour les enfants de la vallée sacrée.",
        "short_description_es": "Apoyo escolar para los niños del valle sagrado.",
        "short_description_en": "Tutoring for the children of the Sacred Valley.",
        "presentation_fr": "Premier paragraphe.\n\nDeuxième paragraphe.",
        "presentation_es": "Primer párrafo.\n\nSegundo párrafo.",
        "presentation_en": "First paragraph.\n\nSecond paragraph.",
        "accommodation_details_fr": "Chambre dans une famille partenaire.",
        "accommodation_details_es": "Habitación en una familia asociada.",
        "accommodation_details_en": "A room with a partner family.",
    },
    {
        "external_id": "SA-0002", "name": "Colectivo Ejemplo Lima", "status": "prospected", "region": "Lima",
        "city": "Lima", "areas": "Environnement", "schemes": "hors-dispositif",
        "short_description_fr": "Collectif de quartier pour des espaces verts.",
    },
]


def write_templates(directory=None):
    directory = Path(directory or Path(__file__).resolve().parent)
    with open(directory / "import_template.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(ROWS)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "structures"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in ROWS:
        sheet.append([row.get(column, "") for column in COLUMNS])
    sheet.freeze_panes = "A2"
    workbook.save(directory / "import_template.xlsx")
