"""The catalogues are complete, cover every source text in ui/, and the .qm are current."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from app.domain.languages import LANGUAGES
from ui.i18n import lrelease, lupdate, qm_file, source_files, ts_file

LANGS = LANGUAGES
needs_tools = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="pyside6 tools not installed"
)


def _messages(path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def _translated(translation: ET.Element) -> bool:
    """A plain text, or every plural form of a `%n` text (`<numerusform>`), is filled."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    problems = [
        source
        for (_context, source), translation in _messages(ts_file(lang)).items()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not _translated(translation)
    ]
    assert problems == []


@needs_tools
def test_every_source_text_in_ui_is_in_each_catalogue(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate(source_files(), fresh)
    wanted = set(_messages(fresh))
    for lang in LANGS:
        missing = wanted - set(_messages(ts_file(lang)))
        assert not missing, f"run `python -m ui.i18n` and translate: {sorted(missing)[:5]}"


@needs_tools
@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_files_match_the_ts_files(tmp_path, lang):
    fresh = tmp_path / f"{lang}.qm"
    lrelease(ts_file(lang), fresh)
    assert fresh.read_bytes() == qm_file(lang).read_bytes(), "run `python -m ui.i18n`"


def test_each_message_key_has_its_sentence_in_one_place_only():
    """The slices' sentences are merged into one table: a key two of them defined would
    silently show one slice's sentence for the other's error."""
    from ui import messages
    from ui.members.texts import message_texts as members
    from ui.quotes.texts import message_texts as quotes
    from ui.sync.texts import message_texts as sync

    tables = [members(), quotes(), sync()]
    slice_keys = [key for table in tables for key in table]
    assert len(slice_keys) == len(set(slice_keys))
    merged = messages._texts()
    assert set(slice_keys) <= set(merged)
    assert merged["sync.offline"] == sync()["sync.offline"]
    assert merged["quote.no_lines"] == quotes()["quote.no_lines"]


# sentences that read the same in the language (names, codes, placeholders only)
SAME_IN_EVERY_LANGUAGE: set[str] = set()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_message_key_speaks_the_language(qapp, lang):
    """Each message key's sentence comes out translated. A sentence asked through a
    helper of its own (`t("…")`) instead of `QCoreApplication.translate(...)` is
    invisible to lupdate: it never reaches the catalogues and the window shows it in
    English, which the catalogue tests above cannot see."""
    from ui import messages
    from ui.i18n import current_language, install_language

    before = current_language()
    try:
        install_language("en")
        english = messages._texts()
        install_language(lang)
        translated = messages._texts()
    finally:
        install_language(before)
    untranslated = sorted(
        key
        for key, text in translated.items()
        if text == english[key] and key not in SAME_IN_EVERY_LANGUAGE
    )
    assert untranslated == []
