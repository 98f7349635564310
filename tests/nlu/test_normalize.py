from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.builtin import builtin_document_text
from nlu.normalize import Normalizer, strip_punctuation
from tests.nlu.question_sets import ask


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("國際交流項目活動參與人數", "国际交流项目活动参与人数"),
        ("第３４届研讨会", "第34届研讨会"),
        ("第 34 届 研讨会", "第34届 研讨会"),
        ("ＡＢＣ项目", "abc项目"),
        ("  满意度　指标  ", "满意度 指标"),
        ("第三十四届研讨会", "第34届研讨会"),
        ("二十五届辩论赛", "25届辩论赛"),
        ("一站式服务", "一站式服务"),
    ],
    ids=[
        "traditional",
        "full-width-digits",
        "cjk-digit-spaces",
        "full-width-letters",
        "spaces",
        "chinese-ordinal",
        "chinese-session-count",
        "numeral-in-word-kept",
    ],
)
def test_normalize_returns_canonical_text(
    normalizer: Normalizer, text: str, expected: str
) -> None:
    assert normalizer.normalize(text) == expected


def test_normalize_uses_injected_converter() -> None:
    class Upper:
        def convert(self, text: str) -> str:
            return text.replace("甲", "乙")

    assert Normalizer(Upper()).normalize("甲项目") == "乙项目"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("活动、论坛质量达标率？", "活动论坛质量达标率"),
        ("预算1.2万元。", "预算1.2万元"),
        ("a-b", "ab"),
    ],
    ids=["cjk-punctuation", "keeps-decimal-point", "hyphen"],
)
def test_strip_punctuation_keeps_words_and_decimals(text: str, expected: str) -> None:
    assert strip_punctuation(text) == expected


def test_the_piecewise_converter_converts_as_opencc_does() -> None:
    from opencc import OpenCC

    from nlu.normalize import SimplifiedConverter

    forms = Path(__file__).resolve().parents[1] / "knowledge" / "forms"
    texts = [
        *(path.read_text(encoding="utf-8") for path in sorted(forms.glob("*.txt"))),
        builtin_document_text(),
        "國際交流項目活動參與人數，反覆檢查覆蓋面",
        "乾燥的天氣、後來的髮型：發展與覆盆子",
        "设施完好率和养护合格率分别是多少",
    ]
    opencc, piecewise = OpenCC("t2s"), SimplifiedConverter()
    for text in texts:
        assert piecewise.convert(text) == opencc.convert(text)
    assert piecewise.convert("國際交流") == "国际交流"


@pytest.mark.parametrize(
    ("text", "everyday"),
    [
        ("预算壹佰叁拾万元整", "预算一百三十万元整"),
        ("貳拾伍萬", "二十五万"),
        ("陆拾人", "六十人"),
        ("陆家嘴的活动", "陆家嘴的活动"),  # a lone 陆 is a name, not six
    ],
)
def test_financial_numerals_are_written_as_everyday_ones(
    normalizer: Normalizer, text: str, everyday: str
) -> None:
    assert normalizer.simplified(text) == everyday


def test_an_amount_in_financial_numerals_is_read() -> None:
    answer = ask("国交预算是肆拾万元吗")
    assert "40万元" in answer
    assert "没有找到" not in answer
