"""Search backends that know the language of what they index (see database.py and elasticsearch.py)."""
