"""Volunteer needs of host structures: what the public pages, the search, exports, feeds and the admin show.

The model is `directory.models.needs.VolunteerNeed`; this package reads it for every public surface.
"""
