"""Driving the real bot process as users, over HTTP, through the Bot API stand-in."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.e2e.botapi import ADMIN_ID, BOT_USERNAME, BotApi, Failure, group_chat, user

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
STAFF_ID = 3003
STRANGER = user(4004, "陌生人")
MEMBER = user(5005, "群成员")
SYNC = user(9009, "观察员")  # A separate chat that tells when the bot caught up.
GROUP = group_chat(-100777, "项目组")
QUESTION = "国际交流项目活动参与人数目标是多少"
QUIET_SECONDS = 0.3
QUIET_TIMEOUT = 10.0


def _sync(api: BotApi) -> None:
    """Waits until the bot handled everything queued so far.

    The bot takes updates in order but handles different chats at once, so after the
    answer in the SYNC chat it also waits until the bot has made no call for a moment.
    """
    before = len(api.texts_to(SYNC["id"]))
    api.say(SYNC, "/whoami")
    api.wait_for_texts(SYNC["id"], before + 1)
    deadline = time.monotonic() + QUIET_TIMEOUT
    while time.monotonic() < deadline:
        calls = len([call for call in api.calls if call.method != "getUpdates"])
        time.sleep(QUIET_SECONDS)
        if calls == len([call for call in api.calls if call.method != "getUpdates"]):
            return


def test_startup_registers_chinese_commands_for_everyone_and_admins(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    everyone = botapi.calls_of("setMyCommands", scope=None)
    names = [c["command"] for c in everyone[-1].params["commands"]]
    assert names[:3] == ["start", "help", "projects"]
    assert {"progress", "draft", "cancel", "whoami"} <= set(names)
    assert "grant" not in names
    admin_menu = botapi.calls_of("setMyCommands", scope={"type": "chat", "chat_id": ADMIN_ID})
    admin_names = {c["command"] for c in admin_menu[-1].params["commands"]}
    assert {"grant", "revoke", "users", "subscribe", "unsubscribe"} <= admin_names
    assert all(
        "\u4e00" <= c["description"][0] <= "\u9fff" for c in everyone[-1].params["commands"]
    )
    assert botapi.calls_of("deleteWebhook")


def test_private_question_is_answered_with_the_target(botapi: BotApi, start_bot: StartBot) -> None:
    start_bot()
    botapi.say(ADMIN, QUESTION)
    [answer] = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    assert "300" in answer and "人" in answer


def test_phone_style_questions_are_answered_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """A spoken chain with no punctuation gets both asks; a year written without 年 that
    no form covers gets no figure of the loaded year."""
    start_bot()
    botapi.say(ADMIN, "国交项目主管部门是谁然后计划几号开始")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    chain = "\n".join(first)
    assert "上海市科学技术协会" in chain and "2026-01-01" in chain
    botapi.say(ADMIN, "2027企服预算")
    year = "\n".join(botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)[len(first) :])
    assert "2027" in year and "130万" not in year


def test_the_askers_own_figures_are_told_apart_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """A plan told beside the ask is named and set apart (no 2027 form asked); an actual told
    against a target is worked against it, the operands shown."""
    start_bot()
    botapi.say(ADMIN, "国交活动参与人数目标多少，明年想提到350")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    plan = "\n".join(first)
    assert "“明年想提到350”是您提供的情况" in plan and "≥300人" in plan and "2027" not in plan
    botapi.say(ADMIN, "国交活动参与人数实际来了372人，比目标超出百分之几")
    texts = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    worked = "\n".join(texts[len(first) :])
    assert "您给出的372人" in worked and "300人" in worked and "24%" in worked


def test_a_spoken_correction_is_asked_as_meant_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """企服…不对，是国交: only the corrected project is answered, and the reply says so."""
    start_bot()
    botapi.say(ADMIN, "企服的年度预算，不对，不是企服，是国交的，多少")
    answer = "\n".join(botapi.wait_for_texts(ADMIN_ID, 1, timeout=20))
    assert "按您更正后的说法理解" in answer and "40万元" in answer
    assert "130万元" not in answer


def test_a_check_and_a_listed_message_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """A check of a sum against a figure gets both sides and a verdict; a message typed as a
    list on a phone (a heading line, asks behind dashes) gets each ask answered."""
    start_bot()
    botapi.say(ADMIN, "您好，企服预算和国交预算加起来是不是等于200万，急")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    check = "\n".join(first)
    assert "170万元" in check and "不相等" in check and "少 30万元" in check
    botapi.say(ADMIN, "国交\n- 合作单位几家\n- 论文征集几篇")
    texts = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    listed = "\n".join(texts[len(first) :])
    assert "3家" in listed and "20篇" in listed and "130万元" not in listed


def test_shared_rows_and_a_purpose_clause_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """Rows both projects share are named once before each project's list; a clause telling
    what the asker will do with the answer does not block it."""
    start_bot()
    botapi.say(ADMIN, "两个项目名字一模一样的考核有哪些")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    shared = "\n".join(first)
    assert "2 个项目都有的同名指标共 2 项" in shared and "活动完成及时性" in shared
    botapi.say(ADMIN, "港澳台学生人数目标多少，宿舍要提前安排")
    texts = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    answer = "\n".join(texts[len(first) :])
    assert "≥50人" in answer and "没有找到" not in answer


def test_grouping_a_query_style_condition_and_a_spoken_year_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """Rows grouped by heading with a count each, beside a clause saying what the answer is
    for; a condition written query-style; a year said aloud that is not loaded, refused."""
    start_bot()
    botapi.say(ADMIN, "汇报PPT要放一页国交项目的指标结构，按一级指标分一下，每类几条")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    grouped = "\n".join(first)
    assert "产出指标（13 项）" in grouped and "满意度指标（1 项）" in grouped
    assert "没有找到" not in grouped
    botapi.say(ADMIN, "国交 where 单位='人' count")
    second = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    listed = "\n".join(second[len(first) :])
    assert "共 4 项" in listed and "以“=”设定" not in listed
    botapi.say(ADMIN, "国交二零二七年的预算报了多少")
    third = botapi.wait_for_texts(ADMIN_ID, len(second) + 1, timeout=20)
    refused = "\n".join(third[len(second) :])
    assert "没有 2027 年度的申报表" in refused and "40万" not in refused


def test_a_premise_a_direction_and_a_described_project_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """A figure put up for checking gets the form's figure and a verdict; rows asked by which
    way they are better are labelled so; a project said by what it does is the one answered."""
    start_bot()
    botapi.say(ADMIN, "培育工作站目标是50家吗")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    checked = "\n".join(first)
    assert "您说的“50家”与申报表不一致，以申报表为准" in checked and "≥40家" in checked
    botapi.say(ADMIN, "国交有哪些逆向指标")
    second = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    listed = "\n".join(second[len(first) :])
    assert "逆向（越小越好）" in listed and "≤40万元" in listed and "=0起" in listed
    assert "≥300" not in listed
    botapi.say(ADMIN, "跟企业搞科技创新的那个项目，成本控制数多少")
    third = botapi.wait_for_texts(ADMIN_ID, len(second) + 1, timeout=20)
    described = "\n".join(third[len(second) :])
    assert "130万元" in described and "40万元" not in described


def test_an_order_wished_a_part_taken_out_and_a_remark_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """Rows put in the order wished with the first ones kept; a part taken out of an amount;
    a remark about the asker whose 明年 is no year asked; a count said in Cantonese."""
    start_bot()
    botapi.say(ADMIN, "国交数量指标按目标值排序，前三是哪些")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    ordered = "\n".join(first)
    assert "共 3 项" in ordered and ordered.index("≥300人") < ordered.index("≥100个")
    assert "≥2人" not in ordered
    botapi.say(ADMIN, "国交预算拿三成出来是多少")
    second = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    part = "\n".join(second[len(first) :])
    assert "12万元" in part and "0.3" in part
    botapi.say(ADMIN, "企服项目预算多少？顺便说一下我明年就退休了")
    third = botapi.wait_for_texts(ADMIN_ID, len(second) + 1, timeout=20)
    remarked = "\n".join(third[len(second) :])
    assert "130万元" in remarked and "2027" not in remarked
    botapi.say(ADMIN, "企服里按场计的指标一共几多个")
    fourth = botapi.wait_for_texts(ADMIN_ID, len(third) + 1, timeout=20)
    counted = "\n".join(fourth[len(third) :])
    assert "5 项" in counted and "43场" not in counted


def test_pinyin_typing_taiwan_usage_and_a_method_told_beside_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """A year typed in pinyin that is not loaded, refused with no figure; a project's initials
    and a homophone slip read; Taiwan usage read as the form's words; the method of a per-unit
    figure told beside the ask, worked."""
    start_bot()
    botapi.say(ADMIN, "gj 2027nian语算多少")
    first = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    refused = "\n".join(first)
    assert "2027" in refused and "40万" not in refused and "130万" not in refused
    botapi.say(ADMIN, "gj的慢意度目标多少")
    second = botapi.wait_for_texts(ADMIN_ID, len(first) + 1, timeout=20)
    slipped = "\n".join(second[len(first) :])
    assert "参与人员与合作单位满意度" in slipped and "≥90%" in slipped
    botapi.say(ADMIN, "國交專案的品質指標有哪幾項？")
    third = botapi.wait_for_texts(ADMIN_ID, len(second) + 1, timeout=20)
    listed = "\n".join(third[len(second) :])
    assert "质量指标共 2 项" in listed and "=0起" in listed
    botapi.say(ADMIN, "国交平均每个实习岗位对应多少钱（按年度预算除以实习岗位数量）")
    fourth = botapi.wait_for_texts(ADMIN_ID, len(third) + 1, timeout=20)
    worked = "\n".join(fourth[len(third) :])
    assert "4000" in worked and "÷" in worked


def answer_to(botapi: BotApi, text: str) -> str:
    """Says ``text`` as the admin and returns every message of the bot's answer."""
    before = len(botapi.texts_to(ADMIN_ID))
    botapi.say(ADMIN, text)
    botapi.wait_for_texts(ADMIN_ID, before + 1, timeout=20)
    _sync(botapi)  # every message of the answer sent
    return "\n".join(botapi.texts_to(ADMIN_ID)[before:])


def test_pasted_rows_cantonese_and_a_quoted_unknown_project_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """Rows pasted from the form with their raw targets, then asked of by pointing; a question
    in Cantonese with a what-if; a quoted name of no project refused with no figure."""
    start_bot()

    divided = answer_to(
        botapi,
        "国际科技人文交流合作成本控制数\t≤40.00(万元)\n活动参与人数\t≥300.00(人)\n这两行钱除以人数",
    )
    assert "1333.33" in divided and "÷" in divided
    scaled = answer_to(botapi, "國交預算打個八折，按活動參與人數平均每人幾多蚊？")
    assert "32万" in scaled and "1066.67" in scaled
    refused = answer_to(botapi, "“科普嘉年华”项目的年度资金申请总额是多少")
    assert "科普嘉年华" in refused and "40万" not in refused and "130万" not in refused


def test_exclusions_relayed_asks_and_page_pointers_through_the_bot_api(
    botapi: BotApi, start_bot: StartBot
) -> None:
    """Rows listed by what they are not, a caller's ask relayed in contract wording, and a row
    pointed at on the second page of the forms with a what-if."""
    start_bot()

    rest = answer_to(botapi, "国交的数量指标，除了以“人”计和以“场”计的，其余还有哪几条？")
    assert "共 4 项" in rest and "合作单位数量" in rest and "活动参与人数" not in rest
    relayed = answer_to(botapi, "市民来电询问国交满意度不得低于多少")
    assert "≥90%" in relayed and "没有找到" not in relayed
    raised = answer_to(botapi, "第二页数量指标第二行活动参与人数，要是明年提高两成，是多少人？")
    assert "360人" in raised and "300人" in raised


def test_stranger_is_refused_with_their_id_and_no_data(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.say(STRANGER, QUESTION)
    botapi.say(STRANGER, "/whoami")
    refusal, whoami = botapi.wait_for_texts(STRANGER["id"], 2)
    assert "4004" in refusal and "300" not in refusal and "权限" in refusal
    assert "4004" in whoami


def test_unregistered_group_stays_silent_until_an_admin_subscribes_it(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.say(MEMBER, f"@{BOT_USERNAME} {QUESTION}", chat=GROUP)
    botapi.say(MEMBER, "/help", chat=GROUP)
    _sync(botapi)
    assert botapi.texts_to(GROUP["id"]) == []

    botapi.say(ADMIN, "/subscribe", chat=GROUP)
    [subscribed] = botapi.wait_for_texts(GROUP["id"], 1)
    assert "已登记" in subscribed

    botapi.say(MEMBER, f"@{BOT_USERNAME} {QUESTION}", chat=GROUP)
    botapi.say(MEMBER, "大家好", chat=GROUP)  # Not addressed to the bot: ignored.
    botapi.say(MEMBER, "/draft", chat=GROUP)
    texts = botapi.wait_for_texts(GROUP["id"], 3, timeout=20)
    assert "300" in texts[1]
    assert "/draft" in texts[2] and "查看者" in texts[2]  # Members act as viewers.
    answer = botapi.sent_message(GROUP["id"], "300")
    botapi.say(MEMBER, "预算多少", chat=GROUP, reply_to=answer)  # A reply to the bot.
    assert len(botapi.wait_for_texts(GROUP["id"], 4, timeout=20)) == 4
    _sync(botapi)
    assert len(botapi.texts_to(GROUP["id"])) == 4


def test_button_press_is_answered_edited_and_handled_once(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.say(ADMIN, f"/grant {STAFF_ID}")
    botapi.wait_for_texts(ADMIN_ID, 1)
    keyboard_message = botapi.sent_message(ADMIN_ID, str(STAFF_ID))
    viewer = botapi.button_data(keyboard_message, "查看者")
    staff = botapi.button_data(keyboard_message, "工作人员")
    first = botapi.press(ADMIN, keyboard_message, viewer)
    texts = botapi.wait_for_texts(ADMIN_ID, 2)
    assert f"已将用户 {STAFF_ID} 的角色设为查看者" in texts[1]
    assert botapi.calls_of("answerCallbackQuery", callback_query_id=first["callback_query"]["id"])
    [edit] = botapi.calls_of("editMessageText", message_id=keyboard_message["message_id"])
    assert "已选择：查看者" in edit.params["text"] and not edit.params.get("reply_markup")

    second = botapi.press(ADMIN, keyboard_message, staff)  # A stale keyboard.
    botapi.wait_for(
        lambda: botapi.calls_of(
            "answerCallbackQuery", callback_query_id=second["callback_query"]["id"]
        )
    )
    [answer] = botapi.calls_of(
        "answerCallbackQuery", callback_query_id=second["callback_query"]["id"]
    )
    assert answer.params["text"] == "已处理"
    _sync(botapi)
    assert not any("工作人员" in text for text in botapi.texts_to(ADMIN_ID))


def test_flood_limit_answer_is_retried_and_the_reply_delivered(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.fail_next(
        "sendMessage",
        Failure(429, "Too Many Requests: retry after 1", {"retry_after": 1}),
    )
    botapi.say(ADMIN, "/whoami")
    [text] = botapi.wait_for_texts(ADMIN_ID, 1)
    assert str(ADMIN_ID) in text
    attempts = [c for c in botapi.calls if c.method == "sendMessage"]
    assert [c.error for c in attempts] == [429, None]


def test_dropped_connection_is_retried_and_the_reply_delivered(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.fail_next("sendMessage", Failure(disconnect=True))
    botapi.say(ADMIN, "/whoami")
    [text] = botapi.wait_for_texts(ADMIN_ID, 1)
    assert str(ADMIN_ID) in text


def test_redelivered_update_is_handled_once(botapi: BotApi, start_bot: StartBot) -> None:
    start_bot()
    update = botapi.say(ADMIN, "/whoami")
    botapi.wait_for_texts(ADMIN_ID, 1)
    botapi.redeliver(update)  # Telegram delivers the same update_id again.
    _sync(botapi)
    assert len(botapi.texts_to(ADMIN_ID)) == 1


def test_flow_continues_after_kill_and_restart(botapi: BotApi, start_bot: StartBot) -> None:
    bot = start_bot()
    botapi.say(ADMIN, "/grant")
    [ask_user] = botapi.wait_for_texts(ADMIN_ID, 1)
    assert "用户 ID" in ask_user
    bot.kill()

    start_bot()
    # The prompt may be sent once more at start-up if the kill came before it was noted
    # as sent; count on from what is there now.
    seen = len(botapi.texts_to(ADMIN_ID))
    botapi.say(ADMIN, str(STAFF_ID))
    texts = botapi.wait_for_texts(ADMIN_ID, seen + 1)
    assert str(STAFF_ID) in texts[seen]
    keyboard_message = botapi.sent_message(ADMIN_ID, "请选择")
    botapi.press(ADMIN, keyboard_message, botapi.button_data(keyboard_message, "工作人员"))
    texts = botapi.wait_for_texts(ADMIN_ID, seen + 2)
    assert f"已将用户 {STAFF_ID} 的角色设为工作人员" in texts[seen + 1]


def test_invite_link_grants_the_role_once(botapi: BotApi, start_bot: StartBot) -> None:
    start_bot()
    botapi.say(ADMIN, "/grant invite staff")
    [invite] = botapi.wait_for_texts(ADMIN_ID, 1)
    link = next(word for word in invite.split() if word.startswith("https://t.me/"))
    assert link.startswith(f"https://t.me/{BOT_USERNAME}?start=")
    code = link.split("start=")[1]
    other = user(6006, "另一位")
    botapi.say(STRANGER, f"/start {code}")
    botapi.say(other, f"/start {code}")  # at the same moment, in another chat
    [first] = botapi.wait_for_texts(STRANGER["id"], 1, timeout=20)
    [second] = botapi.wait_for_texts(other["id"], 1, timeout=20)
    assert sorted(["邀请已生效" in first, "邀请已生效" in second]) == [False, True]
    winner, welcome, reused = (
        (STRANGER, first, second) if "邀请已生效" in first else (other, second, first)
    )
    assert "工作人员" in welcome and "已被使用" in reused
    botapi.say(winner, QUESTION)
    assert "300" in botapi.wait_for_texts(winner["id"], 2, timeout=20)[1]


def test_failure_is_reported_to_the_user_and_the_bot_keeps_running(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    document = botapi.add_file(b"not a form", "form.txt")
    botapi.fail_next("getFile", Failure(400, "Bad Request: file is temporarily unavailable"))
    botapi.say(ADMIN, "", document=document)
    [sorry] = botapi.wait_for_texts(ADMIN_ID, 1)
    assert "出现问题" in sorry
    botapi.say(ADMIN, QUESTION)
    assert "300" in botapi.wait_for_texts(ADMIN_ID, 2, timeout=20)[1]


def test_admin_sends_a_revised_form_and_questions_use_it(
    botapi: BotApi, start_bot: StartBot
) -> None:
    from knowledge.builtin import builtin_document_text

    bot = start_bot()
    revised = builtin_document_text().replace("≥300.00(人)", "≥320.00(人)")
    document = botapi.add_file(revised.encode(), "2026-修订.txt")
    botapi.say(ADMIN, "", document=document)
    [report] = botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    assert "更新 1" in report and "≥320.00(人)" in report, bot.output()
    assert botapi.calls_of("getFile")
    botapi.say(ADMIN, QUESTION)
    assert "320" in botapi.wait_for_texts(ADMIN_ID, 2, timeout=20)[1]


def test_a_strangers_file_is_never_downloaded(botapi: BotApi, start_bot: StartBot) -> None:
    start_bot()
    document = botapi.add_file(b"secret", "form.txt")
    botapi.say(STRANGER, "", document=document)
    [refusal] = botapi.wait_for_texts(STRANGER["id"], 1, timeout=20)
    assert str(STRANGER["id"]) in refusal
    assert not botapi.calls_of("getFile") and not botapi.calls_of("download")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _post_update(port: int, update: dict[str, object], secret: str) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/hook",
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            status: int = response.status
            return status
    except urllib.error.HTTPError as error:
        return error.code


def test_webhook_mode_checks_the_secret_and_answers(botapi: BotApi, start_bot: StartBot) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/hook"
    start_bot(
        "--webhook-url",
        url,
        "--listen",
        "127.0.0.1",
        "--port",
        str(port),
        "--secret-token",
        "s3cret",
        webhook_port=port,
    )
    [webhook] = botapi.calls_of("setWebhook")
    assert webhook.params["url"] == url and webhook.params["secret_token"] == "s3cret"
    update = {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": ADMIN_ID, "type": "private", "first_name": "管理员"},
            "from": ADMIN,
            "text": "/whoami",
            "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
        },
    }
    assert _post_update(port, update, "wrong") == 403
    assert _post_update(port, update, "s3cret") == 200
    [text] = botapi.wait_for_texts(ADMIN_ID, 1)
    assert str(ADMIN_ID) in text


def test_rejected_token_exits_with_code_2_without_logging_it(
    botapi: BotApi, bot_env: dict[str, str], tmp_path: Path
) -> None:
    wrong = "999:WRONG-TOKEN"
    env = {**bot_env, "TELEGRAM_BOT_TOKEN": wrong}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "拒绝" in done.stderr
    assert wrong not in done.stderr + done.stdout
