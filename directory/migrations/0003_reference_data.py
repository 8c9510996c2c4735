"""Reference data every environment needs: Peru's regions and the volunteering schemes."""

from django.db import migrations

# ISO 3166-2 code, name, capital's latitude and longitude (used as the region's point).
PERU_REGIONS = [
    ("PE-AMA", "Amazonas", -6.23, -77.87), ("PE-ANC", "Áncash", -9.53, -77.53),
    ("PE-APU", "Apurímac", -13.63, -72.88), ("PE-ARE", "Arequipa", -16.40, -71.54),
    ("PE-AYA", "Ayacucho", -13.16, -74.22), ("PE-CAJ", "Cajamarca", -7.16, -78.51),
    ("PE-CAL", "Callao", -12.05, -77.12), ("PE-CUS", "Cusco", -13.53, -71.97),
    ("PE-HUV", "Huancavelica", -12.79, -74.97), ("PE-HUC", "Huánuco", -9.93, -76.24),
    ("PE-ICA", "Ica", -14.07, -75.73), ("PE-JUN", "Junín", -12.07, -75.21),
    ("PE-LAL", "La Libertad", -8.11, -79.03), ("PE-LAM", "Lambayeque", -6.77, -79.84),
    ("PE-LIM", "Lima", -12.05, -77.04), ("PE-LOR", "Loreto", -3.75, -73.25),
    ("PE-MDD", "Madre de Dios", -12.59, -69.19), ("PE-MOQ", "Moquegua", -17.19, -70.94),
    ("PE-PAS", "Pasco", -10.68, -76.26), ("PE-PIU", "Piura", -5.19, -80.63),
    ("PE-PUN", "Puno", -15.84, -70.02), ("PE-SAM", "San Martín", -6.03, -76.97),
    ("PE-TAC", "Tacna", -18.01, -70.25), ("PE-TUM", "Tumbes", -3.57, -80.45),
    ("PE-UCA", "Ucayali", -8.38, -74.55),
]
SCHEMES = ["vsi", "vsi-sud-sud", "sci", "reciprocite", "chantier", "hors-dispositif"]


def create(apps, schema_editor):
    Region = apps.get_model("directory", "Region")
    Scheme = apps.get_model("directory", "Scheme")
    for code, name, latitude, longitude in PERU_REGIONS:
        Region.objects.update_or_create(code=code, defaults={
            "name": name, "country_code": "PE", "svg_id": code.lower(), "latitude": latitude, "longitude": longitude,
        })
    for order, code in enumerate(SCHEMES):
        Scheme.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_structure_directory")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
