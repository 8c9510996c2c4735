"""The backup's JSON: Django's own format, with times kept to the microsecond.

Django's JSON encoder cuts datetimes to milliseconds (for JavaScript); a restored database must hold the
same instants as the original (ordering, "changed since", signed links bound to a moment). Registered as the
serialization format "json-exact" (settings.SERIALIZATION_MODULES); files in it load as plain Django JSON.
"""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        self.options["cls"] = ExactJSONEncoder
        super()._init_options()


Deserializer = django_json.Deserializer
