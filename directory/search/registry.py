"""Bits of the multi-valued facet masks: which value each bit stands for.

Read once per search (a tiny table, cached per content version like every search value); writers read it
fresh, since they assign new bits.
"""

import logging

from django.db import IntegrityError, transaction

from .facets import FACETS, LABEL_BITS, LABEL_BY_BIT, MAX_BITS, bit_year, year_bit

logger = logging.getLogger(__name__)


class BitRegistry:
    def __init__(self, rows=None, read_rows=None):
        """From `rows`, or from `read_rows()` called when a bit is first needed: a search whose words name no
        facet value and which filters on no facet never reads the table."""
        self._read_rows = read_rows
        self._maps = None if read_rows else self._index(rows)

    @staticmethod
    def _index(rows):
        by_value, by_bit = {}, {}
        for facet, value, bit in rows or ():
            by_value.setdefault(facet, {})[value] = bit
            by_bit.setdefault(facet, {})[bit] = value
        return by_value, by_bit

    @property
    def _by_value(self):
        return self._indexed()[0]

    @property
    def _by_bit(self):
        return self._indexed()[1]

    def _indexed(self):
        if self._maps is None:
            self._maps = self._index(self._read_rows())
        return self._maps

    @classmethod
    def load(cls, fresh=False):
        """The registry as stored; `fresh` for writers (bits are assigned between two content versions)."""
        from .caching import cached
        from .models import SearchFacetBit

        def rows():
            return list(SearchFacetBit.objects.values_list("facet", "value", "bit"))

        return cls(rows()) if fresh else cls(read_rows=lambda: cached("facet-bits", (), rows))

    def bit(self, spec, value):
        if spec.name == "year":
            try:
                return year_bit(value)
            except (TypeError, ValueError):
                return None
        if spec.name == "label":
            return LABEL_BITS.get(value)
        return self._by_value.get(spec.name, {}).get(value)

    def value(self, spec, bit):
        if spec.name == "year":
            return bit_year(bit)
        if spec.name == "label":
            return LABEL_BY_BIT.get(bit)
        return self._by_bit.get(spec.name, {}).get(bit)

    def bits(self, spec, values):
        return [bit for bit in (self.bit(spec, value) for value in values) if bit is not None]

    def ensure(self, spec, values):
        """Bits for `values`, assigning free bits to new ones (indexing only)."""
        from .models import SearchFacetBit

        bits = []
        for value in values:
            bit = self.bit(spec, value)
            if bit is None and spec.uses_registry:
                bit = self._assign(SearchFacetBit, spec, value)
            if bit is not None:
                bits.append(bit)
        return bits

    def _assign(self, model, spec, value):
        for _attempt in range(3):
            taken = set(model.objects.filter(facet=spec.name).values_list("bit", flat=True))
            existing = model.objects.filter(facet=spec.name, value=value).values_list("bit", flat=True).first()
            if existing is not None:
                bit = existing
            else:
                free = [bit for bit in range(MAX_BITS) if bit not in taken]
                if not free:
                    logger.warning("Facet %s has more than %s values; %r is not filterable", spec.name, MAX_BITS,
                                   value)
                    return None
                bit = free[0]
                try:
                    with transaction.atomic():
                        model.objects.create(facet=spec.name, value=value, bit=bit)
                except IntegrityError:
                    continue  # another process took it at the same moment: look again
            self._by_value.setdefault(spec.name, {})[value] = bit
            self._by_bit.setdefault(spec.name, {})[bit] = value
            return bit
        return None


MULTI_FACETS = tuple(spec for spec in FACETS if spec.uses_registry)
