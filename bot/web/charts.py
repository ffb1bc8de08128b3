"""Charts for the insights page, drawn on the server as SVG with matplotlib.

Served as images (`<img src=...svg>`), not inlined: matplotlib's SVG styles its shapes
with `style` attributes and a `<style>` element, which the staff pages' policy
(`style-src 'self'`, no inline styles) would block in the page itself; an image is its
own document and runs no script. Every chart has a table of the same numbers beside it.

Only matplotlib's object API (Figure, no pyplot): no global state, safe in a worker
thread, and the Agg/SVG backends need no display.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from bot.wording.common import flow_name

# Muted colours that stay apart for the common kinds of colour blindness (Okabe-Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
WIDTH_IN, HEIGHT_IN = 7.5, 2.6
DPI = 96


def flows_height_in(flows: int) -> float:
    """The flows chart grows with its bars (the page sizes its image from this too)."""
    return max(1.6, 0.55 * flows + 1.0)


def _figure(height: float = HEIGHT_IN) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI, layout="constrained")
    return figure


def _svg(figure: Any) -> bytes:
    out = io.BytesIO()
    # No date and a fixed salt: the same numbers give the same file.
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "insights"
    figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()


def _style(axes: Any) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=8)


def _legend(axes: Any, columns: int) -> None:
    """Above the plot, right, beside the title: never over a bar."""
    axes.legend(fontsize=8, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=columns)


def _day_labels(axes: Any, days: Sequence[date]) -> None:
    step = max(1, len(days) // 10)
    positions = list(range(0, len(days), step))
    axes.set_xticks(positions, [days[i].strftime("%d %b") for i in positions])
    axes.set_xlim(-0.6, len(days) - 0.4)


def _whole_numbers(axes: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))


def per_day(
    title: str, days: Sequence[date], series: Mapping[str, Sequence[int]], legend: bool = False
) -> bytes:
    """Bars per day; several series are stacked (claims by type), with a legend."""
    figure = _figure()
    axes = figure.add_subplot()
    bottom = [0] * len(days)
    for index, (name, values) in enumerate(series.items()):
        axes.bar(range(len(days)), values, bottom=bottom, color=PALETTE[index % len(PALETTE)], label=name)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_title(title, fontsize=10, loc="left")
    _style(axes)
    _day_labels(axes, days)
    _whole_numbers(axes)
    if max(bottom, default=0) == 0:
        axes.set_ylim(0, 1)
        axes.text(0.5, 0.5, "none in this period", transform=axes.transAxes, ha="center", color="#666666")
    if legend or len(series) > 1:
        _legend(axes, len(series))
    return _svg(figure)


def flows(title: str, rows: Sequence[dict[str, Any]]) -> bytes:
    """Per flow: started, and how many of those completed (horizontal bars)."""
    figure = _figure(flows_height_in(len(rows)))
    axes = figure.add_subplot()
    names = [flow_name(str(r["flow"])) for r in rows]
    positions = range(len(rows))
    axes.barh(
        [p - 0.2 for p in positions],
        [r["started"] for r in rows],
        height=0.4,
        color=PALETTE[0],
        label="started",
    )
    axes.barh(
        [p + 0.2 for p in positions],
        [r["completed"] for r in rows],
        height=0.4,
        color=PALETTE[2],
        label="completed",
    )
    axes.set_yticks(list(positions), names)
    axes.invert_yaxis()
    axes.set_title(title, fontsize=10, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    if not rows:
        axes.text(0.5, 0.5, "no flows in this period", transform=axes.transAxes, ha="center", color="#666666")
    else:
        _legend(axes, 2)
    return _svg(figure)


__all__ = ["flows", "flows_height_in", "per_day"]
