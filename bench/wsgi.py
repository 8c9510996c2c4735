"""The production WSGI application, plus the uploaded media under /media/ for the bench and Lighthouse.

In production a web server or proxy serves MEDIA_ROOT; here nothing else runs, and pages whose images 404
would be measured (and audited) wrongly. Static files are served by WhiteNoise inside Django, as in production.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from config.wsgi import application as django_application

# autorefresh: renditions are created while pages render, after start-up; only /media/ URLs touch the disk.
application = WhiteNoise(django_application, root=settings.MEDIA_ROOT, prefix=settings.MEDIA_URL, max_age=3600,
                         autorefresh=True)
