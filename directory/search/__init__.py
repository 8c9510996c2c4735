"""Directory search: one contract (contract.py), two engines (database.py, elasticsearch.py).

`get_engine()` is what views use: Elasticsearch when ELASTICSEARCH_URL is set (falling back to the database
when the cluster does not answer), the database otherwise.
"""


def get_engine():
    from .database import DatabaseEngine
    from .elasticsearch import ElasticsearchEngine, FallbackEngine, elasticsearch_enabled

    if elasticsearch_enabled():
        return FallbackEngine(ElasticsearchEngine(), DatabaseEngine())
    return DatabaseEngine()
