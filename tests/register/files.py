"""Staff files for the sync tests, written as HR/payroll systems write them."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

HEADERS = ["Medarbejdernummer", "Fornavn", "Efternavn", "E-mail", "Enhed", "Stillingsbetegnelse",
           "Nærmeste leders medarbejdernummer", "Ansat fra", "Fratrådt"]


def person(number, first, last, unit, manager="", title="Bibliotekar", start="2020-01-01", end="", email=None):
    return [number, first, last, email or f"{first.lower()}.{last.lower()}@odense.dk", unit, title, manager,
            start, end]


def world_rows(world):
    """The test world as the HR system knows it: lea leads, mia and otto under her, alice under
    mia, bob under otto, hanne under lea (adam, the administrator, has no number)."""
    return [
        person("1001", "Lea", "Testesen", world.root.code, title="Direktør", email=world.lea.email),
        person("1002", "Mia", "Testesen", world.house_a.code, "1001", "Leder", email=world.mia.email),
        person("1003", "Otto", "Testesen", world.house_b.code, "1001", "Leder", email=world.otto.email),
        person("1004", "Alice", "Testesen", world.team_a.code, "1002", email=world.alice.email),
        person("1005", "Bob", "Testesen", world.house_b.code, "1003", email=world.bob.email),
        person("1006", "Hanne", "Testesen", world.stab.code, "1001", "HR-konsulent", email=world.hanne.email),
    ]


def csv_file(rows, headers=HEADERS, delimiter=";", bom=False, name="medarbejdere.csv"):
    lines = [delimiter.join(headers)] + [delimiter.join(str(value) for value in row) for row in rows]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    return SimpleUploadedFile(name, (b"\xef\xbb\xbf" if bom else b"") + data, content_type="text/csv")


def xlsx_file(rows, headers=HEADERS, name="medarbejdere.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(),
                              content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
