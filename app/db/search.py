"""Search as you type, in SQL: the one place that knows each database's text search.

On the device (SQLite) the FTS5 indexes of migration 0002 answer a word-prefix search
with rowids, so no text is read row by row; on PostgreSQL (the central database, and
the tests of it) the same question is asked with ILIKE. Services ask for "the rows
matching this text" as a condition to add to their own filtered, ordered query, and
never write SQL text or look at the dialect themselves.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, false, func, literal_column, or_, select, text

from app.db.engine import Database
from app.db.models import Activity, Client, Member, Quote

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8  # more words narrow nothing a person can see; they only slow FTS5


def fts_query(typed: str) -> str | None:
    """Turn what a person typed into an FTS5 prefix query: every word must match."""
    tokens = _TOKEN.findall(typed)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:MAX_WORDS])


def members_matching(db: Database, typed: str) -> ColumnElement[bool] | None:
    """Members found by their own name, number, e-mail, city or INSZ, or by the name
    of one of their Activities, every typed word as a prefix. None when nothing was
    typed; a condition no row meets when only punctuation was."""
    if not typed.strip():
        return None
    match = fts_query(typed)
    if match is None:
        return false()
    if db.is_sqlite:
        # FTS5 hands back rowids (no text is read); a member is a hit by their own
        # fields or by the text of their Activities (both indexed by member rowid).
        hits = text(
            "SELECT rowid FROM member_fts WHERE member_fts MATCH :q "
            "UNION SELECT rowid FROM member_activity_fts WHERE member_activity_fts MATCH :q"
        ).bindparams(q=match)
        return literal_column("members.rowid").in_(hits)
    words = []
    for token in _TOKEN.findall(typed)[:MAX_WORDS]:
        like = f"{token}%"
        words.append(
            or_(
                Member.first_name.ilike(like),
                Member.last_name.ilike(like),
                Member.city.ilike(like),
                Member.email.ilike(like),
            )
        )
    return and_(*words)


#: above this many members found, a list of their rows is read in its own order and each
#: row checked against them; below it, their rows are fetched by member and sorted
BROAD_SEARCH_MEMBERS = 100


def rows_of_members_matching(db: Database, member_column, typed: str) -> ColumnElement[bool] | None:
    """Rows (say, TeamAdmin requests) whose `member_column` names a member found by
    `members_matching`. A short search ("m", "ma") finds most members: SQLite must then
    walk the list in its own order and stop at a screenful rather than gather every row
    of a thousand members and sort them (10 ms against 140 ms for 50,000 requests,
    bench/bench_teamadmin.py). The unary `+` keeps it from the member index; a narrow
    search keeps that index."""
    matching = members_matching(db, typed)
    if matching is None:
        return None
    members = select(Member.id).where(matching)
    if not db.is_sqlite:
        return member_column.in_(members)
    with db.engine.connect() as connection:
        found = connection.scalar(
            select(func.count()).select_from(members.limit(BROAD_SEARCH_MEMBERS + 1).subquery())
        )
    if found > BROAD_SEARCH_MEMBERS:
        table = member_column.table.name
        return literal_column(f"+{table}.{member_column.name}").in_(members)
    return member_column.in_(members)


def quotes_matching(db: Database, typed: str) -> ColumnElement[bool]:
    """Quotes whose number starts with `typed`, or whose client or Activity has every
    typed word as a prefix of its name."""
    number = Quote.number.like(f"{typed.upper()}%")
    match = fts_query(typed)
    if match is None:
        return number
    if not db.is_sqlite:
        like = f"%{typed}%"
        return or_(
            number,
            Quote.client_id.in_(select(Client.id).where(Client.name.ilike(like))),
            Quote.activity_id.in_(select(Activity.id).where(Activity.name.ilike(like))),
        )
    clients = text(
        "SELECT id FROM clients WHERE rowid IN "
        "(SELECT rowid FROM client_fts WHERE client_fts MATCH :q)"
    ).bindparams(q=match)
    activities = text(
        "SELECT id FROM activities WHERE rowid IN "
        "(SELECT rowid FROM activity_fts WHERE activity_fts MATCH :q)"
    ).bindparams(q=match)
    return or_(number, Quote.client_id.in_(clients), Quote.activity_id.in_(activities))


def clients_matching(db: Database, typed: str) -> ColumnElement[bool] | None:
    """Clients with every typed word as a prefix of their indexed fields; None when
    nothing searchable was typed. Only the device filters: an Activity's clients are a
    short list, which PostgreSQL returns whole."""
    match = fts_query(typed)
    if match is None or not db.is_sqlite:
        return None
    hits = text("SELECT rowid FROM client_fts WHERE client_fts MATCH :q").bindparams(q=match)
    return literal_column("clients.rowid").in_(hits)


def joined_names(db: Database, column, separator: str = ", "):
    """The aggregate that joins the texts of `column` with `separator`."""
    if db.is_sqlite:
        return func.group_concat(column, separator)
    return func.string_agg(column, separator)
