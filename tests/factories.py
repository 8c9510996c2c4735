"""Translated pages, content pages and team members for any app's tests. The factories live in each app's
`factories` module (shared with the demo loader); whole sites are built by tests/site_builder.py."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.factories import ContentPageFactory

PASSWORD = "correct horse battery staple"


def member(username, group_name):
    """A user of the Lima team in one of the groups of editors/groups.py."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def content_page(parent, title, lead="", text="", **fields):
    """A published content page whose body holds `text`."""
    return ContentPageFactory(parent=parent, title=title, lead=lead, body=paragraph(text) if text else [], **fields)


def translate_page(page, language, **fields):
    """A published translation of `page` in `language` with the given fields (title, slug, …)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=False)
    # copy_for_translation creates a draft alias-free copy; give it its own texts and publish it.
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
