"""A speaker's own corrections: 企服的预算，不对，是国交那个 → 国交的预算 (``corrections.txt``).

Typed by voice or in a hurry, a message takes back a word and says it again. Read as written,
both the taken-back word and the corrected one are asked (企服 and 国交), and the answer shows
the wrong project's figure beside the right one. The message is restated the way the speaker
meant it: the corrected phrase takes the place of the like thing it corrects.

- 不是企服，是国交: the word named after 不是 is replaced where it was said before;
- 企服，不对，是国交那个四十万的预算: a clause that is only a project name gives way to the
  corrected words;
- 企服成本上限多少，不对，是国交的: a project named alone replaces the project of the clause;
- 运维那个观众，不对，是市民满意度: other corrected words replace the clause before, which
  keeps the project it named (运维的市民满意度).

A word said to be mistyped (…院土专家…（院土打错了，是院士）) is replaced where it was typed, and
the correction leaves the message (:func:`respelled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from importlib import resources

from nlu.cues import word_sections
from nlu.lexicon import ProjectMention
from nlu.prepared import built_once

CORRECTIONS_FILE = "corrections.txt"
_SEPARATORS = "，,。；;：:？?！! "  # 更正：参与人数: a colon pauses as a comma does
_FILLERS = "嗯啊呃哦噢"
_PARTICLES = "的呢呀吧啦哈"  # 是2025年的: the year said again, nothing more
MAX_TAKEN_BACK = 12  # characters named after 不是 (不是企服)
OF = "的"
POINTER = "那个"  # 运维那个观众: the words before it say which one
_YEAR = re.compile(r"(?:19|20)\d{2}(?:年度|年)?")
_YEAR_OPENING = re.compile(
    r"(?P<year>(?:19|20)\d{2}(?:年度|年)?)(?:的)?(?:那一年|那年|这一年|这年|那个年度)?"
)
# 不 said alone between two marks, and the words meant after it (…几家，不，是推荐单位的…): a
# taking back as 不对 is; 够不，是… (不 after a word) asks yes or no.
_BARE_NO = re.compile(
    r"(?<=[，,。；;？?！!\s…])不+(?=[，,。；;！!\s…]+(?:是|应该是|我是说|我说的是))"
)
_SPEAKERS = ("我", "你", "您")  # 不对 我看表上是50万: the speaker's remark, no words said again


FindProjects = Callable[[str], Sequence[ProjectMention]]


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / CORRECTIONS_FILE).read_text(encoding="utf-8")
    return word_sections(text)


@built_once
def _marker() -> re.Pattern[str]:
    words = _words()
    back = "|".join(map(re.escape, words["back"]))
    again = "|".join(map(re.escape, words["again"]))
    gap = f"[{_SEPARATORS}{_FILLERS}]*"
    pause = f"[{_SEPARATORS}{_FILLERS}]+"
    taken = rf"[^{_SEPARATORS}]{{1,{MAX_TAKEN_BACK}}}?"
    # 对不对 asks; 不对 after 对 or 是 is no taking back.
    return re.compile(
        rf"(?:(?<![对是])(?:{back})(?:{gap}(?:{back}))*{gap}"  # 不对不对，说错了: a run
        rf"(?:不是(?P<wrong>{taken}){pause}(?:{again})?"  # 不对不是企服 国交的: said again
        rf"|(?:{again}){gap}|{pause})"  # 企服预算 哦不对 国交预算多少: the pause says it
        # …人数，不是企服，是国交的…: 不是 a word said, then 是 the word meant.
        rf"|(?:^|(?<=[{_SEPARATORS}]))不是(?P<wrong_alone>{taken}){pause}(?:{again}))"
        rf"(?=[^{_SEPARATORS}])"
    )


@built_once
def _mistyped() -> re.Pattern[str]:
    mistyped = "|".join(map(re.escape, _words()["mistyped"]))
    again = "|".join(map(re.escape, _words()["again"]))
    word = rf"[^{_SEPARATORS}（）()“”\"'‘’]{{1,{MAX_TAKEN_BACK}}}"
    return re.compile(
        rf"[（(]?[“\"'‘]?(?P<wrong>{word}?)[”\"'’]?(?:{mistyped})[{_SEPARATORS}]*(?:{again}|应为)"
        rf"[“\"'‘]?(?P<right>{word}?)[”\"'’]?(?:[）)]|(?=[{_SEPARATORS}])|$)"
    )


def takes_back(clause: str) -> bool:
    """Tells whether a clause opens by taking back what was said (不对我说错了, 哦不是不是):
    followed by more, it is a correction, no remark of the asker's (语音打的字可能不对 is)."""
    return clause.lstrip(_SEPARATORS + _FILLERS).startswith(_words()["back"])


def respelled(text: str) -> str | None:
    """Returns ``text`` with a word said to be mistyped replaced by the word meant, and the
    saying left out; None when it says no such thing or the mistyped word was not typed before
    (…院土专家…（院土打错了，是院士） → …院士专家…)."""
    if "错" not in text:
        return None
    found = _mistyped().search(text)
    if found is None:
        return None
    wrong, right = found.group("wrong"), found.group("right")
    before = text[: found.start()]
    place = before.rfind(wrong)
    if not right or place < 0:
        return None
    corrected = before[:place] + right + before[place + len(wrong) :]
    return _joined(corrected.rstrip(_SEPARATORS), text[found.end() :])


def restated(text: str, find_projects: FindProjects) -> str | None:
    """Returns ``text`` as the speaker meant it after correcting themselves, or None when it
    holds no correction (or one whose corrected words cannot be placed)."""
    text = _BARE_NO.sub("不对", text)  # 国交合作单位几家，不，是推荐单位的…
    if "不是" not in text and not any(word in text for word in _words()["back"]):
        return None
    found = _marker().search(text)
    if found is None:
        return None
    before = text[: found.start()].rstrip(_SEPARATORS + _FILLERS + "…")  # 企服的预算……算了
    after = text[found.end() :]
    if after.startswith(_SPEAKERS):
        return None
    year = _year_said_again(before, after)
    if year is not None:
        return year  # 数改2024…哦不对是2025年那年要干嘛 → 数改2025年要干嘛
    end = next((i for i, char in enumerate(after) if char in _SEPARATORS), len(after))
    head, rest = after[:end], after[end:]
    said = _without_trailing(head)
    wrong = found.group("wrong") or found.group("wrong_alone")
    if wrong:
        place = before.rfind(wrong)
        if place < 0 and find_projects(wrong):
            # 打住，不是国交，是企服，预算多少: a project taken back that was never asked goes;
            # other words (不是新申报的，是累计总数) rule a reading out and stay.
            return _joined(before + "，" if before else "", after)
        if place < 0:
            return None
        if _says_more_than_project(wrong, said, find_projects):
            # 企服的服务科技工作者人数，不是企服，是国交的活动参与人数: the row is said again
            # with the project, so the words said again take the whole clause's place.
            start = max((before.rfind(char, 0, place) for char in _SEPARATORS), default=-1) + 1
            return _joined(before[:start] + said, rest)
        return _joined(before[:place] + said + before[place + len(wrong) :], rest)
    start = max((before.rfind(char) for char in _SEPARATORS), default=-1) + 1
    prefix, clause = before[:start], before[start:].lstrip(_FILLERS)
    if not clause:
        return None
    clause_projects = find_projects(clause)
    head_projects = find_projects(said)
    if head_projects and clause_projects:
        first = clause_projects[0]
        if not _without_trailing(clause[: first.start] + clause[first.end :]):
            return _joined(prefix + after, "")  # 企服，不对，是国交那个四十万的预算
        named = head_projects[0]
        if not _without_trailing(said[: named.start] + said[named.end :]):
            # 企服成本上限多少，不对，是国交的: only the project is corrected.
            project = said[named.start : named.end]
            corrected = clause[: first.start] + project + clause[first.end :]
            return _joined(prefix + corrected, rest)
        return _joined(prefix + after, "")
    if clause_projects and not head_projects:
        # 企服里面以人为单位的，不对，是以次为单位的: the project said stays.
        first = clause_projects[0]
        return _joined(prefix + clause[first.start : first.end] + OF + after, "")
    kept = clause.rpartition(POINTER)[0] if not head_projects else ""
    # 运维那个观众，不对，是市民满意度: what 那个 points into stays (a short name the lexicon
    # does not know as one: 运维).
    return _joined(prefix + (kept + OF if kept else "") + after, "")


def _year_said_again(before: str, after: str) -> str | None:
    """Returns the message with the year taken back replaced by the year said again: the words
    after the taking back open with a year, and either say nothing more (…2024年度的年度资金，
    不对，是2025年的) or follow a year ending the words before (数改2024…哦不对是2025年那年要
    干嘛 → 数改2025年要干嘛); a pointer back at the year (那年) goes too."""
    right = _YEAR_OPENING.match(after)
    if right is None:
        return None
    clause = max((before.rfind(char) for char in _SEPARATORS), default=-1) + 1
    wrongs = list(_YEAR.finditer(before, clause))
    if not wrongs:
        return None
    wrong = wrongs[-1]
    rest = after[right.end() :]
    said = rest.split("，")[0]
    if not said.strip(_SEPARATORS + _FILLERS + _PARTICLES):
        corrected = before[: wrong.start()] + right.group("year") + before[wrong.end() :]
        return _joined(corrected, rest[len(said) :])
    if before[wrong.end() :].strip(_SEPARATORS + _FILLERS + "…"):
        return None
    return _joined(before[: wrong.start()] + right.group("year"), rest)


def _says_more_than_project(wrong: str, said: str, find_projects: FindProjects) -> bool:
    """Tells whether a project taken back (不是企服) is said again with more than a project
    (是国交的活动参与人数)."""
    if not find_projects(wrong):
        return False
    named = find_projects(said)
    return bool(named) and bool(_without_trailing(said[: named[0].start] + said[named[0].end :]))


def _without_trailing(phrase: str) -> str:
    """Returns ``phrase`` without the words after it that name nothing (国交那个 → 国交)."""
    phrase = phrase.strip(_SEPARATORS + _FILLERS)
    changed = True
    while changed and phrase:
        changed = False
        for word in _words()["trailing"]:
            if phrase.endswith(word) and len(phrase) > len(word):
                phrase, changed = phrase[: -len(word)], True
                break
    return phrase


def _joined(text: str, rest: str) -> str:
    """Returns ``text`` followed by ``rest`` with no doubled separator between them."""
    joined = text.rstrip(_SEPARATORS) + rest if rest[:1] in _SEPARATORS and rest else text + rest
    return re.sub(f"([{_SEPARATORS}])[{_SEPARATORS}]+", r"\1", joined)
