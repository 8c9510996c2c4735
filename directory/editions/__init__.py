"""The printable edition of the directory and the archive of published editions.

- models.py: DirectoryEdition, one published PDF with the snapshot of the structures it lists;
- pdf.py: the edition's content and its rendering with WeasyPrint (the yearly one or a search's selection);
- archive.py: publish an edition (`manage.py publish_directory_edition`), compare two snapshots;
- views.py: the PDF of a directory page and the archive page;
- demo.py: the demo's 2025 and 2026 editions.
"""
