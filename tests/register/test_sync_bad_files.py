"""Bad staff files: a Danish error naming the row and the column, and nothing saved."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from obb.staffsync.planning import plan_sync
from obb.staffsync.reading import read_file
from tests.hostile.conftest import database_state
from tests.register.files import HEADERS, csv_file, person, world_rows


def errors_of(upload):
    """The Danish messages for `upload`, checking that nothing was saved."""
    before = database_state()
    try:
        plan = plan_sync(read_file(upload))
    except ValidationError as error:
        messages = error.messages
    else:
        messages = [str(error) for error in plan.errors]
    assert database_state() == before
    return messages


def test_an_unknown_column_and_a_missing_one(coded):
    headers = ["Medarbejdernummer", "Fornavn", "Efternavn", "Mobil", "Enhed"]
    messages = errors_of(csv_file([["1", "A", "B", "1234", "100"]], headers=headers))
    assert "Kolonne 4, »Mobil«, kendes ikke." in messages
    assert "Kolonnen »E-mail« mangler." in messages


def test_a_duplicate_employee_number(coded):
    rows = world_rows(coded) + [person("1004", "Alice", "Kopi", "111", email="kopi@odense.dk")]
    assert errors_of(csv_file(rows)) == [
        "Række 8, kolonne »Medarbejdernummer«: Medarbejdernummeret 1004 står også i række 5."]


def test_a_manager_neither_in_the_file_nor_in_the_app(coded):
    rows = world_rows(coded) + [person("2001", "Ny", "Person", "111", "9999")]
    assert errors_of(csv_file(rows)) == [
        "Række 8, kolonne »Nærmeste leders medarbejdernummer«: Lederen med medarbejdernummer 9999 findes hverken "
        "i filen eller i appen."]


def test_a_loop_of_managers(coded):
    rows = world_rows(coded)
    rows[0][6] = "1004"  # lea reports to alice, who reports to mia, who reports to lea
    messages = errors_of(csv_file(rows))
    assert len(messages) == 3
    assert all("kolonne »Nærmeste leders medarbejdernummer«: Lederkæden går i ring" in m for m in messages)
    assert {m.split(",")[0] for m in messages} == {"Række 2", "Række 3", "Række 5"}


def test_oneself_as_manager(coded):
    rows = world_rows(coded)
    rows[4][6] = "1005"
    assert errors_of(csv_file(rows)) == [
        "Række 6, kolonne »Nærmeste leders medarbejdernummer«: En medarbejder kan ikke være sin egen leder."]


def test_dates_the_wrong_way_round(coded):
    rows = world_rows(coded)
    rows[3][7], rows[3][8] = "2024-05-01", "2024-04-30"
    assert errors_of(csv_file(rows)) == [
        "Række 5, kolonne »Fratrådt«: Fratrådt (2024-04-30) er før ansat fra (2024-05-01)."]


@pytest.mark.parametrize(("column", "value", "message"), [
    (7, "31/13/2024", "Række 5, kolonne »Ansat fra«: »31/13/2024« er ikke en dato. Skriv fx 2025-03-31 eller "
                      "31-03-2025."),
    (8, "snart", "Række 5, kolonne »Fratrådt«: »snart« er ikke en dato. Skriv fx 2025-03-31 eller 31-03-2025."),
    (3, "alice(at)odense.dk", "Række 5, kolonne »E-mail«: »alice(at)odense.dk« er ikke en gyldig e-mailadresse."),
    (0, "12 34", "Række 5, kolonne »Medarbejdernummer«: »12 34« er ikke et gyldigt medarbejdernummer (bogstaver og "
                 "tal, højst 32 tegn)."),
    (1, "", "Række 5, kolonne »Fornavn«: Skal udfyldes."),
])
def test_malformed_cells(coded, column, value, message):
    rows = world_rows(coded)
    rows[3][column] = value
    assert errors_of(csv_file(rows)) == [message]


def test_a_duplicate_email(coded):
    rows = world_rows(coded)
    rows[4][3] = rows[3][3]
    assert errors_of(csv_file(rows)) == ["Række 6, kolonne »E-mail«: E-mailadressen står også i række 5."]


def test_an_unknown_unit_without_a_parent_to_create_it_under(coded):
    rows = world_rows(coded) + [person("2001", "Ny", "Person", "Bogbussen", "1001"),
                                person("2002", "Ny", "Kollega", "Bogbussen", "1001")]
    messages = errors_of(csv_file(rows))
    assert len(messages) == 1
    assert messages[0].startswith("Række 8, kolonne »Enhed«: Enheden »Bogbussen« findes ikke i appen (også i 1 "
                                  "andre rækker).")


@override_settings(MAX_UPLOAD_MB=1)
def test_a_file_over_the_limit(coded):
    content = csv_file(world_rows(coded), name="stor.csv").read() + b"#" * (1024 * 1024)
    messages = errors_of(SimpleUploadedFile("stor.csv", content))
    assert len(messages) == 1 and messages[0].startswith("Filen er for stor (1.0 MB). Den må højst fylde 1 MB.")


def test_a_file_of_ten_megabytes_is_refused_at_the_default_limit(coded):
    content = ";".join(HEADERS).encode() + b"\n" + b"x" * (10 * 1024 * 1024)
    messages = errors_of(SimpleUploadedFile("stor.csv", content))
    assert len(messages) == 1 and messages[0].startswith("Filen er for stor (10.0 MB). Den må højst fylde 10 MB.")


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + b"\0" * 200,
    b"%PDF-1.7\n" + b"\0" * 200,
    b"PK\x03\x04 not really a workbook",
    b"just some text without any columns",
])
def test_a_non_spreadsheet(coded, content):
    messages = errors_of(SimpleUploadedFile("medarbejdere.xlsx", content))
    assert len(messages) == 1
    assert ("hverken et Excel-regneark (.xlsx) eller en CSV-fil" in messages[0]
            or "ikke et Excel-regneark (.xlsx)" in messages[0]), messages


def test_a_csv_not_in_utf8(coded):
    data = ";".join(HEADERS).encode("cp1252") + "\r\n1;Søren;Ærø;s@odense.dk;100;;;;\r\n".encode("cp1252")
    assert errors_of(SimpleUploadedFile("m.csv", data)) == [
        "CSV-filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8 (i Excel: »CSV UTF-8«), og prøv igen."]


def test_an_empty_file(coded):
    assert errors_of(SimpleUploadedFile("m.csv", b";;;\r\n")) == [
        "Filen er tom. Hent skabelonen, og skriv én medarbejder pr. række under overskrifterne."]


def test_every_error_is_reported_at_once(coded):
    rows = world_rows(coded)
    rows[1][7] = "i går"
    rows[2][3] = "ikke-en-mail"
    assert [m.split(":")[0] for m in errors_of(csv_file(rows))] == [
        "Række 3, kolonne »Ansat fra«", "Række 4, kolonne »E-mail«"]


def test_dates_are_read_in_the_danish_and_the_iso_way(coded):
    from obb.staffsync.planning import parse_date

    assert [parse_date(text) for text in ("2025-03-31", "31-03-2025", "31.03.2025", "31/3/2025")] == [
        date(2025, 3, 31)] * 4
    with pytest.raises(ValueError):
        parse_date("2025-02-30")
