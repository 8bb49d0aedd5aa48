"""The hostile-input corpus: every form and upload of the project tried with script and HTML
injection, local and internal URLs, spreadsheet formulas, overlong text, invalid dates and
numbers, unknown and foreign ids, and broken or oversized files (see docs/security.md)."""
