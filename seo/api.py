"""Wagtail's read-only API v2 for partners: live public pages (filter with ?locale=es), images, documents.

Pages are always filtered as an anonymous reader sees them, even for a logged-in editor: no draft,
no page under a view restriction, no page past its expiry date.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


# Integer parameters above this are refused with a 400: a database cannot take a larger integer (SQLite
# answers OverflowError, PostgreSQL an out-of-range error: both were 500s).
LARGEST_INTEGER = 2**31 - 1
INTEGER_PARAMETERS = ("offset", "limit", "id", "child_of", "descendant_of", "ancestor_of", "translation_of")


def check_integer_parameters(request):
    for name in INTEGER_PARAMETERS:
        value = request.GET.get(name)
        try:
            number = int(value) if value is not None else None
        except ValueError:
            continue  # Wagtail's own checks answer this one with their message
        if number is not None and abs(number) > LARGEST_INTEGER:
            raise BadRequestError(f"{name} must be at most {LARGEST_INTEGER}")


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        check_integer_parameters(request)
        return super().paginate_queryset(queryset, request, view)


class BoundedIdsMixin:
    """Ids in the path and integer query parameters within what the database can compare."""

    pagination_class = BoundedPagination

    def check_query_parameters(self, queryset):
        check_integer_parameters(self.request)
        super().check_query_parameters(queryset)

    def get_object(self):
        if abs(int(self.kwargs.get("pk", 0))) > LARGEST_INTEGER:
            raise Http404("not found")
        return super().get_object()


class PublicPagesAPIViewSet(BoundedIdsMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        from search.sources import hidden_portrait_ids

        return super().get_base_queryset().public().exclude(expire_at__lte=timezone.now()) \
            .exclude(id__in=hidden_portrait_ids())

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # An unknown language is the client's mistake: a 400 with a message, not a 404 page.
        locale = self.request.GET.get("locale")
        if locale is not None and locale not in dict(settings.LANGUAGES):
            raise BadRequestError(f"locale must be one of: {', '.join(code for code, _ in settings.LANGUAGES)}")


class PublicImagesAPIViewSet(BoundedIdsMixin, ImagesAPIViewSet):
    def get_queryset(self):
        # Photos of anonymous or withdrawn portraits: their title and file would identify the volunteer.
        from news.models import PortraitPage

        hidden = PortraitPage.objects.filter(
            Q(consent_scope="anonymous") | Q(consent_expires_on__lte=timezone.localdate()), photo__isnull=False)
        return super().get_queryset().exclude(id__in=hidden.values("photo_id"))


class PublicDocumentsAPIViewSet(BoundedIdsMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)


class JsonNotFoundMiddleware:
    """API answers stay JSON. LocaleMiddleware turns a 404 on a URL without a language prefix into a redirect
    to /fr/… whenever that path resolves (Wagtail's page route resolves every path), so a missing or draft
    object became an HTML page. Placed after LocaleMiddleware, this tells it, for an API 404 only, that the
    request was routed by a URLconf without language prefixes (request.urlconf, read by its
    process_response), so the JSON 404 goes out as it is."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and request.path_info.startswith("/api/"):
            request.urlconf = "seo.urls"
        return response
