"""Lea edits a key-figure table: its title, unit, notes and source, and its rows with one number
per column written the Danish way (62.612.478, -8.010.657). Anything else is refused with a
clear Danish error and nothing changes."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from strategy.forms.editing import parse_danish_number
from strategy.models import KeyFigureRow, KeyFigureTable
from tests.strategy.edit_pages import post_as_page


@pytest.fixture
def table(world):
    table = KeyFigureTable.objects.create(
        plan=world.plan, slug="besoeg", title="Besøg", columns=[
            {"key": "2019_antal", "label": "Antal", "group": "2019"},
            {"key": "2019_pct", "label": "Pct.", "group": "2019"},
            {"key": "2020", "label": "2020"}],
    )
    KeyFigureRow.objects.create(table=table, order=0, label="Løn", values=[62612478, 69, -8010657])
    KeyFigureRow.objects.create(table=table, order=1, label="I alt", is_total=True, values=[1, 2, 3])
    return table


def _post(table, rows, **fields):
    """`rows`: [(row or None, label, [values], extra fields)]."""
    data = {"table-title": "Besøg", "table-unit": "", "table-unit_note": "", "table-notes": "", "table-source": "",
            **{f"table-{key}": value for key, value in fields.items()},
            "rows-TOTAL_FORMS": len(rows), "rows-INITIAL_FORMS": sum(1 for r in rows if r[0]),
            "rows-MIN_NUM_FORMS": 0, "rows-MAX_NUM_FORMS": 1000}
    for index, (row, label, values, extra) in enumerate(rows):
        data.update({f"rows-{index}-id": row.pk if row else "", f"rows-{index}-label": label,
                     f"rows-{index}-level": extra.get("level", 0),
                     f"rows-{index}-ORDER": extra.get("order", index + 1)})
        data[f"rows-{index}-values"] = values
        if extra.get("is_total"):
            data[f"rows-{index}-is_total"] = "on"
        if extra.get("delete"):
            data[f"rows-{index}-DELETE"] = "on"
    return data


def _url(table):
    return reverse("strategy:keyfigure_edit", args=[2023, table.slug])


@pytest.mark.parametrize("text, number", [
    ("62.612.478", 62612478), ("-8.010.657", -8010657), ("\u22128.010.657", -8010657), ("62612478", 62612478),
    (" 1.500 ", 1500), ("12,5", 12.5), ("1.234,50", 1234.5), ("7,0", 7), ("", None), ("0", 0),
])
def test_danish_numbers_are_read(text, number):
    assert parse_danish_number(text) == number


@pytest.mark.parametrize("text", ["abc", "1.5", "62,612,478", "1.23.456", "12-3", "--5", "5 %", "1e6"])
def test_other_numbers_are_refused_in_danish(text):
    with pytest.raises(ValidationError) as error:
        parse_danish_number(text)
    assert "er ikke et tal" in error.value.messages[0]


def test_the_edit_page_shows_the_numbers_the_danish_way_under_their_columns(world, login, table):
    page = login(world.lea).get(_url(table)).content.decode()
    assert 'value="62.612.478"' in page and 'value="-8.010.657"' in page
    assert '<th scope="col" class="obb-num">2019 Antal</th>' in page
    assert '<label class="sr-only" for="id_rows-0-values_0">2019 Antal, rækken Løn</label>' in page


def test_lea_changes_numbers_adds_a_row_and_deletes_one(world, login, table):
    løn, total = table.rows.all()
    response = post_as_page(login(world.lea), _url(table), _post(table, [
        (løn, "Løn", ["62.612.479", "70", "-8.010.657"], {"order": 2}),
        (total, "I alt", ["1", "2", "3"], {"delete": True}),
        (None, "Bibliotek", ["53.054.272", "", "12,5"], {"level": 1, "order": 1}),
        (None, "", ["", "", ""], {"order": ""}),  # an empty extra row is ignored
    ], title="Besøg og lån", unit="antal", notes="Første note\nAnden note", source="Kilde: Danmarks Statistik"))
    assert response.status_code == 302
    table.refresh_from_db()
    assert (table.title, table.unit, table.note_lines, table.source) == (
        "Besøg og lån", "antal", ["Første note", "Anden note"], "Kilde: Danmarks Statistik")
    rows = list(table.rows.all())
    assert [(r.label, r.level, r.values) for r in rows] == [
        ("Bibliotek", 1, [53054272, None, 12.5]), ("Løn", 0, [62612479, 70, -8010657])]
    assert rows[1].history.first().history_user == world.lea
    assert table.history.first().history_user == world.lea
    assert KeyFigureRow.history.filter(id=total.pk, history_type="-").get().history_user == world.lea


def _refused(client, table, data):
    before = [(r.label, r.values) for r in table.rows.all()], KeyFigureTable.objects.get(pk=table.pk).title
    response = post_as_page(client, _url(table), data)
    assert response.status_code == 200
    assert "Ændringerne er ikke gemt" in response.content.decode()
    after = [(r.label, r.values) for r in table.rows.all()], KeyFigureTable.objects.get(pk=table.pk).title
    assert after == before
    return response.content.decode()


def test_a_word_instead_of_a_number_gets_a_danish_error_linked_to_the_row(world, login, table):
    løn, total = table.rows.all()
    page = _refused(login(world.lea), table, _post(table, [
        (løn, "Løn", ["mange", "69", "-8.010.657"], {}), (total, "I alt", ["1", "2", "3"], {"is_total": True}),
    ], title="Ændret titel"))
    assert "2019 Antal: »mange« er ikke et tal. Skriv tallet som i den trykte plan, fx 62.612.478" in page
    assert 'id="id_rows-0-values_error"' in page
    assert 'aria-describedby="id_rows-0-values_error"' in page
    assert 'href="#id_rows-0-values_0"' in page


def test_an_english_number_is_refused(world, login, table):
    løn, total = table.rows.all()
    page = _refused(login(world.lea), table, _post(table, [
        (løn, "Løn", ["62,612,478", "69", "1"], {}), (total, "I alt", ["1", "2", "3"], {}),
    ]))
    assert "»62,612,478« er ikke et tal" in page


def test_the_wrong_number_of_values_is_refused(world, login, table):
    løn, total = table.rows.all()
    page = _refused(login(world.lea), table, _post(table, [
        (løn, "Løn", ["1", "2"], {}), (total, "I alt", ["1", "2", "3", "4"], {}),
    ]))
    assert "Rækken skal have ét tal pr. kolonne (3), men har 2." in page
    assert "Rækken skal have ét tal pr. kolonne (3), men har 4." in page


def test_an_empty_title_or_row_label_is_refused(world, login, table):
    løn, total = table.rows.all()
    page = _refused(login(world.lea), table, _post(table, [
        (løn, "", ["1", "2", "3"], {}), (total, "I alt", ["1", "2", "3"], {}),
    ], title=""))
    assert page.count("Dette felt er påkrævet.") >= 2


def test_a_script_in_a_label_is_shown_as_plain_text(world, login, table):
    løn, total = table.rows.all()
    client = login(world.lea)
    post_as_page(client, _url(table), _post(table, [
        (løn, "<script>alert(1)</script>", ["1", "2", "3"], {}), (total, "I alt", ["1", "2", "3"], {}),
    ], notes="<b>fed</b>"))
    page = client.get(reverse("strategy:plan_detail", args=[2023])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;fed&lt;/b&gt;" in page


def test_numbers_stay_danish_for_a_reader_with_an_english_browser(world, login, table):
    client = login(world.lea)
    page = client.get(_url(table), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'value="62.612.478"' in page
    løn, total = table.rows.all()
    response = post_as_page(client, _url(table), _post(table, [
        (løn, "Løn", ["62.612.478", "69", "-8.010.657"], {}), (total, "I alt", ["1", "2", "3"], {}),
    ]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
