"""How a draft reads in replies and files: check findings, suggestion cards, exported files."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from bot.dialogue.messages import draft as msg
from bot.dialogue.replies import Attachment
from knowledge.draft_check import CheckCode, Finding, Severity
from knowledge.drafting import Reason, Suggestion
from knowledge.export_docx import export_docx
from knowledge.export_xlsx import export_xlsx
from knowledge.model import ProjectForm, format_number
from knowledge.values import format_yuan

PERCENT = Decimal(100)


class ExportFormat(StrEnum):
    """The file formats a draft can be exported to."""

    XLSX = "xlsx"
    DOCX = "docx"


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


def percent_text(ratio: Decimal) -> str:
    """Returns a share as a whole percentage: 1.41 → ``141``."""
    return format_number((ratio * PERCENT).quantize(Decimal(1)))


def reason_text(suggestion: Suggestion, *, unit: str | None, budget: Decimal | None) -> str:
    """Returns the one-line reason of a suggestion."""
    achieved = "" if suggestion.achieved is None else format_number(suggestion.achieved)
    percent = "" if suggestion.ratio is None else percent_text(suggestion.ratio)
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
    return msg.ACHIEVED_VALUE.format(value=value, percent=percent_text(suggestion.ratio))
