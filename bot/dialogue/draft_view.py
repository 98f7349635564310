"""How a draft reads in replies and files: check findings, suggestion cards, exported files."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bot.dialogue.messages import draft as msg
from bot.dialogue.messages import record as record_msg
from bot.dialogue.replies import Attachment
from knowledge.draft import Draft, RowState, goal_suggestions
from knowledge.draft_check import CheckCode, Finding, Severity
from knowledge.drafting import Reason, Suggestion, text_changes
from knowledge.export_docx import export_docx
from knowledge.export_xlsx import export_xlsx
from knowledge.model import ProjectForm, format_number
from knowledge.targets import parse_target
from knowledge.values import format_percent, format_yuan
from storage.actuals import AuditLog
from storage.drafts import StoredDraft
from storage.tables import aware_utc

GOAL_PREVIEW_CHARS = 300


class ExportFormat(StrEnum):
    """The file formats a draft can be exported to."""

    XLSX = "xlsx"
    DOCX = "docx"


def export_format(text: str) -> ExportFormat | None:
    """Reads a format name from button data; None when it is not one."""
    try:
        return ExportFormat(text)
    except ValueError:
        return None


def export_file(form: ProjectForm, export_format: ExportFormat) -> Attachment:
    """Returns the exported form as a named file."""
    content = export_xlsx(form) if export_format is ExportFormat.XLSX else export_docx(form)
    name = msg.EXPORT_FILE_NAME.format(name=form.name, year=form.year, ext=export_format.value)
    return Attachment(file_name=name, content=content)


def finding_text(finding: Finding, *, year: int) -> str:
    """Returns one finding as a plain Chinese sentence naming the row."""
    key = finding.code.value
    if finding.code is CheckCode.UNKNOWN_LEVEL2 and not finding.detail:
        key = "unknown_level1"
    amounts = [format_yuan(amount) for amount in finding.amounts]
    if finding.code is CheckCode.BELOW_ACTUAL:
        amounts = [format_number(amount) for amount in finding.amounts]
    first, second = [*amounts, "", ""][:2]
    return msg.FINDINGS[key].format(
        row=finding.row,
        subject=finding.subject,
        detail=finding.detail,
        year=year,
        first=first,
        second=second,
    )


def findings_text(findings: list[Finding], *, year: int) -> str:
    """Returns the errors, then the warnings, numbered; or that the check passed."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    if not findings:
        return msg.CHECK_OK
    lines: list[str] = []
    if errors:
        lines.append(msg.CHECK_ERRORS.format(count=len(errors)))
        lines += [f"{n}. {finding_text(f, year=year)}" for n, f in enumerate(errors, 1)]
    if warnings:
        lines.append(msg.CHECK_WARNINGS)
        lines += [f"{n}. {finding_text(f, year=year)}" for n, f in enumerate(warnings, 1)]
    return "\n".join(lines)


def reason_text(suggestion: Suggestion, *, unit: str | None, budget: Decimal | None) -> str:
    """Returns the one-line reason of a suggestion."""
    achieved = "" if suggestion.achieved is None else format_number(suggestion.achieved)
    percent = "" if suggestion.ratio is None else format_percent(float(suggestion.ratio))
    return msg.REASONS[suggestion.reason.value].format(
        achieved=f"{achieved}{unit or ''}",
        percent=percent,
        budget="" if budget is None else format_yuan(budget),
    )


def achieved_text(suggestion: Suggestion, *, unit: str | None) -> str:
    """Returns this year's actual so far and its completion, or that nothing was recorded."""
    if suggestion.achieved is None:
        return msg.ACHIEVED_NONE
    value = f"{format_number(suggestion.achieved)}{unit or ''}"
    if suggestion.ratio is None or suggestion.reason is Reason.FIXED:
        return msg.ACHIEVED_NO_RATIO.format(value=value)
    return msg.ACHIEVED_VALUE.format(value=value, percent=format_percent(float(suggestion.ratio)))


def amount_text(amount: Decimal | None) -> str:
    """Returns an amount both ways (``130万元（1,300,000.00元）``), or that it is blank."""
    return msg.AMOUNT_BLANK if amount is None else format_yuan(amount)


def header_text(draft: Draft) -> str:
    """Returns the header and funding block of a draft."""
    form, funding = draft.form, draft.form.funding
    text = msg.HEADER_SUMMARY.format(
        name=form.name,
        start=form.planned_start or "",
        end=form.planned_end or "",
        annual_total=amount_text(funding.annual_total),
        appropriation=amount_text(funding.annual_appropriation),
        carry_over=amount_text(funding.annual_carry_over),
        annual_other=amount_text(funding.annual_other),
    )
    if draft.multi_year:
        text += "\n" + msg.HEADER_MULTI_YEAR.format(
            project_total=amount_text(funding.project_total)
        )
    return text


def goal_text(draft: Draft) -> str:
    """Returns the goal step: the suggested changes as before → after, or the text itself."""
    changed = goal_suggestions(draft)
    if not changed:
        text = draft.form.annual_goal
        shown = text if len(text) <= GOAL_PREVIEW_CHARS else text[:GOAL_PREVIEW_CHARS] + "…"
        return msg.GOAL_NO_CHANGE.format(chars=len(text), text=shown)
    lines = []
    for name, after in changed.items():
        before = getattr(draft.form, name)
        lines += [
            msg.GOAL_DIFF_LINE.format(before=old, after=new)
            for old, new in text_changes(before, after)
        ]
    return msg.GOAL_SUGGESTION.format(diff="\n".join(lines))


def row_card(draft: Draft, index: int, suggestion: Suggestion | None) -> str:
    """Returns one indicator's card: this year's target and actual, and the suggestion."""
    row = draft.rows[index]
    source_target = row.source_target or row.target
    unit = parse_target(source_target).unit
    if suggestion is None:
        suggested, reason, achieved = row.target, msg.REASON_ADDED, msg.ACHIEVED_NONE
    else:
        suggested = suggestion.target
        if suggestion.name != (row.source_name or row.name):
            suggested += msg.NEW_NAME.format(name=suggestion.name)
        reason = reason_text(suggestion, unit=unit, budget=draft.form.funding.budget)
        achieved = achieved_text(suggestion, unit=unit)
    return msg.INDICATOR_CARD.format(
        number=index + 1,
        total=len(draft.rows),
        level1=row.level1,
        level2=row.level2,
        name=row.source_name or row.name,
        source_year=draft.source_year,
        year=draft.year,
        target=source_target,
        achieved=achieved,
        suggested=suggested,
        reason=reason,
        state=msg.ROW_STATES[row.state.value],
    )


def draft_line(stored: StoredDraft, *, zone: dt.tzinfo) -> str:
    """Returns one line of the list of drafts."""
    draft = stored.draft
    done = sum(1 for row in draft.rows if row.state is not RowState.PENDING)
    return msg.DRAFT_LINE.format(
        name=draft.form.name,
        year=draft.year,
        done=done,
        total=len(draft.rows),
        status=msg.STATUS_NAMES[stored.status.value],
        who=stored.updated_by_name or msg.UNKNOWN_USER,
        when=local_time(stored, zone=zone),
    )


def goal_has_suggestion(draft: Draft) -> bool:
    """Tells whether the goal texts still hold this year's years or editions."""
    return bool(goal_suggestions(draft))


def local_time(stored: StoredDraft, *, zone: dt.tzinfo) -> str:
    """Returns when the draft was last changed, in the office's time zone."""
    return f"{aware_utc(stored.updated_at).astimezone(zone):%m-%d %H:%M}"


AUDIT_SHOWN_CHANGES = 3


def audit_line(record: AuditLog, *, draft: Draft | None, at: str) -> str:
    """Returns one /audit line of a draft change: who, when, what, and the rows it touched."""
    after: dict[str, Any] = json.loads(record.after) if record.after else {}
    changes = []
    for key, value in after.items():
        if key.startswith("row") and isinstance(value, dict):
            changes.append(
                msg.AUDIT_ROW.format(
                    number=key.removeprefix("row"),
                    name=value["name"],
                    target=value["target"],
                    state=msg.ROW_STATES.get(value["state"], value["state"]),
                )
            )
        elif key in msg.AUDIT_FIELDS:
            changes.append(msg.AUDIT_FIELDS[key])
    text = "；".join(changes[:AUDIT_SHOWN_CHANGES]) or record_msg.AUDIT_NOTHING
    if len(changes) > AUDIT_SHOWN_CHANGES:
        text += msg.AUDIT_MORE.format(count=len(changes))
    return msg.AUDIT_LINE.format(
        at=at,
        who=record.user_name or str(record.user_id),
        name=draft.form.name if draft else "",
        year=draft.year if draft else "",
        action=msg.AUDIT_ACTIONS.get(record.action, record_msg.AUDIT_NOTHING),
        changes=text,
    )
