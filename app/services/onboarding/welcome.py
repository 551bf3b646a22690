"""The welcome summary of a new Activity, as a PDF in the holder's language."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select

import resources
from app.db.models import ActivityMember, Member, Office
from app.services.context import ServiceContext
from app.services.onboarding.activities import activity_page


@cache
def _entity_names() -> dict:
    path = Path(resources.__file__).parent / "rules" / "cooperative.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)["entities"]


def welcome_summary(ctx: ServiceContext, activity_id: str):
    """What the welcome PDF says, read in one go in the holder's language."""
    from app.documents.onboarding.welcome_pdf import WelcomeItem, WelcomeSummary

    with ctx.db.reading() as session:
        holder = session.scalar(
            select(Member)
            .join(ActivityMember, ActivityMember.member_id == Member.id)
            .where(
                ActivityMember.activity_id == activity_id,
                ActivityMember.role == "holder",
                ActivityMember.deleted_at.is_(None),
            )
            .limit(1)
        )
        language = holder.language if holder else "nl"
        page = activity_page(ctx, activity_id, language)
        office = session.scalar(select(Office).where(Office.code == page.office_code))
        return WelcomeSummary(
            language=language,
            first_name=holder.first_name if holder else "",
            last_name=holder.last_name if holder else "",
            activity_name=page.name,
            sector=page.sector,
            entity_name=_entity_names().get(page.entity, {}).get(language, page.entity),
            tool=page.tool,
            contract_types=page.contract_types,
            members=tuple(m.name for m in page.members),
            status=page.status,
            items=tuple(
                WelcomeItem(line.label, line.reason, line.required, line.done)
                for line in page.checklist
            ),
            adviser_name=page.adviser_name,
            office_name=office.name(language) if office else page.office_code,
            made_on=date.today(),
        )


def save_welcome_pdf(ctx: ServiceContext, activity_id: str, path: str | os.PathLike[str]) -> Path:
    """Write the welcome summary at `path` (checked like a quote's PDF target)."""
    from app.documents.onboarding.welcome_pdf import render_welcome_pdf
    from app.services.quotes.quote_export import check_export_target, write_file_atomically

    target = check_export_target(path)
    return write_file_atomically(target, render_welcome_pdf(welcome_summary(ctx, activity_id)))
