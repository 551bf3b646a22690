"""The number under the Declarations list, in each language's singular and plural."""

from __future__ import annotations

import pytest

EXPECTED = {
    "en": ("1 declaration", "2 declarations"),
    "nl": ("1 aangifte", "2 aangiften"),
    "fr": ("1 déclaration", "2 déclarations"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_one_and_two_declarations_in_each_language(qapp, language):
    from ui.declarations.texts import count_text
    from ui.i18n import install_language

    install_language(language)
    try:
        assert (count_text(1), count_text(2)) == EXPECTED[language]
    finally:
        install_language("en")


def test_the_declarations_list_says_one_declaration_and_two_declarations(
    qtbot, demo_db, worker, english
):
    from app.services.context import ServiceContext
    from app.services.users import user_by_login
    from ui.declarations.declarations import DeclarationsView
    from ui.i18n import install_language

    user = user_by_login(demo_db.db, "gui.admin")
    view = DeclarationsView(worker, ServiceContext(demo_db.db, user))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not worker.busy and not view.loading, timeout=10_000)
    rows = list(view.rows)
    assert len(rows) >= 2
    install_language("fr")
    try:
        view._show_rows(rows[:1])  # as the worker delivers a filtered list
        assert (view.table.rowCount(), view.status.text()) == (1, "1 déclaration")
        view._show_rows(rows[:2])
        assert (view.table.rowCount(), view.status.text()) == (2, "2 déclarations")
    finally:
        install_language("en")
    view._show_rows(rows[:1])
    assert view.status.text() == "1 declaration"


def test_the_cover_columns_title_is_not_cut_in_french(qtbot, demo_db, worker, english):
    from PySide6.QtGui import QFontMetrics

    from app.services.context import ServiceContext
    from app.services.users import user_by_login
    from ui.declarations.declarations import DeclarationsView
    from ui.i18n import install_language

    install_language("fr")
    try:
        user = user_by_login(demo_db.db, "gui.admin")
        view = DeclarationsView(worker, ServiceContext(demo_db.db, user))
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
        qtbot.waitUntil(lambda: not worker.busy and not view.loading, timeout=10_000)
        header = view.table.horizontalHeader()
        title = view.table.horizontalHeaderItem(1).text()
        assert title == "Couverture ou type de sinistre"
        bold = header.font()
        bold.setBold(True)
        assert header.sectionSize(1) > QFontMetrics(bold).horizontalAdvance(title)
    finally:
        install_language("en")
