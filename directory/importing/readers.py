"""Rows of a CSV or XLSX file as {column: text}, numbered as a spreadsheet shows them (header = row 1)."""

import csv
import datetime
from pathlib import Path


class UnreadableFile(Exception):
    pass


def _clean_header(value):
    return str(value or "").strip().lower().replace(" ", "_")


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(handle, dialect)
        header = [_clean_header(cell) for cell in next(reader, [])]
        rows = [(number, dict(zip(header, (cell.strip() for cell in cells))))
                for number, cells in enumerate(reader, start=2) if any(cell.strip() for cell in cells)]
    return header, rows


def read_xlsx(path):
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        iterator = sheet.iter_rows(values_only=True)
        header = [_clean_header(cell) for cell in next(iterator, ())]
        rows = []
        for number, cells in enumerate(iterator, start=2):
            texts = [_cell_text(cell) for cell in cells]
            if any(texts):
                rows.append((number, dict(zip(header, texts))))
    finally:
        workbook.close()
    return header, rows


def read_rows(path):
    """(header, [(row number, {column: text})]) — raises UnreadableFile with a reason."""
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".csv":
            return read_csv(path)
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as error:
        raise UnreadableFile(str(error)) from error
    except Exception as error:  # openpyxl raises zipfile/XML errors of many kinds on corrupt files
        raise UnreadableFile(f"{type(error).__name__}: {error}") from error
    raise UnreadableFile(f"unsupported file type {suffix!r} (use .csv or .xlsx)")
