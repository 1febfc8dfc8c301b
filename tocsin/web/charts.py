"""Small server-drawn SVG charts: readable without JavaScript and light on a weak connection."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT, PAD = 640, 180, 28


def bar_chart(points: Sequence[tuple[str, float]], title: str, unit: str = "") -> Markup:
    """Monthly bars with the first, middle and last labels; each bar has a tooltip title."""
    if not points:
        return Markup("<p class='status'>No data for this chart yet.</p>")
    top = max(max(v for _, v in points), 1.0)
    step = (WIDTH - 2 * PAD) / len(points)
    bars = []
    for i, (label, value) in enumerate(points):
        h = (HEIGHT - 2 * PAD) * value / top
        x, y = PAD + i * step, HEIGHT - PAD - h
        bars.append(
            f"<rect x='{x:.1f}' y='{y:.1f}' width='{max(step - 2, 1):.1f}' height='{h:.1f}'>"
            f"<title>{escape(label)}: {value:g}{escape(unit)}</title></rect>"
        )
    ticks = sorted({0, len(points) // 2, len(points) - 1})
    labels = "".join(
        f"<text x='{PAD + i * step:.1f}' y='{HEIGHT - 8}'>{escape(points[i][0])}</text>"
        for i in ticks
    )
    return Markup(
        f"<svg class='chart' viewBox='0 0 {WIDTH} {HEIGHT}' role='img' "
        f"aria-label='{escape(title)}'><title>{escape(title)}</title>"
        f"<text x='{PAD}' y='16' class='chart-title'>{escape(title)} (max {top:g}{escape(unit)})"
        f"</text>{''.join(bars)}{labels}</svg>"
    )
