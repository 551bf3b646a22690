"""The loans overview as a picture: approved amounts per month, stacked by purpose, with
the count of applications as a line (pyqtgraph: a Qt-native plotting library; it draws
with QPainter in the same widget tree, so it needs no web engine and no QtCharts, which
the PySide6 Essentials wheel lacks)."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.loans.figures import LoanFigures
from ui.labels import label
from ui.loans.texts import LOAN_PURPOSES

# one colour per purpose, in the rule file's order (colour-blind safe, Okabe-Ito)
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


class LoansChart(QWidget):
    """The plot, and its legend under it (outside the plot, so it never hides a bar)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setMinimumHeight(180)
        plot = self.plot_widget.getPlotItem()
        plot.showGrid(y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        self.plot_widget.setMouseEnabled(x=False, y=False)
        self.plot_widget.hideButtons()
        # one line per purpose: a swatch of its colour and its name
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        self.bars: list[pg.BarGraphItem] = []
        # the heights drawn, per purpose (what a test reads back)
        self.heights: dict[str, list[float]] = {}

    def show_figures(self, figures: LoanFigures, month_names: list[str]) -> None:
        plot = self.plot_widget.getPlotItem()
        for item in self.bars:
            plot.removeItem(item)
        self.bars, self.heights = [], {}
        entries = []
        xs = list(range(len(figures.months)))
        base = [0.0] * len(xs)
        for i, purpose in enumerate(figures.purposes):
            heights = [float(m.by_purpose.get(purpose, 0)) for m in figures.months]
            self.heights[purpose] = heights
            colour = QColor(COLOURS[i % len(COLOURS)])
            bar = pg.BarGraphItem(
                x=xs, height=heights, y0=list(base), width=0.7, brush=colour, pen=pg.mkPen(None)
            )
            plot.addItem(bar)
            name = html.escape(label(LOAN_PURPOSES, purpose)).replace(" ", "&nbsp;")
            entries.append(f"<span style='color:{colour.name()}'>&#9632;</span>&nbsp;{name}")
            self.bars.append(bar)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        # the entries wrap as whole names when the overview is narrow
        self.legend.setText(" &nbsp; ".join(entries))
        axis = plot.getAxis("bottom")
        # every other month is named (the last one always), so the names never overlap
        last = len(xs) - 1
        axis.setTicks(
            [
                [(x, name) for x, name in zip(xs, month_names, strict=True) if (last - x) % 2 == 0],
                [(x, "") for x in xs],
            ]
        )
        plot.setLabel(
            "left", QCoreApplication.translate("LoansChart", "Approved (EUR)"), color="#333"
        )
        plot.disableAutoRange()
        top = max(base) if base and max(base) > 0 else 1.0
        plot.setYRange(0, top * 1.25, padding=0)
        plot.setXRange(-0.6, len(xs) - 0.1, padding=0)
