"""Goal-text asks that a row's figure does not answer: which stages, from where, what it is
called, how the goal words it; a figure asked of a goal that states none is refused."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("builtin", "企业科协的全周期管理服务分哪几个阶段", ["成立、运行和换届"], ["≥"]),
        ("builtin", "全周期管理覆盖企业科协哪几个环节啊", ["成立、运行和换届"], ["≥"]),
        ("builtin", "企服的全周期管理是指哪些步骤", ["成立、运行和换届"], ["≥"]),
        ("builtin", "两岸大学生辩论赛国交派哪的学生去", ["一所高校"], ["≥5"]),
        ("builtin", "海峡两岸大学生辩论赛国交派哪的队伍参加", ["一所高校"], ["≥5"]),
        ("builtin", "大学生辩论赛是哪一届的", ["25"], ["1届", "34", "18"]),
        ("builtin", "都市交通研讨会办的是哪一届", ["34"], ["1届", "25"]),
        ("builtin", "企服那个活动品牌叫什么名字", ["创新集市"], ["扩大品牌影响力"]),
        ("builtin", "企服做的什么品牌", ["创新集市"], ["扩大品牌影响力"]),
        ("builtin", "企服目标里要解决科技工作者的什么问题", ["急难愁盼"], ["≥"]),
        ("builtin", "国交想引进多少海外海归人才，人数目标值", ["没有找到"], ["≥300", "≥50"]),
        ("builtin", "国交吸引科创企业的数量目标值", ["没有找到"], ["≥3", "≥10"]),
        ("builtin", "国交在两岸交流上的效益目标", ["有效促进"], ["有效提升"]),
        ("old_template", "养护里检测桥梁的目标原文", ["桥梁检测 4 座"], []),
        ("variations", "设施完好率目标原文是怎么表述的", ["保障设施完好率", "≥85"], []),
        ("multi_year", "数字化改造的年度目标原文发我一下", ["虚拟导览"], []),
        ("old_template", "养护项目在通行上的目标是什么", ["改善"], []),
        ("variations", "带宽这块的目标是什么", ["≥80M"], []),
    ],
    ids=[
        "stages",
        "links",
        "steps",
        "from-where",
        "whose-team",
        "which-edition",
        "which-edition-other",
        "brand-name",
        "brand-which",
        "problems-near",
        "figure-of-goal-absent",
        "count-of-goal-absent",
        "benefit-heading-target",
        "wording-of-bridges",
        "wording-beside-row",
        "wording-of-goal",
        "topic-of-one-row",
        "topic-of-one-row-quantity",
    ],
)
def test_goal_text_ask_is_answered_by_its_sentence(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer
