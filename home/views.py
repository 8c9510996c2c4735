from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseServerError
from django.views.static import serve
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """Send "/" to the reader's best language from Accept-Language, French when nothing matches."""
    language = translation.get_language_from_request(request)
    return HttpResponseRedirect(f"/{language}/")


@never_cache
def server_error(request):
    """The 500 page in the reader's language; rendered without the database, which may be what failed."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, request=None))


def serve_media(request, path):
    """Uploaded files from the app itself, where no web server does it (development, tests, SERVE_MEDIA=1).

    MEDIA_ROOT is read per request, so tests that point it at a temporary folder are served too."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
