"""Drafting in the terminal chat: typed option numbers, the exported file written to disk."""

from __future__ import annotations

import io
from pathlib import Path

from bot.dialogue.core import DialogueCore
from bot.terminal import run_terminal
from knowledge.documents import read_declaration


def test_whole_draft_in_the_terminal_writes_the_file(core: DialogueCore, tmp_path: Path) -> None:
    # 2 = the international project; 保持不变, 采用建议 (goal), then 采用建议 on 18 cards;
    # the check offers 确认 1-3 and 4 = 全部确认, after which 1 = Excel.
    lines = ["/draft", "2", "1", "1", *["1"] * 18, "4", "1", "退出"]
    stdout = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    assert run_terminal(core, stdin=stdin, stdout=stdout, output_dir=tmp_path) == 0
    output = stdout.getvalue()
    assert "开始起草《国际科技人文交流与合作》2027 年度申报表" in output
    assert "1. 采用建议" in output and "［文件已保存：" in output
    (path,) = tmp_path.glob("*.xlsx")
    (form,) = read_declaration(path.read_bytes(), file_name=path.name)
    assert form.year == 2027 and len(form.indicators) == 18
