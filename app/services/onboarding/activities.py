"""A new Activity, from the wizard's first keystroke to its activation (issue #9 §3-§5).

The wizard saves its draft as the adviser types (`save_activity_draft`): the draft is
the Activity row itself, status "draft", so a closed window or a crash loses nothing and
the draft syncs like any row. `finish_wizard` checks what an Activity needs; the
checklist moves it draft ⇄ ready; `activate_activity` makes a ready one active and says
what is missing otherwise. Each call is one unit of work with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.db.models import Activity, ActivityMember, Client, Contract, Member, Office, Quote, User
from app.db.unit_of_work import Changes
from app.domain.onboarding.checklist import (
    CONTRACT_TYPES,
    DOCUMENT_KINDS,
    ENTITIES,
    NOT_YET_ACTIVE,
    ROLES,
    SECTORS,
    TOOLS,
    checklist_for,
    missing_required,
    state_after_checklist,
)
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ServiceError, ValidationFailed
from app.services.permissions import ensure_can_read, ensure_can_write_member_data
from app.services.results import StrWithChanges, changes_of

WIZARD_FIELDS = ("name", "description", "sector", "entity", "tool", "contract_types", "team")
#: the wizard's steps, in order; the draft remembers the one the adviser was on
WIZARD_STEPS = ("name", "sector", "entity", "tool", "contract_types", "team", "adviser")
NAME_MAX = 160


@dataclass(frozen=True)
class WizardDraft:
    id: str
    member_id: str
    member_name: str
    step: int
    name: str
    description: str
    sector: str
    entity: str
    tool: str
    contract_types: tuple[str, ...]
    team: tuple[tuple[str, str], ...]  # (member id, role)
    adviser_name: str
    office_code: str
    finished: bool
    updated_at: datetime


@dataclass(frozen=True)
class ChecklistLine:
    key: str
    label: str
    reason: str
    required: bool
    done: bool
    done_on: str | None


@dataclass(frozen=True)
class TeamLine:
    member_id: str
    name: str
    number: int
    role: str


@dataclass(frozen=True)
class ActivityQuote:
    id: str
    number: str
    client: str
    state: str
    issue_date: date
    total_net: Decimal


@dataclass(frozen=True)
class ContractLine:
    member_name: str
    contract_type: str
    start_date: date
    end_date: date
    gross_wage: Decimal


@dataclass(frozen=True)
class DocumentLine:
    kind: str  # one of DOCUMENT_KINDS
    attachment_id: str
    filename: str
    size: int
    #: the file is on this device (files stay on the device that took them until the
    #: offline-work issue makes them travel; other devices say so)
    present: bool


@dataclass(frozen=True)
class ActivityPage:
    id: str
    name: str
    description: str
    sector: str
    entity: str
    tool: str
    status: str
    started_on: date
    adviser_name: str
    office_code: str
    contract_types: tuple[str, ...]
    wizard_finished: bool
    members: tuple[TeamLine, ...]
    checklist: tuple[ChecklistLine, ...]
    missing: tuple[ChecklistLine, ...]
    quotes: tuple[ActivityQuote, ...]
    contracts: tuple[ContractLine, ...]
    holder_language: str
    documents: tuple[DocumentLine, ...] = ()

    @property
    def can_activate(self) -> bool:
        return self.wizard_finished and not self.missing and self.status in NOT_YET_ACTIVE


# ---------------------------------------------------------------- checks


def _clean_fields(session, ctx, office_id: str, fields: dict) -> tuple[dict, list[FieldProblem]]:
    """The wizard's fields as typed so far: each checked on its own, none required."""
    problems = []
    clean: dict = {}
    for name in set(fields) - set(WIZARD_FIELDS):
        problems.append(FieldProblem(name, "field.unknown"))
    if "name" in fields:
        clean["name"] = " ".join(str(fields["name"] or "").split())
        if len(clean["name"]) > NAME_MAX:
            problems.append(FieldProblem("name", "activity.name_too_long", {"max": NAME_MAX}))
    if "description" in fields:
        clean["description"] = str(fields["description"] or "").strip()
    for name, allowed in (("sector", SECTORS), ("entity", ENTITIES), ("tool", TOOLS)):
        if name in fields:
            clean[name] = fields[name] or ""
            if clean[name] and clean[name] not in allowed:
                problems.append(FieldProblem(name, "activity.choose_from_list"))
    if "contract_types" in fields:
        kinds = tuple(fields["contract_types"] or ())
        if set(kinds) - set(CONTRACT_TYPES):
            problems.append(FieldProblem("contract_types", "activity.choose_from_list"))
        clean["contract_types"] = [k for k in CONTRACT_TYPES if k in kinds]
    if "team" in fields:
        team = []
        for member_id, role in fields["team"] or ():
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None or member.office_id != office_id:
                problems.append(FieldProblem("team", "activity.team_member_unknown"))
            elif role not in ROLES:
                problems.append(FieldProblem("team", "activity.choose_from_list"))
            elif member_id not in [m for m, _ in team]:
                team.append((member_id, role))
        clean["team"] = team
    return clean, problems


def _activity(session, ctx, activity_id: str, write: bool = True) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise NotFound()
    if write:
        ensure_can_write_member_data(ctx.user, activity.office_id)
    else:
        ensure_can_read(ctx.user, activity.office_id)
    return activity


def _holder(session, activity_id: str) -> Member | None:
    return session.scalar(
        select(Member)
        .join(ActivityMember, ActivityMember.member_id == Member.id)
        .where(
            ActivityMember.activity_id == activity_id,
            ActivityMember.role == "holder",
            ActivityMember.deleted_at.is_(None),
        )
        .limit(1)
    )


def _done(activity: Activity) -> set[str]:
    checklist = (activity.onboarding or {}).get("checklist", {})
    return {key for key, value in checklist.items() if value}


# ---------------------------------------------------------------- the wizard


def save_activity_draft(
    ctx: ServiceContext,
    member_id: str,
    activity_id: str | None = None,
    step: int = 0,
    **fields,
) -> str:
    """Save what the wizard holds so far (a new draft on the first call); bad values are
    refused with the field they concern and nothing is written."""
    if not 0 <= step < len(WIZARD_STEPS):
        raise ValidationFailed([FieldProblem("step", "field.unknown")])
    with ctx.db.transaction() as session:
        if activity_id is None:
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None:
                raise NotFound(field="member")
            ensure_can_write_member_data(ctx.user, member.office_id)
            clean, problems = _clean_fields(session, ctx, member.office_id, fields)
            if problems:
                raise ValidationFailed(problems)
            activity = Activity(
                office_id=member.office_id,
                name=clean.get("name", ""),
                description=clean.get("description", ""),
                sector=clean.get("sector", ""),
                entity=clean.get("entity", ""),
                tool=clean.get("tool", ""),
                status="draft",
                adviser_id=ctx.user.id,
                started_on=date.today(),
                onboarding={
                    "wizard_step": step,
                    "wizard_done": False,
                    "contract_types": clean.get("contract_types", []),
                    "team": clean.get("team", []),
                    "checklist": {},
                },
                updated_by=ctx.user.id,
            )
            session.add(activity)
            record_change(session, ctx, "activity.draft_start", activity, None, "insert")
            link = ActivityMember(
                office_id=member.office_id,
                activity_id=activity.id,
                member_id=member.id,
                role="holder",
                updated_by=ctx.user.id,
            )
            session.add(link)
            record_change(session, ctx, "activity.member_add", link, None, "insert")
            return StrWithChanges(activity.id, changes_of(session))
        activity = _activity(session, ctx, activity_id)
        clean, problems = _clean_fields(session, ctx, activity.office_id, fields)
        if problems:
            raise ValidationFailed(problems)
        before = snapshot(activity)
        for name in ("name", "description", "sector", "entity", "tool"):
            if name in clean:
                setattr(activity, name, clean[name])
        onboarding = dict(activity.onboarding or {})
        onboarding["wizard_step"] = step
        for name in ("contract_types", "team"):
            if name in clean:
                onboarding[name] = clean[name]
        activity.onboarding = onboarding
        activity.updated_by = ctx.user.id
        record_change(session, ctx, "activity.draft_save", activity, before)
        return StrWithChanges(activity.id, changes_of(session))


def finish_wizard(ctx: ServiceContext, activity_id: str) -> Changes:
    """The wizard's last step: what an Activity needs is there, the other members join it;
    the Activity stays a draft until its checklist is done."""
    with ctx.db.transaction() as session:
        activity = _activity(session, ctx, activity_id)
        onboarding = dict(activity.onboarding or {})
        problems = []
        if not activity.name:
            problems.append(FieldProblem("name", "field.required"))
        for name in ("sector", "entity", "tool"):
            if not getattr(activity, name):
                problems.append(FieldProblem(name, "field.required"))
        if not onboarding.get("contract_types"):
            problems.append(FieldProblem("contract_types", "activity.contract_type_needed"))
        if problems:
            raise ValidationFailed(problems)
        before = snapshot(activity)
        present = set(
            session.scalars(
                select(ActivityMember.member_id).where(
                    ActivityMember.activity_id == activity.id,
                    ActivityMember.deleted_at.is_(None),
                )
            )
        )
        for member_id, role in onboarding.get("team", []):
            if member_id in present:
                continue
            link = ActivityMember(
                office_id=activity.office_id,
                activity_id=activity.id,
                member_id=member_id,
                role=role,
                updated_by=ctx.user.id,
            )
            session.add(link)
            record_change(session, ctx, "activity.member_add", link, None, "insert")
        onboarding["wizard_done"] = True
        activity.onboarding = onboarding
        activity.status = state_after_checklist(
            activity.status, activity.entity, activity.sector, _done(activity)
        )
        activity.updated_by = ctx.user.id
        record_change(session, ctx, "activity.wizard_finish", activity, before)
        return changes_of(session)


def set_checklist_item(ctx: ServiceContext, activity_id: str, key: str, done: bool) -> Changes:
    """Tick or untick one item of the Activity's checklist; the Activity becomes ready
    when its last required item is done (and a draft again if one is unticked)."""
    with ctx.db.transaction() as session:
        activity = _activity(session, ctx, activity_id)
        keys = {item.key for item in checklist_for(activity.entity, activity.sector)}
        if key not in keys:
            raise ValidationFailed([FieldProblem("checklist", "activity.checklist_item_unknown")])
        before = snapshot(activity)
        onboarding = dict(activity.onboarding or {})
        checklist = dict(onboarding.get("checklist", {}))
        if done:
            checklist[key] = {"on": date.today().isoformat(), "by": ctx.user.id}
        else:
            checklist.pop(key, None)
        onboarding["checklist"] = checklist
        activity.onboarding = onboarding
        if onboarding.get("wizard_done", True):
            activity.status = state_after_checklist(
                activity.status, activity.entity, activity.sector, set(checklist)
            )
        activity.updated_by = ctx.user.id
        record_change(session, ctx, "activity.checklist", activity, before)
        return changes_of(session)


def activate_activity(ctx: ServiceContext, activity_id: str) -> Changes:
    """draft/ready → active, only with every required item done; otherwise the error
    names what is missing (`missing` in its params, the items' keys)."""
    with ctx.db.transaction() as session:
        activity = _activity(session, ctx, activity_id)
        if activity.status == "active":
            return changes_of(session)
        if activity.status not in NOT_YET_ACTIVE:
            raise ServiceError("activity.cannot_activate_from", status=activity.status)
        if not (activity.onboarding or {}).get("wizard_done", True):
            raise ServiceError("activity.wizard_not_finished")
        missing = missing_required(activity.entity, activity.sector, _done(activity))
        if missing:
            raise ServiceError(
                "activity.checklist_incomplete",
                field="checklist",
                missing=", ".join(item.key for item in missing),
                count=len(missing),
            )
        before = snapshot(activity)
        activity.status = "active"
        activity.updated_by = ctx.user.id
        record_change(session, ctx, "activity.activate", activity, before)
        return changes_of(session)


# ---------------------------------------------------------------- reading


def activity_drafts(ctx: ServiceContext) -> list[WizardDraft]:
    """The adviser's unfinished wizards, newest first (the home page lists them)."""
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(Activity)
            .where(
                Activity.adviser_id == ctx.user.id,
                Activity.status == "draft",
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.updated_at.desc())
            .limit(200)
        ).all()
        return [
            _draft(session, activity)
            for activity in rows
            if not (activity.onboarding or {}).get("wizard_done", True)
        ]


def wizard_draft(ctx: ServiceContext, activity_id: str) -> WizardDraft:
    with ctx.db.reading() as session:
        return _draft(session, _activity(session, ctx, activity_id, write=False))


def _draft(session, activity: Activity) -> WizardDraft:
    onboarding = activity.onboarding or {}
    holder = _holder(session, activity.id)
    adviser = session.get(User, activity.adviser_id) if activity.adviser_id else None
    office = session.get(Office, activity.office_id)
    return WizardDraft(
        id=activity.id,
        member_id=holder.id if holder else "",
        member_name=f"{holder.first_name} {holder.last_name}" if holder else "",
        step=int(onboarding.get("wizard_step", 0)),
        name=activity.name,
        description=activity.description,
        sector=activity.sector,
        entity=activity.entity,
        tool=activity.tool,
        contract_types=tuple(onboarding.get("contract_types", ())),
        team=tuple(tuple(pair) for pair in onboarding.get("team", ())),
        adviser_name=adviser.display_name if adviser else "",
        office_code=office.code if office else "",
        finished=bool(onboarding.get("wizard_done", True)),
        updated_at=activity.updated_at,
    )


def activity_page(ctx: ServiceContext, activity_id: str, language: str = "en") -> ActivityPage:
    """Everything the Activity's page shows, the checklist in `language`."""
    with ctx.db.reading() as session:
        activity = _activity(session, ctx, activity_id, write=False)
        onboarding = activity.onboarding or {}
        ticked = onboarding.get("checklist", {})
        lines = tuple(
            ChecklistLine(
                item.key,
                item.label(language),
                item.reason(language),
                item.required,
                bool(ticked.get(item.key)),
                (ticked.get(item.key) or {}).get("on")
                if isinstance(ticked.get(item.key), dict)
                else None,
            )
            for item in checklist_for(activity.entity, activity.sector)
        )
        team = session.execute(
            select(Member, ActivityMember.role)
            .join(ActivityMember, ActivityMember.member_id == Member.id)
            .where(ActivityMember.activity_id == activity.id, ActivityMember.deleted_at.is_(None))
            .order_by(ActivityMember.role.desc(), Member.last_name)
        ).all()
        quotes = session.execute(
            select(Quote, Client.name)
            .join(Client, Client.id == Quote.client_id)
            .where(Quote.activity_id == activity.id, Quote.deleted_at.is_(None))
            .order_by(Quote.issue_date.desc())
            .limit(200)
        ).all()
        contracts = session.execute(
            select(Contract, Member.first_name, Member.last_name)
            .join(Member, Member.id == Contract.member_id)
            .where(Contract.activity_id == activity.id, Contract.deleted_at.is_(None))
            .order_by(Contract.start_date.desc())
            .limit(200)
        ).all()
        adviser = session.get(User, activity.adviser_id) if activity.adviser_id else None
        office = session.get(Office, activity.office_id)
        holder = next((m for m, role in team if role == "holder"), None)
        return ActivityPage(
            id=activity.id,
            name=activity.name,
            description=activity.description,
            sector=activity.sector,
            entity=activity.entity,
            tool=activity.tool,
            status=activity.status,
            started_on=activity.started_on,
            adviser_name=adviser.display_name if adviser else "",
            office_code=office.code if office else "",
            contract_types=tuple(onboarding.get("contract_types", ())),
            wizard_finished=bool(onboarding.get("wizard_done", True)),
            members=tuple(
                TeamLine(m.id, f"{m.first_name} {m.last_name}", m.member_number, role)
                for m, role in team
            ),
            checklist=lines,
            missing=tuple(line for line in lines if line.required and not line.done),
            quotes=tuple(
                ActivityQuote(q.id, q.number or "", client, q.state, q.issue_date, q.total_net)
                for q, client in quotes
            ),
            contracts=tuple(
                ContractLine(
                    f"{first} {last}", c.contract_type, c.start_date, c.end_date, c.gross_wage
                )
                for c, first, last in contracts
            ),
            holder_language=holder.language if holder else "nl",
            documents=_documents(ctx, activity),
        )


def _documents(ctx: ServiceContext, activity: Activity) -> tuple[DocumentLine, ...]:
    from app.services.attachments.store import attachments_of

    kinds = {
        attachment_id: kind
        for kind, ids in (activity.onboarding or {}).get("documents", {}).items()
        for attachment_id in ids
    }
    return tuple(
        DocumentLine(kinds[info.id], info.id, info.filename, info.size, info.present)
        for info in attachments_of(ctx, "activities", activity.id)
        if info.id in kinds
    )


def attach_document(
    ctx: ServiceContext, activity_id: str, kind: str, filename: str, data: bytes
) -> Changes:
    """Keep an onboarding document (an ID scan, the signed agreement) with the Activity:
    the file by content hash on this device, its synced row, and its kind in the
    Activity's onboarding record, all in one unit of work. A file of a type or size the
    rules refuse raises ValidationFailed and nothing is written."""
    from app.services.attachments.store import attach

    if kind not in DOCUMENT_KINDS:
        raise ValidationFailed([FieldProblem("kind", "activity.choose_from_list")])
    with ctx.db.transaction() as session:
        activity = _activity(session, ctx, activity_id)
        info = attach(ctx, "activities", activity.id, activity.office_id, filename, data)
        before = snapshot(activity)
        onboarding = dict(activity.onboarding or {})
        documents = {k: list(v) for k, v in onboarding.get("documents", {}).items()}
        documents.setdefault(kind, []).append(info.id)
        onboarding["documents"] = documents
        activity.onboarding = onboarding
        activity.updated_by = ctx.user.id
        record_change(session, ctx, "activity.document_add", activity, before)
        return changes_of(session)


def attach_document_file(ctx: ServiceContext, activity_id: str, kind: str, path: str) -> Changes:
    """The same, for a file the adviser picked on this computer (read on the worker)."""
    from pathlib import Path

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationFailed([FieldProblem("file", "attachment.unreadable")]) from exc
    return attach_document(ctx, activity_id, kind, file.name, data)
