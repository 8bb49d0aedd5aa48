"""The one way the intranet writes a date in Danish, pages and PDF alike: "5. okt. 2026",
"5. okt. 2026 kl. 14:30", "4. dec.". The month comes from the `da` locale's abbreviations
(`N`: "jan.", "marts", "okt."), never capitalised. Formats not named here (input formats,
numbers) are Django's own for `da`."""

DATE_FORMAT = r"j. N Y"
DATETIME_FORMAT = r"j. N Y \k\l. H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
MONTH_DAY_FORMAT = r"j. N"
