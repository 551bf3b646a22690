"""Where a device keeps attached files and which files are allowed: shared by the store
(`store.py`) and by the files that travel (`app.sync.files`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import resources

RULES_FILE = Path(resources.__file__).parent / "rules" / "attachments.toml"


@dataclass(frozen=True)
class AttachmentRules:
    max_bytes: int
    types: dict[str, str]  # extension -> MIME type


@cache
def attachment_rules() -> AttachmentRules:
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    return AttachmentRules(int(data["max_bytes"]), dict(data["types"]))


def file_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256
