"""A superuser for local use, with credentials printed; refused outside DEBUG so production never gets one."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "volontariat-lima"


class Command(BaseCommand):
    help = "Create the local admin account (development only) and print its credentials."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin only runs with DEBUG on: never create this account in production.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        state = "created" if created else "already exists"
        self.stdout.write(self.style.SUCCESS(
            f"Local admin {state}: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: {PASSWORD}"
            + ("" if created else " (unless you changed it)")
        ))
