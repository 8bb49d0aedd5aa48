"""Indicators: status against the year's target in words and shape, the trend chart with its
target line beside a table, values entered by leadership or the owner only, the 2023 key-figure
series turned into indicators, and demo indicators for every pejlemærke."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from obb.models import User
from strategy.followup.indicator_services import indicators_from_key_figures, series
from strategy.followup.indicators import Indicator, IndicatorValue, TrackStatus, track_status
from strategy.models import KeyFigureRow, KeyFigureTable


@pytest.mark.parametrize(("value", "expected"), [(120, "paa_sporet"), (125, "paa_sporet"), (114, "taet_paa"),
                                                 (113, "ikke_paa_sporet")])
def test_a_value_is_on_track_close_or_off_track_by_the_tolerance(value, expected):
    assert track_status(value, 120, tolerance_percent=5) == expected


def test_where_lower_is_better_the_comparison_turns_round():
    assert track_status(90, 100, tolerance_percent=5, higher_is_better=False) == TrackStatus.ON_TRACK
    assert track_status(104, 100, tolerance_percent=5, higher_is_better=False) == TrackStatus.CLOSE
    assert track_status(110, 100, tolerance_percent=5, higher_is_better=False) == TrackStatus.OFF_TRACK


def test_the_newest_value_of_a_year_counts_and_the_status_is_told_in_words_and_shape(world, login):
    assert world.indicator.latest_status() == (2023, TrackStatus.CLOSE)  # 115 against 120, within 5 %
    assert world.indicator.status_for(2022) == TrackStatus.ON_TRACK
    response = login(world.alice).get(reverse("followup:indicators"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span aria-hidden="true">▲</span> Tæt på</span> (2023)' in html
    assert "Besøg på bibliotekerne" in html and "Pejlemærket har ingen indikatorer endnu." in html


def test_the_indicator_page_has_a_chart_with_a_target_line_and_the_same_numbers_in_a_table(world, login):
    response = login(world.alice).get(reverse("followup:indicator", args=[world.indicator.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'stroke-dasharray="6 4"' in html and "<title" in html
    rows = {row["year"]: (row["target"], row["value"].value if row["value"] else None, row["status"])
            for row in response.context["rows"]}
    assert rows == {2022: (Decimal("110"), Decimal("112"), "paa_sporet"), 2023: (Decimal("120"), Decimal("115"),
                                                                                   "taet_paa")}
    assert "Tællere, 2. kvartal" in html
    assert "Tilføj en måling" not in html


def _value(client, world, **overrides):
    data = {"year": "2023", "quarter": "3", "value": "121", "measured_on": "2023-10-03", "source": "Tællere, 3. kvt."}
    return client.post(reverse("followup:indicator_value_add", args=[world.indicator.pk]), {**data, **overrides})


def test_mia_the_owner_enters_a_value_and_the_status_follows(world, login):
    response = _value(login(world.mia), world)
    assert response.status_code == 302
    entry = IndicatorValue.objects.get(indicator=world.indicator, year=2023, quarter=3)
    assert (entry.value, entry.source, entry.entered_by) == (Decimal("121"), "Tællere, 3. kvt.", world.mia)
    assert Indicator.objects.get(pk=world.indicator.pk).latest_status() == (2023, TrackStatus.ON_TRACK)


def test_a_value_for_a_period_already_measured_or_in_the_future_is_refused(world, login):
    client = login(world.lea)
    response = _value(client, world, quarter="2")
    assert response.status_code == 400 and "Der er allerede en måling for den periode." in response.content.decode()
    response = _value(client, world, measured_on="2100-01-01")
    assert "Datoen for målingen kan ikke ligge i fremtiden." in response.content.decode()
    assert list(world.indicator.values.values_list("year", "quarter")) == [(2022, None), (2023, 2)]


def test_nobody_else_enters_values(world, login):
    for person in (world.alice, world.otto, world.hanne, world.adam):
        assert _value(login(person), world).status_code == 403
    assert not IndicatorValue.objects.filter(quarter=3).exists()


def _visits_table(world):
    table = KeyFigureTable.objects.create(
        plan=world.plan, order=5, slug="besoeg", title="Besøg/lånere", source="Danmarks Statistik",
        columns=[{"key": "2019", "label": "2019"}, {"key": "2020", "label": "2020"}, {"key": "2021", "label": "2021"}])
    KeyFigureRow.objects.create(table=table, order=0, label="Antal besøg", values=[1200000, 640000, 810000])
    KeyFigureRow.objects.create(table=table, order=1, label="Aktive lånere", values=[61000, None, 58000])
    return table


def test_a_key_figure_series_becomes_indicators_with_its_numbers_once(world):
    table = _visits_table(world)
    made = indicators_from_key_figures(table, world.service, user=world.lea, owner=world.mia)
    assert [(i.name, i.baseline_year, i.baseline) for i in made] == [("Antal besøg", 2019, Decimal("1200000")),
                                                                    ("Aktive lånere", 2019, Decimal("61000"))]
    assert list(made[0].values.values_list("year", "value", "source")) == [
        (2019, Decimal("1200000"), "Danmarks Statistik"), (2020, Decimal("640000"), "Danmarks Statistik"),
        (2021, Decimal("810000"), "Danmarks Statistik")]
    assert list(made[1].values.values_list("year", flat=True)) == [2019, 2021]
    assert indicators_from_key_figures(table, world.service, user=world.lea) == []


def test_a_table_that_is_not_a_series_of_years_is_refused_by_the_command(world):
    assert series(world.key_figures) != []  # its one column is a year
    table = KeyFigureTable.objects.create(plan=world.plan, order=6, slug="byer", title="Centralbiblioteker",
                                          columns=[{"key": "indbyggere", "label": "Indbyggere"}])
    with pytest.raises(CommandError, match="er ikke en række af år"):
        call_command("indicators_from_keyfigures", "2023", table.slug, "service", stdout=StringIO())
    _visits_table(world)
    out = StringIO()
    call_command("indicators_from_keyfigures", "2023", "besoeg", "partnerskaber", "--ansvarlig", "otto", stdout=out)
    assert "2 indikatorer oprettet." in out.getvalue()
    assert set(Indicator.objects.filter(pejlemaerke=world.partnerskaber).values_list("name", "owner")) == {
        ("Antal besøg", world.otto.pk), ("Aktive lånere", world.otto.pk)}


@pytest.mark.django_db
def test_the_demo_has_indicators_with_targets_for_every_pejlemaerke(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    from strategy.models import Plan

    plan = Plan.objects.order_by("-year").first()
    for pejlemaerke in plan.strategy.pejlemaerker.all():
        indicators = Indicator.objects.filter(pejlemaerke=pejlemaerke)
        assert indicators.filter(targets__isnull=False, values__isnull=False).exists(), pejlemaerke.name
    visits = Indicator.objects.get(name="Antal besøg på biblioteket")
    assert visits.key_figure_row.table.slug == "besoeg-laanere-selvbetjening"
    assert User.objects.filter(username="ledelse").exists()
