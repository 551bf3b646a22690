"""Signing in on this device, and the users it knows.

A connected device belongs to an office: the office of the login that connected it, as
the central database said (`sync_scope` in `local_state`). Its sign-in list shows, and
sign-in accepts, only that office's users and the administrators (issue 7, point 7). A
device never connected lists everyone it has, as it always did. PINs are per device: a
PIN never syncs, so a colleague new to this device sets one on their first sign-in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.db.engine import Database
from app.db.models import Office, User
from app.domain.languages import LANGUAGES
from app.services.audit import record_change, record_event, snapshot
from app.services.context import ROLES, CurrentUser, ServiceContext
from app.services.errors import FieldProblem, ServiceError, SignInFailed, ValidationFailed
from app.services.permissions import ensure_role

PIN_ITERATIONS = 120_000


@dataclass(frozen=True)
class UserChoice:
    login: str
    display_name: str
    role: str
    office_code: str
    has_pin: bool = True  # False: created centrally, first sign-in on this device


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    code: str
    name_nl: str
    name_fr: str
    name_en: str

    def name(self, lang: str) -> str:
        return {"nl": self.name_nl, "fr": self.name_fr}.get(lang, self.name_en)


def hash_pin(pin: str, salt: str | None = None) -> tuple[str, str]:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), PIN_ITERATIONS)
    return digest.hex(), salt


def list_offices(db: Database) -> list[OfficeInfo]:
    with db.reading() as session:
        rows = session.scalars(select(Office).order_by(Office.name_nl)).all()
        return [OfficeInfo(o.id, o.code, o.name_nl, o.name_fr, o.name_en) for o in rows]


def device_office(session) -> str | None:
    """The office this device belongs to: the office of the login that connected it, as
    the central database said at the last sync; None on a device never connected."""
    from app.sync import local as sync_local

    scope = sync_local.scope_of({sync_local.SCOPE: sync_local.get_state(session, sync_local.SCOPE)})
    return (scope or {}).get("office_id") or None


def _may_sign_in_here(session, user: User) -> bool:
    office = device_office(session)
    return office is None or user.role == "admin" or _same_id(user.office_id, office)


def _same_id(a, b) -> bool:
    return str(a).replace("-", "").lower() == str(b).replace("-", "").lower()


def device_users(db: Database) -> list[UserChoice]:
    """The people who can sign in on this device (for the sign-in list): on a connected
    device its office's users and the administrators, else everyone it has."""
    with db.reading() as session:
        query = (
            select(User.login, User.display_name, User.role, Office.code, User.pin_hash != "")
            .join(Office, Office.id == User.office_id)
            .where(User.active.is_(True), User.deleted_at.is_(None))
            .order_by(User.display_name)
        )
        office = device_office(session)
        if office is not None:
            query = query.where(or_(User.office_id == office, User.role == "admin"))
        return [UserChoice(*row) for row in session.execute(query).all()]


def has_users(db: Database) -> bool:
    with db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def _current(user: User, office: Office) -> CurrentUser:
    return CurrentUser(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=user.role,
        office_id=user.office_id,
        office_code=office.code,
        language=user.language,
    )


def sign_in(db: Database, login: str, pin: str) -> CurrentUser:
    """Sign in with the device PIN. A refused attempt is kept in the audit log (its
    transaction commits before the refusal is raised), so guessing leaves a trace."""
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.login == login, User.active.is_(True)))
        if user is not None and not _may_sign_in_here(session, user):
            user = None  # another office's user: refused like an unknown login
        if user is not None and not user.pin_hash:
            raise SignInFailed("user.pin_not_set", field="pin")
        if user is not None and hmac.compare_digest(hash_pin(pin, user.pin_salt)[0], user.pin_hash):
            office = session.get(Office, user.office_id)
            record_event(session, user.id, user.office_id, "sign_in", "users", {"login": login})
            return _current(user, office)
        record_event(session, None, None, "sign_in_failed", "users", {"login": login})
    raise SignInFailed(field="pin")


def set_first_pin(db: Database, login: str, central_password: str, pin: str) -> CurrentUser:
    """The first sign-in on this device of a user made on the central database: they
    prove who they are with their central password (checked against the central
    database, so this needs the network once) and choose the PIN for this device."""
    from app.sync import local as sync_local
    from app.sync.remote import check_login

    if len(pin) < 4 or not pin.isdigit():
        raise ValidationFailed([FieldProblem("pin", "user.pin_too_short")])
    with db.reading() as session:
        user = session.scalar(select(User).where(User.login == login, User.active.is_(True)))
        if user is None or not _may_sign_in_here(session, user):
            raise SignInFailed(field="login")
        if user.pin_hash:
            raise ValidationFailed([FieldProblem("pin", "user.pin_already_set")])
    url = sync_local.read_state(db).get(sync_local.URL)
    if not url:
        raise ServiceError("user.device_not_connected")
    problem = check_login(url, login, central_password)
    if problem == "refused":
        raise SignInFailed(field="password")
    if problem:
        raise ServiceError("sync.offline")
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.login == login))
        office = session.get(Office, user.office_id)
        current = _current(user, office)
        # the PIN stays on this device: audited, never queued for sync
        user.pin_hash, user.pin_salt = hash_pin(pin)
        record_event(session, user.id, user.office_id, "user.first_pin", "users", {"login": login})
        record_event(session, user.id, user.office_id, "sign_in", "users", {"login": login})
        return current


def user_by_login(db: Database, login: str) -> CurrentUser:
    """For trusted local entry points (CLI, screenshots) that act as a known user."""
    if not login.isprintable() or login != login.encode("utf-8", "replace").decode():
        raise SignInFailed(field="login")  # a command line in another encoding: no such login
    with db.reading() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            raise SignInFailed(field="login")
        return _current(user, session.get(Office, user.office_id))


def first_admin(db: Database) -> CurrentUser | None:
    with db.reading() as session:
        user = session.scalar(
            select(User).where(User.active.is_(True)).order_by(User.role != "admin", User.login)
        )
        return _current(user, session.get(Office, user.office_id)) if user else None


def _validate_new_user(login: str, display_name: str, role: str, pin: str) -> None:
    problems = []
    if not login.strip() or len(login) > 60 or " " in login:
        problems.append(FieldProblem("login", "user.login_invalid"))
    if not display_name.strip():
        problems.append(FieldProblem("display_name", "field.required"))
    if role not in ROLES:
        problems.append(FieldProblem("role", "user.role_invalid"))
    if len(pin) < 4 or not pin.isdigit():
        problems.append(FieldProblem("pin", "user.pin_too_short"))
    if problems:
        raise ValidationFailed(problems)


def _insert_user(session, login, display_name, role, office_code, pin, language, by) -> User:
    office = session.scalar(select(Office).where(Office.code == office_code))
    if office is None:
        raise ValidationFailed([FieldProblem("office", "user.office_unknown")])
    if session.scalar(select(User.id).where(User.login == login)):
        raise ValidationFailed([FieldProblem("login", "user.login_taken")])
    pin_hash, salt = hash_pin(pin)
    user = User(
        login=login.strip(),
        display_name=display_name.strip(),
        role=role,
        office_id=office.id,
        language=language,
        pin_hash=pin_hash,
        pin_salt=salt,
        updated_by=by,
    )
    session.add(user)
    session.flush()
    return user


def create_first_user(
    db: Database, login: str, display_name: str, office_code: str, pin: str, language: str = "nl"
) -> CurrentUser:
    """The first start of a device: whoever installs it becomes its admin."""
    _validate_new_user(login, display_name, "admin", pin)
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationFailed([FieldProblem("login", "user.device_has_users")])
        user = _insert_user(session, login, display_name, "admin", office_code, pin, language, None)
        office = session.get(Office, user.office_id)
        current = _current(user, office)
        record_change(session, ServiceContext(db, current), "user.create", user, None, "insert")
        return current


def create_user(
    ctx: ServiceContext,
    login: str,
    display_name: str,
    role: str,
    office_code: str,
    pin: str,
    language: str = "nl",
) -> str:
    ensure_role(ctx.user, "admin")
    _validate_new_user(login, display_name, role, pin)
    with ctx.db.transaction() as session:
        user = _insert_user(
            session, login, display_name, role, office_code, pin, language, ctx.user.id
        )
        record_change(session, ctx, "user.create", user, None, "insert")
        return user.id


def set_language(ctx: ServiceContext, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationFailed([FieldProblem("language", "user.language_invalid")])
    with ctx.db.transaction() as session:
        user = session.get(User, ctx.user.id)
        before = snapshot(user)
        user.language = language
        user.updated_by = ctx.user.id
        record_change(session, ctx, "user.language", user, before)
