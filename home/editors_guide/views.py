import re
from pathlib import Path

import markdown
from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE = Path(settings.BASE_DIR) / "docs" / "editors-guide-fr.md"
SCREENSHOTS = GUIDE.parent / "screenshots"
SCREENSHOT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.png$")


def render_guide():
    """(HTML of the guide, its table of contents); screenshot links point to the admin's screenshot view."""
    converter = markdown.Markdown(extensions=["toc", "tables"], extension_configs={"toc": {"toc_depth": "2-3"}})
    html = converter.convert(GUIDE.read_text(encoding="utf-8"))
    screenshot_url = reverse("editors_guide_screenshot", args=["NAME.png"]).replace("NAME.png", "")
    html = re.sub(r'src="screenshots/', f'src="{screenshot_url}', html)
    return mark_safe(html), mark_safe(converter.toc)  # noqa: S308  our own file, rendered by Markdown


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/editors_guide.html"
    page_title = _("Editor's guide")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guide"], context["toc"] = render_guide()
        return context


def screenshot(request, name):
    path = SCREENSHOTS / name
    if not SCREENSHOT_NAME.match(name) or not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), content_type="image/png")
