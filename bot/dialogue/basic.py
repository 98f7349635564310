"""Commands every user has: /start, /help, /projects, /whoami."""

from __future__ import annotations

from bot.dialogue.context import Command, Feature, TurnContext
from bot.dialogue.messages import common as msg
from bot.dialogue.replies import Reply
from knowledge.catalog import Catalog
from knowledge.values import format_yuan


def role_line(ctx: TurnContext) -> str:
    """Returns the user's role and Telegram user id as one line."""
    role = msg.ROLE_NAMES.get(ctx.role.value, "") if ctx.role else "无"
    return msg.YOUR_ROLE.format(role=role, user_id=ctx.turn.user_id)


def start(ctx: TurnContext, _args: str) -> list[Reply]:
    """Welcomes the user and says what the bot can do."""
    return [Reply(f"{msg.WELCOME}\n{role_line(ctx)}\n\n{msg.HELP}")]


def help_(ctx: TurnContext, _args: str) -> list[Reply]:
    """Lists example questions and commands."""
    return [Reply(msg.HELP)]


def whoami(ctx: TurnContext, _args: str) -> list[Reply]:
    """Tells the user their role and id."""
    return [Reply(role_line(ctx))]


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


def feature() -> Feature:
    """Returns the basic commands."""
    return Feature(
        commands=[
            Command("start", "开始使用", start, min_role=None),
            Command("help", "示例问题与命令", help_, min_role=None),
            Command("whoami", "查看我的角色和用户 ID", whoami, min_role=None),
            Command("projects", "项目列表", projects),
        ]
    )
