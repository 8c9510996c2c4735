from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="portraitpage",
            name="consent_given_on",
            field=models.DateField(
                blank=True, null=True, verbose_name="consent given on",
                help_text="Date of the volunteer's written consent to publish this portrait."),
        ),
        migrations.AddField(
            model_name="portraitpage",
            name="consent_scope",
            field=models.CharField(
                choices=[("named", "Name and photo"), ("anonymous", "Anonymous (no name, no photo)")],
                default="named", max_length=20, verbose_name="what the volunteer agreed to show",
                help_text="Anonymous: the name and photo are shown nowhere (page, lists, search, API, link previews); "
                          "the title, address (slug), lead and story must not contain the name either."),
        ),
        migrations.AddField(
            model_name="portraitpage",
            name="consent_expires_on",
            field=models.DateField(
                blank=True, db_index=True, null=True, verbose_name="consent expires on",
                help_text="From this date the portrait is no longer shown and is unpublished in every language. "
                          "Leave empty when the consent has no end date."),
        ),
    ]
