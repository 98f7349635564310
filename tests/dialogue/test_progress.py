"""Progress through the dialogue core at a fixed clock: summary, detail, questions, score,
export read back, and the chart's glyphs."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from bot.app import build_core
from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from bot.dialogue.replies import Reply, Turn
from knowledge.catalog import IndicatorInfo
from storage.actuals import ActualCreate, Author, save_entries

NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
ADMIN_ID = 1001
PROJECT = "国际科技人文交流与合作"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# 2026-11-26 is day 330 of 365.
ELAPSED = 330 / 365


def indicator(app: App, name: str) -> IndicatorInfo:
    return next(i for i in app.catalog.indicators if i.name == name)


def log(app: App, name: str, value: str, day: dt.date = dt.date(2026, 11, 20)) -> None:
    target = indicator(app, name)
    with Session(app.engine) as session:
        save_entries(
            session=session,
            entries=[
                ActualCreate(
                    key=f"{name}-{value}-{day}",
                    indicator_id=target.id,
                    event_date=day,
                    value=Decimal(value),
                    unit=target.target.unit,
                )
            ],
            author=Author(user_id=ADMIN_ID, user_name="管理员", chat_id=ADMIN_ID),
        )
        session.commit()


@pytest.fixture
def logged(app: App) -> App:
    """The app at a fixed clock with a handful of actuals of the international project."""
    app.clock = lambda: NOW
    log(app, "活动参与人数", "120")
    log(app, "活动参与人数", "75")  # 195 of ≥300
    log(app, "合作单位数量", "3")  # done
    log(app, "国际科技人文交流合作成本控制数", "16.8")  # 万元 of a 40万元 budget
    log(app, "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数", "20")
    return app


@pytest.fixture
def logged_core(logged: App) -> DialogueCore:
    return build_core(logged)


def ask(core: DialogueCore, text: str | None = None, *, option: str | None = None) -> list[Reply]:
    return core.handle(Turn(user_id=ADMIN_ID, chat_id=ADMIN_ID, text=text, option=option))


def text_of(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def test_summary_has_headline_budget_rule_attention_buttons_and_charts(
    logged_core: DialogueCore,
) -> None:
    replies = ask(logged_core, "/progress")
    summary = replies[0].text
    assert summary.startswith("进度简报（2026-11-26，序时进度 90%）")
    # 5 indicators with entries: 合作 done; 成本 16.8 of 40 normal; 活动参与人数 195 / 271.2
    # = 0.72 watch; 港澳台 20 / 45.2 = 0.44 behind; and the =0 accident count stays normal.
    # The 7 other ≥ targets are empty after mid-year: behind. 1 deadline normal.
    assert (
        "🔴 国际科技人文交流与合作：18 项，已完成 1 · 正常 3 · 关注 1 · 滞后 8 · "
        "未评价 3 · 未开始 2；预算执行 42%（序时 90%）🔴"
    ) in summary
    assert "预算执行率 = 成本指标已登记支出 ÷ 年度资金申请总额" in summary
    attention = summary.split("需要关注：")[1]
    assert "港澳台籍学生人数：滞后，20 / ≥50人（40%），序时应完成 45.2人" in attention
    assert "活动参与人数" not in attention  # 关注 is not in the attention list
    assert [o.label for o in replies[0].options] == [
        "查看全部：企业科技创新服务",
        f"查看全部：{PROJECT}",
    ]
    photos = [reply for reply in replies if reply.photo is not None]
    assert len(photos) == 2 and all(p.photo.startswith(PNG_SIGNATURE) for p in photos)  # type: ignore[union-attr]
    assert all(len(p.text) <= 1024 for p in photos)


def test_show_all_button_lists_every_indicator(logged_core: DialogueCore) -> None:
    summary = ask(logged_core, "/progress")[0]
    replies = ask(logged_core, option=summary.options[1].data)
    lines = [
        line for line in replies[0].text.splitlines() if "：" in line and line[0] in "🔴🟡🟢🔵⚪"
    ]
    assert len(lines) == 18
    assert "🟡 活动参与人数：关注，195 / ≥300人（65%），序时应完成 271.2人" in replies[0].text
    assert "🟢 合作单位数量：已完成，3 / ≥3家（100%）" in replies[0].text
    assert replies[-1].photo is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("哪些指标滞后了", "港澳台籍学生人数：滞后"),
        (
            "预算执行率多少",
            "国际科技人文交流与合作：已支出 16.8万元 / 年度预算 40万元，执行率 42%",
        ),
        ("国际交流项目进度怎么样", "🟡 活动参与人数：关注"),
        ("国际交流项目自评能得多少分", "绩效自评预估"),
    ],
    ids=["behind", "budget", "project", "score"],
)
def test_questions_use_the_same_rules(
    logged_core: DialogueCore, question: str, expected: str
) -> None:
    assert expected in text_of(ask(logged_core, question))


def test_score_names_what_recovers_points(logged_core: DialogueCore) -> None:
    text = text_of(ask(logged_core, "/score 国际交流"))
    # 产出 has 14 indicators with 成本: 50/14 each. 活动参与人数 195/300 loses
    # 50/14 × 105/300 = 1.25; 港澳台 20/50 loses 50/14 × 0.6 = 2.14; empty ones lose 3.57.
    # 效益 30/3 = 10 each, all 未评价: the three biggest losses.
    assert "【国际科技人文交流与合作】绩效自评预估：" in text
    assert text.count("当前未评价，达成可多得 10 分") == 3
    # Budget 168,000 / 400,000 = 0.42 → 4.2 points.
    assert "预算执行率 4.2/10" in text


def test_export_reads_back_with_the_same_numbers(logged_core: DialogueCore) -> None:
    replies = ask(logged_core, "/export")
    document = replies[0].document
    assert document is not None and document.file_name == "进度表-2026-11-26.xlsx"
    book = load_workbook(io.BytesIO(document.content))
    assert book.sheetnames == ["企业科技创新服务", PROJECT]
    rows = {row[2]: row for row in book[PROJECT].iter_rows(min_row=4, values_only=True)}
    assert len(rows) == 18
    people = rows["活动参与人数"]
    assert people[3:8] == ("≥300人", 195, "人", 0.65, "关注")
    assert people[8] == dt.datetime(2026, 11, 20)
    assert rows["合作单位数量"][7] == "已完成"
    cost = rows["国际科技人文交流合作成本控制数"]
    assert cost[4] == pytest.approx(16.8) and cost[6] == pytest.approx(0.42)
    fill = book[PROJECT].cell(row=4 + list(rows).index("活动参与人数"), column=8).fill
    assert fill.fgColor.rgb.endswith("FFEB9C")  # yellow


def test_unknown_project_is_named_politely(logged_core: DialogueCore) -> None:
    assert "未找到项目“火星基地”" in text_of(ask(logged_core, "/score 火星基地"))


def test_milestone_rule_replaces_proration_until_the_month_is_over(app: App) -> None:
    app.clock = lambda: dt.datetime(2026, 7, 15, 2, 0, tzinfo=dt.UTC)  # past mid-year
    core = build_core(app)
    line = "港澳台籍学生人数："
    before = text_of(ask(core, "/progress 国际交流"))
    assert f"🔴 {line}滞后，未登记" in before
    reply = text_of(ask(core, "/rule 港澳台学生人数 里程碑 7月"))
    assert "里程碑设为 7 月" in reply
    after = text_of(ask(core, "/progress 国际交流"))
    assert f"🟢 {line}正常，未登记" in after
    assert "无法识别月份“13月”" in text_of(ask(core, "/rule 港澳台学生人数 里程碑 13月"))


def test_weight_rule_changes_the_estimate(logged: App) -> None:
    core = build_core(logged)
    before = text_of(ask(core, "/score 国际交流"))
    assert "已将「活动参与人数」的自评权重设为 40 分" in text_of(
        ask(core, "/rule 活动参与人数 权重 40")
    )
    after = text_of(ask(core, "/score 国际交流"))
    # 活动参与人数 195/300 now loses 40 × 0.35 = 14 points: the biggest loss.
    assert "失分最多的指标：\n· 活动参与人数 还差 105人，可多得 14 分" in after
    assert before != after


def test_group_rule_moves_a_cost_indicator_out_of_output(logged: App) -> None:
    core = build_core(logged)
    before = text_of(ask(core, "/score 国际交流"))
    assert "计入自评的效益部分" in text_of(
        ask(core, "/rule 国际科技人文交流合作成本控制数 计入 效益")
    )
    after = text_of(ask(core, "/score 国际交流"))
    # 效益 now has 4 indicators at 7.5 each: the cost cap (full) brings 7.5 points there.
    assert "效益 0/30" in before and "效益 7.5/30" in after
    assert "无法识别“年终”" in text_of(ask(core, "/rule 国际科技人文交流合作成本控制数 计入 年终"))
