"""Sync of this device's SQLite database with the central PostgreSQL (DESIGN.md §4).

- `central`: set up the central database (schema, change feed, roles, row-level
  security) and its users.
- `remote`: reaching the central database: URLs, passwords, telling "offline" apart.
- `tables`: the synced tables, in the order parents come before children, and how a
  row travels as JSON.
- `merge`: the three-way, field-level merge of a device's change with the central row.
- `push`, `pull`, `upload`: the three movements of one round; `device` runs a round.
"""
