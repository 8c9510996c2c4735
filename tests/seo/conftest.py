from tests.search.conftest import hidden_pages  # noqa: F401 - the same never-visible pages
