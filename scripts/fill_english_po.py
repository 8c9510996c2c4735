"""Interface strings are written in English in the code: the English catalogue is its own source.

Fills every empty msgstr of the `en` .po files with its msgid, so the catalogue is complete and
tools that flag untranslated entries only flag real gaps (French and Spanish)."""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

for path in ROOT.glob("**/locale/en/LC_MESSAGES/*.po"):
    if ".venv" in path.parts:
        continue
    catalogue = polib.pofile(str(path), wrapwidth=0)
    changed = False
    for entry in catalogue:
        if entry.msgid_plural:
            if not any(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                changed = True
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
            changed = True
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            # A fuzzy match is another string's text: start again from the source.
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            changed = True
    if changed:
        catalogue.save(str(path))
        sys.stdout.write(f"filled {path.relative_to(ROOT)}\n")
