"""Which kinds of a thing (哪几类企业) are answered by the goal sentence listing them."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, PassageAnswer
from nlu.intents import ProjectField
from nlu.retrieval import lists_kind
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "企服服务哪几类企业",
        "企服主要服务哪几类企业",
        "企服面向哪几种企业",
        "企服那块重点盯的是哪些产业、哪类企业？",
        "企业科技创新服务重点支持哪一类企业",
        "企服服务的企业主要是哪几类",
        "企服服务的企业是哪几种",
    ],
)
def test_kinds_of_firms_are_the_sentence_listing_them(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "专精特新" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question", ["企业科创项目算哪一类项目", "企服属于哪类", "企服是什么类的项目", "企服项目类别"]
)
def test_the_kind_of_the_project_is_its_category(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.CATEGORY


def test_a_kind_of_thing_is_no_project_category() -> None:
    answer = engine_for("builtin").interpret("国交要吸引的是哪类人才和企业").answer
    assert not isinstance(answer, FactAnswer), answer


@pytest.mark.parametrize(
    ("text", "noun", "listed"),
    [
        ("聚焦“3+6”战略新兴产业、科技领军企业和“专精特新”中小企业，推进", "企业", True),
        ("推动上海企业科协工作高质量发展，解决企业科技工作者的急难愁盼", "企业", False),
        ("联动海智基地、海智专家、海外团体、专业学会等", "海智", False),
        ("吸引海外海归科技人才及科创企业", "企业", False),
    ],
)
def test_a_sentence_lists_a_kind_when_two_named_things_end_with_it(
    text: str, noun: str, listed: bool
) -> None:
    assert lists_kind(text, noun) is listed
