"""Short indicator names: noise dropped, enumerations collapsed, cut only at boundaries."""

from __future__ import annotations

import pytest

from knowledge.builtin import builtin_document_text
from knowledge.documents import read_declaration
from knowledge.short_names import MAX_SHORT_CHARS, short_names


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数", "港澳台籍学生人数"),
        ("第 34 届海峡两岸都市交通学术研讨会相关活动场次", "研讨会相关活动场次"),
        ("举办创新服务、学术交流、科学普及等活动数量", "举办创新服务等活动数量"),
        ("活动参与人数", "活动参与人数"),
    ],
    ids=["after-de", "keeps-event-noun", "enumeration", "short-stays"],
)
def test_short_name(name: str, short: str) -> None:
    others = ["活动参与人数", "合作单位数量"]
    assert short_names([name, *others])[name] == short


def test_tail_shared_with_another_name_is_not_used() -> None:
    first = "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"
    second = "海峡两岸活动征集实习岗位数量统计"
    shorts = short_names([first, second])
    assert shorts[first] != "征集实习岗位数量"
    assert len(set(shorts.values())) == 2


def test_builtin_names_stay_unique_and_each_is_a_run_of_its_cleaned_name() -> None:
    forms = read_declaration(builtin_document_text().encode(), file_name="builtin.txt")
    for form in forms:
        names = [indicator.name for indicator in form.indicators]
        shorts = short_names(names)
        assert len(set(shorts.values())) == len(set(names))
        long_ones = [s for s in shorts.values() if len(s) > MAX_SHORT_CHARS]
        assert len(long_ones) <= 3  # only names without any boundary stay long
