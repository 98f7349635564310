"""Commands every user has: /start, /help, /whoami, /cancel, /projects, /draft."""

from __future__ import annotations

from bot.dialogue.access import role_name
from bot.dialogue.admin import redeem_invite
from bot.dialogue.context import Command, Feature, TurnContext
from bot.dialogue.messages import access as access_msg
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import Reply
from knowledge.access import role_allows
from knowledge.catalog import Catalog
from knowledge.values import format_yuan
from nlu.cues import is_thanks


def role_line(ctx: TurnContext) -> str:
    """Returns the user's role and Telegram user id as one line."""
    return msg.YOUR_ROLE.format(role=role_name(ctx.role), user_id=ctx.turn.user_id)


def start(ctx: TurnContext, args: str) -> list[Reply]:
    """Welcomes the user, redeems an invite code (``/start CODE``) and says what the bot can do."""
    lines = [redeem_invite(ctx, args)] if args else []
    lines += [msg.WELCOME, role_line(ctx), ""]
    if ctx.role is None:
        lines.append(access_msg.START_NO_ROLE.format(user_id=ctx.turn.user_id))
    else:
        lines.append(help_text(ctx))
    return [Reply("\n".join(lines))]


def help_text(ctx: TurnContext) -> str:
    """Returns example questions from the loaded catalog and every command the user may use."""
    lines = [msg.HELP_EXAMPLES_HEADER]
    for project in ctx.app.catalog.projects[:2]:
        lines.append(msg.HELP_EXAMPLE_BUDGET.format(project=project.name))
        if project.indicators:
            indicator = project.indicators[min(1, len(project.indicators) - 1)]
            lines.append(msg.HELP_EXAMPLE_TARGET.format(indicator=indicator.name))
    lines.append(msg.HELP_COMMANDS_HEADER)
    lines += [
        msg.HELP_COMMAND.format(name=command.name, description=command.description)
        for command in ctx.commands
        if role_allows(ctx.role, command.min_role)
    ]
    return "\n".join(lines)


def help_(ctx: TurnContext, _args: str) -> list[Reply]:
    """Lists example questions from the loaded catalog and the commands the user may use."""
    return [Reply(help_text(ctx))]


def whoami(ctx: TurnContext, _args: str) -> list[Reply]:
    """Tells the user their role and id."""
    return [Reply(role_line(ctx))]


def cancel(ctx: TurnContext, _args: str) -> list[Reply]:
    """Listed for the command menu; the core handles /cancel itself before any command."""
    return [Reply(msg.NOTHING_TO_CANCEL)]


def projects_text(catalog: Catalog) -> str:
    """Returns the stored projects with their budgets, one a line."""
    if not catalog.projects:
        return msg.NO_PROJECTS
    lines = [msg.PROJECTS_HEADER.format(count=len(catalog.projects))]
    for number, project in enumerate(catalog.projects, 1):
        budget = format_yuan(project.funding.budget) if project.funding.budget is not None else "—"
        lines.append(
            msg.PROJECT_LINE.format(
                number=number, name=project.name, year=project.year, budget=budget
            )
        )
    return "\n".join(lines)


def projects(ctx: TurnContext, _args: str) -> list[Reply]:
    """Lists the stored projects with their budgets."""
    return [Reply(projects_text(ctx.app.catalog))]


def courtesy(_ctx: TurnContext, text: str) -> list[Reply] | None:
    """Answers a thank-you politely instead of treating it as a question."""
    return [Reply(msg.YOU_ARE_WELCOME)] if is_thanks(text) else None


def feature() -> Feature:
    """Returns the basic commands and the answer to a thank-you."""
    return Feature(
        text=courtesy,
        commands=[
            Command("start", msg.START_DESCRIPTION, start, min_role=None),
            Command("help", msg.HELP_DESCRIPTION, help_, min_role=None),
            Command("projects", msg.PROJECTS_DESCRIPTION, projects),
            Command("cancel", msg.CANCEL_DESCRIPTION, cancel, min_role=None),
            Command("whoami", msg.WHOAMI_DESCRIPTION, whoami, min_role=None),
        ],
    )
