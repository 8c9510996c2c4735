"""The demo content: facts from shared/seeds/ as data files (data/), built by loader.py through the apps' factories."""
