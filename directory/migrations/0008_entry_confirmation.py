import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0007_saved_searches"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="directoryindexpage",
            name="trust_labels_page",
            field=models.ForeignKey(blank=True, help_text="Each trust label on structure pages and results links to this page.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.WAGTAIL_PAGE_MODEL, verbose_name="page explaining the trust labels"),
        ),
        migrations.AddField(
            model_name="hoststructure",
            name="confirmation_requested_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="confirmation last requested"),
        ),
        migrations.AddField(
            model_name="structuresearchentry",
            name="confirmed_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.AddField(
            model_name="structuresearchentry",
            name="labels",
            field=models.BigIntegerField(default=0),
        ),
        migrations.CreateModel(
            name="StructureChangeRequest",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10, verbose_name="language of the proposed texts")),
                ("proposed", models.JSONField(default=dict, help_text="Only the fields the contact changed, with their new value.", verbose_name="proposed values")),
                ("message", models.TextField(blank=True, verbose_name="message from the structure")),
                ("submitted_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="submitted")),
                ("status", models.CharField(choices=[("pending", "Waiting for review"), ("approved", "Approved"), ("rejected", "Rejected")], db_index=True, default="pending", max_length=20, verbose_name="status")),
                ("reviewed_at", models.DateTimeField(blank=True, null=True, verbose_name="reviewed")),
                ("reviewed_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="reviewed by")),
                ("structure", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="change_requests", to="directory.hoststructure", verbose_name="host structure")),
            ],
            options={
                "verbose_name": "change request",
                "verbose_name_plural": "change requests",
                "ordering": ["-submitted_at"],
            },
        ),
    ]
