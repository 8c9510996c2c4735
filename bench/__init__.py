"""Benchmarks run by `make bench` (`python -m bench`): pages (bench/pages.py) and directory search (bench/search.py)."""
