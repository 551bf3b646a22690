"""The window's languages: loading the Qt translator and rebuilding the catalogues.

Source texts are English, in `self.tr()` / `QCoreApplication.translate()` calls under
`ui/`. The catalogues live in `resources/i18n/smartdesk_<lang>.ts` (the translations,
edited by people) and `.qm` (the compiled form the program loads, committed too).

After changing texts in `ui/`, run::

    python -m ui.i18n

which runs `pyside6-lupdate` over every `ui/**/*.py` file (new source texts appear in
the .ts files, existing translations are kept) and `pyside6-lrelease` to rebuild the
.qm files. Then translate what lupdate marked `type="unfinished"` (Qt Linguist, or by
hand) and run it again; `tests/gui/test_translations.py` fails while anything is left
untranslated or a .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

import resources
from app.config import LANGUAGES

I18N_DIR = Path(resources.__file__).parent / "i18n"
UI_DIR = Path(__file__).parent

_current = {"language": "nl", "translator": None}


def ts_file(lang: str) -> Path:
    return I18N_DIR / f"smartdesk_{lang}.ts"


def qm_file(lang: str) -> Path:
    return I18N_DIR / f"smartdesk_{lang}.qm"


def source_files() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def current_language() -> str:
    """The language the window speaks now (amounts and dates follow it too)."""
    return _current["language"]


def install_language(lang: str) -> bool:
    """Switch the running application to `lang`; every widget gets a LanguageChange.

    Returns False when the catalogue could not be loaded (the window then stays in
    English source texts rather than failing).
    """
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "nl"
    old = _current["translator"]
    translator = QTranslator(app)
    loaded = translator.load(str(qm_file(lang)))
    _current["language"] = lang
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
    if loaded:
        app.installTranslator(translator)
        _current["translator"] = translator
    else:
        _current["translator"] = None
        # removing a translator already sent a LanguageChange; make sure one is sent
        if old is None:
            QCoreApplication.postEvent(app, _language_change_event())
    return loaded


def _language_change_event():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


def lupdate(sources: list[Path], ts: Path, lang: str = "en") -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            *map(str, sources),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def build_translations() -> None:
    """lupdate every ui/ source into the three .ts files, then lrelease them to .qm."""
    sources = source_files()
    for lang in LANGUAGES:
        lupdate(sources, ts_file(lang), lang)
        lrelease(ts_file(lang), qm_file(lang))


if __name__ == "__main__":
    build_translations()
    print(f"translations rebuilt in {I18N_DIR}", file=sys.stderr)
