"""Questions as a feature: free text nobody else took, and the buttons of an ask-back."""

from __future__ import annotations

from bot.dialogue.callbacks import Callback
from bot.dialogue.context import App, Feature, TurnContext
from bot.dialogue.qa import OPTION_PREFIX, QAContext, QAResult
from bot.dialogue.replies import Reply
from knowledge.catalog import ProjectInfo


def _context(ctx: TurnContext) -> QAContext | None:
    stored = ctx.conversation.qa_context
    return QAContext.from_json(stored) if stored else None


def _keep(ctx: TurnContext, result: QAResult) -> list[Reply]:
    ctx.conversation.qa_context = result.context.to_json() if result.context else None
    return result.replies


def answer_text(ctx: TurnContext, text: str) -> list[Reply] | None:
    """Answers a question with the context of the previous one; None without an engine."""
    service = ctx.app.questions
    if service is None:  # Built by open_app(with_questions=True) only.
        return None
    return _keep(ctx, service.answer(text, context=_context(ctx), progress=ctx.progress_of))


def answer_option(ctx: TurnContext, callback: Callback) -> list[Reply]:
    """Answers the candidate picked from an ask-back."""
    service = ctx.app.questions
    if service is None:
        return answer_text(ctx, "") or []
    result = service.answer_option(callback, context=_context(ctx), progress=ctx.progress_of)
    return _keep(ctx, result)


def find_project(app: App, name: str) -> ProjectInfo | None:
    """Finds a project by its name or a unique part of it, else by a short name (国际交流)."""
    found = app.catalog.find_project(name)
    if found is not None or app.questions is None:
        return found
    project_id = app.questions.project_named(name)
    return app.catalog.project(project_id) if project_id is not None else None


def feature() -> Feature:
    """Returns question answering: the fallback for free text and the ask-back buttons."""
    return Feature(options={OPTION_PREFIX: answer_option}, text=answer_text)
