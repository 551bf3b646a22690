"""Where SmartDesk keeps its files, its settings and its secrets.

One `Paths` value decides every location: the platformdirs user folders by default, or
one folder given with `--data-dir` (tests and demos), which then holds the database,
the attachments, the logs and the settings together.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from app.domain.languages import LANGUAGES

APP_NAME = "SmartDesk"
APP_AUTHOR = "Smart"
KEYRING_SERVICE = "smartdesk"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> Paths:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def in_folder(cls, folder: str | os.PathLike[str]) -> Paths:
        root = Path(folder).expanduser().resolve()
        return cls(data_dir=root, log_dir=root / "logs", config_dir=root)

    @property
    def database(self) -> Path:
        return self.data_dir / "smartdesk.db"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "smartdesk.log"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.config_dir, self.attachments):
            folder.mkdir(parents=True, exist_ok=True)


@dataclass
class Settings:
    """What the program remembers between sessions on this device."""

    language: str = "nl"
    last_login: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            logging.getLogger(__name__).warning("settings file %s unreadable; using defaults", path)
            return cls()
        language = raw.get("language", "nl")
        return cls(
            language=language if language in LANGUAGES else "nl",
            last_login=raw.get("last_login"),
            extra=dict(raw.get("extra", {})),
        )

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write must never leave a truncated file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"language": self.language, "last_login": self.last_login, "extra": self.extra},
            indent=2,
            ensure_ascii=False,
        )
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, path)


# --- secrets --------------------------------------------------------------------------


class KeyringUnavailable(RuntimeError):
    """No working keyring backend on this machine: passwords cannot be remembered."""

    message_key = "keyring.unavailable"


def _keyring_backend_works() -> bool:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def store_secret(account: str, secret: str) -> None:
    import keyring

    if not _keyring_backend_works():
        raise KeyringUnavailable(account)
    keyring.set_password(KEYRING_SERVICE, account, secret)


def load_secret(account: str) -> str | None:
    """The stored secret, or None; never falls back to a file."""
    import keyring

    if not _keyring_backend_works():
        raise KeyringUnavailable(account)
    return keyring.get_password(KEYRING_SERVICE, account)


def delete_secret(account: str) -> None:
    """Forget the secret; nothing happens when there is none."""
    import keyring
    from keyring.errors import PasswordDeleteError

    if not _keyring_backend_works():
        raise KeyringUnavailable(account)
    try:
        keyring.delete_password(KEYRING_SERVICE, account)
    except PasswordDeleteError:
        pass
