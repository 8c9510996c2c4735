"""Images in the admin: every image gets an alternative text, or is explicitly marked decorative."""
