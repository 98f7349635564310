"""User-facing Chinese lives in bot/dialogue/messages/; knowledge/ and storage/ return data.

Every Chinese string literal in knowledge/ and storage/ is checked, except where Chinese
is data rather than wording: docstrings, module- and class-level constants (vocabularies,
patterns), operands of comparisons and arguments of string-matching methods (reading the
form), the data words below (unit, level and status names, labels of the form) and the
file that renders the official form itself. Anything else is wording for a person and
belongs in ``bot/dialogue/messages/``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from knowledge.actuals import Status
from knowledge.levels import KNOWN_LEVEL_NAMES
from knowledge.units import MONEY_UNITS, UNITS

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("knowledge", "storage")
CJK = re.compile(r"[\u3400-\u9fff]")
MATCHING_METHODS = frozenset(
    {
        *("startswith", "endswith", "removeprefix", "removesuffix", "replace"),
        *("split", "strip", "lstrip", "rstrip", "count", "find", "index"),
        *("compile", "search", "match", "fullmatch", "sub"),
    }
)
ALLOWED_FILES = frozenset(
    {
        # Lay a project out as the official 申报表 itself: the form's own labels.
        "knowledge/form_text.py",
        "knowledge/form_layout.py",
        "knowledge/export_xlsx.py",
    }
)
DATA_WORDS = frozenset(
    {
        *UNITS,
        *MONEY_UNITS,
        *KNOWN_LEVEL_NAMES,
        *(status.value for status in Status),
        "项目总目标",  # the form's default heading of the overall goal
        "{}万元",  # amount formats: 12.3万元（123,000.00元）
        "{}（{}元）",
        "{}等{}",  # a name shortened at its list: 研讨会等活动场次
        "{}指标",  # a level name: 数量 → 数量指标
        *("年度总体目标", "年度资金申请总额", "财政资金"),  # labels of the form's fields
    }
)


def _mark(node: ast.AST, skipped: set[int]) -> None:
    skipped.update(id(sub) for sub in ast.walk(node))


def _is_constant_name(target: ast.expr) -> bool:
    return isinstance(target, ast.Name) and target.id.lstrip("_").isupper()


def _is_matching_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in MATCHING_METHODS
    )


def _data_positions(tree: ast.Module) -> set[int]:
    """Returns the nodes where Chinese is data: docstrings, constants, matching."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))
        if isinstance(node, ast.Module | ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.Assign) and all(map(_is_constant_name, item.targets)):
                    _mark(item.value, skipped)
                if (
                    isinstance(item, ast.AnnAssign)
                    and item.value
                    and _is_constant_name(item.target)
                ):
                    _mark(item.value, skipped)
        if isinstance(node, ast.Compare):
            _mark(node, skipped)
        if _is_matching_call(node):
            assert isinstance(node, ast.Call)
            for argument in node.args:
                _mark(argument, skipped)
    return skipped


def chinese_wording(source: str) -> Iterator[tuple[int, str]]:
    """Yields the Chinese literals of ``source`` that are not data; f-string fields as ``{}``."""
    tree = ast.parse(source)
    skipped = _data_positions(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(value) for value in node.values)
            if id(node) in skipped:
                continue
            parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            text = "".join(str(part) for part in parts)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skipped:
                continue
            text = node.value
        else:
            continue
        if CJK.search(text) and text not in DATA_WORDS:
            yield node.lineno, text


def wording_in(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative not in ALLOWED_FILES:
            source = path.read_text(encoding="utf-8")
            found += [f"{relative}:{line}: {text!r}" for line, text in chinese_wording(source)]
    return found


def test_knowledge_and_storage_hold_no_user_facing_chinese() -> None:
    found = [entry for package in CHECKED for entry in wording_in(package)]
    assert found == [], "\n".join(found)


def test_the_check_finds_wording_as_it_was_written_before() -> None:
    before = '''
LEVELS = frozenset({"产出指标", "效益指标"})


def f(form, unit):
    """文档字符串可以写中文。"""
    if form.level == "产出指标" or form.text.startswith("其中："):
        unit = "万元"
    changes.append(f"新项目：{form.name}（{form.year}年度）")
    raise DocumentFormatError(line_no=1, text="", reason="日期无法识别")
'''
    assert [text for _, text in chinese_wording(before)] == [
        "新项目：{}（{}年度）",
        "日期无法识别",
    ]
