"""A list header's sort arrow points the way people read it (issue 8): down while the
column descends (the quote list opens newest first), up while it ascends, as Windows and
macOS draw it; Fusion (Linux, every screenshot) drew them the other way round."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QHeaderView

from ui.application import SortArrowStyle


def _arrow_points(qtbot, order: Qt.SortOrder) -> str:
    """'up' or 'down': the arrow the header draws for `order`, read from its pixels (the
    triangle's wide side is its base)."""
    model = QStandardItemModel(0, 1)
    model.setHorizontalHeaderLabels([""])
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    style = SortArrowStyle("fusion")
    header.setStyle(style)
    header.setModel(model)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, order)
    header.resize(120, 30)
    header.show()
    image = header.grab().toImage()
    widths = []
    for y in range(image.height()):
        dark = sum(
            1
            for x in range(image.width() // 2, image.width() - 2)
            if QColor(image.pixel(x, y)).lightness() < 128
        )
        if dark:
            widths.append(dark)
    assert len(widths) >= 3, "no arrow drawn"
    return "down" if widths[0] > widths[-1] else "up"


@pytest.mark.parametrize(
    ("order", "points"),
    [(Qt.SortOrder.DescendingOrder, "down"), (Qt.SortOrder.AscendingOrder, "up")],
)
def test_the_sort_arrow_points_down_for_descending_and_up_for_ascending(qtbot, order, points):
    assert _arrow_points(qtbot, order) == points
