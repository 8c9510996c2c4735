import pytest
from wagtail.models import Locale

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("n", [1, 2, 3])
def test_locales(n):
    assert Locale.objects.count() == 3
