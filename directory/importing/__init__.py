"""Import host structures from the team's spreadsheets (CSV or XLSX). See docs/directory-import.md."""
