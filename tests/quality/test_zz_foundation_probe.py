# TEMPORARY probe of the foundation engineer (deleted before the report).
import cProfile
import io
import pstats
import time

import pytest
from tests.browser.full_site import build_full_site

pytestmark = pytest.mark.django_db


def test_probe(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.DEBUG = False
    pages = build_full_site()
    out = []
    for kind in ("home", "news index", "news article", "site search", "programme"):
        url = pages[kind]["fr"]
        for _ in range(3):
            client.get(url)
        start = time.perf_counter()
        for _ in range(10):
            client.get(url)
        out.append(f"{kind}: {(time.perf_counter() - start) * 100:.1f} ms/render")
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            client.get(url)
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(45)
        out.append(stream.getvalue())
    open("/tmp/fprobe/profile.txt", "w").write("\n".join(out))
