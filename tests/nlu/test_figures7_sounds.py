"""Characters typed or dictated for another of the same sound, read against the form's words."""

from __future__ import annotations

import pytest

from nlu.sounds import SimilarSlips, load_likenesses
from nlu.typos import bare_phrases
from tests.nlu.question_sets import answer_of, engine_for, service_for


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国际交流项目的合做单位要几家", "≥3"),  # 做 for 作 inside a word of the form
        ("国交的合作单为数量目标", "≥3"),  # 为 for 位: a phrasing character in a long word
        ("企服培育的院士工作战数量", "≥40"),  # 战 for 站: 作战 is a word, 工作站 the form's
        ("国交项目的计划玩成日期", "2026-12-31"),  # 玩成 for 完成
        ("国交的计划完城日期是哪天", "2026-12-31"),  # 城 for 成
        ("国交项目征集论文正集几篇", "≥20"),  # 正集 for 征集
        ("企服新培育的院土工作站目标几家", "≥40"),  # 土 for 士: one four-corner code
    ],
    ids=["he-zuo", "dan-wei", "gong-zuo-zhan", "wan-cheng", "wan-cheng-2", "zheng-ji", "yuan-shi"],
)
def test_a_character_of_the_same_sound_is_read_as_the_forms(question: str, expected: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert expected in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    ["企服的成本上线是多少", "企服经费上线是多少"],
    ids=["cost", "funds"],
)
def test_a_dictionary_word_of_the_same_sound_as_an_ask_word_is_read_as_it(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "130万" in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("城市科普设施运维的实施单为是哪家", "上海市某某中心"),
        ("运维项目的市民满意渡目标", "≥90"),
        ("设施运维那个开方日办几场", "3"),  # 方 fāng for 放 fàng: typed without tones
        ("运维项目实是单位是哪个", "上海市某某中心"),
    ],
    ids=["implementer", "satisfaction", "open-day", "implementer-2"],
)
def test_sound_slips_are_read_on_another_form(question: str, expected: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert expected in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目经办人手机号",  # 手机 runs across 机号 (几号 would be a question word)
        "企服的时效要求是什么",  # the form writes 时效 (时效指标); 实效 is no slip
        "运维项目有没有经济效益指标",  # the form writes 经济
        "调查站点往上报的都是哪几类东西",  # 上报 runs across the edge of 往上
        "指引验收要求多少合格",  # 合格 runs across 多少合, and 多少个 is a question word
        "企服这期要上线个啥",  # 上线 after 要 is a verb, never 上限
    ],
    ids=["phone", "timeliness", "economic", "report-up", "pass", "online"],
)
def test_words_meant_as_written_are_kept(question: str) -> None:
    form = "variations" if question.startswith("运维") else "builtin"
    engine = engine_for(form)
    assert _plain(engine.read(question).text) == _plain(question)


def test_two_corrections_of_one_position_name_neither() -> None:
    readings = load_likenesses()
    slips = SimilarSlips(
        ["国交", "国教"], texts=["国交", "国教"], likenesses=readings, frequency=lambda word: 0
    )
    assert 1 not in slips.slips("国焦")
    single = SimilarSlips(["国交"], texts=["国交"], likenesses=readings, frequency=lambda word: 0)
    assert single.slips("国焦") == {1: ("交", 2)}


def test_a_word_of_the_form_as_written_is_never_changed() -> None:
    readings = load_likenesses()
    slips = SimilarSlips(
        ["上限", "上线"], texts=["上线"], likenesses=readings, frequency=lambda word: 0
    )
    assert slips.slips("成本上线") == {}


def test_characters_of_one_four_corner_code_are_alike() -> None:
    likenesses = load_likenesses()
    assert set(likenesses["土"]) & set(likenesses["士"])
    assert not set(likenesses["土"]) & set(likenesses["院"])


def test_a_name_is_read_without_its_parenthesised_parts() -> None:
    found = bare_phrases(
        ["培育新申报院士(专家)工作站(服务中心)数量"],
        cut=lambda text: ["培育新申报院士", "工作站", "数量"],
        parts=lambda word: ["培育", "申报", "院士", "工作站"],
    )
    assert "院士工作站" in found
    assert "工作站数量" in found


def test_every_common_character_has_a_reading() -> None:
    readings = load_likenesses()
    assert "jiao" in readings["交"]
    assert [key for key in readings["为"] if key.isalpha()] == ["wei"]  # wéi and wèi: no tone
    assert len(readings) >= 6763


def _plain(text: str) -> str:
    return "".join(char for char in text if "\u3400" <= char <= "\u9fff")
