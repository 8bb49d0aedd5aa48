"""Charts drawn on the server as SVG, so the same markup serves the web page and the PDF.

Every chart has a <title> and <desc> for screen readers and is meant to stand beside a table
with the same numbers. Colours are the design system's and keep a 3:1 contrast against white.
"""

from dataclasses import dataclass
from html import escape

from django.utils.formats import number_format
from django.utils.safestring import mark_safe

PALETTE = ["#004c6e", "#358000", "#b35c00", "#6f3c97", "#a10e2b", "#00747a", "#5c5c5c", "#8a6d00"]


@dataclass
class Series:
    name: str
    values: list  # one number (or None) per category
    color: str | None = None
    # "stripes" or "dots" over the colour, so a series is told apart without seeing colour.
    pattern: str | None = None


PATTERNS = {
    "stripes": '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" stroke-width="1.6"/>',
    "dots": '<circle cx="3" cy="3" r="1.3" fill="#fff"/>',
}


def _fill(item, chart_id, index):
    return f"url(#{chart_id}-p{index})" if item.pattern in PATTERNS else item.color


def _pattern_defs(series, chart_id):
    defs = [
        f'<pattern id="{chart_id}-p{index}" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{item.color}"/>{PATTERNS[item.pattern]}</pattern>'
        for index, item in enumerate(series) if item.pattern in PATTERNS
    ]
    return f"<defs>{''.join(defs)}</defs>" if defs else ""


def _text_width(text, size=12):
    """About how wide `text` is drawn at `size` px (for laying out legends without a font)."""
    return len(text) * size * 0.56


def _fmt(value):
    return number_format(value, decimal_pos=0 if float(value).is_integer() else 1, force_grouping=True)


def _svg(width, height, title, description, body):
    return mark_safe(  # noqa: S308 - every text in `body` is escaped where it is built
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-labelledby="{_id(title)}-t {_id(title)}-d" class="obb-chart" '
        f'font-family="IBM Plex Sans, Arial, sans-serif" font-size="12">'
        f'<title id="{_id(title)}-t">{escape(title)}</title><desc id="{_id(title)}-d">{escape(description)}</desc>'
        f"{body}</svg>"
    )


def _id(text):
    return "chart-" + "".join(ch if ch.isalnum() else "-" for ch in text.lower())[:40]


def _legend(series, chart_id, left, right):
    """Legend entries laid out by their text's width, wrapping onto a new line before one would
    run past `right`; returns (svg parts, height)."""
    parts, x, y = [], left, 4
    for index, item in enumerate(series):
        entry = 16 + _text_width(item.name) + 18
        if x > left and x + entry > right:
            x, y = left, y + 24
        parts.append(f'<rect x="{x:.0f}" y="{y}" width="12" height="12" fill="{_fill(item, chart_id, index)}" '
                     f'stroke="{item.color}"/><text x="{x + 16:.0f}" y="{y + 10}">{escape(item.name)}</text>')
        x += entry
    return parts, y + 20


def bar_chart(title, categories, series, *, stacked=False, shares=False, description="", label_width=190):
    """Horizontal bars: one row per category, one bar per series (or one stacked bar). With
    `shares` (stacked only), each row is its own 100 %, and each part says its share."""
    series = [Series(s.name, s.values, s.color or PALETTE[i % len(PALETTE)], s.pattern)
              for i, s in enumerate(series)]
    chart_id = _id(title)
    row_height = 26 if stacked or len(series) == 1 else 14 * len(series) + 10
    width, plot_left, plot_right = 640, label_width, 580
    legend, legend_height = _legend(series, chart_id, 4, width - 4) if len(series) > 1 else ([], 0)
    height = legend_height + row_height * len(categories) + 10
    totals = [
        sum(v or 0 for v in column) if stacked else max([v or 0 for v in column] or [0])
        for column in zip(*[s.values for s in series], strict=True)
    ] if series and categories else [0]
    scale = (plot_right - plot_left) / (max(totals) or 1)
    parts = [_pattern_defs(series, chart_id), *legend]
    for row, category in enumerate(categories):
        if shares:
            scale = (plot_right - plot_left) / (totals[row] or 1)
        y = legend_height + row * row_height + 4
        parts.append(f'<text x="{plot_left - 8}" y="{y + row_height / 2}" text-anchor="end" '
                     f'dominant-baseline="middle">{escape(str(category))}</text>')
        offset = plot_left
        for index, item in enumerate(series):
            value = item.values[row] or 0
            length = max(value * scale, 0)
            if stacked:
                bar_y, bar_h, x = y + 3, row_height - 8, offset
                offset += length
            else:
                bar_h = (row_height - 10) / len(series)
                bar_y, x = y + 3 + index * bar_h, plot_left
            label = f"{item.name}: {_fmt(value)}" if len(series) > 1 else _fmt(value)
            share = f"{100 * value / totals[row]:.0f}\u00a0%" if shares and totals[row] else ""
            if share:
                label += f" ({share})"
            parts.append(f'<rect x="{x:.1f}" y="{bar_y:.1f}" width="{length:.1f}" height="{bar_h:.1f}" '
                         f'fill="{_fill(item, chart_id, index)}"><title>{escape(str(category))} – '
                         f'{escape(label)}</title></rect>')
            if share and length >= _text_width(share, 11) + 8:
                parts.append(f'<text x="{x + length / 2:.1f}" y="{bar_y + bar_h / 2:.1f}" text-anchor="middle" '
                             f'dominant-baseline="middle" font-size="11" font-weight="600" fill="#fff" '
                             f'stroke="#1a1a1a" stroke-width="2.5" paint-order="stroke">{share}</text>')
            if not stacked and value:
                parts.append(f'<text x="{x + length + 4:.1f}" y="{bar_y + bar_h / 2:.1f}" '
                             f'dominant-baseline="middle" font-size="11">{_fmt(value)}</text>')
        if stacked and totals[row] and not shares:
            parts.append(f'<text x="{offset + 4:.1f}" y="{y + row_height / 2}" dominant-baseline="middle" '
                         f'font-size="11">{_fmt(totals[row])}</text>')
        elif shares and totals[row]:
            parts.append(f'<text x="{plot_right + 4:.1f}" y="{y + row_height / 2}" dominant-baseline="middle" '
                         f'font-size="11">{_fmt(totals[row])}</text>')
    return _svg(width, height, title, description or title, "".join(parts))


def pie_chart(title, slices, *, description=""):
    """A pie of (label, value) slices with a legend; negative and empty values are left out."""
    import math

    slices = [(label, value) for label, value in slices if value and value > 0]
    total = sum(value for _label, value in slices) or 1
    cx, cy, r = 130, 130, 120
    parts, angle = [], -math.pi / 2
    for index, (label, value) in enumerate(slices):
        color = PALETTE[index % len(PALETTE)]
        sweep = 2 * math.pi * value / total
        x1, y1 = cx + r * math.cos(angle), cy + r * math.sin(angle)
        angle += sweep
        x2, y2 = cx + r * math.cos(angle), cy + r * math.sin(angle)
        large = 1 if sweep > math.pi else 0
        share = f"{100 * value / total:.0f}\u00a0%"
        if len(slices) == 1:
            shape = f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{color}">'
        else:
            shape = (f'<path d="M{cx},{cy} L{x1:.1f},{y1:.1f} A{r},{r} 0 {large} 1 {x2:.1f},{y2:.1f} Z" '
                     f'fill="{color}" stroke="#fff" stroke-width="1">')
        parts.append(f"{shape}<title>{escape(label)}: {_fmt(value)} ({share})</title>"
                     f"{'</circle>' if len(slices) == 1 else '</path>'}")
        ly = 20 + index * 22
        parts.append(f'<rect x="280" y="{ly}" width="12" height="12" fill="{color}"/>'
                     f'<text x="298" y="{ly + 10}">{escape(label)} ({share})</text>')
    height = max(260, 30 + 22 * len(slices))
    return _svg(640, height, title, description or title, "".join(parts))
