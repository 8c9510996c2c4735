import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0008_entry_confirmation"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.CreateModel(
            name="DirectoryEdition",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("year", models.PositiveSmallIntegerField(
                    validators=[django.core.validators.MinValueValidator(1990),
                                django.core.validators.MaxValueValidator(2100)], verbose_name="year")),
                ("published_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="published")),
                ("structure_count", models.PositiveIntegerField(default=0, verbose_name="structures")),
                ("snapshot", models.JSONField(blank=True, default=dict, editable=False, verbose_name="snapshot")),
                ("added", models.JSONField(blank=True, default=list, editable=False, verbose_name="added")),
                ("updated", models.JSONField(blank=True, default=list, editable=False, verbose_name="updated")),
                ("withdrawn", models.JSONField(blank=True, default=list, editable=False, verbose_name="withdrawn")),
                ("previous_year", models.PositiveSmallIntegerField(
                    blank=True, editable=False, null=True, verbose_name="compared with")),
                ("document", models.ForeignKey(
                    blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+",
                    to="wagtaildocs.document", verbose_name="PDF")),
                ("locale", models.ForeignKey(
                    on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale",
                    verbose_name="language")),
            ],
            options={
                "verbose_name": "directory edition",
                "verbose_name_plural": "directory editions",
                "ordering": ["-year", "locale__language_code"],
                "constraints": [models.UniqueConstraint(fields=("locale", "year"), name="directory_edition_unique_year")],
            },
        ),
    ]
