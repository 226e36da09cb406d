"""Checks of a drawn matplotlib figure a reader relies on (no Qt): every text inside the figure, no two texts on
top of each other, legends off the bars and the values."""

from __future__ import annotations

from typing import List


def chart_problems(figure, where: str = "chart") -> List[str]:
    """Texts outside the figure, texts on top of each other, legends on top of bars or value labels."""
    from matplotlib.patches import Rectangle

    canvas = figure.canvas
    if not hasattr(canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    box = figure.bbox
    problems = []
    extents = []
    for text in drawn_texts(figure):
        extent = text.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1 or extent.y1 > box.y1 + 1:
            problems.append(f"{where}: «{text.get_text()}» goes beyond the figure")
        extents.append((text, extent))
    for axes in figure.get_axes():
        legend = axes.get_legend()
        if legend is None or not legend.get_visible():
            continue
        frame = legend.get_window_extent(renderer)
        bars = [p for p in axes.patches if isinstance(p, Rectangle) and p.get_visible() and p.get_height() != 0]
        for bar in bars:
            extent = bar.get_window_extent(renderer)
            if extent.width > 0.5 and extent.height > 0.5 and frame.overlaps(extent):
                problems.append(f"{where}: the legend of «{axes.get_title()}» lies on a bar")
                break
        for text, extent in extents:
            if text.axes is axes and text not in legend.get_texts() and frame.overlaps(extent):
                problems.append(f"{where}: the legend of «{axes.get_title()}» lies on «{text.get_text()}»")
    # texts of one axes on top of each other (tick labels too close, value labels on each other)
    for number, (text, extent) in enumerate(extents):
        for other, other_extent in extents[number + 1 :]:
            if text.axes is not None and text.axes is other.axes and _overlap(extent, other_extent) > 2:
                problems.append(f"{where}: «{text.get_text()}» and «{other.get_text()}» overlap")
    return problems


def drawn_texts(figure) -> list:
    """The texts a drawn figure shows: its titles, axis labels, drawn tick labels, value labels, legends."""
    texts = list(figure.texts)
    if figure._suptitle is not None:
        texts.append(figure._suptitle)
    for axes in figure.get_axes():
        texts += [axes.title, axes._left_title, axes._right_title, axes.xaxis.label, axes.yaxis.label]
        texts += list(axes.texts)
        for axis in (axes.xaxis, axes.yaxis):
            for tick in axis._update_ticks():
                texts += [label for label in (tick.label1, tick.label2) if label.get_visible()]
        legend = axes.get_legend()
        if legend is not None and legend.get_visible():
            texts += list(legend.get_texts())
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def _overlap(a, b) -> float:
    """Area in px² two boxes share."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return max(0.0, width) * max(0.0, height)
