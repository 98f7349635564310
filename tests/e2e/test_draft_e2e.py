"""Drafting next year's form from a phone through the real bot process, killed midway."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from knowledge.documents import read_declaration
from storage.database import create_db_engine
from storage.drafts import list_drafts
from tests.e2e.botapi import BotApi
from tests.e2e.conftest import StartBot
from tests.e2e.test_record_e2e import STAFF, STAFF_ID, StaffPhone, _grant_staff

pytestmark = pytest.mark.e2e

PROJECT = "国际科技人文交流与合作"


def _states(engine: Engine) -> list[str]:
    with Session(engine) as session:
        (stored,) = list_drafts(session=session)
    return [row.state.value for row in stored.draft.rows]


def test_draft_in_telegram_survives_kill_9_and_exports_a_file(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    bot = start_bot()
    _grant_staff(botapi)
    phone = StaffPhone(botapi)
    summary = phone.send("记录 11月3日 活动参与人数 420人")
    if "确定吗" in summary:  # Run in another year: the date is outside the budget year.
        phone.press("确定")
    assert "已保存" in phone.press("确认")

    assert "开始起草《国际科技人文交流与合作》2027 年度申报表" in phone.send(f"/draft {PROJECT}")
    assert "第 35 届" in phone.press("保持不变")
    assert "指标 1/18" in phone.press("采用建议")
    assert "指标 2/18" in phone.press("采用建议")
    card = phone.press("采用建议")
    assert "「活动参与人数」" in card and "420人（完成率 140%）" in card
    message, take = phone.keyboard("采用建议")

    bot.kill()  # kill -9 between two steps
    engine = create_db_engine(bot_env["GOALBOT_DATABASE_URL"])
    try:
        assert _states(engine)[:3] == ["suggested", "suggested", "pending"]
        start_bot()
        # A reply sent just before the kill may be sent once more at start-up (the stop came
        # before the bot could note it as sent): read on from what is there now.
        phone.seen = len(botapi.texts_to(STAFF_ID))
        botapi.press(STAFF, message, take)  # The card shown before the crash still works.
        assert "已采用建议：活动参与人数 ≥420.00(人)" in phone.next_text()
        check = phone.press("全部采用建议")
        assert "提示" in check and "有效促进" in check
        assert "可以导出" in phone.press("全部确认")
        assert "已导出" in _caption_after(botapi, phone, "Excel（.xlsx）")
        assert _states(engine).count("pending") == 0
    finally:
        engine.dispose()
    (content,) = [
        file
        for path, file in botapi.files.values()
        if path.startswith("sent/") and path.endswith(".xlsx")
    ]
    (form,) = read_declaration(content, file_name="draft.xlsx")
    targets = {row.name: row.target.raw for row in form.indicators}
    assert form.year == 2027 and targets["活动参与人数"] == "≥420.00(人)"
    assert targets["活动完成及时性"] == "2027 年 12 月底前"


def _caption_after(api: BotApi, phone: StaffPhone, label: str) -> str:
    """Presses ``label`` and returns the caption of the document the bot sends back."""
    before = len(api.calls_of("sendDocument", chat_id=STAFF_ID))
    phone.press(label)
    calls = api.wait_for(
        lambda: (
            (found := api.calls_of("sendDocument", chat_id=STAFF_ID))
            and len(found) > before
            and found
        )
    )
    caption: str = calls[-1].params.get("caption", "")
    return caption
