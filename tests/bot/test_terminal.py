"""The terminal chat: numbered options, the local admin, the same conversation as Telegram."""

from __future__ import annotations

import io
from pathlib import Path

from sqlmodel import Session

from bot.app import build_core
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import Reply, Turn
from bot.terminal import run_terminal
from knowledge.access import Role
from storage.users import get_role


def chat(core: DialogueCore, *lines: str) -> str:
    """Types ``lines`` into the terminal chat and returns everything it printed."""
    stdout = io.StringIO()
    assert (
        run_terminal(
            core, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=stdout
        )
        == 0
    )
    return stdout.getvalue()


def test_local_user_is_an_admin_with_id_zero(core: DialogueCore) -> None:
    output = chat(core, "/whoami")
    assert "管理员" in output and "ID：0" in output


def test_question_is_answered(core: DialogueCore) -> None:
    assert "300" in chat(core, "国际交流项目活动参与人数目标是多少")


def test_options_are_numbered_and_a_typed_number_picks_one(app: App, core: DialogueCore) -> None:
    output = chat(core, "/grant 2002", "2")
    assert "1. 工作人员\n2. 查看者\n3. 管理员\n4. 取消" in output
    assert "已将用户 2002 的角色设为查看者" in output
    with Session(app.engine) as session:
        assert get_role(session=session, user_id=2002) is Role.VIEWER


def test_typed_label_picks_an_option(app: App, core: DialogueCore) -> None:
    assert "设为工作人员" in chat(core, "/grant 2002", "工作人员")


def test_number_without_options_is_an_ordinary_message(core: DialogueCore) -> None:
    output = chat(core, "/grant", "2002", "9")
    assert "请选择要授予用户 2002" in output
    assert output.count("请选择要授予用户 2002") == 2  # 9 is no option: asked again.


def test_quit_word_and_end_of_input_say_goodbye(core: DialogueCore) -> None:
    assert chat(core, "退出", "/whoami").rstrip().endswith("再见。")
    assert "管理员" not in chat(core, "退出", "/whoami")
    assert chat(core).rstrip().endswith("再见。")


def test_terminal_continues_a_flow_started_elsewhere_in_the_same_chat(core: DialogueCore) -> None:
    core.handle(Turn(user_id=0, chat_id=0, text="/grant"))
    assert "请选择要授予用户 3003" in chat(core, "3003")


class FailingCore:
    """A core whose every turn fails."""

    def handle(self, turn: Turn) -> list[Reply]:
        raise RuntimeError("boom")

    def pending(self, turn: Turn) -> list[Reply]:
        return []


def test_failure_is_reported_and_the_chat_goes_on() -> None:
    stdout = io.StringIO()
    run_terminal(FailingCore(), stdin=io.StringIO("你好\n你好\n"), stdout=stdout)  # type: ignore[arg-type]
    assert stdout.getvalue().count("出现问题") == 2


def test_a_flow_left_open_last_session_is_offered_at_start(core: DialogueCore) -> None:
    chat(core, "/record")
    start = chat(core)  # A new session: the pending question is shown before the prompt.
    assert "您上次还有一项未完成的登记" in start.split("> ")[0]


def test_progress_chart_and_export_are_written_to_files(app: App, tmp_path: Path) -> None:
    import datetime as dt

    app.clock = lambda: dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)
    stdout = io.StringIO()
    lines = "/progress 国际交流\n/export\n"
    run_terminal(build_core(app), stdin=io.StringIO(lines), stdout=stdout, output_dir=tmp_path)
    output = stdout.getvalue()
    chart = tmp_path / "chart-1.png"
    export = tmp_path / "进度表-2026-11-26.xlsx"
    assert f"［图片已保存：{chart}］" in output and chart.read_bytes().startswith(b"\x89PNG")
    assert f"［文件已保存：{export}］" in output and export.read_bytes().startswith(b"PK")
