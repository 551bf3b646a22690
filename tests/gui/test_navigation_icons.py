"""Every place in the navigation has its icon: a person finds a view by its picture as
much as by its name (the administrators' "Issuer identity" had none)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.gui.conftest import open_window


def test_every_view_an_administrator_sees_has_an_icon(qtbot, demo_db, worker, english):
    window = open_window(qtbot, demo_db, worker, "gui.admin")
    names = []
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        pixmap = item.icon().pixmap(QSize(20, 20))
        if pixmap.isNull():
            names.append(item.text())
    assert window.nav.count() >= 5
    assert names == []
