"""Image credits: templates print "©" before a credit, so a credit typed with its own "©" must not repeat it."""

import re

from django import template

register = template.Library()

LEADING_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*[:\-–]?\s*", re.IGNORECASE)


@register.filter
def credit(value):
    """The credit's name without a leading "©", "(c)" or "Copyright" (the template adds the sign once)."""
    return LEADING_COPYRIGHT.sub("", str(value or ""), count=1).strip()
