"""Drafting next year's targets through the dialogue core, pressing buttons like a phone."""

from __future__ import annotations

import json
import threading

import pytest
from sqlmodel import Session

from bot.app import build_core, open_app
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages import draft as msg
from bot.dialogue.messages import imports as import_msg
from bot.dialogue.messages import record as record_msg
from bot.dialogue.replies import Attachment, Turn
from knowledge.documents import read_declaration
from knowledge.model import ProjectForm
from storage.drafts import draft_audit, list_drafts
from tests.dialogue.phone import NOW, OTHER_STAFF_ID, Phone

PROJECT = "国际科技人文交流与合作"
ROWS = 18


def log(phone: Phone, message: str) -> None:
    """Logs an actual in one message and confirms it."""
    phone.send(message)
    assert "已保存" in phone.press(record_msg.CONFIRM)


@pytest.fixture
def logged(staff: Phone) -> Phone:
    """Returns the staff phone after logging this year's actuals of three indicators."""
    log(staff, "记录 11月3日 活动参与人数 420人")  # ≥300: clearly beaten
    log(staff, "记录 11月4日 合作单位数量 3家")  # ≥3: met
    log(staff, "记录 11月5日 海峡两岸科普论坛 上海代表参会人数 1人")  # ≥2: missed
    return staff


def walk_rows(phone: Phone) -> list[str]:
    """Presses 采用建议 on every card (保持原值 where there is none) and returns the cards."""
    cards = []
    for _ in range(ROWS + 1):
        text = phone.replies[-1].text
        if msg.CHECK_HEADER in text:
            break
        cards.append(text)
        labels = [option.label for option in phone.options]
        phone.press(msg.TAKE if msg.TAKE in labels else msg.KEEP)
    return cards


def exported_form(phone: Phone) -> ProjectForm:
    (document,) = [reply.document for reply in phone.replies if reply.document is not None]
    (form,) = read_declaration(document.content, file_name=document.file_name)
    return form


def test_whole_draft_mostly_by_taking_suggestions(logged: Phone) -> None:
    staff = logged
    opened = staff.send(f"/draft {PROJECT}")
    assert "开始起草《国际科技人文交流与合作》2027 年度申报表" in opened
    assert "年度资金申请总额：40万元（400,000.00元）" in opened
    goal = staff.press(msg.KEEP_UNCHANGED)
    assert "筹划实施第 34 届海峡两岸都市 → 筹划实施第 35 届海峡两岸都市" in goal
    assert "组织实施 2026 年港澳台大学生 → 组织实施 2027 年港澳台大学生" in goal
    staff.press(msg.TAKE)
    cards = walk_rows(staff)
    assert len(cards) == ROWS
    by_name = {card.split("「")[1].split("」")[0]: card for card in cards}
    raised = by_name["活动参与人数"]
    assert (
        "2026 年已完成：420人（完成率 140%）" in raised and "建议 2027 年：≥420.00(人)" in raised
    )
    assert "超过目标 10% 以上" in raised
    assert "完成目标（100%）" in by_name["合作单位数量"]
    missed = by_name["海峡两岸科普论坛上海代表参会人数"]
    assert "目前完成 50%" in missed and "建议 2027 年：≥2.00(人)" in missed
    assert "尚未登记" in by_name["活动安全事故发生数"]
    assert "成本控制数与年度资金申请总额" in by_name["国际科技人文交流合作成本控制数"]
    assert "2027 年 12 月底前" in by_name["活动完成及时性"]
    assert "第 35 届海峡两岸都市交通学术研讨会相关活动场次" in cards[8]
    check = staff.replies[-1].text
    assert (
        msg.CHECK_WARNINGS in check and "有效促进" in check and msg.CHECK_ERRORS[:4] not in check
    )
    assert msg.XLSX not in [option.label for option in staff.options]
    staff.press(msg.ACCEPT_WARNING.format(number=1))
    assert "已确认" in staff.replies[-1].text
    staff.press(msg.ACCEPT_ALL_WARNINGS)
    staff.press(msg.XLSX)
    form = exported_form(staff)
    targets = {row.name: row.target.raw for row in form.indicators}
    assert form.year == 2027 and targets["活动参与人数"] == "≥420.00(人)"
    assert targets["第 35 届海峡两岸都市交通学术研讨会上海征集论文数量"] == "≥20.00(篇)"
    assert "筹划实施第 35 届海峡两岸都市交通学术研讨会" in form.annual_goal
    staff.press(msg.DOCX)
    (document,) = [r.document for r in staff.replies if r.document is not None]
    assert document.file_name.endswith("2027年度绩效目标申报表.docx")


def test_deleting_the_cost_row_blocks_export(staff: Phone) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.KEEP_UNCHANGED)
    assert "「国际科技人文交流合作成本控制数」" in staff.press(msg.TAKE)
    assert "已删除：国际科技人文交流合作成本控制数" in staff.press(msg.DELETE)
    check = staff.press(msg.TAKE_ALL)
    assert "检查发现 1 个问题" in check and "缺少成本指标" in check
    labels = [option.label for option in staff.options]
    assert msg.XLSX not in labels and msg.ACCEPT_ALL_WARNINGS not in labels


def test_change_and_add_rows_are_validated(staff: Phone) -> None:
    staff.send(f"/draft {PROJECT}")
    check = staff.press(msg.TAKE_ALL)
    assert "已对其余 18 个指标采用建议" in check and msg.CHECK_WARNINGS in check
    card = staff.press(msg.EDIT_ROWS_BUTTON)
    assert "「科普活动影响力提升情况」" in card  # The first row with a finding.
    staff.press(msg.CHANGE)
    assert "不是有效的指标值" in staff.send("≥三成")
    changed = staff.send("≥5次")
    assert "已修改：科普活动影响力提升情况 ≥5.00(次)" in changed
    staff.press(msg.ADD_ROW)
    staff.press("产出指标")
    staff.press("数量指标")
    assert "已有同名指标" in staff.send("活动参与人数")
    staff.send("港澳台青年交流营场次")
    assert "不在 2027 年度内" in staff.send("2026年12月底前")
    added = staff.send("≥2场")
    assert "已新增：产出指标 / 数量指标 / 港澳台青年交流营场次 ≥2.00(场)" in added
    assert "指标 17/19" in added  # Back on the card being reviewed, one row further down.
    moved = staff.press(msg.MOVE_UP)
    assert "已上移" in moved and "指标 16/19" in moved and "海峡两岸交流促进情况" in moved


def test_amounts_in_wan_or_yuan_are_shown_both_ways(staff: Phone) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.CHANGE_FIELD.format(field="年度资金申请总额"))
    assert "不是有效的金额" in staff.send("四十五")
    assert "是元还是万元" in staff.send("45")
    reply = staff.send("45万")
    assert "「年度资金申请总额」已改为 45万元（450,000.00元）" in reply
    assert msg.APPROPRIATION_FOLLOWS in reply and "当年财政拨款：45万元" in reply
    staff.press(msg.CHANGE_FIELD.format(field="上年结转资金"))
    assert "上年结转资金」已改为 5万元（50,000.00元）" in staff.send("50,000")
    staff.press(msg.TAKE_ALL)
    check = staff.replies[-1].text
    assert "资金不平衡" in check and "成本控制数" not in check  # The cap follows the budget.


def test_goal_typed_with_question_words_is_taken_as_the_goal(staff: Phone) -> None:
    assert "开始起草《国际科技人文交流与合作》" in staff.send("/draft 国际交流")
    staff.press(msg.KEEP_UNCHANGED)
    staff.press(msg.EDIT_GOAL)
    reply = staff.send("研究如何提升两岸交流质量，全年举办多少场活动由需求确定。")
    assert "年度总体目标已更新" in reply and "指标 1/18" in reply


def test_draft_alone_lists_drafts_with_their_state(staff: Phone, recording_app: App) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.TAKE_ALL)
    staff.press(msg.SAVE_EXIT)
    listing = staff.send("/draft")
    assert (
        "国际科技人文交流与合作（2027年度）：已处理 18/18 个指标，起草中，最后修改：王老师"
        in listing
    )
    assert [option.label for option in staff.options] == ["企业科技创新服务", PROJECT]
    with Session(recording_app.engine) as session:
        (stored,) = list_drafts(session=session)
        actions = [entry.action for entry in draft_audit(session=session, draft_id=stored.id)]
    assert actions == ["draft_create", "draft_take_all"]


def test_two_editors_never_overwrite_each_other(core: DialogueCore, staff: Phone) -> None:
    other = Phone(core, OTHER_STAFF_ID, name="李老师")
    staff.send(f"/draft {PROJECT}")
    other.send(f"/draft {PROJECT}")
    staff.press(msg.KEEP_UNCHANGED)
    staff.press(msg.TAKE)
    refused = other.press(msg.KEEP_UNCHANGED)
    assert "刚被 王老师 修改过" in refused and "指标 1/18" in refused
    staff.press(msg.DELETE)
    refused = other.press(msg.TAKE)
    assert "刚被 王老师 修改过" in refused and "指标 2/18" in refused
    assert "已采用建议" in other.press(msg.TAKE)
    assert "刚被 李老师 修改过" in staff.press(msg.TAKE)


def test_restart_mid_draft_loses_nothing_confirmed(
    staff: Phone, recording_app: App, core: DialogueCore
) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.KEEP_UNCHANGED)
    staff.press(msg.TAKE)
    staff.press(msg.TAKE)
    assert "指标 3/18" in staff.press(msg.DELETE)
    restarted = open_app(recording_app.settings, with_questions=True)
    restarted.clock = lambda: NOW
    phone = Phone(build_core(restarted), staff.user_id)
    taken = phone.press_data(staff.option_data(msg.TAKE))  # The card shown before the restart.
    assert "已采用建议" in taken and "指标 4/18" in taken
    phone.press(msg.SAVE_EXIT)
    resumed = phone.send(f"/draft {PROJECT}")
    assert "继续起草" in resumed and "指标 4/18" in resumed
    phone.press(msg.TAKE_ALL)
    with Session(restarted.engine) as session:
        (stored,) = list_drafts(session=session)
        audit = draft_audit(session=session, draft_id=stored.id)
    assert stored.draft.rows[1].state.value == "deleted"
    assert json.loads(audit[3].after or "{}")["row1"]["state"] == "suggested"
    assert json.loads(audit[5].after or "{}")["row3"]["state"] == "suggested"


def test_viewer_cannot_draft(core: DialogueCore, recording_app: App) -> None:
    from tests.dialogue.phone import VIEWER_ID

    assert "权限" in Phone(core, VIEWER_ID).send("/draft")


def send_file(phone: Phone, document: Attachment) -> str:
    """Sends a document from ``phone`` and keeps the options shown."""
    replies = phone.core.handle(
        Turn(user_id=phone.user_id, chat_id=phone.chat_id, document=document, user_name="管理员")
    )
    phone.replies = replies
    phone.options = replies[-1].options
    return "\n".join(reply.text for reply in replies)


def test_admin_sending_an_export_back_sees_a_preview_then_confirms(
    staff: Phone, admin: Phone, recording_app: App
) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.TAKE_ALL)
    staff.press(msg.ACCEPT_ALL_WARNINGS)
    staff.press(msg.XLSX)
    (document,) = [reply.document for reply in staff.replies if reply.document is not None]
    assert "只有管理员可以导入" in send_file(staff, document)
    preview = send_file(admin, document)
    assert (
        "导入后的变化预览" in preview and "新项目：国际科技人文交流与合作（2027年度）" in preview
    )
    assert "新增 18" in preview
    assert {p.year for p in recording_app.catalog.projects} == {2026}
    assert "已取消" in admin.press(import_msg.CANCEL)
    assert {p.year for p in recording_app.catalog.projects} == {2026}
    send_file(admin, document)
    done = admin.press(import_msg.CONFIRM)
    assert "已导入" in done and "新增 18" in done
    years = sorted((p.year, len(p.indicators)) for p in recording_app.catalog.projects)
    assert (2027, 18) in years
    assert "未变 18" in send_file(admin, document)  # The same file again: nothing would change.


@pytest.mark.parametrize(
    ("project", "rows"), [("企业科技创新服务", 22), (PROJECT, 18)], ids=["enterprise", "intl"]
)
def test_each_seed_project_drafted_by_pressing_take_and_imported_back(
    logged: Phone, admin: Phone, recording_app: App, project: str, rows: int
) -> None:
    staff = logged
    staff.send(f"/draft {project}")
    staff.press(msg.KEEP_UNCHANGED)
    labels = [option.label for option in staff.options]
    staff.press(msg.TAKE if msg.TAKE in labels else msg.KEEP_GOAL)
    pressed = 0
    while msg.CHECK_HEADER not in staff.replies[-1].text:
        staff.press(msg.TAKE)
        pressed += 1
    assert pressed == rows
    staff.press(msg.ACCEPT_ALL_WARNINGS)
    staff.press(msg.XLSX)
    (document,) = [reply.document for reply in staff.replies if reply.document is not None]
    send_file(admin, document)
    assert "已导入" in admin.press(import_msg.CONFIRM)
    drafted = [p for p in recording_app.catalog.projects if p.year == 2027 and p.name == project]
    assert len(drafted) == 1 and len(drafted[0].indicators) == rows
    assert all("2026" not in i.target.raw for i in drafted[0].indicators)


def test_admin_audit_names_the_draft_and_the_rows(staff: Phone, admin: Phone) -> None:
    staff.send(f"/draft {PROJECT}")
    staff.press(msg.KEEP_UNCHANGED)
    staff.press(msg.TAKE)
    staff.press(msg.DELETE)
    audit = admin.send("/audit")
    assert "王老师 草稿《国际科技人文交流与合作》2027年度 处理指标：第 1 行" in audit
    assert "（已删除）" in audit and "修改年度目标：年度总体目标" in audit
    assert "draft_" not in audit


def test_two_people_draft_different_projects_at_once(
    core: DialogueCore, staff: Phone, recording_app: App
) -> None:
    other = Phone(core, OTHER_STAFF_ID, name="李老师")
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def draft(phone: Phone, project: str) -> None:
        phone.send(f"/draft {project}")
        barrier.wait(timeout=30)
        results[project] = phone.press(msg.TAKE_ALL)

    threads = [
        threading.Thread(target=draft, args=(staff, "企业科技创新服务")),
        threading.Thread(target=draft, args=(other, PROJECT)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all("已对其余" in text for text in results.values()) and len(results) == 2
    with Session(recording_app.engine) as session:
        drafts = {d.draft.form.name: d for d in list_drafts(session=session)}
    assert {d.updated_by_name for d in drafts.values()} == {"王老师", "李老师"}
    assert all(d.version == 2 for d in drafts.values())
    assert "已保存" in other.press(msg.SAVE_EXIT)
    listing = other.send("/draft")
    assert (
        "企业科技创新服务（2027年度）：已处理 22/22" in listing and "最后修改：王老师" in listing
    )
