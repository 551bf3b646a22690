"""Sync of this device's SQLite database with the central PostgreSQL (DESIGN.md §4).

- `central`: set up the central database (schema, change feed, roles, row-level
  security) and its users.
- `remote`: reaching the central database: URLs, passwords, telling "offline" apart.
- `tables`: the synced tables, in the order parents come before children, and how a
  row travels as JSON.
- `merge`: the three-way, field-level merge of a device's change with the central row.
- `push`, `pull`, `upload`: the three movements of one round; `device` runs a round.

Incoming rows are applied directly, not through the user-action services in
`app.services`. A row that comes from the central database is already a decided fact:
its author's permission was checked when it was written and PostgreSQL's row-level
security checked it again. Re-running the services' permission and validation as the
local user would refuse the rows of other authors (a TeamAdmin's decision on this
office's declaration) or half-apply a page, and a page must land whole with its cursor
(DESIGN §4.4). The rules that must hold on both paths live in the domain and are shared:
each document's states and which of them count as past draft (`app.domain.quotes.quote_states`,
`declaration_states`, `loan_states`, read by `tables.past_draft` so that `merge` never
overwrites a sent quote, a filed declaration or a decided loan), and the row checks the
central schema enforces for every writer.
"""
