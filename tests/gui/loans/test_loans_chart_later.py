"""The loans view's first visit: its list and figures show at once, the chart (pyqtgraph
and numpy, slow to load) comes after, with a placeholder saying so in its place."""

from __future__ import annotations


def test_the_table_shows_before_the_chart_then_the_chart_replaces_its_placeholder(
    qtbot, qapp, worker, people, english
):
    from ui.loans.loans import LoansView

    view = LoansView(worker, people.ctx(people.gent_adviser))
    qtbot.addWidget(view)
    view.show()
    # the first paint: no chart yet, a visible placeholder where it will be, never a blank
    assert view.chart is None
    assert view.chart_placeholder.isVisible()
    assert view.chart_placeholder.text() == "Drawing the chart…"
    assert view.table.isVisible()

    qtbot.waitUntil(lambda: view.chart is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    assert view.chart.isVisible()
    assert view.chart_placeholder.isHidden()
    # the figures read before the chart existed are drawn in it
    assert view.figures is not None
    assert set(view.chart.heights) == set(view.figures.purposes)
