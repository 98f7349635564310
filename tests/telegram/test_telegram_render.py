"""Splitting long answers at line boundaries and laying out inline keyboards."""

from __future__ import annotations

import pytest

from bot.dialogue.replies import Option
from bot.telegram.render import TEXT_LIMIT, chosen_text, keyboard, split_text, telegram_length


def test_short_text_is_one_chunk() -> None:
    assert split_text("您好") == ["您好"]


def test_long_answer_is_split_at_line_boundaries_within_the_limit() -> None:
    lines = [f"{n}. 国际科技人文交流与合作：活动参与人数 ≥300人" for n in range(400)]
    chunks = split_text("\n".join(lines))
    assert len(chunks) > 1
    assert all(telegram_length(chunk) <= TEXT_LIMIT for chunk in chunks)
    assert "\n".join(chunks).split("\n") == lines  # Nothing lost, no line cut.


def test_single_line_longer_than_the_limit_is_cut() -> None:
    chunks = split_text("字" * (TEXT_LIMIT * 2 + 10))
    assert [len(chunk) for chunk in chunks] == [TEXT_LIMIT, TEXT_LIMIT, 10]


def test_length_counts_utf16_units_like_telegram() -> None:
    assert telegram_length("👍") == 2
    chunks = split_text("👍" * TEXT_LIMIT)
    assert all(telegram_length(chunk) <= TEXT_LIMIT for chunk in chunks) and len(chunks) == 2


def test_short_options_share_rows_of_three() -> None:
    options = [
        Option(label, f"grant:{n}")
        for n, label in enumerate(["工作人员", "查看者", "管理员", "取消"])
    ]
    markup = keyboard(options)
    assert markup is not None
    assert [[b.text for b in row] for row in markup.inline_keyboard] == [
        ["工作人员", "查看者", "管理员"],
        ["取消"],
    ]


def test_long_options_get_a_row_each() -> None:
    options = [Option("国际科技人文交流与合作：活动参与人数", "qa:ind:25"), Option("取消", "x")]
    markup = keyboard(options)
    assert markup is not None and [len(row) for row in markup.inline_keyboard] == [1, 1]
    assert markup.inline_keyboard[0][0].callback_data == "qa:ind:25"


def test_no_options_no_keyboard() -> None:
    assert keyboard([]) is None


@pytest.mark.parametrize("data", ["项目:1", "x" * 65], ids=["chinese", "too-long"])
def test_option_data_must_fit_telegram_callback_data(data: str) -> None:
    with pytest.raises(ValueError):
        Option("标签", data)


def test_chosen_text_appends_the_choice_unless_too_long() -> None:
    assert chosen_text("请选择角色：", "查看者") == "请选择角色：\n\n已选择：查看者"
    assert chosen_text("字" * TEXT_LIMIT, "查看者") is None
