"""Page forms of the site: a new page never fails on a slug that only an abandoned draft holds."""
