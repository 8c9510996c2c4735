from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import TaskQueueView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/background-tasks/", TaskQueueView.as_view(), name="jobs_task_queue"),
        path("reports/background-tasks/results/", TaskQueueView.as_view(results_only=True),
             name="jobs_task_queue_results"),
    ]


class TaskQueueMenuItem(MenuItem):
    # Task arguments hold e-mail addresses: only those allowed to see the queue's rows see the report.
    def is_shown(self, request):
        return request.user.has_perm("django_tasks_db.view_dbtaskresult")


@hooks.register("register_reports_menu_item")
def register_task_queue_menu_item():
    return TaskQueueMenuItem(_("Background tasks"), reverse("jobs_task_queue"), name="background-tasks",
                             icon_name="cogs", order=1200)
