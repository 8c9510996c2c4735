# No models of its own: the groups are Django's and Wagtail's. The module exists because Django sends
# post_migrate only to apps with a models module, and the groups are set up on that signal (apps.py).
