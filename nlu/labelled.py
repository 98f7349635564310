"""Reads a message written as labelled fields rather than a sentence, as the plain ask it is.

An asker used to query forms types the fields of a request instead of a sentence::

    项目：国交；条件：数量指标且指标值≥10（含10）；需要：名称+数量
    【筛选】国交 / 度量单位=家 【输出】指标名称、指标值、共几条
    筛选｜项目=国交｜度量单位=人｜指标值<10 ⏎ 输出｜三级指标名称、指标值
    一级指标=效益指标 / 二级指标=社会效益指标 / 列出三级指标+指标值+条数
    项目：上海科技节；字段：主管部门
    【表头】计划开始日期｜计划完成日期 ⏎ 【行】国交
    企服/质量/基本信息采集准确性/指标值=？

Read as typed, the labels look like rows asked (条件, 筛选) and the slashes like divisions. The
message is split at its separators (line breaks, ；, ｜, 【label】, →, and / between
conditions) into fields; each field is read by its label (nlu/data/labelled.txt): the project,
conditions on the rows' headings, unit and target, fields asked of the project, a formula, a
wish for a list. The fields are handed on as the plain sentence the engine answers (国交数量
指标里指标值≥10的指标有哪些，共几条). A message with a field no label or column reads is left
as typed: only a message read whole is rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from importlib import resources

from nlu.cues import word_sections
from nlu.ordering import alternation
from nlu.prepared import built_once

LABELLED_FILE = "labelled.txt"
_LEVEL_SUFFIX = "指标"  # 质量 said for 质量指标 in a path (企服/质量/…)
# A label in square brackets opens a field wherever it stands (【筛选】国交 【输出】…).
_BRACKETED = re.compile(r"【([^【】]{1,8})】")
_SEGMENT_BREAK = re.compile(r"[\n;|]+|→|->")
_LINE_BREAK = re.compile(r"[\n;]+|→|->")  # the lines of fields; | parts one line
_OPERATOR = r"(?:[≥≤<>=≠])"
_SIGNS = str.maketrans({"≧": "≥", "≦": "≤"})
_TWO_CHAR_SIGNS = ((">=", "≥"), ("<=", "≤"), ("!=", "≠"))
_ASIDE = re.compile(r"\([^()]*\)")  # 指标值≥10（含10）: a remark on the condition, not a value
_ASKED = re.compile(r"[=\s]*[?？]?")  # 指标值=？, 指标值: the value asked
_ASKS = re.compile(r"几|多少|什么|啥|哪|吗|[?？]")
_WISH_BREAK = re.compile(r"[+、,，/|和及\s]+")
_PIECE_BREAK = re.compile(r"\s*/\s*|且|并且|\s*,\s*|(?i:\band\b)")
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?[^\d\s]{0,3}")  # 10, 100%, 3家: a figure a target is held to
_NAME = re.compile(r"[^\s:,，。?？=<>的]+(?:\s*[+、]\s*[^\s:,，。?？=<>的]+)*")  # 运维 + 养护
_HEADER_VALUE = re.compile(r"[^\s?？，,。的]{2,30}")  # 特定目标类: a value of a header field
_UNIT = re.compile(r"[^\s，,。、/的]{1,4}")  # 家, 人次, %: one unit, never words after it
# Fields a path of slashes needs at least: a project, and a row or heading (企服/质量/…/指标值).
MIN_PATH_PARTS = 3
# 国交年度资金 / 企服年度资金 ×100%: one figure as a share of another.
_SHARE = re.compile(r"(?P<part>[^/÷]+?)\s*[/÷]\s*(?P<whole>[^/÷×*]+?)\s*[×x*]\s*100\s*%")
# {"项目":"国交","字段":"主管部门"}: the braces and quotes of a record typed as code.
_RECORD_MARKS = re.compile(r"[{}\"']")
_LIST_MARKS = re.compile(r"[\u2460-\u2473\u2776-\u277f\u2780-\u2793]")
_BULLET = re.compile(r"^(?:[-•*·]|\d{1,2}[.)、])\s*")
_CELL_BREAK = re.compile(r"\s*[|\t]\s*")
_OPEN_END = re.compile(r"\s*=\s*\?*\s*$")
MIN_ROW_CELLS = 3  # a pasted row: a name, a figure or heading, the cell asked
MIN_PAIRS = 2  # rows named each after its project (国交 / …；企服 / …)
# 完成率=？（保留两位）, ？, → ？万元: the cell asked, with what it is said of and in.
_CELL_ASKED = re.compile(
    r"(?P<name>[^=?]*?)\s*(?:=\s*)?\?+\s*(?P<rest>[^\s\d?]{0,3}(?:\([^()]*\))?)"
)
# ≤40万元, 985米, 35场: the form's own figure, a cell the form already holds.
_FIGURE_CELL = re.compile(r"[≤≥<>=]?\s*\d+(?:\.\d+)?\s*[^\d\s]{0,3}")
_LEAD_IN = re.compile(r"[:。!]")  # words before the fields of a path: not part of it
_PATH_PART = re.compile(r"[\u4e00-\u9fff\w()《》“”、=?%]+")
LISTED_ASK = "有哪些，共几条"
ROWS_WORD = "的指标"
PROJECT_WORD = "项目"
SEVERAL_ASKED = "分别是多少"
UNIT_SAID = "度量单位是"
ACTUAL_SAID = "已完成"
UNIT_GIVEN = "单位"  # 单位万元: the unit an answer is given in


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / LABELLED_FILE).read_text(encoding="utf-8")
    return word_sections(text)


_COLUMN_KINDS = ("project", "row")  # labels that are columns too: 项目=国交 is a condition
_LABEL_KINDS = (
    *("project", "filter", "project_filter", "output", "formula", "field", "row", "actual"),
)


@built_once
def _label_kinds() -> dict[str, str]:
    """Returns the kind of each label word (条件 → filter)."""
    return {word: kind for kind in _LABEL_KINDS for word in _words()[kind]}


@built_once
def _label_pattern() -> re.Pattern[str]:
    """项目：…, 需要:…, 字段=…: a label opening a field, said before a colon or =."""
    # WHERE 单位=人, 筛选 项目=国交: a label set apart by a space before a condition
    condition_after = rf"\s+(?=[^\s:]{{1,8}}?\s*{_OPERATOR})"
    return re.compile(
        rf"^\s*(?P<label>{alternation(_label_kinds())})(?:\s*[:=]\s*|{condition_after})"
    )


@built_once
def _label_led() -> re.Pattern[str]:
    """The comma or space before a label opening a field inside a line (项目:国交,字段:…)."""
    return re.compile(rf"\s*[,、\s]\s*(?=(?:{alternation(_label_kinds())})\s*:)")


@built_once
def _condition_pattern() -> re.Pattern[str]:
    """度量单位=家, 指标值≥10, 项目类别=特定目标类: a column, an operator and a value."""
    return re.compile(
        rf"^\s*(?P<column>[^\s=<>≥≤≠!:/]{{1,8}}?)\s*(?P<operator>{_OPERATOR})\s*(?P<value>.*?)\s*$"
    )


@built_once
def _operator_words() -> dict[str, str]:
    """Returns each operator with the words the engine reads it in (≥ → 不少于)."""
    pairs = (word.split(":", 1) for word in _words()["operator_said"])
    return {sign: said for sign, said in pairs}


@built_once
def _joiner_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(_words()['joiner'])})\s*|\s+")


@dataclass
class _Fields:
    """What the fields of a message say, each in its kind."""

    projects: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)  # 度量单位是家, 指标值≥10
    project_conditions: list[str] = field(default_factory=list)  # 项目类别是特定目标类
    asked: list[str] = field(default_factory=list)  # fields asked of the project or row
    rows: list[str] = field(default_factory=list)  # rows named in a path
    formula: list[str] = field(default_factory=list)
    wishes: list[str] = field(default_factory=list)  # what an output field asks besides a list
    actuals: list[str] = field(default_factory=list)  # figures the asker gives of a row (28场)


@dataclass(frozen=True)
class LabelledFields:
    """Reads messages written as labelled fields with what the loaded forms call things."""

    project_named: Callable[[str], bool]  # whether a text is a project's name and no more
    names_field: Callable[[str], bool]  # whether a text names a field of a project's header
    levels: Mapping[str, str]  # each heading of the forms with the heading above it ("" at top)

    def said_plainly(self, text: str) -> str | None:
        """Returns the plain ask a message of labelled fields makes, or None when ``text`` is
        not one or has a field none of its labels reads."""
        if not any(mark in text for mark in "：:=＝【｜|/／<>≥≤\t"):
            return None
        # ①成本控制数 ②…: marks of a list, never figures (NFKC writes ① as 1)
        typed = _LIST_MARKS.sub(" ", text)
        typed = unicodedata.normalize("NFKC", typed).strip().translate(_SIGNS)
        for written, sign in _TWO_CHAR_SIGNS:
            typed = typed.replace(written, sign)
        if typed.startswith("{"):
            typed = _RECORD_MARKS.sub(" ", typed).replace(",", "\n")  # {"项目":"国交",…}
        typed = _table_paired(typed) or typed  # 项目 | 字段 ⏎ 国交 | 主管部门
        if "\t" in typed:
            return self._row_read(typed)
        read = self._labelled(typed) if _has_label(typed) else None
        if read is None and typed.count("/") >= MIN_PAIRS and _SEGMENT_BREAK.search(typed):
            paired = self._pairs_read(typed)
            if paired is not None:
                return paired
        if read is None and typed.count("/") + typed.count("|") >= MIN_PATH_PARTS - 1:
            read = self._path(typed)
        if read is None:
            return None
        read.levels = _deepest(read.levels, self.levels)
        read.projects = [
            name if self.project_named(name) else f"{name}{PROJECT_WORD}" for name in read.projects
        ]  # 项目：上海科技节: a project the forms lack is asked as one, never as a row
        return _plain(read)

    def _labelled(self, text: str) -> _Fields | None:
        text = _BRACKETED.sub(lambda m: f"\n{m.group(1)}:", text).replace("→", "\n输出:")
        text = _label_led().sub("\n", text)  # 项目:国交,字段:主管部门
        read = _Fields()
        heading: str | None = None  # a label standing alone heads the fields after it (筛选｜…)
        for line in _LINE_BREAK.split(text):
            kind = heading  # a label before a colon reads its line only
            for segment in line.split("|"):
                segment = _BULLET.sub("", segment.strip())  # - 项目：国交, 1. 字段：…
                if segment in _label_kinds():
                    heading = kind = _label_kinds()[segment]
                    continue
                label = _label_pattern().match(segment)
                if label is not None and _condition_on_column(label):
                    label = None  # 项目=国交 AND 单位=人: a condition on the column
                if label is not None:
                    kind = _label_kinds()[label.group("label")]
                    segment = segment[label.end() :]
                elif ":" in segment:
                    segment = _column_labelled(segment)  # 一级指标：效益指标 → 一级指标=效益指标
                    if ":" in segment:
                        return None  # 【年度】2025, 描述：…: a label none of the kinds reads
                if not self._field_read(kind, segment, read):
                    return None
        said = (
            read.projects
            or read.levels
            or read.conditions
            or read.project_conditions
            or read.formula
            or read.rows
        )
        return read if said else None  # 字段：实施单位: a field asked alone reads as typed

    def _field_read(self, kind: str | None, value: str, read: _Fields) -> bool:
        """Reads one field's value into ``read``; False when it says what no label reads."""
        said = value.strip()  # an ask said in words keeps its asides (就是去年花了多少)
        value = _ASIDE.sub("", said).strip()
        if not value:
            return True
        if kind not in ("formula", "filter", "project_filter", None) and (
            _condition_pattern().match(value) or self._levels_said(value)
        ):
            kind = "filter"  # 项目：国交；二级指标=质量指标: a condition after a labelled field
        if kind == "project":
            if not _NAME.fullmatch(value):
                return False  # 项目：国交的那个表…: words besides the name
            read.projects.extend(self._projects_said(value))
            return True
        if kind == "actual" and _FIGURE.fullmatch(value):
            read.actuals.append(value)  # 已完成：28场: the asker's own figure of the row
            return True
        if kind == "row" and not _ASKS.search(value):
            read.rows.append(value)  # 指标：合作单位数量
            return True
        if kind == "formula":
            read.formula.append(value)
            return True
        if kind in ("field", "row") and _ASKS.search(value):
            read.asked.append(value)  # 字段：巡检用的车配几辆: the field said as an ask
            return True
        if kind == "field":
            read.asked.extend(name for name in re.split(r"[、,+\s]+", value) if name)
            return True
        if kind == "output":
            if read.formula:
                read.formula.append(value)  # 【结果】保留两位小数
                return True
            if not all(map(_list_wish, _WISH_BREAK.split(value))):
                read.wishes.append(said)  # 需要：按二级指标分组，每组几条: said as asked
            return True
        return all(
            self._piece_read(piece, read, projects=kind == "project_filter")
            for piece in _PIECE_BREAK.split(value)
            if piece.strip()
        )

    def _piece_read(self, piece: str, read: _Fields, *, projects: bool) -> bool:
        """Reads one condition (度量单位=家, 数量指标, 国交, 列出三级指标+条数)."""
        piece = piece.strip()
        condition = _condition_pattern().match(piece)
        if condition is not None:
            return self._condition_read(condition, read, projects=projects)
        levels = self._levels_said(piece)
        if levels:
            read.levels.extend(levels)
            return True
        if self.project_named(piece):
            read.projects.append(piece)
            return True
        # 列出三级指标+条数: the rows are listed with their count
        return all(map(_list_wish, _WISH_BREAK.split(piece)))

    def _condition_read(self, found: re.Match[str], read: _Fields, *, projects: bool) -> bool:
        """Reads a condition on a column (度量单位=家, 指标值<10, 项目类别=特定目标类); False
        when the column is none the forms have or the value is no value of it."""
        column, operator, value = found.group("column", "operator", "value")
        words = _words()
        if column in words["project"] and operator == "=":
            read.projects.extend(self._projects_said(value))
        elif column in words["row"] and operator == "=" and not _ASKS.search(value):
            read.rows.append(value)  # 三级指标=合作单位数量
        elif column in words["level_column"] and operator == "=":
            levels = self._levels_said(value)
            if not levels:
                return False
            read.levels.extend(levels)
        elif column in words["unit_column"] and operator == "=" and (units := _units(value)):
            read.conditions.append(f"{UNIT_SAID}{'或'.join(units)}")  # 度量单位=% 或 人次
        elif column in words["value_column"] and _ASKED.fullmatch(value):
            read.asked.append(column)
        elif column in words["value_column"] and _FIGURE.fullmatch(value):
            said = _operator_words().get(operator, operator)
            read.conditions.append(f"{column}{said}{value}")
        elif operator == "=" and _HEADER_VALUE.fullmatch(value) and self.names_field(column):
            read.project_conditions.append(f"{column}是{value}")
        else:
            return False
        return True

    def _projects_said(self, value: str) -> list[str]:
        """Returns the projects a project field names: several joined (运维 + 养护) when each
        is one, else the value as one name (国际科技人文交流与合作)."""
        names = [name for name in _joiner_pattern().split(value) if name]
        return names if len(names) > 1 and all(map(self.project_named, names)) else [value]

    def _levels_said(self, text: str) -> list[str]:
        """Returns the headings ``text`` names, every word of it one (质量指标 或 时效指标),
        else none."""
        words = [word for word in _joiner_pattern().split(text) if word]
        levels = [self._level(word) for word in words]
        return [level for level in levels if level] if words and all(levels) else []

    def _level(self, word: str) -> str:
        if word in self.levels:
            return word
        return word + _LEVEL_SUFFIX if word + _LEVEL_SUFFIX in self.levels else ""

    def _row_read(self, text: str) -> str | None:
        """Reads a row of the form pasted with the cell asked (国交⇥产出指标⇥数量指标⇥合作单位数量
        ⇥？, 企服⇥…活动数量⇥目标35场⇥已完成28场⇥完成率=？): the project and the row it names,
        the asker's own figures, and what is asked; the form's own figures and headings go."""
        row, *after = text.split("\n")
        cells = [cell.strip() for cell in row.split("\t") if cell.strip()]
        if len(cells) < MIN_ROW_CELLS:
            return None
        projects: list[str] = []
        said: list[str] = []
        asks: list[str] = []
        for cell in cells:
            asked = _CELL_ASKED.fullmatch(cell)
            if asked is not None:
                asks.append(f"{asked.group('name')}是多少{asked.group('rest')}".lstrip("→ "))
            elif self.project_named(cell) and not said:
                projects.append(cell)
            elif not self._level(cell) and not _FIGURE_CELL.fullmatch(cell):
                said.append(cell)
        if len(asks) != 1 or not said:
            return None
        scope = "".join(projects)
        if asks[0] == "是多少":  # a cell left blank with ？: the row's target, whatever the
            # lines after it say of it (这一行最后一格填多少)
            return f"{scope}{said[0]}的指标值是多少" if len(said) == 1 else None
        if after:
            return None
        return "，".join([f"{scope}{said[0]}", *said[1:], asks[0]])

    def _pairs_read(self, text: str) -> str | None:
        """Reads 国交 / …论文数量；企服 / …报送数量；两个加起来几篇: rows each named after its
        project and a slash, one a segment, and the ask after them."""
        segments = [segment.strip() for segment in _SEGMENT_BREAK.split(text) if segment.strip()]
        named: list[str] = []
        for at, segment in enumerate(segments):
            parts = [part.strip() for part in segment.split("/")]
            if len(parts) == len(("project", "row")) and self.project_named(parts[0]):
                if not _PATH_PART.fullmatch(parts[1]) or _ASKS.search(parts[1]):
                    return None
                named.append("".join(parts))
            elif at == len(segments) - 1 and len(named) >= MIN_PAIRS and "/" not in segment:
                return f"{'和'.join(named)}，{segment}"
            else:
                return None
        return None

    def _path(self, text: str) -> _Fields | None:
        """Reads 企服/质量/基本信息采集准确性/指标值=？: a project, headings, a row and the
        field asked of it, set apart by slashes or bars."""
        parts = [_ASIDE.sub("", part).strip() for part in re.split(r"[/|]", text)]
        led = _LEAD_IN.split(parts[0])
        parts[0] = led[-1]  # 重新问：企服｜满一度｜指标值
        if len(parts) < MIN_PATH_PARTS or not all(_PATH_PART.fullmatch(p) for p in parts):
            return None
        if not self.project_named(parts[0]):
            if len(led) > 1 or not all(map(self.names_field, parts)):
                return None
            return _Fields(asked=parts)  # 项目类别｜预算部门｜年度总体目标
        read = _Fields(projects=[parts[0]])
        for part in parts[1:]:
            condition = _condition_pattern().match(part)
            if condition is not None and condition.group("column") in _words()["value_column"]:
                if not _ASKED.fullmatch(condition.group("value")):
                    return None
                read.asked.append(condition.group("column"))
            elif part.rstrip("?") in _words()["value_column"]:
                read.asked.append(part.rstrip("?"))
            elif _ASKS.search(part):
                return None  # 国交 / 科普论坛 / 人数？: an ask in words, read as typed
            elif self._level(part):
                read.levels.append(self._level(part))
            elif self.names_field(part):
                read.asked.append(part)  # 国交｜计划开始日期｜计划完成日期
            elif re.search(r"\d|[=<>≥≤]", part):
                return None  # a figure: a division, not a path
            else:
                read.rows.append(part)
        return read if read.rows or read.levels or read.asked else None


def _condition_on_column(label: re.Match[str]) -> bool:
    """Tells whether a label set with = is a column's condition (项目=国交, 三级指标=…)."""
    return _label_kinds()[label.group("label")] in _COLUMN_KINDS and ":" not in label.group(0)


def _table_paired(text: str) -> str | None:
    """Returns a table of labels over their values (项目 | 字段 ⏎ 国交 | 主管部门) as one
    labelled field a line (项目:国交 ⏎ 字段:主管部门), or None when ``text`` is no such table."""
    lines = text.split("\n")
    if len(lines) < len(("labels", "values")):
        return None
    labels, values = (_CELL_BREAK.split(line.strip().strip("|").strip()) for line in lines[:2])
    words = _words()
    columns = {*_label_kinds(), *words["level_column"], *words["unit_column"]}
    if len(labels) < MIN_PAIRS or len(labels) != len(values) or not columns.issuperset(labels):
        return None
    paired = (f"{label}:{value}" for label, value in zip(labels, values, strict=True))
    return "\n".join([*paired, *lines[2:]])


def _units(value: str) -> list[str]:
    """Returns the units a condition on the unit names (家, 篇或家), none when it says more."""
    units = [unit for unit in _joiner_pattern().split(value) if unit]
    return units if units and all(map(_UNIT.fullmatch, units)) else []


def _column_labelled(segment: str) -> str:
    """Returns a column said as a label (一级指标：效益指标, 指标值：≥10) as its condition
    (一级指标=效益指标, 指标值≥10); any other segment as it is."""
    column, _, value = segment.partition(":")
    words = _words()
    if column.strip() not in (
        *words["level_column"],
        *words["unit_column"],
        *words["value_column"],
    ):
        return segment
    value = value.strip()
    return f"{column.strip()}{'' if re.match(_OPERATOR, value) else '='}{value}"


@built_once
def _list_wish_pattern() -> re.Pattern[str]:
    """三级指标名称清单, 名称, 共几条: words asking only for the rows listed, run together."""
    return re.compile(rf"(?:{alternation(_words()['list_wish'])}|的|和|及)+")


def _list_wish(word: str) -> bool:
    """Tells whether a word of an output field asks only for the rows listed (名称, 条数)."""
    return not word or bool(_list_wish_pattern().fullmatch(_ASIDE.sub("", word).strip()))


def _has_label(text: str) -> bool:
    """Tells whether ``text`` opens a field with a label or sets a condition on a column."""
    if "【" in text or _label_pattern().match(text):
        return True
    segments = [_BULLET.sub("", s.strip()) for s in _SEGMENT_BREAK.split(text)]
    return any(
        s in _label_kinds() or _label_pattern().match(s) or _condition_pattern().match(s)
        for s in segments
    )


def _deepest(levels: Collection[str], parents: Mapping[str, str]) -> list[str]:
    """Returns ``levels`` without those said only as the heading of another one said."""
    above = {parents.get(level, "") for level in levels}
    return [level for level in dict.fromkeys(levels) if level not in above]


def _plain(read: _Fields) -> str | None:
    """Returns the plain ask the fields make."""
    scope = "和".join(dict.fromkeys(read.projects))
    if read.formula:
        formula, *rest = read.formula
        formula = _OPEN_END.sub("", formula)  # … × 100% = ？: the value asked, said after it
        share = _SHARE.fullmatch(formula)
        if share is not None:  # 国交年度资金 / 企服年度资金 ×100%: a share asked
            formula = f"{share.group('part')}占{share.group('whole')}的百分比"
        return "，".join([f"{scope}{formula}是多少", *rest])
    given_in = ""
    if (
        (read.asked or read.rows)
        and read.conditions
        and not read.levels
        and all(condition.startswith(UNIT_SAID) for condition in read.conditions)
    ):  # 字段：年度资金申请总额；单位：万元: the unit the figure is given in, no condition
        given_in = "，" + "，".join(c.replace(UNIT_SAID, UNIT_GIVEN) for c in read.conditions)
        read.conditions.clear()
    if read.rows and read.actuals and len(read.wishes) == 1:  # 已完成：28场；需要：完成率
        wish = read.wishes[0]
        if not _ASKS.search(wish):  # 完成率（保留一位） → 完成率是多少（保留一位）
            wish = f"{_ASIDE.sub('', wish).strip()}是多少{''.join(_ASIDE.findall(wish))}"
        done = "，".join(f"{ACTUAL_SAID}{figure}" for figure in read.actuals)
        return f"{scope}{'和'.join(read.rows)}，{done}，{wish}"
    if read.rows:
        asked = "、".join(read.asked) or "指标值"
        return f"{scope}{'和'.join(read.rows)}的{asked}是多少{given_in}"
    if read.project_conditions and not (read.levels or read.conditions):
        return f"{'且'.join(read.project_conditions)}的项目是哪个"
    if read.levels or read.conditions:
        levels = "和".join(read.levels)
        if read.conditions:
            place = f"{levels}里" if levels else ""
            listed = f"{scope}{place}{'且'.join(read.conditions)}{ROWS_WORD}"
        else:
            listed = f"{scope}{levels}"
        if read.wishes:
            return "，".join([listed, *read.wishes])
        return f"{listed}{LISTED_ASK}"
    if read.wishes and not read.asked:  # 项目：国交；需要：单位是人的那几条: the ask said
        return f"{scope}{'，'.join(read.wishes)}"
    if read.asked:
        if len(read.asked) == 1 and _ASKS.search(read.asked[0]):
            return f"{scope}{read.asked[0]}"
        ask = SEVERAL_ASKED if len(read.asked) > 1 else ""  # one field is asked by its name
        of = "的" if scope else ""
        return f"{scope}{of}{'、'.join(read.asked)}{ask}{given_in}"
    return None
