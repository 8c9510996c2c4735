"""The number of directory alerts on the admin dashboard, for whoever edits the directory (no addresses)."""

from wagtail.admin.site_summary import SummaryItem

from ..models import SavedSearch


class AlertsSummaryItem(SummaryItem):
    order = 400
    template_name = "directory/alerts/admin_summary.html"

    def get_context_data(self, parent_context):
        confirmed = SavedSearch.objects.filter(confirmed_at__isnull=False).count()
        return {"confirmed": confirmed, "pending": SavedSearch.objects.filter(confirmed_at__isnull=True).count()}

    def is_shown(self):
        return self.request.user.has_perm("directory.change_hoststructure")
