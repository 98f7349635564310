"""Recording actuals through the dialogue core, as a phone or the terminal would."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlmodel import Session, col, select

from bot.dialogue.callbacks import decode, encode
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import common as common_msg
from bot.dialogue.messages import record as msg
from storage.actuals import Actual, progress_lookup
from tests.dialogue.phone import (
    OTHER_STAFF_ID,
    REFUSED,
    STAFF_ID,
    VIEWER_ID,
    Phone,
)


def _entries(app: App) -> list[Actual]:
    with Session(app.engine) as session:
        return list(session.exec(select(Actual).where(col(Actual.deleted).is_(False))))


def _achieved(app: App, name: str) -> Decimal | None:
    indicator = next(ind for ind in app.catalog.indicators if ind.name == name)
    progress = progress_lookup(engine=app.engine)(indicator.id)
    assert progress is not None
    return progress.achieved


# --- one message -------------------------------------------------------------------------


def test_readme_message_goes_to_the_summary_and_saves_on_confirm(
    staff: Phone, recording_app: App
) -> None:
    summary = staff.send("记录 11月20日 海峡两岸科普论坛 上海代表参会 3人")
    assert msg.SUMMARY_HEADER in summary
    assert "海峡两岸科普论坛上海代表参会人数：3 人" in summary
    assert "日期：2026-11-20" in summary
    assert [o.label for o in staff.options] == [msg.CONFIRM, msg.EDIT, msg.CANCEL]
    saved = staff.press(msg.CONFIRM)
    assert msg.SAVED.format(count=1) in saved
    assert "海峡两岸科普论坛上海代表参会人数：已完成 3 / 目标 ≥2 人（150%）" in saved
    (entry,) = _entries(recording_app)
    assert (entry.value, entry.event_date, entry.recorded_by) == (
        "3",
        dt.date(2026, 11, 20),
        STAFF_ID,
    )
    assert entry.entered == "3人" and entry.message_id == 1


@pytest.mark.parametrize(
    "text",
    [
        "记录 活动参与人数 120人",
        "登记 活动参与人数 一百二十",
        "报送 活动参与人数 １２０",
        "/record 活动参与人数 120",
        "记录：活动参与人数120人",
    ],
    ids=["record", "register-chinese-number", "report-full-width", "slash-command", "colon"],
)
def test_every_one_message_form_reaches_the_same_summary(staff: Phone, text: str) -> None:
    summary = staff.send(text)
    assert "活动参与人数：120 人" in summary
    assert "日期：2026-11-25" in summary  # no date given: today


def test_readme_total_after_two_events(staff: Phone) -> None:
    staff.send("记录 11月3日 活动参与人数 120人")
    staff.press(msg.CONFIRM)
    staff.send("记录 昨天 活动参与人数 75人")
    saved = staff.press(msg.CONFIRM)
    assert "活动参与人数：已完成 195 / 目标 ≥300 人（65%）" in saved


def test_one_event_moving_two_indicators_is_confirmed_together(
    staff: Phone, recording_app: App
) -> None:
    question = staff.send("记录 11月20日 科普讲座进社区 1场 参与120人")
    assert msg.ASK_INDICATOR_FOR.format(value="1场").split("？")[0] in question
    summary = staff.press("研讨会相关活动场次")  # The short name of the button.
    assert "相关活动场次：1 场" in summary and "活动参与人数：120 人" in summary
    assert "活动：科普讲座进社区" in summary
    saved = staff.press(msg.CONFIRM)
    assert msg.SAVED.format(count=2) in saved
    assert "活动参与人数：已完成 120 / 目标 ≥300 人（40%）" in saved
    assert "相关活动场次：已完成 1 / 目标 ≥4 场（25%）" in saved
    assert {e.event_name for e in _entries(recording_app)} == {"科普讲座进社区"}


def test_money_in_yuan_and_wan_yuan_adds_up_in_the_target_unit(staff: Phone) -> None:
    staff.send("报送 国际科技人文交流与合作 成本 4万元")
    staff.press(msg.CONFIRM)
    staff.send("报送 国际科技人文交流与合作 成本 40000元")
    saved = staff.press(msg.CONFIRM)
    assert "国际科技人文交流合作成本控制数：已支出 8 / 上限 ≤40 万元（20%）" in saved


def test_qualitative_status_with_evidence(staff: Phone, recording_app: App) -> None:
    summary = staff.send("记录 科普活动影响力提升情况 达成 备注：媒体报道5篇")
    assert "科普活动影响力提升情况：达成" in summary and "备注：媒体报道5篇" in summary
    saved = staff.press(msg.CONFIRM)
    assert "科普活动影响力提升情况：达成 / 目标 有效提升" in saved


def test_deadline_shared_by_two_projects_asks_which_then_reports_on_time(staff: Phone) -> None:
    staff.send("记录 活动完成及时性 已完成")
    labels = [o.label for o in staff.options]
    assert set(labels[:2]) == {
        "活动完成及时性（企业科技创新服务）",
        "活动完成及时性（国际科技人文交流与合作）",
    }
    summary = staff.press("活动完成及时性（国际科技人文交流与合作）")
    assert "活动完成及时性：已完成" in summary
    saved = staff.press(msg.CONFIRM)
    assert "活动完成及时性：2026-11-25 完成 / 目标 2026年12月底前（按期）" in saved


def test_message_missing_the_value_asks_for_it(staff: Phone) -> None:
    question = staff.send("记录 海峡两岸科普论坛上海代表参会人数")
    assert "请输入「海峡两岸科普论坛上海代表参会人数」本次的数量（单位：人）" in question
    summary = staff.send("两人")
    assert "海峡两岸科普论坛上海代表参会人数：2 人" in summary


def test_wrong_unit_in_a_message_is_explained_and_asked_again(staff: Phone) -> None:
    reply = staff.send("记录 活动参与人数 3万元")
    assert msg.ASK_INDICATOR_FOR.format(value="3万元").split("？")[0] in reply


# --- guided --------------------------------------------------------------------------------


def test_guided_record_from_project_to_saved_total(staff: Phone, recording_app: App) -> None:
    assert msg.ASK_PROJECT in staff.send("/record")
    assert msg.ASK_INDICATOR in staff.press("国际科技人文交流与合作")
    assert "请输入「活动参与人数」" in staff.send("参与人数")  # fuzzy search
    assert "活动日期" in staff.send("一百二十")
    assert msg.ASK_EVENT in staff.send("上周五")
    summary = staff.send("海智沙龙")
    assert "活动参与人数：120 人" in summary
    assert "日期：2026-11-20" in summary and "活动：海智沙龙" in summary
    saved = staff.press(msg.CONFIRM)
    assert "活动参与人数：已完成 120 / 目标 ≥300 人（40%）" in saved
    (entry,) = _entries(recording_app)
    assert entry.event_name == "海智沙龙"


def test_guided_indicator_list_puts_the_most_used_first(staff: Phone) -> None:
    staff.send("记录 合作单位 1家")
    staff.press(msg.CONFIRM)
    staff.send("/record")
    staff.press("国际科技人文交流与合作")
    assert staff.options[0].label == "合作单位数量"


def _guided_to_value(staff: Phone, indicator_words: str) -> None:
    staff.send("/record")
    staff.press("国际科技人文交流与合作")
    staff.send(indicator_words)


@pytest.mark.parametrize(
    "typed",
    ["120", "１２０", "一百二十", "120人", "120 人"],
    ids=["arabic", "full-width", "chinese", "unit", "spaced"],
)
def test_guided_value_in_any_form(staff: Phone, typed: str) -> None:
    _guided_to_value(staff, "活动参与人数")
    staff.send(typed)
    staff.press(msg.TODAY)
    assert "活动参与人数：120 人" in staff.press(msg.SKIP)


def test_guided_session_count_in_chinese(staff: Phone) -> None:
    _guided_to_value(staff, "研讨会相关活动场次")
    staff.send("三场")
    staff.press(msg.TODAY)
    assert "相关活动场次：3 场" in staff.press(msg.SKIP)


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("今天", "2026-11-25"),
        ("前天", "2026-11-23"),
        ("上周五", "2026-11-20"),
        ("11月3日", "2026-11-03"),
        ("2026-11-03", "2026-11-03"),
        ("11.3", "2026-11-03"),
    ],
    ids=["today", "day-before", "last-friday", "month-day", "iso", "dotted"],
)
def test_guided_date_in_any_form(staff: Phone, typed: str, date: str) -> None:
    _guided_to_value(staff, "活动参与人数")
    staff.send("10")
    staff.send(typed)
    assert f"日期：{date}" in staff.press(msg.SKIP)


@pytest.mark.parametrize(
    ("indicator", "typed", "reason"),
    [
        ("活动参与人数", "很多", msg.NOT_A_NUMBER.format(text="很多")),
        ("活动参与人数", "-5", msg.NEGATIVE.format(value="-5")),
        ("活动参与人数", "3万元", msg.UNIT_MISMATCH.format(unit="万元", expected="人")),
        ("活动参与人数", "2.5", msg.FRACTIONAL.format(value="2.5")),
        ("活动、论坛质量达标率", "120%", msg.PERCENT_OVER.format(value="120")),
        (
            "国际科技人文交流合作成本控制数",
            "3人",
            msg.UNIT_MISMATCH.format(unit="人", expected="万元"),
        ),
    ],
    ids=[
        "not-a-number",
        "negative",
        "money-for-people",
        "fraction",
        "over-100",
        "people-for-money",
    ],
)
def test_bad_value_gets_a_reason_and_the_same_question(
    staff: Phone, indicator: str, typed: str, reason: str
) -> None:
    _guided_to_value(staff, indicator)
    reply = staff.send(typed)
    assert reason in reply
    assert f"「{indicator}」" in reply  # the same question again
    correct = "98" if "率" in indicator else "3万元" if "成本" in indicator else "3"
    assert "活动日期" in staff.send(correct)


def test_bad_date_gets_a_reason_and_the_same_question(staff: Phone) -> None:
    _guided_to_value(staff, "活动参与人数")
    staff.send("10")
    reply = staff.send("下个月吧")
    assert msg.BAD_DATE.format(text="下个月吧") in reply and "活动日期" in reply


def test_future_date_is_saved_only_after_confirmation(staff: Phone) -> None:
    question = staff.send("记录 2026-12-01 活动参与人数 10人")
    assert msg.FUTURE_DATE.format(date="2026-12-01", today="2026-11-25") in question
    assert "日期：2026-12-01" in staff.press(msg.YES)


def test_rejected_future_date_is_asked_again(staff: Phone) -> None:
    staff.send("记录 2026-12-01 活动参与人数 10人")
    assert "活动日期" in staff.press(msg.NO)
    assert "日期：2026-11-24" in staff.send("昨天")


def test_date_outside_the_budget_year_asks_to_confirm(staff: Phone) -> None:
    question = staff.send("记录 2025-12-30 活动参与人数 10人")
    assert msg.OUTSIDE_YEAR.format(date="2025-12-30", year=2026) in question
    assert "日期：2025-12-30" in staff.send("确定")


def test_value_far_beyond_the_target_asks_are_you_sure(staff: Phone, recording_app: App) -> None:
    question = staff.send("记录 活动参与人数 5000人")
    assert "确定吗？" in question and "超过目标 300人 的 10 倍" in question
    assert "请输入「活动参与人数」" in staff.press(msg.NO)
    assert "活动参与人数：500 人" in staff.send("500")
    staff.press(msg.CONFIRM)
    assert _achieved(recording_app, "活动参与人数") == Decimal(500)


def test_value_far_beyond_the_target_can_be_confirmed(staff: Phone, recording_app: App) -> None:
    staff.send("记录 活动参与人数 1.2万")
    assert "活动参与人数：12000 人" in staff.press(msg.YES)
    staff.press(msg.CONFIRM)
    assert _achieved(recording_app, "活动参与人数") == Decimal(12000)


# --- exactly once --------------------------------------------------------------------------


def test_double_tap_on_confirm_saves_once(staff: Phone, recording_app: App) -> None:
    staff.send("记录 活动参与人数 10人")
    confirm = staff.option_data(msg.CONFIRM)
    assert msg.SAVED.format(count=1) in staff.press_data(confirm)
    assert common_msg.OPTION_EXPIRED in staff.press_data(confirm)  # re-delivered or second tap
    assert len(_entries(recording_app)) == 1


def test_two_devices_confirming_at_once_save_once(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    staff.send("记录 活动参与人数 10人")
    confirm = staff.option_data(msg.CONFIRM)
    barrier, replies = threading.Barrier(3), []

    def tap() -> None:
        barrier.wait()
        replies.append(Phone(core, STAFF_ID).press_data(confirm))

    threads = [threading.Thread(target=tap) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(_entries(recording_app)) == 1
    assert sum(msg.SAVED.format(count=1) in reply for reply in replies) == 1


def test_confirm_button_of_an_edited_summary_no_longer_saves(
    staff: Phone, recording_app: App
) -> None:
    staff.send("记录 活动参与人数 10人")
    old_confirm = staff.option_data(msg.CONFIRM)
    staff.press(msg.EDIT)
    staff.press(msg.FIELD_VALUE)
    staff.send("20")
    new_confirm = staff.option_data(msg.CONFIRM)
    assert common_msg.OPTION_EXPIRED in staff.press_data(old_confirm)
    assert _entries(recording_app) == []
    staff.press_data(new_confirm)
    assert [e.value for e in _entries(recording_app)] == ["20"]


def test_two_people_recording_at_once_give_exact_totals(
    core: DialogueCore, recording_app: App
) -> None:
    rounds, barrier, errors = 8, threading.Barrier(2), []

    def log(user_id: int) -> None:
        phone = Phone(core, user_id)
        try:
            barrier.wait()
            for _ in range(rounds):
                phone.send("记录 活动参与人数 3人")
                assert msg.SAVED.format(count=1) in phone.press(msg.CONFIRM)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=log, args=(uid,)) for uid in (STAFF_ID, OTHER_STAFF_ID)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _achieved(recording_app, "活动参与人数") == Decimal(3 * rounds * 2)


# --- summary: edit and cancel --------------------------------------------------------------


def test_edit_from_the_summary_changes_date_and_note(staff: Phone) -> None:
    staff.send("记录 活动参与人数 10人")
    staff.press(msg.EDIT)
    staff.press(msg.FIELD_DATE)
    staff.send("11月3日")
    staff.press(msg.EDIT)
    staff.press(msg.FIELD_NOTE)
    summary = staff.send("现场签到表")
    assert "日期：2026-11-03" in summary and "备注：现场签到表" in summary


def test_edit_indicator_keeps_the_typed_value(staff: Phone) -> None:
    staff.send("记录 活动参与人数 2人")
    staff.press(msg.EDIT)
    staff.press(msg.FIELD_INDICATOR)
    summary = staff.send("上海代表参会")
    assert "海峡两岸科普论坛上海代表参会人数：2 人" in summary


def test_cancel_saves_nothing(staff: Phone, recording_app: App) -> None:
    staff.send("记录 活动参与人数 10人")
    assert msg.NOT_SAVED in staff.press(msg.CANCEL)
    assert _entries(recording_app) == []


# --- undo, history, audit ------------------------------------------------------------------


def _log(phone: Phone, text: str) -> None:
    phone.send(text)
    assert msg.SAVED.format(count=1) in phone.press(msg.CONFIRM)


def test_undo_asks_first_then_removes_only_the_last_entry(
    staff: Phone, recording_app: App
) -> None:
    _log(staff, "记录 活动参与人数 120人")
    _log(staff, "记录 活动参与人数 75人")
    question = staff.send("/undo")
    assert "75 人" in question and staff.options[0].label == msg.UNDO_YES
    undo = staff.option_data(msg.UNDO_YES)
    assert "活动参与人数：已完成 120 / 目标 ≥300 人（40%）" in staff.press_data(undo)
    assert common_msg.OPTION_EXPIRED in staff.press_data(undo)  # a second tap removes nothing
    assert _achieved(recording_app, "活动参与人数") == Decimal(120)
    deleted = [e for e in _all_entries(recording_app) if e.deleted]
    assert [e.value for e in deleted] == ["75"]


def _all_entries(app: App) -> list[Actual]:
    with Session(app.engine) as session:
        return list(session.exec(select(Actual)))


def test_undo_kept_when_declined(staff: Phone, recording_app: App) -> None:
    _log(staff, "记录 活动参与人数 120人")
    staff.send("/undo")
    assert msg.UNDO_KEPT in staff.press(msg.UNDO_NO)
    assert _achieved(recording_app, "活动参与人数") == Decimal(120)


def test_undo_with_nothing_recorded(staff: Phone) -> None:
    assert msg.NOTHING_TO_UNDO in staff.send("/undo")


def test_history_edit_changes_the_total(staff: Phone, recording_app: App) -> None:
    _log(staff, "记录 活动参与人数 120人")
    _log(staff, "记录 活动参与人数 75人")
    listing = staff.send("/history")
    assert msg.HISTORY_HEADER_MINE.format(count=2) in listing
    staff.press_nth("修改", 1)
    staff.press(msg.FIELD_VALUE)
    review = staff.send("80")
    assert "修改前：2026-11-25 活动参与人数：75 人" in review
    assert "修改后：2026-11-25 活动参与人数：80 人" in review
    done = staff.press(msg.EDIT_YES)
    assert "活动参与人数：已完成 200 / 目标 ≥300 人（67%）" in done
    assert _achieved(recording_app, "活动参与人数") == Decimal(200)


def test_history_edit_of_the_date_and_bad_value(staff: Phone, recording_app: App) -> None:
    _log(staff, "记录 活动参与人数 120人")
    staff.send("/history")
    staff.press_nth("修改", 1)
    staff.press(msg.FIELD_VALUE)
    assert msg.NEGATIVE.format(value="-1") in staff.send("-1")
    staff.send("/cancel")
    staff.send("/history")
    staff.press_nth("修改", 1)
    staff.press(msg.FIELD_DATE)
    staff.send("上周五")
    staff.press(msg.EDIT_YES)
    (entry,) = _entries(recording_app)
    assert entry.event_date == dt.date(2026, 11, 20) and entry.version == 2


def test_history_delete_changes_the_total(staff: Phone, recording_app: App) -> None:
    _log(staff, "记录 活动参与人数 120人")
    _log(staff, "记录 活动参与人数 75人")
    staff.send("/history")
    staff.press_nth("删除", 2)
    done = staff.press(msg.DELETE_YES)
    assert "活动参与人数：已完成 75 / 目标 ≥300 人（25%）" in done


def test_history_shows_staff_only_their_own_and_admins_everyone(
    core: DialogueCore, staff: Phone, admin: Phone
) -> None:
    _log(staff, "记录 活动参与人数 120人")
    other = Phone(core, OTHER_STAFF_ID, name="李老师")
    _log(other, "记录 合作单位 1家")
    assert "合作单位" not in staff.send("/history")
    everyone = admin.send("/history")
    assert msg.HISTORY_HEADER_ALL.format(count=2) in everyone
    assert "王老师" in everyone and "李老师" in everyone


def test_staff_cannot_edit_someone_elses_entry(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    other = Phone(core, OTHER_STAFF_ID, name="李老师")
    _log(other, "记录 合作单位 1家")
    (entry,) = _entries(recording_app)
    staff.send("/history")  # an empty list ends at once; open one with an entry of one's own
    _log(staff, "记录 活动参与人数 1人")
    staff.send("/history")
    own_delete = decode(staff.nth_option_data("删除", 1))
    assert own_delete is not None  # The live flow's own button, pointed at another's entry:
    forged = replace(own_delete, args=(str(entry.id),)).encode()
    assert msg.ENTRY_NOT_YOURS in staff.press_data(forged)


def test_audit_is_for_admins_and_keeps_before_and_after(staff: Phone, admin: Phone) -> None:
    _log(staff, "记录 活动参与人数 75人")
    staff.send("/history")
    staff.press_nth("修改", 1)
    staff.press(msg.FIELD_VALUE)
    staff.send("80")
    staff.press(msg.EDIT_YES)
    assert REFUSED in staff.send("/audit")
    log = admin.send("/audit")
    assert msg.AUDIT_HEADER.format(count=2) in log
    assert "王老师 修改 活动参与人数：75 2026-11-25 → 80 2026-11-25" in log
    assert "王老师 新增 活动参与人数：— → 75 2026-11-25" in log


def test_admin_changes_how_an_indicator_adds_up(
    admin: Phone, staff: Phone, recording_app: App
) -> None:
    _log(staff, "记录 活动参与人数 120人")
    _log(staff, "记录 活动参与人数 75人")
    assert msg.RULE_SET.format(name="活动参与人数", rule=msg.AGGREGATION_NAMES["level"]) in (
        admin.send("/rule 活动参与人数 最新")
    )
    assert _achieved(recording_app, "活动参与人数") == Decimal(75)
    assert msg.RULE_SHOW.format(name="活动参与人数", rule=msg.AGGREGATION_NAMES["level"]) in (
        admin.send("/rule 活动参与人数")
    )
    assert REFUSED in staff.send("/rule 活动参与人数 累计")


def test_viewer_may_not_record_or_undo(core: DialogueCore, recording_app: App) -> None:
    viewer = Phone(core, VIEWER_ID)
    assert REFUSED in viewer.send("/record")
    assert REFUSED in viewer.send("记录 活动参与人数 3人")
    assert REFUSED in viewer.send("/undo")
    assert common_msg.OPTION_EXPIRED in viewer.press_data(encode("undo", "yes", 1, 1))
    assert _entries(recording_app) == []


def test_progress_question_reflects_recorded_actuals(staff: Phone) -> None:
    _log(staff, "记录 活动参与人数 120人")
    _log(staff, "记录 活动参与人数 75人")
    answer = staff.send("活动参与人数完成了多少")
    assert "195" in answer and "65%" in answer


def test_progress_shows_recorded_actuals_with_their_status(staff: Phone) -> None:
    staff.send("记录 11月20日 海峡两岸科普论坛 上海代表参会 3人")  # 150% of ≥2
    staff.press(msg.CONFIRM)
    staff.send("记录 11月21日 活动参与人数 120人")  # 40% of ≥300
    staff.press(msg.CONFIRM)
    progress = staff.send("/progress")
    assert "国际科技人文交流与合作：18 项，已完成 1 · " in progress
    detail = staff.send("/progress 国际科技人文交流与合作")
    assert "论坛上海代表参会人数：已完成，3 / ≥2人（150%）" in detail
    assert "活动参与人数：滞后，120 / ≥300人（40%）" in detail
