"""Parts of textbook performance frameworks (3E, the logic model, SMART) read as the form's levels.

按3E里的“经济性”维度 asks for what the 成本指标 rows hold, 从逻辑模型的“投入”环节看 too, and SMART
原则里的时限性 for the 时效指标 rows: the asker names a framework and one of its parts, the form
knows only its own levels. Each part is written as the level measuring it (``plain_words.txt``
[framework_terms]) and the framework's name is left out, so the rest of the engine reads the
question as one about that level.
"""

from __future__ import annotations

import re

from nlu.ordering import alternation
from nlu.plain_words import section_pairs, section_words
from nlu.prepared import built_once

DISTINCT_ENDING = "性"  # 经济性, 时限性: a framework's own word, read with an aspect word alone
_OPEN_QUOTE = '“"「『‘'
_CLOSE_QUOTE = '”"」』’'
_POINTING = "(?:这个|这一个|这一|那个)?"  # “经济性”这个维度
_JOINERS = "/、和与及"  # “结果/影响”: several parts quoted together
# 时限性（Time-bound）: the English gloss of a part says nothing more.
_GLOSS = r"(?:\s*[（(][A-Za-z][A-Za-z\s\-]*[)）])?"


class _Frameworks:
    """The names of the frameworks and the pattern of a part said as one of theirs."""

    def __init__(self) -> None:
        self.levels = section_pairs("framework_terms")
        names = [word for line in section_words("frameworks") for word in line]
        aspects = [word for line in section_words("framework_aspects") for word in line]
        self.names = re.compile(
            rf"(?:按|从|用|根据|依据|按照)?(?:{alternation(names)})(?:里的|中的|里|中|的)?",
            re.IGNORECASE,
        )
        term = f"(?:{alternation(self.levels)})"
        aspect = f"(?P<aspect>{_POINTING}(?:{alternation(aspects)}))?"
        self.parts = re.compile(
            rf"[{_OPEN_QUOTE}](?P<quoted>{term}(?:[{_JOINERS}]{term})*)[{_CLOSE_QUOTE}]"
            rf"{_GLOSS}{aspect}"
            rf"|(?P<bare>{term}){_GLOSS}{aspect.replace('aspect', 'said_with')}"
        )
        self.joiners = re.compile(f"[{_JOINERS}]")


@built_once
def _frameworks() -> _Frameworks:
    return _Frameworks()


def framework_parts_as_levels(text: str) -> str:
    """Returns ``text`` with the framework parts it asks by written as the form's levels.

    按3E里的“经济性”维度，企服对应的指标 → 成本指标，企服对应的指标. A part is read only when
    quoted, glossed or said with an aspect word, and only when its framework is named or it is
    a framework's own word (从效率性角度); 本年度投入多少资金 asks money, never a level.
    """
    frameworks = _frameworks()
    named = frameworks.names.search(text) is not None
    read: list[bool] = []

    def level(found: re.Match[str]) -> str:
        said = found.group("quoted") or found.group("bare")
        aspect = found.group("aspect") or found.group("said_with")
        distinct = said.endswith(DISTINCT_ENDING)
        if found.group("bare") and not (aspect or distinct):
            return found.group(0)
        if not (named or (distinct and aspect)):
            return found.group(0)
        read.append(True)
        parts = frameworks.joiners.split(said)
        return "、".join(dict.fromkeys(frameworks.levels[part] for part in parts))

    rewritten = frameworks.parts.sub(level, text)
    if not read:
        return text
    return frameworks.names.sub("", rewritten)
