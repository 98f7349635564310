"""Short names of a project's indicators: distinct, whole words, no shared event phrase."""

from __future__ import annotations

import pytest

from knowledge.short_names import short_names

INTERNSHIP = "2026 年港澳台大学生暑期实习（上海）活动"


def test_a_phrase_shared_with_siblings_is_dropped() -> None:
    names = [
        f"{INTERNSHIP}征集实习岗位数量",
        f"参与 {INTERNSHIP}的港澳台籍学生人数",
        "活动参与人数",
    ]
    assert short_names(names) == {
        names[0]: "征集实习岗位数量",
        names[1]: "港澳台籍学生人数",
        names[2]: "活动参与人数",
    }


def test_a_remainder_too_short_keeps_the_events_last_word() -> None:
    names = [
        "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
        "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量",
    ]
    assert short_names(names)[names[0]] == "研讨会相关活动场次"


def test_a_long_list_keeps_its_first_item() -> None:
    name = "组织开展相关展览展示、论坛、沙龙、路演等系列活动数量"
    assert short_names([name]) == {name: "组织开展相关展览展示等活动数量"}


@pytest.mark.parametrize(
    "names",
    [
        ["长效管理机制健全性", "活动完成及时性"],
        [f"{INTERNSHIP}征集实习岗位数量", f"第 35 届{INTERNSHIP}征集实习岗位数量"],
    ],
    ids=["already-short", "would-clash"],
)
def test_short_names_stay_distinct(names: list[str]) -> None:
    shorts = short_names(names)
    assert len(set(shorts.values())) == len(names)
