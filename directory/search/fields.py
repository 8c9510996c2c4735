from django.contrib.postgres.search import SearchVectorField


class TSVectorField(SearchVectorField):
    """PostgreSQL's tsvector (with its `@@` lookup); a plain, always empty, text column on other databases,
    so one schema and one migration serve both."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"
