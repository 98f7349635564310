from __future__ import annotations

import pytest

from nlu.normalize import Normalizer, strip_punctuation


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
