"""The views of the main window, in one registry.

Each entry says what the navigation shows (name, title, icon), which roles see it, how
the window makes it (its factory), and how `smartdesk screenshot` pictures it (its shots,
each with what it needs on screen before the picture is taken). The main window, the
screenshot command and the role checks read this registry and nothing else, so adding a
view is one `register(ViewEntry(...))` beside the view's own module.

A view the user's role does not see is not offered: it is not in the navigation, the
window does not build it, and a screenshot of it as that user is refused with a reason.

This module imports no Qt: the command line lists the views without loading the window.
A factory imports its view's module when the window calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# the translation context of the view titles (the navigation's texts)
TITLE_CONTEXT = "MainWindow"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` (found by `pyside6-lupdate`); the window
    translates it when it shows it."""
    return text


class UnknownView(LookupError):
    """No view or screenshot of that name is registered."""


class ViewNotOffered(PermissionError):
    """The view exists but the user's role does not see it."""

    def __init__(self, entry: ViewEntry, role: str) -> None:
        self.entry = entry
        self.role = role
        super().__init__(
            f"the view {entry.name!r} is not offered to the role {role!r}; "
            f"it is for: {', '.join(sorted(entry.roles or ()))}"
        )


@dataclass(frozen=True)
class Stage:
    """What a shot's preparation works with: the window, the view on screen, and `wait()`,
    which runs the event loop until the window has nothing on its way."""

    window: Any
    view: Any
    wait: Callable[[], object]


@dataclass(frozen=True)
class Shot:
    """One picture `smartdesk screenshot --view NAME` can take of a view."""

    name: str
    # what the picture shows, for the command's help
    description: str
    # brings the view into the state the picture needs (after the view was shown and the
    # window went idle); None when the view as it opens is the picture
    prepare: Callable[[Stage], None] | None = None


@dataclass(frozen=True)
class ViewEntry:
    name: str
    # the English title (translated in the `TITLE_CONTEXT` context when shown)
    title: str
    # the navigation icon: a file name in `resources/icons/` ("home.svg"); "" for none
    icon: str
    # makes the view's widget; receives the main window (its `worker`, `ctx`, `sync_runner`)
    factory: Callable[[Any], Any]
    # the roles that see the view; None: every role
    roles: frozenset[str] | None = None
    # the pictures the screenshot command offers; empty: one, named like the view
    shots: tuple[Shot, ...] = ()
    # called with the widget each time the user comes to the view (e.g. focus the search)
    on_show: Callable[[Any], None] | None = None
    # called with the widget on Refresh (F5): show what changed meanwhile
    on_refresh: Callable[[Any], None] | None = None

    def visible_to(self, role: str) -> bool:
        return self.roles is None or role in self.roles

    @property
    def screenshots(self) -> tuple[Shot, ...]:
        return self.shots or (Shot(self.name, f"the {self.title} view as it opens"),)


_entries: dict[str, ViewEntry] = {}


def register(entry: ViewEntry, before: str | None = None) -> ViewEntry:
    """Add a view to the navigation: at the end, or before the view named `before`."""
    if entry.name in _entries:
        raise ValueError(f"a view named {entry.name!r} is already registered")
    taken = set(shot_names())
    for shot in entry.screenshots:
        if shot.name in taken:
            raise ValueError(f"a screenshot named {shot.name!r} is already registered")
    if before is not None and before not in _entries:
        raise UnknownView(before)
    items = list(_entries.items())
    position = len(items) if before is None else [name for name, _ in items].index(before)
    items.insert(position, (entry.name, entry))
    _entries.clear()
    _entries.update(items)
    return entry


def unregister(name: str) -> None:
    _entries.pop(name, None)


def entries() -> tuple[ViewEntry, ...]:
    """Every registered view, in navigation order."""
    return tuple(_entries.values())


def entries_for(role: str) -> tuple[ViewEntry, ...]:
    """The views a user with this role sees, in navigation order."""
    return tuple(view for view in _entries.values() if view.visible_to(role))


def entry(name: str) -> ViewEntry:
    try:
        return _entries[name]
    except KeyError:
        raise UnknownView(name) from None


def shot_names() -> tuple[str, ...]:
    """The names `smartdesk screenshot --view` takes, in navigation order."""
    return tuple(shot.name for view in _entries.values() for shot in view.screenshots)


def find_shot(name: str) -> tuple[ViewEntry, Shot]:
    for view in _entries.values():
        for shot in view.screenshots:
            if shot.name == name:
                return view, shot
    raise UnknownView(name)


def roles(*names: str) -> frozenset[str]:
    return frozenset(names)


def _set_focus_on_search(view) -> None:
    view.search_box.setFocus()


# --- the views of SmartDesk ------------------------------------------------------------------


def _home(window):
    from ui.views.home import HomeView

    return HomeView(window.ctx.user)


def _members(window):
    from ui.members.members import MembersView

    return MembersView(window.worker, window.ctx)


def _select_first_member(stage: Stage) -> None:
    if stage.view.model.rowCount() > 0:
        stage.view.select_row(0)
        stage.wait()


def _newest_activity(ctx, status: str | None) -> tuple[str, str, str] | None:
    """(member id, member name, activity id) of a holder with a recent Activity of the
    office (runs on the worker); for the onboarding screenshots."""
    from app.services.members import members as member_service

    for member_id in member_service.search_members(ctx, limit=400):
        detail = member_service.member_detail(ctx, member_id)
        for activity in detail.activities:
            if activity.role == "holder" and (status is None or activity.status == status):
                return member_id, f"{detail.first_name} {detail.last_name}", activity.id
    return None


def _open_wizard(stage: Stage) -> None:
    """The wizard at its entity step, for a member of the demo data; nothing is saved."""
    found: list = []
    stage.window.worker.submit(_newest_activity, stage.window.ctx, None, on_result=found.append)
    stage.wait()
    if found and found[0]:
        _member_id, name, _activity = found[0]
        view = stage.view
        view.pages.setCurrentWidget(view.wizard)
        view.wizard.preview(
            name,
            "Atelier keramiek",
            "Draaien en glazuren; workshops voor groepen.",
            "visual_arts_crafts",
            2,
        )
        stage.wait()


def _open_activity_page(stage: Stage) -> None:
    found: list = []
    stage.window.worker.submit(_newest_activity, stage.window.ctx, "active", on_result=found.append)
    stage.wait()
    if found and found[0]:
        stage.view.open_activity(found[0][2])
        stage.wait()
        stage.view.activity_page.budget.amount.setText("2500")
        stage.view.activity_page.budget.expenses.setText("150")
        stage.wait()


def _quotes(window):
    from ui.quotes.quotes import QuotesView

    return QuotesView(window.worker, window.ctx)


def _focus_quote_search(view) -> None:
    if not view.editing:
        view.search_box.setFocus()


# how many of the newest drafts are looked at for one with lines
DRAFTS_TRIED = 50


def newest_draft_with_lines(ctx, to_decide: bool = False) -> str | None:
    """The id of the newest draft that has lines (runs on the worker), or None. With
    `to_decide`, the newest one with a line whose VAT the adviser must still decide
    (the banner and the disabled Send show), else the newest with lines."""
    from app.services.quotes import quotes as quote_service

    drafts = quote_service.list_quote_ids(
        ctx, quote_service.QuoteFilter(state="draft"), "date", descending=True
    )
    with_lines = None
    for quote_id in drafts[:DRAFTS_TRIED]:
        lines = quote_service.quote_view(ctx, quote_id).lines
        if lines and (not to_decide or any(line.review_open for line in lines)):
            return quote_id
        with_lines = with_lines or (quote_id if lines else None)
    return with_lines


def _open_newest_draft(stage: Stage) -> None:
    found: list[str | None] = []
    stage.window.worker.submit(
        newest_draft_with_lines, stage.window.ctx, True, on_result=found.append
    )
    stage.wait()
    if found and found[0]:
        stage.view.open_quote(found[0])
        stage.wait()


def _issuer_identity(window):
    from ui.quotes.issuer_identity import IssuerIdentityView

    return IssuerIdentityView(window.worker, window.ctx)


def _show_declaration_tab(stage: Stage) -> None:
    stage.wait()
    stage.view.tabs.setCurrentIndex(1)
    stage.wait()


def _teamadmin(window):
    from ui.teamadmin.queue import TeamAdminQueueView

    return TeamAdminQueueView(window.worker, window.ctx)


def _select_waiting_request(stage: Stage) -> None:
    """The queue with a request waiting for the adviser's answer open on the right."""
    model = stage.view.model
    for row in range(min(model.rowCount(), 100)):
        value = model.row_data(row)
        if value is not None and value.state == "waiting_for_info":
            stage.view.select_row(row)
            stage.wait()
            return


def _declarations(window):
    from ui.declarations.declarations import DeclarationsView

    return DeclarationsView(window.worker, window.ctx)


def a_declaration_to_show(ctx) -> str | None:
    """An open accident declaration, a serious one first (runs on the worker)."""
    from app.services.declarations import declarations as declaration_service

    rows = declaration_service.list_declarations(
        ctx, declaration_service.DeclarationFilter(entity="accident", state="draft")
    )
    rows.sort(key=lambda row: not row.serious)
    return rows[0].id if rows else None


def _open_a_declaration(stage: Stage) -> None:
    found: list[str | None] = []
    stage.window.worker.submit(a_declaration_to_show, stage.window.ctx, on_result=found.append)
    stage.wait()
    if found and found[0]:
        stage.view.open_accident(found[0])
        stage.wait()


def _loans(window):
    from ui.loans.loans import LoansView

    return LoansView(window.worker, window.ctx)


def _select_first_loan(stage: Stage) -> None:
    view = stage.view
    if view.show_filter.currentData() == "to_decide" and not view.rows:
        view.show_filter.setCurrentIndex(view.show_filter.findData("all"))
        stage.wait()
    if view.table.rowCount() > 0:
        view.select_row(0)
        stage.wait()


def _show_sync_files(stage: Stage) -> None:
    stage.view.tabs.setCurrentIndex(3)
    stage.wait()


def _sync(window):
    from ui.sync.sync import SyncView

    return SyncView(window.worker, window.ctx, window.sync_runner)


for _view in (
    ViewEntry("main", QT_TRANSLATE_NOOP("MainWindow", "Home"), "home.svg", _home),
    ViewEntry(
        "members",
        QT_TRANSLATE_NOOP("MainWindow", "Members & Activities"),
        "members.svg",
        _members,
        shots=(
            Shot(
                "members", "the member list with the first member's page open", _select_first_member
            ),
            Shot(
                "onboarding", "the Activity wizard for a member, at its entity step", _open_wizard
            ),
            Shot(
                "activity",
                "an Activity's page: budget simulator, checklist, quotes, contracts",
                _open_activity_page,
            ),
        ),
        on_show=_set_focus_on_search,
        on_refresh=lambda view: view.model.refresh(),
    ),
    ViewEntry(
        "quotes",
        QT_TRANSLATE_NOOP("MainWindow", "Quotes"),
        "quotes.svg",
        _quotes,
        shots=(
            Shot("quotes", "the list of quotes"),
            Shot(
                "quote_editor",
                "the newest draft with a line to decide, open in the quote editor",
                _open_newest_draft,
            ),
        ),
        on_show=_focus_quote_search,
        on_refresh=lambda view: view.refresh(),
    ),
    # adviser files a declaration, TeamAdmin processes it
    ViewEntry(
        "declarations",
        QT_TRANSLATE_NOOP("MainWindow", "Declarations"),
        "declarations.svg",
        _declarations,
        roles=roles("adviser", "teamadmin", "admin"),
        shots=(
            Shot("declarations", "the list of open and settled declarations and claims"),
            Shot(
                "declaration_form",
                "a filled accident declaration with its cover and deadline",
                _open_a_declaration,
            ),
        ),
        on_refresh=lambda view: view.refresh(),
    ),
    ViewEntry(
        "teamadmin",
        QT_TRANSLATE_NOOP("MainWindow", "TeamAdmin queue"),
        "teamadmin.svg",
        _teamadmin,
        roles=roles("teamadmin", "admin"),
        shots=(
            Shot(
                "teamadmin",
                "the queue: overdue, due-today and waiting-for-info requests, one open",
                _select_waiting_request,
            ),
            Shot(
                "teamadmin_declarations",
                "the queue's declarations tab: every office's, overdue first",
                _show_declaration_tab,
            ),
        ),
        on_show=_set_focus_on_search,
        on_refresh=lambda view: view.refresh(),
    ),
    # an adviser prepares a loan application, a reviewer (never the same person) decides
    ViewEntry(
        "loans",
        QT_TRANSLATE_NOOP("MainWindow", "Loans"),
        "loans.svg",
        _loans,
        roles=roles("adviser", "loan_reviewer", "admin"),
        shots=(
            Shot(
                "loans",
                "the loans with the first one open, and the overview chart",
                _select_first_loan,
            ),
        ),
        on_refresh=lambda view: view.refresh(),
    ),
    ViewEntry(
        "sync",
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
        "sync.svg",
        _sync,
        shots=(
            Shot("sync", "the Sync view as it opens"),
            Shot(
                "sync_files",
                "the Sync view's Files tab: the attached files here and those on their way",
                _show_sync_files,
            ),
        ),
    ),
    # Settings › the issuer's identity printed on every quote (administrators)
    ViewEntry(
        "issuer_identity",
        QT_TRANSLATE_NOOP("MainWindow", "Issuer identity"),
        "issuer_identity.svg",
        _issuer_identity,
        roles=roles("admin"),
        on_refresh=lambda view: view.refresh(),
    ),
):
    register(_view)
