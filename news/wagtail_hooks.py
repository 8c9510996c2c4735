from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    add_to_admin_menu = False


register_snippet(NewsCategoryViewSet)
