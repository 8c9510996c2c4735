import uuid

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_search_name_order")]

    operations = [
        migrations.CreateModel(
            name="StructureFingerprint",
            fields=[
                ("structure", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True,
                                                   related_name="+", serialize=False,
                                                   to="directory.hoststructure")),
                ("fingerprint", models.CharField(max_length=64)),
                ("seen_updated_at", models.DateTimeField()),
                ("changed_at", models.DateTimeField(db_index=True)),
            ],
            options={"verbose_name": "structure fingerprint"},
        ),
        migrations.CreateModel(
            name="SavedSearch",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ("email", models.EmailField(max_length=254, verbose_name="e-mail")),
                ("params", models.CharField(blank=True, max_length=2000, verbose_name="search")),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("frequency", models.CharField(choices=[("weekly", "Weekly"), ("monthly", "Monthly")],
                                               default="weekly", max_length=10, verbose_name="frequency")),
                ("created_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False,
                                                    verbose_name="created")),
                ("confirmed_at", models.DateTimeField(blank=True, editable=False, null=True,
                                                      verbose_name="confirmed")),
                ("sent_until", models.DateTimeField(blank=True, editable=False, null=True,
                                                    verbose_name="changes sent until")),
                ("last_period", models.CharField(blank=True, editable=False, max_length=10,
                                                 verbose_name="last period")),
                ("last_sent_at", models.DateTimeField(blank=True, editable=False, null=True,
                                                      verbose_name="last digest sent")),
            ],
            options={
                "verbose_name": "directory alert",
                "verbose_name_plural": "directory alerts",
                "ordering": ["-created_at"],
                "constraints": [models.UniqueConstraint(fields=("email", "params"),
                                                        name="directory_alert_unique_search")],
            },
        ),
    ]
