"""Words a question spells out at length: 台湾香港澳门 for the form's 港澳台, 生态方面的效益指标
for its heading 生态效益指标."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable

from nlu.cues import cue_words
from nlu.ordering import longest_first

MIN_SPELLED_WORDS = 3  # fewer words make common words by chance (次数计量: 数量)
MAX_SPELLED_WORDS = 3  # 台湾香港澳门 of 港澳台
MIN_SPELLED_CHARS = 2  # each word spelled out is a word of its own, not a character
JOINERS = frozenset({"和", "与", "及", "、", "跟", "同"})
_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,12})[”\"]")
MIN_HEADING_HALF = 2  # 生态 and 效益指标: each half of a heading a word of its own
# 方面 after a topic of two characters or more (安全方面的): it adds nothing to the topic; after
# 哪些, 什么, 这, 各, 其他, 几, 三 … it is the thing asked (哪几方面) and stays.
_COUNTING_CHARS = "些个么哪各他这那此每几两多一二三四五六七八九十"
_TOPIC = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?<![{_COUNTING_CHARS}])(?:方面|层面)(?=的)")
HEADING_SUFFIX = "指标"
OF = "的"
_POINTING = re.compile("[那这]")  # the cheap check before the stems are looked for
# Several rows pointed at (那两条, 这几项, 那些) or a kind of them (那块, 这类): one row pointed at
# (学生数量那条) is a row, its name's tail no heading.
_POINTED_ROWS = "[那这](?:[两二三四五六七八九十几][条项个]|一?[类块]|些|俩)"


class SpelledOut:
    """Rewrites words a question spells out into the abbreviation the form writes.

    Consecutive words the form never uses (joined by 和, 、 or nothing), one character of each
    in any order, make a word of the form: 台湾香港澳门 (or 台湾、香港和澳门) is 港澳台. Only
    words unknown to the form are read so, and only runs of three of them.
    """

    def __init__(self, *, form_words: Collection[str], cut: Callable[[str], list[str]]) -> None:
        self._form_words = form_words
        self._cut = cut
        # The characters of each form word a run could spell, in order: most choices of one
        # character a word make none of them, and their orders need not be tried.
        self._char_sets = frozenset(
            "".join(sorted(word))
            for word in form_words
            if MIN_SPELLED_WORDS <= len(word) <= MAX_SPELLED_WORDS
        )

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with each spelled-out run replaced by the form's abbreviation."""
        words = self._cut(text)
        unknown = [self._spelling(word) for word in words]
        if sum(unknown) < MIN_SPELLED_WORDS:
            return text  # most questions: nothing to look at
        starts, position = [], 0
        for word in words:  # the cut leaves out spaces: find each word from the last one's end
            position = text.find(word, position)
            starts.append(position)
            position += len(word)
        pieces, kept_to, at = [], 0, 0
        while at < len(words):
            found = self._run_at(words, unknown, at)
            if found is None:
                at += 1
                continue
            abbreviation, end = found
            pieces += [text[kept_to : starts[at]], abbreviation]
            kept_to = starts[end - 1] + len(words[end - 1])
            at = end
        return "".join([*pieces, text[kept_to:]])

    def _spelling(self, word: str) -> bool:
        return (
            len(word) >= MIN_SPELLED_CHARS
            and bool(_CJK_WORD.match(word))
            and word not in self._form_words
        )

    def _run_at(self, words: list[str], unknown: list[bool], start: int) -> tuple[str, int] | None:
        """Returns the abbreviation spelled out from ``start`` and where the run ends."""
        if not unknown[start]:
            return None
        spelled: list[str] = []
        ends: list[int] = []
        at = start
        while at < len(words) and len(spelled) < MAX_SPELLED_WORDS:
            if unknown[at]:
                spelled.append(words[at])
                ends.append(at + 1)
            elif not (words[at] in JOINERS and spelled):
                break
            at += 1
        for size in range(len(spelled), MIN_SPELLED_WORDS - 1, -1):
            abbreviation = self._abbreviation(spelled[:size])
            if abbreviation is not None:
                return abbreviation, ends[size - 1]
        return None

    def _abbreviation(self, spelled: list[str]) -> str | None:
        """Returns the form's word made of one character of each word, in any order."""
        for chars in itertools.product(*spelled):
            if len(set(chars)) != len(chars) or "".join(sorted(chars)) not in self._char_sets:
                continue
            for order in itertools.permutations(chars):
                word = "".join(order)
                if word in self._form_words:
                    return word
        return None


class SplitHeadings:
    """Rewrites a heading said in two halves into the heading the form writes.

    生态方面的效益指标 is 生态效益指标 and 效益类的指标 is 效益指标, when the form has that
    heading; 安全方面的质量指标 stays as it is (no heading 安全质量指标). A heading's stem said
    with a joiner before a word for its rows' targets (质量上的要求, 时效方面的目标) names the
    heading too: 质量指标的要求; so does its stem before rows pointed at (社会效益那两条).
    """

    def __init__(self, headings: Iterable[str], *, rows: Iterable[str] = ()) -> None:
        """``rows`` are the row names: a stem they write (满意度, 成本) may name a row, so only
        a stem no row writes names its heading said right before a target word (效益目标)."""
        joiners = cue_words()["heading_joiner"]  # longest first: 方面的 before 方面
        self._joiners = joiners
        named = longest_first({h for h in headings if _CJK_WORD.match(h)})
        halves = (
            (heading[:at] + joiner + heading[at:], heading)
            for heading in named
            for at in range(MIN_HEADING_HALF, len(heading) - MIN_HEADING_HALF + 1)
            for joiner in joiners
        )
        stems = (
            (heading.removesuffix(HEADING_SUFFIX) + joiner + word, heading + OF + word)
            for heading in named
            if len(heading) - len(HEADING_SUFFIX) >= MIN_HEADING_HALF
            and heading.endswith(HEADING_SUFFIX)
            for joiner in joiners
            for word in cue_words()["heading_targets"]
        )
        written = "\n".join(rows)
        # 生态方面要求啥: the first half of 生态效益指标 with a joiner and a target word, when
        # only that heading starts so and no row writes it.
        leading = (
            (half + joiner + word, heading + OF + word)
            for heading, half in _leading_halves(named, written)
            for joiner in joiners
            for word in cue_words()["heading_targets"]
        )
        self._spoken = (*halves, *stems, *leading)
        self._joined = tuple(
            (heading.removesuffix(HEADING_SUFFIX) + word, heading + OF + word)
            for heading in named
            if heading.endswith(HEADING_SUFFIX)
            and len(heading) - len(HEADING_SUFFIX) >= MIN_HEADING_HALF
            and heading.removesuffix(HEADING_SUFFIX) not in written
            for word in cue_words()["heading_targets"]
            if TARGET_WORD in word  # 效益目标; 时效要求 stays as written
        )
        by_stem = {h.removesuffix(HEADING_SUFFIX): h for h in named if h.endswith(HEADING_SUFFIX)}
        self._headings = by_stem
        self._named = frozenset(named)
        alternatives = "|".join(
            map(re.escape, (stem for stem in by_stem if len(stem) >= MIN_HEADING_HALF))
        )
        # 社会效益那两条, 质量这几项: a heading's stem, then its rows pointed at.
        self._pointed = re.compile(rf"({alternatives}){_POINTED_ROWS}") if alternatives else None

    def unquoted(self, text: str) -> str:
        """Returns ``text`` without the quotation marks around a heading's name (一级指标“效益
        指标”下; 二级指标“质量”项下 → 质量指标): quoted, a text is looked up as a row's name."""
        if "“" not in text and '"' not in text:
            return text

        def unquoted(found: re.Match[str]) -> str:
            name = found.group(1)
            heading = name if name in self._named else self._headings.get(name)
            if heading is None:
                return found.group(0)
            return name if text.startswith(HEADING_SUFFIX, found.end()) else heading  # “质量”指标

        return _QUOTED.sub(unquoted, text)

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with each heading said in two halves written whole."""
        if self._pointed is not None and _POINTING.search(text):
            text = self._pointed.sub(lambda found: self._headings[found.group(1)], text)
        for spoken, heading in self._joined:  # 效益目标: a stem no row writes, then targets
            if spoken in text and heading not in text:
                text = text.replace(spoken, heading)
        if not any(joiner in text for joiner in self._joiners):
            return text  # most questions: nothing to look at
        for spoken, heading in self._spoken:
            if spoken in text:
                text = text.replace(spoken, heading)
        return text


def _leading_halves(headings: list[str], written: str) -> list[tuple[str, str]]:
    """Returns each heading with a first half of it (生态 of 生态效益指标) that no other heading
    starts with and no row name writes: said alone, the half names that heading."""
    found = []
    for heading in headings:
        stem = heading.removesuffix(HEADING_SUFFIX)
        for at in range(MIN_HEADING_HALF, len(stem) - MIN_HEADING_HALF + 1):
            half = heading[:at]
            sharing = [other for other in headings if other.startswith(half)]
            if len(sharing) == 1 and half not in written:
                found.append((heading, half))
    return found


def topic_said_plainly(text: str) -> str:
    """Returns ``text`` without the 方面 of a topic no heading took (安全方面的: 安全的)."""
    return _TOPIC.sub("", text)


ROW_WORD = "指标"
TARGET_WORD = "目标"


# Sections of cues.txt of a project's kind said in everyday words, and the word its header
# writes (经常性项目, 其他一次性项目).
KINDS_SAID = (("kind_recurring", "经常性"), ("kind_once", "一次性"))
# What may follow a kind said of a project: the project, an ask or the clause's end; never a
# thing done (每年都有多少人来 counts people, it says no kind).
_KIND_CLOSES = (
    r"的?(?:[\u4e00-\u9fff]{0,4}?项目|那种|那个|这种|这个|那类|这类"
    r"|吗|么|呢|吧|啊|呀|还是|对吧|[？?，,。.！!]|$)"
)


class OtherNames:
    """Rewrites the other names a question gives a row or its target into the form's words.

    企服有几个考核点 counts 指标 and 满意度的KPI is its row; 活动参与人数的target is its 目标.
    """

    def __init__(self) -> None:
        cues = cue_words()
        self._names = {
            **{word: ROW_WORD for word in cues["row_word"]},
            **{word: TARGET_WORD for word in cues["target_word"]},
        }
        alternatives = "|".join(re.escape(word) for word in cues["row_word"] + cues["target_word"])
        # A Latin name is a whole word (kpi, not the kpi of kpis2).
        self._pattern = re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")
        self._kinds = {word: kind for section, kind in KINDS_SAID for word in cues[section]}
        said = "|".join(map(re.escape, longest_first(self._kinds)))
        self._kind_pattern = re.compile(rf"(?:{said})(?={_KIND_CLOSES})")

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with every other name of a row or target written as the form's,
        and a project's kind said in everyday words as the header writes it (年年都有的项目:
        经常性的项目)."""
        text = self._pattern.sub(lambda found: self._names[found.group(0)], text)
        return self._kind_pattern.sub(lambda found: self._kinds[found.group(0)], text)


COINED_CHARS = 2  # 成控 of 成本控制: the first character of each of two words
MAX_STRADDLE_CHARS = 4  # the longest known word read across a coined abbreviation (产学研)
COINED_PART = 2  # each word a coined abbreviation shortens: 成本, 控制


class CoinedWords:
    """Rewrites an abbreviation a user coins from two words a row's name writes side by side.

    成控 is 成本控制 (成本控制数), 安事 is 安全事故 (活动安全事故发生数): the first character
    of each word. Only an abbreviation that one pair of words of the form makes is read so, and
    only where neither the form, the dictionary nor a project's short name uses it as written.
    """

    def __init__(
        self,
        *,
        names: Iterable[str],
        word: Callable[[str], bool],
        known: Callable[[str], bool],
    ) -> None:
        found: dict[str, set[str]] = {}
        for name in names:
            for at in range(len(name) - 2 * COINED_PART + 1):
                first = name[at : at + COINED_PART]
                second = name[at + COINED_PART : at + 2 * COINED_PART]
                if word(first) and word(second):
                    found.setdefault(first[0] + second[0], set()).add(first + second)
        self._known = known
        self._spelled = {
            coined: spelled.pop()
            for coined, spelled in found.items()
            if len(spelled) == 1 and not known(coined)
        }

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with each coined abbreviation written out (企服成控多少)."""
        pieces, kept_to = [], 0
        for at in range(len(text) - COINED_CHARS + 1):
            coined = text[at : at + COINED_CHARS]
            if at < kept_to or coined not in self._spelled or self._straddled(text, at):
                continue
            pieces += [text[kept_to:at], self._spelled[coined]]
            kept_to = at + COINED_CHARS
        return "".join([*pieces, text[kept_to:]]) if pieces else text

    def _straddled(self, text: str, at: int) -> bool:
        """Tells whether a known word runs across either character (完成控制: 完成, 产学研
        that holds 学研)."""
        end = at + COINED_CHARS
        return any(
            self._known(text[start:stop])
            for start in range(max(at - MAX_STRADDLE_CHARS + 1, 0), end)
            for stop in range(max(start + COINED_CHARS, at + 1), start + MAX_STRADDLE_CHARS + 1)
            if stop <= len(text) and (start, stop) != (at, end)
        )
