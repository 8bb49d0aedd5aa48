"""The indicator's trend chart: measured values per year as a line with dots, the targets as a
dashed line with squares, drawn on the server as SVG in the conventions of `obb.charts` (title
and description for screen readers, the palette, Danish numbers), beside a table of the same
numbers. The two lines differ in dash and marker shape as well as colour."""

from html import escape

from obb.charts import PALETTE, _fmt, _svg

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 70, 620, 36, 220


def trend_chart(title, years, values, targets, *, value_label, target_label, description=""):
    """`years` along the x axis; `values` and `targets` map a year to a number (or miss it)."""
    numbers = [float(n) for n in [*values.values(), *targets.values()] if n is not None]
    if not years or not numbers:
        return _svg(WIDTH, 60, title, description or title, '<text x="10" y="30">–</text>')
    low, high = min(0.0, min(numbers)), max(numbers) or 1.0
    step = (RIGHT - LEFT) / max(len(years) - 1, 1)

    def x(index):
        return LEFT + index * step if len(years) > 1 else (LEFT + RIGHT) / 2

    def y(number):
        return BOTTOM - (float(number) - low) / ((high - low) or 1) * (BOTTOM - TOP)

    parts = [f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="#5c5c5c"/>',
             f'<text x="{LEFT - 6}" y="{y(high):.1f}" text-anchor="end" dominant-baseline="middle">{_fmt(high)}</text>',
             f'<text x="{LEFT - 6}" y="{BOTTOM}" text-anchor="end" dominant-baseline="middle">{_fmt(low)}</text>']
    for index, year in enumerate(years):
        parts.append(f'<text x="{x(index):.1f}" y="{BOTTOM + 18}" text-anchor="middle">{escape(str(year))}</text>')
    value_colour, target_colour = PALETTE[0], PALETTE[2]
    for series, colour, dash, marker, label in (
        (targets, target_colour, ' stroke-dasharray="6 4"', "square", target_label),
        (values, value_colour, "", "circle", value_label),
    ):
        points = [(x(index), y(series[year]), year) for index, year in enumerate(years) if series.get(year) is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _year in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for px, py, year in points:
            tip = f"<title>{escape(label)} {escape(str(year))}: {_fmt(series[year])}</title>"
            if marker == "circle":
                parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4.5" fill="{colour}">{tip}</circle>')
            else:
                parts.append(f'<rect x="{px - 4:.1f}" y="{py - 4:.1f}" width="8" height="8" '
                             f'fill="{colour}">{tip}</rect>')
    # Legend: the line's look, not only its colour.
    parts.append(f'<circle cx="{LEFT + 6}" cy="14" r="4.5" fill="{value_colour}"/>'
                 f'<text x="{LEFT + 16}" y="18">{escape(value_label)}</text>'
                 f'<line x1="{LEFT + 150}" y1="14" x2="{LEFT + 172}" y2="14" stroke="{target_colour}" stroke-width="2" '
                 f'stroke-dasharray="6 4"/><rect x="{LEFT + 157}" y="10" width="8" height="8" fill="{target_colour}"/>'
                 f'<text x="{LEFT + 180}" y="18">{escape(target_label)}</text>')
    return _svg(WIDTH, HEIGHT, title, description or title, "".join(parts))
