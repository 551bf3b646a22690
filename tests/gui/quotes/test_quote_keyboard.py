"""The quotes screens by keyboard (issue 13 point 8): Enter opens the selected quote, Ctrl+N
starts a new one, Ctrl+F goes to the list's search, Ctrl+S saves, Ctrl+P the PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_window
from tests.gui.quotes.test_quote_editor import _draft_with_a_line
from tests.gui.quotes.test_quote_list import settle


@pytest.fixture
def window(qtbot, demo_db, worker, english):
    window = open_window(qtbot, demo_db, worker, "gui.bxl")
    window.show_view("quotes")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    settle(qtbot, window)
    return window


def test_enter_opens_the_selected_quote(qtbot, window):
    quotes = window.quotes
    quotes.select_row(1)
    wanted = quotes.selected_id()
    quotes.table.setFocus()
    qtbot.keyClick(quotes.table, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert quotes.editing and quotes.editor.quote_id == wanted


def test_ctrl_n_starts_a_new_quote(qtbot, window):
    qtbot.keyClick(window.quotes.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    dialog = window.quotes.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_f_goes_to_the_search_even_from_a_quote(qtbot, window):
    quotes = window.quotes
    quotes.select_row(0)
    quotes.open_quote()
    settle(qtbot, window)
    assert quotes.editing
    qtbot.keyClick(quotes.editor.lines, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not quotes.editing
    assert QApplication.focusWidget() is quotes.search_box


def test_ctrl_s_saves_and_says_so_in_the_status_bar(qtbot, window, demo_db):
    quotes = window.quotes
    quotes.open_quote(_draft_with_a_line(demo_db))
    settle(qtbot, window)
    quotes.editor.lines.setFocus()
    qtbot.keyClick(quotes.editor.lines, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Saved: every change")


def test_ctrl_p_saves_the_open_quotes_pdf(qtbot, window, demo_db, tmp_path, monkeypatch):
    quotes = window.quotes
    quotes.open_quote(_draft_with_a_line(demo_db))
    settle(qtbot, window)
    editor = quotes.editor
    out = tmp_path / "ctrl-p.pdf"
    save = editor.save_pdf
    monkeypatch.setattr(editor, "save_pdf", lambda path=None: save(out))  # no file dialog
    qtbot.keyClick(editor.lines, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
