"""Importing a 申报表 sent in the chat."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import Attachment, Reply, Turn
from knowledge.access import Role
from knowledge.builtin import builtin_document_text
from storage.tables import Indicator
from storage.users import set_role

ADMIN = 1001
STAFF = 3001
REVISED = builtin_document_text().replace(
    "活动参与人数\t\t≥300.00(人)", "活动参与人数\t\t≥350.00(人)"
)


def send(core: DialogueCore, user: int, content: bytes, name: str = "2026.txt") -> str:
    turn = Turn(user_id=user, chat_id=user, document=Attachment(file_name=name, content=content))
    return "\n".join(reply.text for reply in core.handle(turn))


def ask(core: DialogueCore, text: str) -> str:
    replies: list[Reply] = core.handle(Turn(user_id=ADMIN, chat_id=ADMIN, text=text))
    return "\n".join(reply.text for reply in replies)


def test_admin_import_reports_changes_and_answers_from_the_new_data(core: DialogueCore) -> None:
    reply = send(core, ADMIN, REVISED.encode())
    assert "更新 1" in reply and "未变 39" in reply
    assert "≥300.00(人) → ≥350.00(人)" in reply
    assert "350" in ask(core, "国际交流项目活动参与人数目标是多少")


def test_sending_the_same_form_again_changes_nothing(core: DialogueCore) -> None:
    reply = send(core, ADMIN, builtin_document_text().encode())
    assert "新增 0，更新 0，未变 40" in reply


def test_malformed_document_names_the_line_and_imports_nothing(
    core: DialogueCore, app: App
) -> None:
    broken = REVISED.replace("计划开始日期\t2026-01-01", "计划开始日期\t明年", 1)
    reply = send(core, ADMIN, broken.encode())
    assert "导入失败" in reply and "第 9 行" in reply and "未导入任何内容" in reply
    with Session(app.engine) as session:
        values = session.exec(select(Indicator.raw_value).where(Indicator.name == "活动参与人数"))
        assert values.all() == ["≥300.00(人)"]


def test_garbage_file_is_refused_politely(core: DialogueCore) -> None:
    reply = send(core, ADMIN, b"\x00\x01\x02", name="form.txt")
    assert "导入失败" in reply


def test_a_photo_is_told_which_files_are_accepted(core: DialogueCore) -> None:
    reply = send(core, ADMIN, b"\x00\x01\x02", name="photo.jpg")
    assert "只能导入" in reply and ".xlsx" in reply


def test_staff_cannot_import(core: DialogueCore, app: App) -> None:
    with Session(app.engine) as session:
        set_role(session=session, user_id=STAFF, role=Role.STAFF, changed_by=ADMIN, via="test")
        session.commit()
    assert "只有管理员" in send(core, STAFF, REVISED.encode())
    assert "300" in ask(core, "国际交流项目活动参与人数目标是多少")


def test_rows_left_out_are_listed_after_the_report(core: DialogueCore) -> None:
    repeated = REVISED.replace(
        "活动参与人数\t\t≥350.00(人)", "活动参与人数\t\t≥350.00(人)\n\t\t活动参与人数\t≥400(人)", 1
    )
    reply = send(core, ADMIN, repeated.encode())
    assert "已导入" in reply
    line = next(
        number for number, text in enumerate(repeated.splitlines(), start=1) if "≥400(人)" in text
    )
    assert reply.endswith(
        f"请注意，以下内容未导入：\n· 第 {line} 行的指标“活动参与人数”与前面的同名指标值不同，"
        "已跳过，保留前一行"
    )


def test_catalog_is_rebuilt_after_the_import_commits_not_while_it_holds_the_lock(
    core: DialogueCore, app: App
) -> None:
    """Rebuilding the question engine took seconds inside the transaction; other users waited."""
    writable_during_rebuild: list[bool] = []

    def probe(rebuilt: App) -> None:
        with rebuilt.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA busy_timeout=0")
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")  # takes the write lock or fails
                connection.exec_driver_sql("ROLLBACK")
                writable_during_rebuild.append(True)
            except OperationalError:
                writable_during_rebuild.append(False)

    app.catalog_listeners.insert(0, probe)
    reply = send(core, ADMIN, REVISED.encode())
    assert "已导入" in reply
    assert writable_during_rebuild == [True]
    assert "350" in ask(core, "国际交流项目活动参与人数目标是多少")


def test_an_updated_header_field_is_named_as_the_form_calls_it(core: DialogueCore) -> None:
    moved = builtin_document_text().replace(
        "实施单位\t上海市科普教育展示技术中心", "实施单位\t上海市科技服务中心", 1
    )
    reply = send(core, ADMIN, moved.encode())
    assert "企业科技创新服务：更新 实施单位" in reply, reply
    assert "implementer" not in reply
