"""A phone user's conversation: nothing pending swallows a message, old buttons change nothing."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, select

from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import record as msg
from bot.dialogue.replies import Attachment, Turn
from storage.actuals import Actual
from tests.dialogue.phone import ADMIN_ID, STAFF_ID, Phone


def _entries(app: App) -> list[Actual]:
    with Session(app.engine) as session:
        return list(session.exec(select(Actual).where(col(Actual.deleted).is_(False))))


def _guided_to_the_date(staff: Phone) -> None:
    staff.send("/record")
    staff.press("国际科技人文交流与合作")
    staff.send("参与人数")
    assert "活动日期" in staff.send("120")


def test_a_question_at_the_number_step_is_answered_and_the_log_kept(staff: Phone) -> None:
    assert "请输入" in staff.send("/record 活动参与人数")
    reply = staff.send("国际交流项目活动参与人数目标是多少")
    assert "300" in reply and "不是一个数字" not in reply
    assert "未完成的登记：活动参与人数" in reply and "/cancel" in reply
    assert "日期" in staff.send("120")  # The pending step still takes its answer.


def test_a_new_log_while_one_is_pending_asks_whether_to_replace_it(
    staff: Phone, recording_app: App
) -> None:
    staff.send("/record 活动参与人数")
    reply = staff.send("记录 昨天 辩论赛 辩论队 5人")
    assert "要放弃它" in reply and "不是一个数字" not in reply
    staff.press(common_msg.KEEP_FLOW)
    assert "活动参与人数" in staff.replies[-1].text  # The old question, asked again.
    staff.send("记录 昨天 合作单位数量 2家")
    summary = staff.press(common_msg.REPLACE_FLOW)
    assert "合作单位数量：2 家" in summary
    staff.press(msg.CONFIRM)
    assert [entry.value for entry in _entries(recording_app)] == ["2"]


def test_a_question_after_record_is_not_taken_for_a_project(staff: Phone) -> None:
    staff.send("/record")
    reply = staff.send("科创服务项目预算多少")
    assert "没有找到项目" not in reply and "130" in reply


def test_a_question_at_the_confirm_step_is_answered(staff: Phone) -> None:
    staff.send("记录 活动参与人数 10人")
    reply = staff.send("论文完成了多少")
    assert "请点击上面的选项" not in reply and "未完成的登记" in reply


def test_a_question_after_a_bare_grant_is_answered(core: DialogueCore) -> None:
    admin = Phone(core, ADMIN_ID)
    admin.send("/grant")
    reply = admin.send("国际交流项目活动参与人数目标是多少")
    assert "用户ID" not in reply.replace(" ", "") and "300" in reply


def test_a_cancelled_flows_button_never_touches_the_new_log(
    staff: Phone, recording_app: App
) -> None:
    _guided_to_the_date(staff)
    yesterday = staff.option_data(msg.YESTERDAY)
    staff.send("/cancel")
    staff.send("记录 合作单位数量 2家")
    summary = staff.replies[-1].text
    assert common_msg.OPTION_EXPIRED in staff.press_data(yesterday)
    staff.send("/cancel")  # Nothing of the stale press reached the new summary:
    assert "2026-11-25" in summary and "2026-11-24" not in summary


def test_a_future_date_is_questioned_right_after_it_is_given(staff: Phone) -> None:
    _guided_to_the_date(staff)
    reply = staff.send("2026-12-01")
    assert "确定" in reply and "活动名称" not in reply
    staff.press(msg.NO)
    staff.send("11月3日")
    staff.press(msg.SKIP)
    summary = staff.replies[-1].text
    assert "日期：2026-11-03" in summary and "活动：11月3日" not in summary


def test_another_members_button_in_a_group_says_whose_it_is(
    core: DialogueCore, recording_app: App
) -> None:
    group = -100500
    admin = Phone(core, ADMIN_ID, chat_id=group)
    admin.send("/subscribe")
    owner = Phone(core, STAFF_ID, name="U6006", chat_id=group)
    owner.send("记录 活动参与人数 10人")
    confirm = owner.option_data(msg.CONFIRM)
    other = Phone(core, ADMIN_ID, chat_id=group)
    assert "U6006" in other.press_data(confirm)
    assert _entries(recording_app) == []
    assert "已保存" in owner.press_data(confirm)


def test_thanks_is_answered_politely(staff: Phone) -> None:
    assert "不客气" in staff.send("谢谢")


def test_tomorrow_is_questioned_as_a_future_date(staff: Phone) -> None:
    _guided_to_the_date(staff)
    reply = staff.send("明天")
    assert "没有看懂" not in reply and "2026-11-26" in reply and "确定" in reply


def test_help_lists_every_command_the_user_may_use(core: DialogueCore, staff: Phone) -> None:
    text = staff.send("/help")
    for command in ("/record", "/history", "/undo", "/progress", "/cancel"):
        assert command in text
    assert "/audit" not in text  # Admins only.
    assert "/audit" in Phone(core, ADMIN_ID).send("/help")


def test_help_examples_come_from_the_loaded_catalog(staff: Phone, recording_app: App) -> None:
    text = staff.send("/help")
    assert all(project.name in text for project in recording_app.catalog.projects)


def test_a_demoted_admin_cannot_finish_a_grant_started_before(
    core: DialogueCore, recording_app: App
) -> None:
    admin = Phone(core, ADMIN_ID)
    admin.send("/grant 7007 admin")
    acting = Phone(core, 7007, name="七号")
    acting.send("/grant 4004")
    make_admin = acting.option_data("管理员")
    admin.send("/grant 7007 staff")  # Demoted while its flow is open.
    reply = acting.press_data(make_admin)
    assert "权限" in reply and "已将用户" not in reply
    assert "4004" not in admin.send("/users")


def test_a_staff_member_demoted_to_viewer_cannot_confirm(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    staff.send("记录 活动参与人数 10人")
    confirm = staff.option_data(msg.CONFIRM)
    Phone(core, ADMIN_ID).send(f"/grant {STAFF_ID} viewer")
    assert "权限" in staff.press_data(confirm)
    assert _entries(recording_app) == []


def test_a_revoked_user_cannot_confirm(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    staff.send("记录 活动参与人数 10人")
    confirm = staff.option_data(msg.CONFIRM)
    Phone(core, ADMIN_ID).send(f"/revoke {STAFF_ID}")
    assert "已保存" not in staff.press_data(confirm)
    assert _entries(recording_app) == []


def test_history_buttons_say_what_they_act_on(staff: Phone) -> None:
    staff.send("记录 活动参与人数 120人")
    staff.press(msg.CONFIRM)
    staff.send("/history")
    labels = [option.label for option in staff.options]
    assert labels == ["修改 活动参与人数 120人 11-25", "删除 活动参与人数 120人 11-25"]


def test_indicator_buttons_are_short_and_distinct(staff: Phone) -> None:
    staff.send("/record")
    staff.press("国际科技人文交流与合作")
    labels = [option.label for option in staff.options]
    assert len(labels) == len(set(labels)) and all(len(label) <= 20 for label in labels)
    assert not any(label.startswith("2026年港澳台") for label in labels)


def test_an_approximate_number_is_kept_and_marked_in_the_note(staff: Phone) -> None:
    summary = staff.send("记录 活动参与人数 三十来人 科普讲座")
    assert "活动参与人数：30 人" in summary and "约数" in summary
    assert "活动：科普讲座" in summary


@pytest.mark.parametrize(
    ("message", "event"),
    [
        ("登记 上周五 海峡两岸交流晚会 参与1.2万人", "海峡两岸交流晚会"),
        ("登记昨天科普讲座参与30人", "科普讲座"),
    ],
    ids=["event-before-verb", "verb-glued-to-event"],
)
def test_the_event_phrase_is_the_event(staff: Phone, message: str, event: str) -> None:
    text = staff.send(message)
    while staff.options and msg.CONFIRM not in [o.label for o in staff.options]:
        text = staff.press(staff.options[0].label)  # Pick the first indicator offered.
    assert f"活动：{event}\n" in text + "\n"


def test_a_status_word_is_not_an_event(staff: Phone) -> None:
    summary = staff.send("记录 科普活动影响力提升情况 达成")
    assert "活动：" not in summary


def test_a_bare_number_for_money_asks_which_unit(staff: Phone) -> None:
    question = staff.send("/record 国际科技人文交流合作成本控制数")
    assert "请输入" in question
    reply = staff.send("一百二十")
    assert "120 是万元还是元" in reply and "300%" not in reply
    assert [option.label for option in staff.options] == ["120 万元", "120 元"]
    staff.press("120 元")
    assert "万元还是元" not in staff.replies[-1].text


def test_money_with_a_unit_is_not_questioned(staff: Phone) -> None:
    staff.send("/record 国际科技人文交流合作成本控制数")
    assert "万元还是元" not in staff.send("3万元")


def _database_state(app: App) -> tuple[object, ...]:
    """Everything a button could change: entries, roles, their versions."""
    from storage.users import list_users

    with Session(app.engine) as session:
        entries = [
            (e.id, e.value, e.status, e.event_date, e.event_name, e.note, e.deleted, e.version)
            for e in session.exec(select(Actual))
        ]
        users = [(u.user_id, u.role) for u in list_users(session=session)]
    return tuple(entries), tuple(users)


def test_every_stale_button_of_every_flow_changes_nothing(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    admin = Phone(core, ADMIN_ID)
    seen: list[str] = []

    def shown(phone: Phone) -> None:
        seen.extend(option.data for option in phone.options)

    _guided_to_the_date(staff)
    shown(staff)
    staff.press(msg.TODAY)
    shown(staff)
    staff.press(msg.SKIP)
    shown(staff)
    staff.press(msg.EDIT)
    shown(staff)
    staff.press(msg.FIELD_DATE)
    staff.press(msg.YESTERDAY)
    staff.press(msg.SKIP) if msg.SKIP in [o.label for o in staff.options] else None
    shown(staff)
    staff.press(msg.CONFIRM)
    staff.send("/history")
    shown(staff)
    staff.press_nth("修改", 1)
    shown(staff)
    staff.send("/cancel")
    staff.send("/undo")
    shown(staff)
    staff.press(msg.UNDO_NO)
    admin.send("/grant 4004")
    shown(admin)
    admin.press("查看者")

    before = _database_state(recording_app)
    for data in seen:
        staff.press_data(data)
        admin.press_data(data)
    assert _database_state(recording_app) == before


@pytest.mark.parametrize("name", ["photo.jpg", "scan.png", "表.docx"], ids=["jpg", "png", "docx"])
def test_a_file_that_is_no_form_gets_the_accepted_formats(core: DialogueCore, name: str) -> None:
    admin = Phone(core, ADMIN_ID)
    replies = core.handle(
        Turn(user_id=ADMIN_ID, chat_id=ADMIN_ID, document=Attachment(name, b"\xff\xd8\xff"))
    )
    text = "\n".join(reply.text for reply in replies)
    assert ".txt" in text and ".xlsx" in text and "导入失败" not in text
    assert "300" in admin.send("国际交流项目活动参与人数目标是多少")  # Nothing was imported.


def test_how_much_is_still_missing_is_the_gap_to_the_target(staff: Phone) -> None:
    staff.send("记录 活动参与人数 195人")
    staff.press(msg.CONFIRM)
    reply = staff.send("国际交流项目活动参与人数还差多少人")
    assert "195人" in reply and "还差 105人" in reply


def test_a_long_indicator_list_pages_with_more(staff: Phone) -> None:
    staff.send("/record")
    staff.press("企业科技创新服务")  # 22 indicators: three screens of eight
    first = [option.label for option in staff.options]
    assert len(first) == 9 and first[-1] == "更多（第 1/3 页）"
    staff.press(first[-1])
    second = [option.label for option in staff.options]
    assert second[-1] == "更多（第 2/3 页）" and not set(first[:-1]) & set(second[:-1])
    staff.press(second[0])
    assert "请输入" in staff.replies[-1].text or "请选择" in staff.replies[-1].text
