"""Words of the form written with another character of the same sound or shape: 国焦 for
国交, 实施单为 for 实施单位, 成本上线 for 成本上限, 院士工作战 for 院士工作站, 院土 for 院士.

Typing pinyin and dictating both put a character of the same reading in place of the meant
one, often a dictionary word of its own (上线, 作战) that the rules for rare characters in
``nlu.typos`` keep; handwriting and character recognition put one that looks alike (土 for
士). Such a slip is read against the form's own words: a window of the question that is no
word of the form becomes one when a single character is replaced by a like one, and by exactly
one. Characters are alike when they share a syllable (tones are not compared: pinyin is typed
without them, 开方日 for 开放日) or a four-corner code (四角号码 with its fifth corner).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from importlib import resources

from nlu.prepared import built_once

SOUNDS_FILE = "sounds.txt"
SHAPES_FILE = "shapes.txt"
SHAPE_MARK = "#"  # marks a four-corner code among a character's keys (土 → #40100)
WORD_SIZES = (2, 3, 4, 5, 6)  # characters in a word of the form a slip is read against
PAIR = 2  # characters of a neighbouring pair the form writes
STRADDLE_SIZES = (2, 3)  # dictionary words across a window's edge that keep it as written
CENTRED_WINDOW = 3  # a word with the slip in its middle (满以度)
# A pair of the form rarer than this in the dictionary (人合 of 一人合) is no word a dictated pair
# of its sound (任何) was meant as; 控制 and 院士 are common.
MIN_HEARD_FREQUENCY = 500
AROUND = 3  # characters around a slip a longer window of the form's words holds
LONG_WINDOW = 4  # a window this long that becomes a word of the form is kept by no straddler
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_MASK = "\0"
TONE_DIGITS = "012345"  # sounds.txt writes each reading with its tone (jiao1)
NAME_SIZES = (2, 3)  # characters of a short project name dictated whole (企服, 科设运)
# 2期改造完成时间 as normalised from 二期…: one digit said before the characters of a word.
_SAID_DIGIT = re.compile(r"(?<![0-9.])[1-9][\u3400-\u9fff]{2,}")
_SAID_DIGITS = str.maketrans("123456789", "一二三四五六七八九")
PROJECT_WORD = "项目"  # 起伏项目: where a short name is said
# A word of the form at least this common in the dictionary (指标, 预算) is what a pair typed
# in pinyin of its sound and known to no dictionary (只标, 语算) was meant as.
MIN_TYPED_FREQUENCY = 1000
# A character this common as a word of its own (两, 只) is typed as meant where its
# neighbour in the pair stands in a word outside it (两 of 人数两 is no slip of 数量).
COMMON_TYPED_FREQUENCY = 20000
MIN_HEADED = 2  # longer words of the form a word of how questions are put ends to name things
# A character this common as a word of its own (是, 的, 在) is typed as meant.
MEANT_FREQUENCY = 200000
# A pair keeping a character this common as a word of its own (月 of 按月分) is typed as meant.
COMMON_KEPT_FREQUENCY = 100000
_NUMERALS = frozenset("一二三四五六七八九十两")
# Particles close what goes before them (着, 了, 吗): never typed for a word's character.
_PARTICLES = frozenset("着了过的地得吗呢吧啊呀嘛么哦哈啦咯嘞")
# Words counting time or times (一周七天): a numeral before one of them counts it.
_COUNTING = frozenset("个天年月日周次倍")


@built_once
def load_likenesses() -> Mapping[str, tuple[str, ...]]:
    """Returns the keys each common character shares with those like it: its syllables
    (交 → jiao) and its four-corner code (土 → #40100), from the lists shipped with goalbot."""
    keys: dict[str, list[str]] = {}
    for reading, chars in _entries(SOUNDS_FILE):
        syllable = reading.rstrip(TONE_DIGITS)  # typed pinyin carries no tone
        for char in chars:
            if syllable not in keys.get(char, []):
                keys.setdefault(char, []).append(syllable)
    for code, chars in _entries(SHAPES_FILE):
        for char in chars:
            keys.setdefault(char, []).append(SHAPE_MARK + code)
    return {char: tuple(found) for char, found in keys.items()}


def _entries(name: str) -> Iterable[tuple[str, str]]:
    """Yields the key and the characters of each line of a list in ``nlu/data``."""
    text = (resources.files("nlu") / "data" / name).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            key, _, chars = line.partition(" ")
            yield key, chars.strip()


class SimilarSlips:
    """Finds characters of the question that stand for another of like sound or shape."""

    def __init__(
        self,
        words: Iterable[str],
        *,
        texts: Iterable[str],
        likenesses: Mapping[str, tuple[str, ...]],
        frequency: Callable[[str], int],
        phrasing: frozenset[str] = frozenset(),
        units: frozenset[str] = frozenset(),
    ) -> None:
        known = {
            word
            for word in _with_digits_said(words)
            if WORD_SIZES[0] <= len(word) <= WORD_SIZES[-1] and _CJK_RUN.fullmatch(word)
        }
        # Keys are the word with one character masked and a key of that character; values
        # the characters the form writes there (strings, not sets: see ``TypoFixer``).
        near: dict[str, str] = {}
        for word in known:
            for at, char in enumerate(word):
                for like in likenesses.get(char, ()):
                    key = f"{word[:at]}{_MASK}{word[at + 1 :]}{like}"
                    if char not in near.get(key, ""):
                        near[key] = near.get(key, "") + char
        self._words = frozenset(known)
        self._near = near
        # The masked words alone: a window masked as none of them is looked up no further.
        self._masked = frozenset(
            f"{word[:at]}{_MASK}{word[at + 1 :]}"
            for word in known
            for at, char in enumerate(word)
            if likenesses.get(char)
        )
        # The three characters around each masked one (at a word's start, middle or end): a
        # longer window of the question around a slip must hold one of them.
        self._around_masked = frozenset(
            masked[first : first + AROUND]
            for masked in self._masked
            for first in range(masked.find(_MASK) - AROUND + 1, masked.find(_MASK) + 1)
            if first >= 0 and first + AROUND <= len(masked)
        )
        self._likenesses = likenesses
        self._frequency = frequency  # of a word in the tokenizer's dictionary, 0 if none
        self._phrasing = phrasing  # words of how a question is put, never of what it names
        # Words a numeral counts (人, 场 of the form's units; 个, 天): 两 of 两场 is meant.
        self._measures = _COUNTING | {unit for unit in units if len(unit) == 1}
        self._pairs = frozenset(
            piece[at : at + PAIR]
            for text in texts
            for piece in _CJK_RUN.findall(text)
            for at in range(len(piece) - PAIR + 1)
        )
        # The common dictionary words the form's texts write that no word of it is (效益 of
        # 效益指标), by a character masked and its syllable, as ``near`` holds the words.
        written_near: dict[str, str] = {}
        for pair in self._pairs:
            if pair not in known and frequency(pair) >= MIN_TYPED_FREQUENCY:
                for at, char in enumerate(pair):
                    for like in likenesses.get(char, ()):
                        key = f"{pair[:at]}{_MASK}{pair[at + 1 :]}{like}"
                        held = written_near.get(key, "")
                        if not like.startswith(SHAPE_MARK) and char not in held:
                            written_near[key] = held + char
        self._written_near = written_near
        # Words of how questions are put that name things of the form: written in its texts
        # (指标 of 产出指标) or ending its longer words (部门 of 主管部门 and 预算部门), not 主要.
        ends = Counter(word[-PAIR:] for word in known if len(word) > PAIR)
        self._heads = frozenset(end for end, count in ends.items() if count >= MIN_HEADED)
        # The pairs inside the form's longer words by their syllables (控制 of 成本控制数: kong
        # zhi), a sound shared by two pairs naming neither: a pair dictated as another word of
        # the same sound (空置 for 控制) is read back through them.
        by_sound: dict[str, str] = {}
        for word in known:
            for at in range(len(word) - PAIR + 1) if len(word) > PAIR else ():
                pair = word[at : at + PAIR]
                for key in _sound_keys(pair, likenesses)[:MAX_READINGS]:
                    by_sound[key] = "" if by_sound.get(key, pair) != pair else pair
        self._pair_sounds = {key: pair for key, pair in by_sound.items() if pair}

    def slips(self, text: str) -> dict[int, tuple[str, int]]:
        """Returns each position with one clear correction and the longest word behind it.

        A position inside a word of the form as written is meant as written; two
        corrections of one position from words of the same length name neither.
        """
        runs = [(m.start(), m.end()) for m in _CJK_RUN.finditer(text)]
        written = self._written(text)
        slips: dict[int, tuple[str, int]] = {}
        for first, last in runs:
            for index in range(first, last):
                if index in written or text[index] not in self._likenesses:
                    continue
                found = self._at(text, index, within=(first, last))
                longest = max(found.values(), default=0)
                best = [char for char, size in found.items() if size == longest]
                if len(best) == 1:
                    slips[index] = (best[0], longest)
        return {**self._pairs_sounded(text, runs, written), **slips}

    def _pairs_sounded(
        self, text: str, runs: list[tuple[int, int]], written: set[int]
    ) -> dict[int, tuple[str, int]]:
        """Returns the two positions of each pair dictated as another word of its sound (空置
        of 成本空置数 for 控制), where the pair the form writes is a common word making a
        longer word of the form with the characters around it, and the question's pair is none
        the form writes nor one of how questions are put."""
        slips: dict[int, tuple[str, int]] = {}
        for first, last in runs:
            for index in range(first, last - 1):
                pair = text[index : index + PAIR]
                if written.intersection((index, index + 1)) or pair in self._pairs:
                    continue
                keys = _sound_keys(pair, self._likenesses)
                meant = {self._pair_sounds.get(key, "") for key in keys[:MAX_READINGS]} - {""}
                if len(meant) != 1:
                    continue
                said = meant.pop()
                if said[0] == pair[0] or said[1] == pair[1]:
                    continue  # one character apart: read by ``slips`` alone
                if pair in self._phrasing or self._frequency(said) < MIN_HEARD_FREQUENCY:
                    continue  # 任何项目 is no slip of 人合 (of 一人合多少钱), a rare word
                size = self._longest_around(text, index=index, pair=said, within=(first, last))
                if size:
                    slips.update({index: (said[0], size), index + 1: (said[1], size)})
        return slips

    def _longest_around(self, text: str, *, index: int, pair: str, within: tuple[int, int]) -> int:
        """Returns the size of the longest word of the form that ``pair`` written at ``index``
        makes with the characters around it, 0 if none."""
        fixed = text[:index] + pair + text[index + PAIR :]
        longer: tuple[int, ...] = WORD_SIZES[1:]
        for size in reversed(longer):
            for start in range(max(within[0], index + PAIR - size), index + 1):
                if start + size <= within[1] and fixed[start : start + size] in self._words:
                    return size
        return 0

    def typed_pairs(self, text: str) -> dict[int, tuple[str, int]]:
        """Returns each character of a pair typed in pinyin as another word of its sound (只标
        for 指标, 语算 for 预算, 像目 for 项目), with the character meant and the pair's size.

        The pair is no dictionary word and none the form writes, one character of it is the
        word's own, and its reading fits one common word of the form alone; pairs typed one
        after another (数两只标) are read together, and none is read where a character of them
        stands in a word with a neighbour outside them (两 of 人数两个, 目 of 像目前)."""
        found: dict[int, str] = {}  # where a pair starts → the word meant
        for run in _CJK_RUN.finditer(text):
            for index in range(run.start(), run.end() - 1):
                pair = text[index : index + PAIR]
                if pair in self._pairs or self._frequency(pair):
                    continue  # checked first: most pairs are words or the form's own
                meant = self._typed_word(pair)
                if meant is not None:
                    found[index] = meant
        if not found:
            return {}
        written = self._written(text)  # 性 of 及时性只标 is no slip of 性质
        found = {at: word for at, word in found.items() if not written.intersection((at, at + 1))}
        slips: dict[int, tuple[str, int]] = {}
        for starts in _chains(found):
            if not self._typed_apart(text, starts, found):
                continue
            for index in starts:
                for at, char in enumerate(found[index]):
                    if char != text[index + at]:
                        slips[index + at] = (char, PAIR)
        return slips

    def _typed_word(self, pair: str) -> str | None:
        """Returns the one common word of the form a pair reads as with one character kept;
        a word of how questions are put only where the form writes it (指标, not 主要)."""
        found: set[str] = set()
        for at, char in enumerate(pair):
            masked = f"{pair[:at]}{_MASK}{pair[at + 1 :]}"
            for like in self._likenesses.get(char, ()):
                if like.startswith(SHAPE_MARK):
                    continue  # typed pinyin slips by sound, not by shape
                key = masked + like
                for meant in self._near.get(key, "") + self._written_near.get(key, ""):
                    word = f"{pair[:at]}{meant}{pair[at + 1 :]}"
                    if meant == char or _NUMERALS.intersection(word):
                        continue  # a count (一家 of 以家计) is typed as meant
                    if word in self._phrasing and not self._names_things(word):
                        continue
                    if self._frequency(word) >= MIN_TYPED_FREQUENCY:
                        found.add(word)
        return found.pop() if len(found) == 1 else None

    def _names_things(self, word: str) -> bool:
        """Tells whether a word of how questions are put names things of the form."""
        return word in self._pairs or word in self._heads

    def _typed_apart(self, text: str, starts: list[int], meant: Mapping[int, str]) -> bool:
        """Tells whether pairs typed one after another (at ``starts``) stand apart from the
        words around them: the character typed in no common word with a neighbour outside them
        (者 of 或者个), the one kept in none as common as the word meant (数 of 人数两), or,
        beside a common character typed (只 of 只标), in no common word at all."""
        first, last = starts[0], starts[-1] + PAIR
        keeping: dict[int, int] = {}  # a word outside as common as this keeps a position
        for index in starts:
            typed = index + next(at for at in range(PAIR) if text[index + at] != meant[index][at])
            kept = 2 * index + 1 - typed
            if self._typed_as_written(text, typed=typed, kept=kept, end=last):
                return False
            common = self._frequency(text[typed]) >= COMMON_TYPED_FREQUENCY
            keeping[typed] = MIN_HEARD_FREQUENCY
            keeping[kept] = MIN_HEARD_FREQUENCY if common else self._frequency(meant[index])
        return not any(
            self._frequency(text[start : start + size]) >= least
            for at, least in keeping.items()
            for size in STRADDLE_SIZES
            for start in range(max(at - size + 1, 0), at + 1)
            if start + size <= len(text) and (start < first or start + size > last)
        )

    def _typed_as_written(self, text: str, *, typed: int, kept: int, end: int) -> bool:
        """Tells whether a pair is typed as meant by its characters alone: the character typed
        is among the commonest (是 of 全是), a particle (着 of 帮着, 吗 of 对得上吗) or a common
        word of how questions are put after the one kept (问 of 论问数; 只 of 只标 is read), or a
        numeral counting what follows (七 of 一周七天, unless a slip follows: 两 of 数两只标);
        the one kept is a common word of its own (月 of 按月分, 上 of 往上调)."""
        char = text[typed]
        if char in _PARTICLES or self._frequency(char) >= MEANT_FREQUENCY:
            return True
        common = self._frequency(char) >= COMMON_TYPED_FREQUENCY
        if typed > kept and common and char in self._phrasing:
            return True  # 问 of 论问数 asks after what goes before it, as 吗 does (not 表 of 指表)
        if self._frequency(text[kept]) >= COMMON_KEPT_FREQUENCY:
            return True
        after = text[typed + 1 : typed + 2]
        counted = after.isdigit() or after in _NUMERALS or after in self._measures
        return char in _NUMERALS and typed + 1 >= end and counted

    def _written(self, text: str) -> set[int]:
        """Returns the positions inside a word of the form as the question writes it."""
        written: set[int] = set()
        for run in _CJK_RUN.finditer(text):
            for size in WORD_SIZES:
                for start in range(run.start(), run.end() - size + 1):
                    if text[start : start + size] in self._words:
                        written.update(range(start, start + size))
        return written

    def typed_pinyin(self) -> TypedPinyin:
        """Returns the reader of the form's words typed in pinyin (manyidu, ysje)."""
        return TypedPinyin(self._words, likenesses=self._likenesses)

    def centred(self, text: str, index: int) -> bool:
        """Tells whether the character at ``index`` stands for another of like sound or shape
        in the middle of a three-character word of the form (以 of 满以度 for 满意度)."""
        window = text[index - 1 : index + 2]
        if len(window) != CENTRED_WINDOW or not _CJK_RUN.fullmatch(window):
            return False
        masked = f"{window[0]}{_MASK}{window[2]}"
        return any(
            char != text[index]
            for like in self._likenesses.get(text[index], ())
            for char in self._near.get(masked + like, "")
        )

    def _at(self, text: str, index: int, *, within: tuple[int, int]) -> dict[str, int]:
        """Returns the characters the form's words put at ``index``, with the longest word."""
        found: dict[str, int] = {}
        likenesses = self._likenesses[text[index]]
        # Each window longer than two around the slip holds the three characters around it,
        # as its start (lead), middle (mid) or end (trail): which the form's words hold.
        around = self._around_masked
        lead = f"{_MASK}{text[index + 1 : index + AROUND]}" in around
        trail = f"{text[index - AROUND + 1 : index]}{_MASK}" in around
        mid = f"{text[index - 1 : index]}{_MASK}{text[index + 1 : index + 2]}" in around
        for size in WORD_SIZES if lead or trail or mid else WORD_SIZES[:1]:
            for start in range(max(within[0], index - size + 1), index + 1):
                if start + size > within[1]:
                    break
                at = index - start
                if size > PAIR and not (lead if at == 0 else trail if at == size - 1 else mid):
                    continue
                window = text[start : start + size]
                if window in self._words:
                    continue
                masked = f"{window[:at]}{_MASK}{window[at + 1 :]}"
                if masked not in self._masked:
                    continue
                for like in likenesses:
                    for char in self._near.get(masked + like, ""):
                        if char == text[index] or self._meant(text, start=start, size=size, at=at):
                            continue
                        if f"{window[:at]}{char}{window[at + 1 :]}" in self._phrasing and (
                            not self._names_after(text, start, window)
                        ):
                            continue  # 这期要上线个啥 puts something online, asks no 上限
                        found[char] = max(found.get(char, 0), size)
        return found

    def _names_after(self, text: str, start: int, window: str) -> bool:
        """Tells whether a window may become a word of how questions are put (上限): when it
        is no dictionary word as written, or one right after a word naming something (成本上线
        for 成本上限), not a verb after 要 or 的 (这期要上线个啥)."""
        if len(window) > WORD_SIZES[0] or not self._frequency(window):
            return True
        before = text[max(start - WORD_SIZES[0], 0) : start]
        return (
            len(before) == WORD_SIZES[0]
            and bool(self._frequency(before))
            and before not in self._phrasing
        )

    def _meant(self, text: str, *, start: int, size: int, at: int) -> bool:
        """Tells whether the character at ``at`` of the window is meant as written: the form
        writes it beside its neighbour in the window (时效 of 时效要求, 经济 of 经济效益), or
        a dictionary word runs across an edge of a short window (上报 of 往上报, 手机号) from
        characters no word of the form holds as written (数目 of 人数目票 runs from 人数)."""
        index = start + at
        for first in (index - 1, index):
            inside = start <= first and first + PAIR <= start + size
            if inside and text[first : first + PAIR] in self._pairs:
                return True
        end = start + size
        if size >= LONG_WINDOW:
            return False  # 道路同行情况: 道路通行 of the form outweighs 行情 across the edge
        for word_size in STRADDLE_SIZES:
            for first in range(max(start - word_size + 1, 0), end):
                last = first + word_size
                crosses = first < start < last or first < end < last
                outside = [*range(first, start), *range(end, last)]
                if (
                    crosses
                    and last <= len(text)
                    and self._frequency(text[first:last])
                    and not self._held_apart(text, outside, window=(start, end))
                ):
                    return True
        return False

    def _held_apart(self, text: str, positions: list[int], *, window: tuple[int, int]) -> bool:
        """Tells whether each position lies in a word of the form as written wholly outside
        the window (数 of 人数 beside the window 目票), so no word across its edge keeps it."""
        start, end = window
        return all(
            any(
                text[first : first + size] in self._words
                for size in WORD_SIZES
                for first in range(at - size + 1, at + 1)
                if first >= 0 and (first + size <= start or first >= end)
            )
            for at in positions
        )


def _chains(starts: Iterable[int]) -> list[list[int]]:
    """Returns the starts of pairs in runs one right after another (数两 and 只标 of
    数两只标); a pair overlapping another (的只 and 只标) is in none: neither is sure."""
    ordered = sorted(starts)
    overlapping = {at for at in ordered if at + 1 in ordered or at - 1 in ordered}
    chains: list[list[int]] = []
    for at in ordered:
        if at in overlapping:
            continue
        if chains and chains[-1][-1] + PAIR == at:
            chains[-1].append(at)
        else:
            chains.append([at])
    return chains


def _with_digits_said(words: Iterable[str]) -> Iterable[str]:
    """Yields each word, and the starts of a word holding one digit before its characters as
    the digit is said (2期改造完成时间 → 二期改, 二期改造 …): a slip of dictation (二七改造) is
    heard before it could be normalised."""
    for word in words:
        yield word
        for found in _SAID_DIGIT.finditer(word):
            said = found.group().translate(_SAID_DIGITS)
            yield from (said[:size] for size in WORD_SIZES if size > PAIR and size <= len(said))


class SoundedNames:
    """Short project names dictated whole as another word of their syllables: 起伏 (qi fu)
    for 企服. Each character differs, so ``SimilarSlips`` (one character) never finds them.

    Read only where a question names its project (at its start, or before 项目), and only
    when the syllables fit one short name and the word is none the form writes.
    """

    def __init__(
        self,
        names: Iterable[str],
        *,
        likenesses: Mapping[str, tuple[str, ...]],
        form_words: frozenset[str],
        is_function_word: Callable[[str], bool] = lambda word: False,
    ) -> None:
        by_sound: dict[str, str] = {}
        for name in names:
            if len(name) not in NAME_SIZES or not _CJK_RUN.fullmatch(name):
                continue
            for key in _sound_keys(name, likenesses):
                by_sound[key] = "" if by_sound.get(key, name) != name else name
        self._by_sound = {key: name for key, name in by_sound.items() if name}
        self._names = frozenset(names)
        self._likenesses = likenesses
        self._form_words = form_words
        self._is_function_word = is_function_word  # 任何项目 asks of every project

    def slips(self, text: str) -> dict[int, tuple[str, int]]:
        """Returns each position of a short name dictated as another word, with its character
        of the name and the name's size."""
        if not self._by_sound:
            return {}
        ends = _positions(text, PROJECT_WORD)
        found: dict[int, tuple[str, int]] = {}
        for size in NAME_SIZES:
            for start in {0, *(end - size for end in ends if end >= size)}:
                window = text[start : start + size]
                name = self._name_sounded(window) if len(window) == size else None
                if name is not None:
                    found.update({start + at: (char, size) for at, char in enumerate(name)})
        return found

    def _name_sounded(self, window: str) -> str | None:
        """Returns the one short name ``window`` sounds like, unless it is a word written."""
        if not _CJK_RUN.fullmatch(window) or window in self._names:
            return None
        if window in self._form_words or self._is_function_word(window):
            return None
        names = {
            self._by_sound[key]
            for key in _sound_keys(window, self._likenesses)
            if key in self._by_sound
        }
        return names.pop() if len(names) == 1 else None


def _positions(text: str, word: str) -> list[int]:
    """Returns where ``word`` starts in ``text``, each time."""
    return [match.start() for match in re.finditer(re.escape(word), text)]


def latin_spellings(
    word: str, likenesses: Mapping[str, tuple[str, ...]], *, initials: bool = True
) -> set[str]:
    """Returns how an input method left in Latin letters types ``word``: its whole pinyin
    (manyidu) and, with ``initials``, the first letter of each syllable (myd)."""
    readings = _sound_keys(word, likenesses)[:MAX_READINGS]
    keys = {reading.replace(" ", "") for reading in readings}
    if initials:
        keys |= {"".join(syllable[0] for syllable in reading.split()) for reading in readings}
    return keys


def _sound_keys(word: str, likenesses: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Returns every reading of ``word``, a syllable a character (企服: qi fu)."""
    keys = [""]
    for char in word:
        syllables = [key for key in likenesses.get(char, ()) if not key.startswith(SHAPE_MARK)]
        if not syllables:
            return []
        keys = [f"{key} {syllable}" for key in keys for syllable in syllables]
    return keys


PINYIN_SIZES = (2, 3, 4, 5, 6)  # characters of a form word typed in pinyin (manyidu)
MIN_SPELLED = 5  # letters of a word typed in full pinyin (yusuan)
MIN_INITIALS = 3  # letters of a word typed by its initials (myd, ysje)
MAX_READINGS = 8  # readings of one word kept (polyphones multiply them)
_LATIN_WORD = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])")
_LATIN_TERM = re.compile(r"[a-z]{2,}")
_DATE_MEASURES = frozenset("年月日号")  # 2027nian is a year, read with the dates


class TypedPinyin:
    """Words of the form typed in pinyin, in full (manyidu → 满意度) or by the first letter
    of each syllable (ysje → 预算金额), for a person whose input method was off.

    A run of letters is read only when it fits one word of the form and no word the shipped
    lists know in Latin letters (kpi, target, ddl)."""

    def __init__(self, words: Iterable[str], *, likenesses: Mapping[str, tuple[str, ...]]) -> None:
        by_key: dict[str, str] = {}
        for word in words:
            if len(word) not in PINYIN_SIZES or not _CJK_RUN.fullmatch(word):
                continue
            keys = latin_spellings(word, likenesses, initials=len(word) >= MIN_INITIALS)
            for key in keys:
                by_key[key] = "" if by_key.get(key, word) != word else word
        known = latin_terms()
        self._by_key = {
            key: word
            for key, word in by_key.items()
            if word
            and key not in known
            and len(key) >= MIN_INITIALS
            and (len(key) == len(word) or len(key) >= MIN_SPELLED)
        }

    def fix(self, text: str) -> str:
        """Returns ``text`` with each run of letters that is one form word's pinyin written
        as the word."""
        if not self._by_key:
            return text
        return _LATIN_WORD.sub(lambda m: self._by_key.get(m.group(), m.group()), text)


def units_by_pinyin(units: Iterable[str]) -> dict[str, str]:
    """Returns the units of the form and the words counting things by their pinyin (ren → 人,
    renci → 人次, pian → 篇), each read one way only; years and dates are read as dates."""
    likenesses = load_likenesses()
    by_key: dict[str, str] = {}
    for unit in {*units, *_COUNTING}:
        if not _CJK_RUN.fullmatch(unit) or _DATE_MEASURES.intersection(unit):
            continue
        for reading in _sound_keys(unit, likenesses)[:MAX_READINGS]:
            key = reading.replace(" ", "")
            by_key[key] = "" if by_key.get(key, unit) != unit else unit
    return {key: unit for key, unit in by_key.items() if unit}


@built_once
def latin_terms() -> frozenset[str]:
    """Returns the words written in Latin letters in the shipped lists (kpi, budget, ddl), read
    once."""
    terms: set[str] = set()
    for item in resources.files("nlu").joinpath("data").iterdir():
        if item.name.endswith(".txt"):
            terms.update(_LATIN_TERM.findall(item.read_text(encoding="utf-8").lower()))
    return frozenset(terms)
