from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_entry_confirmation")]

    operations = []
