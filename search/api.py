"""Wagtail's read-only API v2 for partners: live public pages (filter with ?locale=es), images, documents.

Pages are always filtered as an anonymous reader sees them, even for a logged-in editor: no draft,
no page under a view restriction, no page past its expiry date.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        from .sources import hidden_portrait_ids

        return super().get_base_queryset().public().exclude(expire_at__lte=timezone.now()) \
            .exclude(id__in=hidden_portrait_ids())

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # An unknown language is the client's mistake: a 400 with a message, not a 404 page.
        locale = self.request.GET.get("locale")
        if locale is not None and locale not in dict(settings.LANGUAGES):
            raise BadRequestError(f"locale must be one of: {', '.join(code for code, _ in settings.LANGUAGES)}")


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        # Photos of anonymous or withdrawn portraits: their title and file would identify the volunteer.
        from news.models import PortraitPage

        hidden = PortraitPage.objects.filter(
            Q(consent_scope="anonymous") | Q(consent_expires_on__lte=timezone.localdate()), photo__isnull=False)
        return super().get_queryset().exclude(id__in=hidden.values("photo_id"))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
