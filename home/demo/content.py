"""Write demo content once, in three languages, and resolve it per language.

`L(fr=..., es=..., en=...)` marks a translated text; `resolve(data, "es")` replaces every L by its
Spanish text. Stream blocks get ids derived from a key, so the French page and its translations
have the same block ids and wagtail-localize can pair their strings.
"""

import uuid

LANGUAGES = ("fr", "es", "en")
TRANSLATIONS = ("es", "en")
_NAMESPACE = uuid.UUID("0b6f3d4e-3f7c-4c55-9a39-5b8d2f7f2a11")


class L(dict):
    def __init__(self, fr, es, en):
        super().__init__(fr=fr, es=es, en=en)


def resolve(data, language):
    if isinstance(data, L):
        return data[language]
    if isinstance(data, dict):
        return {key: resolve(value, language) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(resolve(item, language) for item in data)
    return data


class BlockIds:
    """Deterministic block ids: the n-th id asked for under a key is always the same."""

    def __init__(self, key):
        self.key = key
        self.count = 0

    def __call__(self):
        self.count += 1
        return str(uuid.uuid5(_NAMESPACE, f"{self.key}:{self.count}"))


def stream(key, blocks):
    """[(type, value), …] to raw StreamField data with stable ids; list values become ListBlock items."""
    ids = BlockIds(key)
    raw = []
    for block_type, value in blocks:
        raw.append({"type": block_type, "value": _with_list_ids(value, ids), "id": ids()})
    return raw


def _with_list_ids(value, ids):
    if isinstance(value, L):
        return value
    if isinstance(value, dict):
        return {key: _with_list_ids(child, ids) for key, child in value.items()}
    if isinstance(value, list):
        return [{"type": "item", "value": _with_list_ids(item, ids), "id": ids()} for item in value]
    return value


def rich(*texts):
    """One rich-text value per language from several paragraphs given as L or str."""
    if any(isinstance(text, L) for text in texts):
        return L(*("".join(f"<p>{resolve(text, lang)}</p>" for text in texts) for lang in LANGUAGES))
    return "".join(f"<p>{text}</p>" for text in texts)
