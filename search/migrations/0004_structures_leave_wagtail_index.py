from django.db import migrations


def forget_structures(apps, schema_editor):
    """Host structures left Wagtail's search index (the directory's own index holds them): their old entries
    would otherwise stay in the database backend's table for ever, since Wagtail only cleans indexed models."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    content_type = ContentType.objects.filter(app_label="directory", model="hoststructure").first()
    if content_type is not None:
        IndexEntry.objects.filter(content_type_id=content_type.pk).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("search", "0003_one_text_search_family"),
    ]

    operations = [migrations.RunPython(forget_structures, migrations.RunPython.noop)]
