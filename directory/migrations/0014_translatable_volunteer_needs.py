"""Volunteer needs become translatable (wagtail-localize): each existing need gets its own translation key and
the locale of the structure row it belongs to (always the default language until now)."""

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def give_each_need_a_translation_key(apps, schema_editor):
    VolunteerNeed = apps.get_model("directory", "VolunteerNeed")
    for need in VolunteerNeed.objects.filter(translation_key__isnull=True).select_related("structure"):
        need.translation_key = uuid.uuid4()
        need.locale_id = need.structure.locale_id
        need.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):

    dependencies = [
        ("directory", "0013_introduction_spam_status"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="volunteerneed",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="volunteerneed",
            name="locale",
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AddField(
            model_name="volunteerneed",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now, verbose_name="updated"),
            preserve_default=False,
        ),
        migrations.RunPython(give_each_need_a_translation_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="volunteerneed",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="volunteerneed",
            name="locale",
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                                    to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AlterField(
            model_name="volunteerneed",
            name="structure",
            field=models.ForeignKey(help_text="The entry in the default language: the need shows in every language.",
                                    on_delete=django.db.models.deletion.CASCADE, related_name="volunteer_needs",
                                    to="directory.hoststructure", verbose_name="host structure"),
        ),
        migrations.AlterUniqueTogether(
            name="volunteerneed",
            unique_together={("translation_key", "locale")},
        ),
    ]
