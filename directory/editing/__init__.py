"""The directory's Wagtail admin: viewsets, panels, bulk actions, filters."""
