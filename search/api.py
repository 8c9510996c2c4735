"""Wagtail's read-only API v2 for partners: live public pages (filter with ?locale=es), images, documents.

Pages are always filtered as an anonymous reader sees them, even for a logged-in editor: no draft,
no page under a view restriction, no page past its expiry date.
"""

from django.conf import settings
from django.utils import timezone
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().public().exclude(expire_at__lte=timezone.now())

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # An unknown language is the client's mistake: a 400 with a message, not a 404 page.
        locale = self.request.GET.get("locale")
        if locale is not None and locale not in dict(settings.LANGUAGES):
            raise BadRequestError(f"locale must be one of: {', '.join(code for code, _ in settings.LANGUAGES)}")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
