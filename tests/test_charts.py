"""The SVG charts: a legend never overlaps itself, shares add up per row, and a series can be
told apart by its pattern as well as its colour."""

import re

from obb.charts import Series, _text_width, bar_chart

LONG_NAMES = ["Ikke planlagt", "Planlagt/forberedt", "Afholdt", "Opfølgning aftalt", "Afsluttet og lukket"]


def _legend_entries(svg):
    return [(float(x), text) for x, text in re.findall(r'<text x="([\d.]+)" y="\d+">([^<]+)</text>', svg)]


def test_legend_entries_do_not_overlap_and_stay_inside_the_chart():
    series = [Series(name, [1, 2]) for name in LONG_NAMES]
    svg = str(bar_chart("Test", ["A", "B"], series, stacked=True))
    rects = [(float(x), float(y)) for x, y in re.findall(r'<rect x="([\d.]+)" y="(\d+)" width="12"', svg)]
    texts = _legend_entries(svg)
    assert [text for _x, text in texts][:len(LONG_NAMES)] == LONG_NAMES
    for (_x, y), (next_x, next_y), (text_x, text) in zip(rects, rects[1:], texts, strict=False):
        if next_y == y:
            assert text_x + _text_width(text) <= next_x, f"{text!r} runs into the next entry"
    for (_x, _y), (text_x, text) in zip(rects, texts, strict=False):
        assert text_x + _text_width(text) <= 640


def test_shares_make_each_row_its_own_whole_and_say_the_share():
    series = [Series("Ikke planlagt", [1, 5], pattern="stripes"), Series("Afholdt", [3, 5])]
    svg = str(bar_chart("Andele", ["Lille", "Stor"], series, stacked=True, shares=True))
    assert "Lille – Ikke planlagt: 1 (25\u00a0%)" in svg and "Lille – Afholdt: 3 (75\u00a0%)" in svg
    widths = [float(w) for w in re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" '
                                            r'fill="[^"]+"><title>', svg)]
    # Both rows fill the same width although one has 4 conversations and the other 10.
    assert abs((widths[0] + widths[1]) - (widths[2] + widths[3])) < 0.5
    assert ">50\u00a0%</text>" in svg


def test_a_patterned_series_is_drawn_with_its_pattern_in_the_bars_and_the_legend():
    series = [Series("Ikke planlagt", [2], color="#a10e2b", pattern="stripes"), Series("Afholdt", [3])]
    svg = str(bar_chart("Mønster", ["A"], series, stacked=True))
    pattern_id = re.search(r'<pattern id="([^"]+)"', svg).group(1)
    assert svg.count(f'fill="url(#{pattern_id})"') == 2  # the legend's square and the bar
