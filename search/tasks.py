"""Search-log writes run in the task queue: answering a search never waits for (or fails on) a write."""

from django_tasks import task

from .models import SearchQueryLog


@task()
def count_search(query, language, found):
    SearchQueryLog.count(query, language, found)
