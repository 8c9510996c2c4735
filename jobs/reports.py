"""Admin report: what the task queue holds (waiting, running) and what failed, newest first."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

STATUS_CHOICES = [
    (TaskResultStatus.READY, _("Waiting")),
    (TaskResultStatus.RUNNING, _("Running")),
    (TaskResultStatus.FAILED, _("Failed")),
    (TaskResultStatus.SUCCESSFUL, _("Done")),
]

STATUS_LABELS = dict(STATUS_CHOICES)


class TaskFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES, empty_label=_("All"))

    class Meta:
        model = DBTaskResult
        fields = ["status"]


class TaskQueueView(ReportView):
    page_title = _("Background tasks")
    header_icon = "cogs"
    model = DBTaskResult
    index_url_name = "jobs_task_queue"
    index_results_url_name = "jobs_task_queue_results"
    filterset_class = TaskFilterSet
    permission_required = "view"
    columns = [
        Column("task_path", label=_("Task")),
        Column("status", label=_("Status"), accessor=lambda task: STATUS_LABELS.get(task.status, task.status)),
        DateColumn("enqueued_at", label=_("Queued")),
        DateColumn("finished_at", label=_("Finished")),
        Column("exception_class_path", label=_("Error")),
    ]

    def get_queryset(self):
        return DBTaskResult.objects.order_by("-enqueued_at")
