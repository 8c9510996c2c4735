"""Run the worker of the configured task queue: `db_worker` (database, the default) or `rqworker` (Redis)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the task worker of the configured queue (TASK_QUEUE): e-mails and search-log writes."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run what is due, then stop (database queue).")

    def handle(self, *args, batch=False, **options):
        if "django_rq" in settings.INSTALLED_APPS:
            call_command("rqworker", "default", burst=batch, with_scheduler=True,
                         job_class="django_tasks_rq.backend.Job")
        else:
            call_command("db_worker", batch=batch, reload=False, verbosity=options["verbosity"])
