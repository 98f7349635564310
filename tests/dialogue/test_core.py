"""The dialogue core: routing, flows and their expiry, /cancel, groups, the basic commands."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_core, open_app
from bot.dialogue.callbacks import encode
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import MAX_TEXT_CHARS, ChatKind, Reply, Turn
from bot.settings import Settings

ADMIN = 1001
GROUP = -100500
QUESTION = "国际交流项目活动参与人数目标是多少"


def say(core: DialogueCore, text: str | None, *, user: int = ADMIN, **turn: object) -> list[Reply]:
    """Sends one turn from ``user`` (in their private chat unless ``chat_id`` says otherwise)."""
    fields: dict[str, object] = {"chat_id": user, **turn}
    return core.handle(Turn(user_id=user, text=text, **fields))  # type: ignore[arg-type]


def text_of(replies: list[Reply]) -> str:
    return "\n".join(reply.plain() for reply in replies)


class Clock:
    """A clock the test moves by hand, far from the real time: states are stamped by it."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def test_question_in_private_is_answered_with_the_target(core: DialogueCore) -> None:
    answer = text_of(say(core, QUESTION))
    assert "300" in answer and "人" in answer


def test_picked_candidate_of_a_clarifying_question_is_answered(core: DialogueCore) -> None:
    [clarify] = say(core, "人数目标")
    assert clarify.options and all(o.data.startswith("qa:") for o in clarify.options)
    picked = text_of(say(core, None, option=clarify.options[0].data))
    assert clarify.options[0].label.split("：")[-1] in picked


def test_question_without_the_engine_says_it_is_unavailable(settings: Settings) -> None:
    core = build_core(open_app(settings))
    assert "暂不可用" in text_of(say(core, QUESTION))


def test_cancel_leaves_a_flow_and_the_next_message_is_a_question(core: DialogueCore) -> None:
    assert "用户 ID" in text_of(say(core, "/grant"))
    assert text_of(say(core, "/cancel")) == "已取消当前操作。"
    assert "300" in text_of(say(core, QUESTION))


def test_cancel_without_a_flow_says_so(core: DialogueCore) -> None:
    assert "没有进行中" in text_of(say(core, "/cancel"))


def test_idle_flow_expires_after_30_minutes(app: App) -> None:
    clock = Clock()
    app.clock = clock
    core = build_core(app)
    say(core, "/grant")
    clock.now += dt.timedelta(minutes=31)
    replies = text_of(say(core, "2002"))
    assert "30 分钟" in replies
    assert "请选择要授予" not in replies  # The number went to the question service instead.


def test_flow_within_30_minutes_continues(app: App) -> None:
    clock = Clock()
    app.clock = clock
    core = build_core(app)
    say(core, "/grant")
    clock.now += dt.timedelta(minutes=29)
    assert "请选择要授予用户 2002" in text_of(say(core, "2002"))


def test_flow_survives_a_restart(settings: Settings) -> None:
    first = build_core(open_app(settings))
    say(first, "/grant")
    restarted = build_core(open_app(settings))
    assert "请选择要授予用户 2002" in text_of(say(restarted, "2002"))


def test_two_people_in_a_group_do_not_share_a_flow(core: DialogueCore) -> None:
    say(core, "/subscribe", chat_id=GROUP, chat_kind=ChatKind.GROUP)
    say(core, "/grant 2002 admin")
    say(core, "/grant", chat_id=GROUP, chat_kind=ChatKind.GROUP)
    other = text_of(say(core, "/cancel", user=2002, chat_id=GROUP, chat_kind=ChatKind.GROUP))
    assert "没有进行中" in other
    mine = text_of(say(core, "3003", chat_id=GROUP, chat_kind=ChatKind.GROUP))
    assert "请选择要授予用户 3003" in mine


def test_group_message_not_addressed_to_the_bot_is_ignored(core: DialogueCore) -> None:
    say(core, "/subscribe", chat_id=GROUP, chat_kind=ChatKind.GROUP)
    assert say(core, QUESTION, chat_id=GROUP, chat_kind=ChatKind.GROUP, addressed=False) == []


def test_option_of_a_finished_flow_has_expired(core: DialogueCore) -> None:
    assert "失效" in text_of(say(core, None, option=encode("grant", "staff")))


def test_unknown_command_is_named(core: DialogueCore) -> None:
    assert "/frobnicate" in text_of(say(core, "/frobnicate"))


def test_command_with_bot_name_is_understood(core: DialogueCore) -> None:
    assert "1001" in text_of(say(core, "/whoami@goalbot_test_bot"))


def test_very_long_message_is_refused(core: DialogueCore) -> None:
    assert "过长" in text_of(say(core, "字" * (MAX_TEXT_CHARS + 1)))


def test_start_welcomes_with_role_and_id(core: DialogueCore) -> None:
    text = text_of(say(core, "/start"))
    assert "绩效目标助手" in text and "管理员" in text and "1001" in text and "/progress" in text


def test_help_gives_example_questions(core: DialogueCore) -> None:
    assert "预算多少" in text_of(say(core, "/help"))


def test_projects_lists_the_builtin_projects_with_budgets(core: DialogueCore) -> None:
    text = text_of(say(core, "/projects"))
    assert "共有 2 个项目" in text and "国际科技人文交流与合作" in text


def test_draft_lists_the_projects_to_draft(core: DialogueCore) -> None:
    assert "请选择要起草 2027 年度申报表的项目" in text_of(say(core, "/draft"))


def test_progress_of_an_unknown_project_says_so(core: DialogueCore) -> None:
    assert "未找到项目“火星基地”" in text_of(say(core, "/progress 火星基地"))


@pytest.mark.parametrize("command", ["/start", "/help", "/whoami", "/cancel"])
def test_every_listed_command_has_a_chinese_description(core: DialogueCore, command: str) -> None:
    description = core.commands[command[1:]].description
    assert description and "\u4e00" <= description[0] <= "\u9fff"
