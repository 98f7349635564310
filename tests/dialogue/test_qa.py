from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from decimal import Decimal

import pytest

from bot.dialogue.callbacks import Callback, decode
from bot.dialogue.qa import (
    QAContext,
    QuestionService,
    format_amount,
    format_date,
)
from bot.dialogue.replies import MAX_TEXT_CHARS, Reply
from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.progress import Progress
from nlu.answers import Topic
from nlu.engine import QuestionEngine


@pytest.fixture(scope="module")
def service() -> QuestionService:
    forms = parse_declaration_text(builtin_document_text(), source="builtin")
    return QuestionService(
        QuestionEngine(catalog_from_forms(forms), dictionary=trimmed_dictionary())
    )


def text_of(result_replies: Sequence[Reply]) -> str:
    return "\n".join(reply.plain() for reply in result_replies)


def test_indicator_answer_shows_project_path_and_targets(service: QuestionService) -> None:
    result = service.answer("国际交流项目活动参与人数目标是多少")
    text = text_of(result.replies)
    assert "国际科技人文交流与合作" in text
    assert "产出指标 / 数量指标 / 活动参与人数" in text
    assert "≥300人" in text
    assert "≥300.00(人)" in text


def test_qualitative_target_has_no_raw_form_repeated(service: QuestionService) -> None:
    text = text_of(service.answer("国际交流项目长效管理机制健全性指标值").replies)
    assert text.count("建立健全") == 1


def test_money_shows_wan_and_yuan(service: QuestionService) -> None:
    text = text_of(service.answer("企业科技创新服务项目的年度资金申请总额是多少").replies)
    assert "130万元（1,300,000.00元）" in text


def test_budget_comparison_names_the_largest(service: QuestionService) -> None:
    text = text_of(service.answer("哪个项目预算最多").replies)
    assert text.splitlines()[0].startswith(
        "年度预算（年度资金申请总额）最多的是【企业科技创新服务】"
    )


def test_shared_fact_is_answered_once_naming_both(service: QuestionService) -> None:
    text = text_of(service.answer("项目计划什么时候完成").replies)
    assert text.count("2026-12-31") == 1
    assert "企业科技创新服务" in text and "国际科技人文交流与合作" in text
    assert "2026年12月31日" in text


def test_followup_through_json_context(service: QuestionService) -> None:
    first = service.answer("国际交流项目活动参与人数目标是多少")
    assert first.context is not None
    stored = json.loads(json.dumps(first.context.to_json()))
    second = service.answer("那合作单位呢？", context=QAContext.from_json(stored))
    text = text_of(second.replies)
    assert "合作单位数量" in text and "≥3家" in text


def test_context_from_malformed_json_is_empty() -> None:
    assert QAContext.from_json({"project_ids": "x", "topic": 3}) == QAContext()


def test_ask_back_offers_ascii_options(service: QuestionService) -> None:
    result = service.answer("港澳台实习活动数量")
    reply = result.replies[0]
    assert reply.text.startswith("您是想问")
    assert 1 < len(reply.options) <= 3
    assert all(option.data.startswith("qa::ind:") for option in reply.options)


def test_answer_option_answers_the_chosen_indicator(service: QuestionService) -> None:
    options = service.answer("港澳台实习活动数量").replies[0].options
    result = service.answer_option(_pressed(options[0].data), context=None)
    assert "指标值" in text_of(result.replies)
    assert result.context is not None and len(result.context.indicator_ids) == 1


@pytest.mark.parametrize(
    "data", ["qa::ind:9999", "qa::xyz:1", "qa::ind:x"], ids=["gone", "kind", "junk"]
)
def test_answer_option_with_stale_data_says_expired(service: QuestionService, data: str) -> None:
    result = service.answer_option(_pressed(data), context=None)
    assert "失效" in text_of(result.replies)


def test_progress_without_records_says_nothing_recorded(service: QuestionService) -> None:
    text = text_of(service.answer("活动参与人数完成了多少").replies)
    assert "尚未登记" in text


def test_progress_with_records_uses_the_callable(service: QuestionService) -> None:
    def lookup(indicator_id: int) -> Progress | None:
        return Progress(
            indicator_id=indicator_id,
            entries=2,
            achieved=Decimal(120),
            unit="人",
            ratio=0.4,
            last_date=dt.date(2026, 5, 1),
        )

    text = text_of(service.answer("活动参与人数进度如何", progress=lookup).replies)
    assert "120人" in text and "40%" in text and "2026-05-01" in text


@pytest.mark.parametrize("question", ["今天天气怎么样", "你好"], ids=["weather", "hello"])
def test_out_of_scope_gives_examples_without_figures(
    service: QuestionService, question: str
) -> None:
    text = text_of(service.answer(question).replies)
    assert "例如" in text
    assert not any(mark in text for mark in ("≥", "≤", "万元"))


def test_goal_fact_is_quoted_with_project(service: QuestionService) -> None:
    text = text_of(service.answer("市科协建有多少家国家级科技工作者状况调查站点").replies)
    assert "【企业科技创新服务】" in text and "19家" in text


def test_format_helpers() -> None:
    assert format_amount(Decimal("400000.00")) == "40万元（400,000.00元）"
    assert format_amount(None) == "申报表中没有填写此项"
    assert format_date(dt.date(2026, 1, 1)) == "2026-01-01（2026年1月1日）"


def test_context_keeps_the_question_waiting_for_a_project() -> None:
    context = QAContext((1, 2), (), Topic.CHOICE, "企业项目的预算")
    assert QAContext.from_json(json.loads(json.dumps(context.to_json()))) == context


@pytest.mark.parametrize("data", ["qa::prj:1", "qa::prj:x"], ids=["no-question", "not-a-number"])
def test_project_option_without_a_waiting_question_says_expired(
    service: QuestionService, data: str
) -> None:
    result = service.answer_option(_pressed(data), context=QAContext())
    assert "失效" in text_of(result.replies)


def test_project_option_answers_the_waiting_question(service: QuestionService) -> None:
    waiting = QAContext((1, 2), (), Topic.CHOICE, "项目的主管部门")
    result = service.answer_option(_pressed("qa::prj:2"), context=waiting)
    assert text_of(result.replies) == "【国际科技人文交流与合作】主管部门：上海市科学技术协会"


def test_money_of_a_multi_year_project_shows_both_columns() -> None:
    from bot.dialogue.qa import money_amounts
    from knowledge.model import Funding
    from nlu.intents import MoneyField

    funding = Funding(
        project_total=Decimal(3600000),
        project_fiscal=Decimal(3000000),
        project_other=Decimal(600000),
        annual_total=Decimal(1200000),
        annual_appropriation=Decimal(1000000),
        annual_carry_over=Decimal(200000),
        annual_other=Decimal(0),
    )
    shown = {
        field: [(amount.label, amount.value) for amount in money_amounts(funding, field)]
        for field in MoneyField
    }
    assert shown[MoneyField.BUDGET] == [
        ("年度预算（年度资金申请总额）", Decimal(1200000)),
        ("项目资金总额", Decimal(3600000)),
    ]
    assert shown[MoneyField.PROJECT_TOTAL] == [("项目资金总额", Decimal(3600000))]
    assert shown[MoneyField.ANNUAL_TOTAL] == [("年度资金申请总额", Decimal(1200000))]
    assert shown[MoneyField.APPROPRIATION] == [("当年财政拨款", Decimal(1000000))]
    assert shown[MoneyField.FISCAL][0] == ("财政资金", Decimal(3000000))
    assert shown[MoneyField.OTHER] == [
        ("其他资金（年度资金申请）", Decimal(0)),
        ("其他资金（项目资金）", Decimal(600000)),
    ]


def test_money_of_an_old_template_labels_the_only_total() -> None:
    from bot.dialogue.qa import money_amounts
    from knowledge.model import Funding
    from nlu.intents import MoneyField

    funding = Funding(project_total=Decimal(2500000), annual_appropriation=Decimal(2500000))
    [amount] = money_amounts(funding, MoneyField.BUDGET)
    assert (amount.label, amount.value) == ("项目资金总额", Decimal(2500000))


def test_several_indicators_are_answered_one_line_each(service: QuestionService) -> None:
    text = text_of(service.answer("活动参与人数和合作单位数量的目标").replies)
    lines = text.splitlines()
    assert len(lines) == 2
    assert "活动参与人数" in lines[0] and "≥300人" in lines[0]
    assert "合作单位数量" in lines[1] and "≥3家" in lines[1]


def test_unknown_project_lists_the_known_ones(service: QuestionService) -> None:
    text = text_of(service.answer("某某不存在项目的预算").replies)
    assert "没有找到“某某不存在”这个项目" in text


@pytest.mark.parametrize(
    ("question", "name"),
    [("科学之夜项目的预算是多少", "科学之夜"), ("请问青少年之家项目办几场", "青少年之家")],
)
def test_an_unknown_project_is_named_as_the_asker_wrote_it(
    service: QuestionService, question: str, name: str
) -> None:
    text = text_of(service.answer(question).replies)
    assert f"没有找到“{name}”这个项目" in text
    assert "万元" not in text
    assert "企业科技创新服务" in text and "国际科技人文交流与合作" in text
    assert "万元" not in text


def test_indicator_count_ranking_names_the_project(service: QuestionService) -> None:
    text = text_of(service.answer("哪个项目指标最多").replies)
    assert text.splitlines()[0] == "绩效指标最多的是【企业科技创新服务】：22 项。"


def _pressed(data: str) -> Callback:
    """Reads option data as the core hands a pressed button to the question feature."""
    callback = decode(data)
    assert callback is not None
    return callback


def test_legacy_money_topic_in_stored_context_still_repeats() -> None:
    context = QAContext.from_json({"project_ids": [1], "topic": "money:budget"})
    assert context.topic == "money" and context.subject == "budget"


def test_calculation_shows_operands_and_result(service: QuestionService) -> None:
    text = text_of(service.answer("国际交流项目预算比科创服务少百分之多少").replies)
    assert "40万元" in text and "130万元" in text
    assert text.endswith("= 少约69.2%（保留两位小数为69.23%）")


def test_sum_of_targets_names_each_operand(service: QuestionService) -> None:
    text = text_of(service.answer("活动参与人数和港澳台学生人数一共多少人").replies)
    assert "活动参与人数 300人 + " in text and text.endswith("= 350人")


def test_absent_item_names_the_word_and_offers_no_figure(service: QuestionService) -> None:
    reply = service.answer("国际交流项目的志愿者人数目标").replies[0]
    assert "志愿者" in reply.text and "没有找到" in reply.text
    assert not any(char.isdigit() for char in reply.text)
    assert reply.options  # the closest real indicators, to pick


def test_year_not_loaded_says_which_years_are(service: QuestionService) -> None:
    text = text_of(service.answer("2025年企业项目的预算是多少").replies)
    assert "2025" in text and "2026" in text and "万元" not in text


def test_single_candidate_says_how_it_was_understood(service: QuestionService) -> None:
    reply = service.answer("一共要请多少港澳台学生来实习").replies[0]
    assert reply.text.startswith("按“") and "≥50人" in reply.text
    assert not reply.options


def test_filtered_list_says_the_condition_and_count(service: QuestionService) -> None:
    text = text_of(service.answer('国际交流项目里以"个"计量的指标有哪些').replies)
    assert text.startswith("【国际科技人文交流与合作】单位为“个”的绩效指标共 1 项：")
    empty = text_of(service.answer("以吨计量的指标有哪些").replies)
    assert "没有找到" in empty and "0 项" in empty


def test_several_asks_without_noise_lines(service: QuestionService) -> None:
    text = text_of(service.answer("科创服务的成本上限和满意度分别是多少").replies)
    assert "≤130万元" in text and "≥90%" in text and "未能确定" not in text


def test_money_target_is_converted_to_the_unit_asked(service: QuestionService) -> None:
    text = text_of(service.answer("国际交流项目成本控制数是多少元").replies)
    assert "≤40万元" in text and text.endswith("折合 400,000.00元")


def test_namesakes_are_ranked_when_asked_which_is_higher(service: QuestionService) -> None:
    text = text_of(service.answer("哪个项目的成本控制数最低").replies)
    assert text.startswith("最低的是【国际科技人文交流与合作】") and "130万元" in text


# Generous bound for a functional check only; speed is measured in benchmarks/.
REFUSAL_SECONDS = 1.0
# A question four times as long may cost about four times as much; work that grows with the
# square of the length (16 times) is what the bound catches.
LONGEST_GROWTH = 8.0


def _long_question(length: int) -> str:
    sentence = "企业科技创新服务和国际科技人文交流与合作的活动参与人数是多少，成本是 12345 元吗？"
    return (sentence * (length // len(sentence) + 1))[:length]


def _cpu_seconds(service: QuestionService, question: str) -> float:
    """Returns the least processor time of two answers (other processes' load not counted)."""
    times = []
    for _ in range(2):
        start = time.process_time()
        service.answer(question)
        times.append(time.process_time() - start)
    return min(times)


def test_question_longer_than_telegram_allows_is_refused_politely(
    service: QuestionService,
) -> None:
    start = time.perf_counter()
    result = service.answer(_long_question(20_000))
    elapsed = time.perf_counter() - start
    assert text_of(result.replies) == "消息过长（超过 4096 字），请精简后再发送。"
    assert elapsed < REFUSAL_SECONDS


@pytest.mark.parametrize(
    "unit",
    ["企业科技创新服务和国际科技人文交流与合作的活动参与人数是多少，成本是 12345 元吗？", "项目"],
    ids=["sentences", "project-word"],  # 项目项目… once cut the whole prefix per 项目: 15 s
)
def test_question_at_the_length_limit_is_answered_in_time_linear_in_its_length(
    service: QuestionService, unit: str
) -> None:
    question = (unit * (MAX_TEXT_CHARS // len(unit) + 1))[:MAX_TEXT_CHARS]
    result = service.answer(question)  # the first answer also reads the words it needs
    assert "消息过长" not in text_of(result.replies)
    quarter = question[: MAX_TEXT_CHARS // 4]
    assert _cpu_seconds(service, question) < LONGEST_GROWTH * _cpu_seconds(service, quarter)


def test_a_total_is_named_after_the_amounts_it_adds(service: QuestionService) -> None:
    # The built-in forms leave 项目资金总额 blank: each line and the total show the annual sum.
    text = text_of(service.answer("两个项目的项目资金总额是多少").replies)
    assert text.splitlines()[0] == "2 个项目的年度资金申请总额合计：170万元（1,700,000.00元）"


@pytest.mark.parametrize(
    ("question", "shown"),
    [("哪个指标目标是130万元", "指标值为 130万的"), ("目标是40万的指标", "指标值为 40万的")],
    ids=["wan-yuan", "wan"],
)
def test_a_value_asked_for_is_shown_as_said(
    service: QuestionService, question: str, shown: str
) -> None:
    text = text_of(service.answer(question).replies)
    assert shown in text and "1300000" not in text and "400000的" not in text
