"""Evidence that a question asks about something the form does not hold.

A question is answered only when its content words are explained: by the item the
answer comes from (an indicator's name and levels, a quoted sentence), by the keywords
that chose the answer (预算, 主管部门), or because they are phrasing (verbs, question
words, the words of ``nlu/data/phrasing.txt``). A noun left over (志愿者, 负责人, 电话)
names something else, and the answer would state a figure for the wrong thing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from nlu.cues import cue_words
from nlu.filters import floor_and_ceiling_words
from nlu.lexicon import Lexicon
from nlu.normalize import strip_punctuation
from nlu.prepared import Memo, built_once
from nlu.vocabulary import GREETING_RULE

PHRASING_FILE = "phrasing.txt"
# jieba part-of-speech tags of words that name things: nouns (n, nr, ns, nt, nz, ng),
# verbal nouns (vn), abbreviations (j), and distinguishing words (b: 国家级, 省级, 大型),
# which tell one kind of a thing from another. Idioms (l) are left out: 你好.
NOMINAL_TAGS = ("n", "vn", "j", "b")
# Tags of words that carry no content: pronouns, numerals, adverbs, conjunctions,
# prepositions, particles, measure words, time and place words, interjections.
FUNCTION_TAGS = ("r", "m", "d", "c", "p", "u", "y", "q", "t", "f", "e", "o")
PLACE_TAG = "ns"  # 上海 (城市 and 海峡 are tagged so too)
JOINING_TAGS = ("p", "u")  # 按 of 按计划: fused to a word, it adds nothing to explain
VERB_TAG = "v"  # 出 of 出毛病: a verb fused to the noun it acts on
ADJECTIVE_TAG = "a"  # a, an, ad: 安全 picks 活动安全事故发生数
MIN_CONTENT_CHARS = 2
WORDS_KEPT = 64  # remainders whose words are kept: a few questions' worth
JUDGED_KEPT = 256  # remainders judged against texts kept: a question of several asks makes ~20
MAX_SERVED_WORDS = 3  # 给 上海 科技 工作者: the words between the mark and the one judged
MIN_SERVED_CHARS = 2  # 给他: one character names no one the goal text serves
MAX_RUN_CHARS = 4  # lone characters shown together as one unknown word (企服)
NOT_MARK = "不"  # 顺不顺: the 不A of an A不A ask
YES_NO_MARKS = frozenset({"不", "没"})  # 有没有, 合不合格: the middle of an A不A ask
SINGLE_NOUN_TAG = "n"  # a single character counts only as a plain noun (奖), not 人 or 个
ABBREVIATION_CHARS = 2  # 科普 of 科学普及
CHOICE_WORDS = frozenset({"还是", "或是", "抑或"})  # 主会场还是分会场: an either-or ask
SATISFACTION = "满意度"  # a row of it names the people satisfied
SATISFACTION_LEVEL = "满意度指标"  # the headings above such rows, which name nobody
MODIFIER_CHARS = 2  # 辩论 of 辩论队: what a question says of a general noun (辩论赛的队伍)
MIN_ABBREVIATED_GAP = 1  # 学 left out of 科学普及 between 科 and 普
MAX_ABBREVIATED_GAP = 3  # 学技术 left out of 科学技术协会 between 科 and 协
# Words closing a time clause (虚拟导览上线后): what comes before them says when, not what.
HEAD_REACH = 5  # 上海高校辩论队: how far after a modifier the noun it heads may be written
SUFFIXED_CHARS = 2  # 车子: a one-character noun and its spoken ending
TIME_CLAUSE_ENDS = frozenset({"后", "以后", "之后", "过后"})
MAX_HELD_TOKENS = 10_000  # tokens whose reading is remembered (a bot runs for weeks)
POINTING_PLURALS = frozenset({"这些", "那些", "这几项", "那几项", "这几类", "那几类"})
_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")
log = logging.getLogger(__name__)


@built_once
def load_phrasing() -> frozenset[str]:
    """Reads the phrasing words shipped with goalbot."""
    text = (resources.files("nlu") / "data" / PHRASING_FILE).read_text(encoding="utf-8")
    return frozenset(
        word
        for line in text.splitlines()
        if not line.lstrip().startswith("#")
        for word in line.split()
    )


def _dictionary_text(path: str | None) -> str:
    """Returns a jieba dictionary (one ``word frequency tag`` a line), led by a line break."""
    try:
        if path is None:
            text = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
    except OSError as error:  # the cache was cleared under a running process
        log.warning("no part-of-speech tags: %s", error)
        return "\n"
    return "\n" + text


# Words looked up by searching the dictionary text before it is indexed.
SEARCHES_BEFORE_INDEX = 12


def _tag_index(dictionary: str) -> dict[str, str]:
    """Maps each word of a dictionary text to its tag (the first line of a word wins)."""
    index: dict[str, str] = {}
    for line in reversed(dictionary.split("\n")):
        parts = line.split(" ")
        if len(parts) >= 3:
            index[parts[0]] = parts[2]
    return index


class WordClasses:
    """Tells nouns from other words with the tags of the tokenizer's dictionary.

    The dictionary text is read when the first word is looked up (about 10 ms). The first
    few words are looked up by searching it (about a millisecond each), which is all a one-question
    ``goalbot ask`` needs; past :data:`SEARCHES_BEFORE_INDEX` the text is indexed once
    (about 0.1 s for 150,000 words), so a running bot's questions never search it again.
    An engine snapshot leaves the index out.
    """

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._path: str | None = tokenizer.dictionary
        self._text: str | None = None  # read when the first word is looked up
        self._index: dict[str, str] | None = None
        self._found: dict[str, str | None] = {}

    def __getstate__(self) -> dict[str, Any]:
        # A snapshot keeps neither the text (1–2 MB) nor its index: both are read again.
        return {**self.__dict__, "_text": None, "_index": None, "_found": {}}

    def index(self) -> None:
        """Reads and indexes the dictionary now, for a long-running bot (about 0.1 s once)."""
        if self._index is None:
            self._text = self._text or _dictionary_text(self._path)
            self._index = _tag_index(self._text)

    def tag(self, word: str) -> str | None:
        """Returns the dictionary's part-of-speech tag of ``word``, None when it has none."""
        if not self._tokenizer.FREQ.get(word):
            return None  # no word of any dictionary: nothing to look up
        if self._index is not None:
            return self._index.get(word)
        if self._text is None:
            self._text = _dictionary_text(self._path)
        if word not in self._found:
            if len(self._found) >= SEARCHES_BEFORE_INDEX:
                self._index = _tag_index(self._text)
                return self._index.get(word)
            start = self._text.find(f"\n{word} ")
            line = self._text[start + 1 : self._text.find("\n", start + 1)]
            parts = line.split() if start >= 0 else []
            self._found[word] = parts[2] if len(parts) >= 3 else None
        return self._found[word]

    def function_word(self, word: str) -> bool:
        """Tells whether ``word`` is a pronoun, numeral, adverb or other function word (某个)."""
        tag = self.tag(word)
        return tag is not None and tag.startswith(FUNCTION_TAGS)

    def nominal(self, word: str) -> bool:
        """Tells whether ``word`` names a thing: a noun, or a word no dictionary has."""
        tag = self.tag(word)
        if tag is not None:
            return tag.startswith(NOMINAL_TAGS)
        return bool(_CJK_WORD.match(word)) and not self._tokenizer.FREQ.get(word)


class Evidence:
    """Finds the content words of a question that an answer leaves unexplained."""

    def __init__(
        self,
        lexicon: Lexicon,
        *,
        extra_phrasing: frozenset[str] = frozenset(),
        setting: str = "",
    ) -> None:
        """``setting`` is every goal text of the forms, normalised: the events they write."""
        self._lexicon = lexicon
        self._setting = stripped(setting)
        vocabulary = lexicon.vocabulary
        self._phrasing = (
            load_phrasing()
            | extra_phrasing
            | frozenset(cue_words()["thanks"])  # 多谢啦 after a question asks nothing
            | frozenset(cue_words()["effect_word"])  # 起到啥作用: what a row's target is
            | frozenset(cue_words()["light_noun"])  # 养护工作: the 养护 is what is meant
            | frozenset(cue_words()["last_part"])  # 最后一块工作: which part, not what
            | frozenset(cue_words()["measure_verb"])  # 衡量影响力的指标: what the row does
            | frozenset(cue_words()["meaning_ask"])  # 3+6是指啥: what the form's words mean
            | frozenset(cue_words()["care_verb"])  # 照管多少处设施: the project's own work
            | frozenset(cue_words()["goal_text_ask"])  # 目标原文: how it is written, not what
            | floor_and_ceiling_words()  # 保底多少: the row's target, ≥ or ≤ and all
            | frozenset(cue_words()["composition_ask"])  # 资金来源结构中，当年财政拨款: where
            | vocabulary.rule_words(GREETING_RULE)  # 早上好！企服…
            | vocabulary.stop
            | vocabulary.question
            | vocabulary.followup
        )
        self._classes = WordClasses(lexicon.tokenizer)
        self._synonyms = _synonym_groups(vocabulary.canonical)
        self._phrasing_parts_of: dict[str, bool] = {}  # a cut per token, not per question
        self._words_of: dict[str, tuple[str, ...]] = {}  # one question's remainders, cut once
        self._content_words_of: Memo[tuple[str, bool], tuple[tuple[int, str, str], ...]] = Memo(
            WORDS_KEPT
        )
        # A question's parts and checks judge the same words against the same texts again.
        self._unexplained_of: Memo[
            tuple[str, tuple[str, ...], tuple[str, ...], bool], tuple[str, ...]
        ] = Memo(JUDGED_KEPT)

    def index_word_classes(self) -> None:
        """Indexes the part-of-speech tags now rather than at the first questions."""
        self._classes.index()

    @property
    def phrasing(self) -> frozenset[str]:
        """Returns every word that only phrases a question."""
        return self._phrasing

    def unexplained(
        self,
        remainder: str,
        *,
        explained_by: Iterable[str],
        cues: Mapping[str, frozenset[str]],
        nouns_only: bool = True,
    ) -> tuple[str, ...]:
        """Returns the nouns of ``remainder`` found in none of ``explained_by`` or ``cues``.

        Without ``nouns_only`` every content word counts (关于安全的指标: 安全).
        """
        # Keyed by the texts themselves, not their joining: a catalog's texts are never copied.
        key = (
            remainder,
            tuple(explained_by),
            tuple(word for words in cues.values() for word in words),
            nouns_only,
        )
        return self._unexplained_of.get(
            key,
            lambda: self._left_unexplained(
                remainder,
                texts="\n".join(stripped(text) for text in key[1]),
                keywords=key[2],
                nouns_only=nouns_only,
            ),
        )

    def _left_unexplained(
        self, remainder: str, *, texts: str, keywords: tuple[str, ...], nouns_only: bool
    ) -> tuple[str, ...]:
        """Returns the words :meth:`unexplained` leaves, judged now."""
        canonical = self._lexicon.vocabulary.canonical
        left = []
        words = self._words(remainder)
        chosen = _alternatives(words, texts)
        for at, token, before in self._content_words(remainder, nouns_only=nouns_only):
            word = canonical.get(token, token)
            if token in chosen:
                continue
            if token in texts or word in texts or self._synonym_written(word, texts):
                continue
            if any(token in word or word in token for word in keywords):
                continue
            if self._partly_explained(token, texts) or _abbreviates(token, texts):
                continue
            if _contracted(before, token, texts) or _holds_events({token, word}, texts):
                continue
            if _spelled_out("".join(words[:at]), token, texts) or self._head_apart(token, texts):
                continue
            if _counted_by_unit({token, word}, texts):
                continue
            if _served({token, word}, texts) or _implied({token, word}, texts):
                continue
            if _kind_headed(token, remainder, texts):
                continue
            if _derived(before, token, texts) or _modifier_swapped(token, texts):
                continue  # 长效化 of 长效管理机制; 城市交通 of 都市交通
            if self._part_of_modifier(token, words[at + 1 : at + 2], texts):
                continue
            if self._suffixed_noun(token, texts):
                continue
            if self._verb_on_explained(token, texts):
                continue  # 出毛病 of 设备故障次数, 合作办事 of 合作单位数量
            if self._agent_of_written(token, texts):
                continue  # 参与者 of 参与人员, 合作方 of 合作单位, 参会者 of 参会人数
            if self._served_as_goal_says(words, at):
                continue  # 给科技工作者搞的…活动: whom the work is for, as the goal text tells
            left.append(token)
        return tuple(dict.fromkeys(left))

    def _content_words(
        self, remainder: str, *, nouns_only: bool
    ) -> tuple[tuple[int, str, str], ...]:
        """Returns where each word of ``remainder`` that no text could leave unexplained stands,
        the word and the word before it: told apart by the words alone, once per remainder
        however many texts judge it."""
        return self._content_words_of.get(
            (remainder, nouns_only),
            lambda: tuple(self._content_words_now(self._words(remainder), nouns_only=nouns_only)),
        )

    def _content_words_now(
        self, words: list[str], *, nouns_only: bool
    ) -> Iterator[tuple[int, str, str]]:
        canonical = self._lexicon.vocabulary.canonical
        previous = ""
        dated = self._time_clause(words)
        for at, token in enumerate(words):
            before, previous = previous, token
            if token in dated or _asker_place(before, token, words[at + 1 :]):
                continue
            if _classifier(before, token, words[at + 1 : at + 2]):
                continue  # 那支高校队伍: 支 counts the team, it names nothing
            if _a_not_a(before, token) or _yes_no_ask(token):
                continue  # 通得顺不顺: 不顺 asks whether, it names nothing; 有没有 asks too
            word = canonical.get(token, token)
            if {token, word} & self._phrasing or not self._long_or_noun(token):
                continue
            if all(char in self._phrasing for char in token) or self._phrasing_run_on(token):
                continue  # 查查, 急急急: a phrasing word said twice; 要数: 要 and 数
            if self._lexicon.is_asking(token):
                continue
            if nouns_only and not self._classes.nominal(token) and not _opinion(token):
                continue  # 满意 is said as a verb, yet names what a satisfaction row rates
            if not nouns_only and self._classes.function_word(token):
                continue
            if self._phrasing_parts(token):
                continue
            if before in POINTING_PLURALS and token in self._setting:
                continue  # 国交办这些活动对两岸交流…: the project's own events, pointed at
            yield at, token, before

    def as_written(self, remainder: str, words: tuple[str, ...]) -> tuple[str, ...]:
        """Returns ``words`` as a user wrote them: a lone character the tokenizer cut from a
        word it does not know is shown with the characters beside it (企服 cut as 企 and 服:
        没有找到“企服”, never “企”)."""
        if all(len(word) > 1 for word in words):
            return words
        cut = self._words(remainder)
        shown = [
            self._whole_run(cut, cut.index(word)) if len(word) == 1 and word in cut else word
            for word in words
        ]
        return tuple(dict.fromkeys(shown))

    def _whole_run(self, words: list[str], at: int) -> str:
        """Returns the run of lone content characters around ``words[at]`` (at most
        MAX_RUN_CHARS of them), or the character alone."""
        start, end = at, at + 1
        while start > 0 and self._lone_char(words[start - 1]):
            start -= 1
        while end < len(words) and self._lone_char(words[end]):
            end += 1
        return "".join(words[start:end]) if end - start <= MAX_RUN_CHARS else words[at]

    def _served_as_goal_says(self, words: list[str], at: int) -> bool:
        """Tells whether the word at ``at`` ends whom the asker says the work is for, right
        after a word of [beneficiary_mark] (给科技工作者搞的, 为港澳台学生办的), in words a goal
        text writes: the people the project serves, no thing of its own."""
        marks = cue_words()["beneficiary_mark"]
        for start in range(max(0, at - MAX_SERVED_WORDS), at):
            if words[start] in marks:
                served = "".join(words[start + 1 : at + 1])
                return len(served) >= MIN_SERVED_CHARS and served in self._setting
        return False

    def _lone_char(self, word: str) -> bool:
        """Tells whether ``word`` is one Chinese character of content (not 的, 里, 搞)."""
        return (
            len(word) == 1
            and "\u4e00" <= word <= "\u9fff"
            and word not in self._phrasing
            and not self._classes.function_word(word)
        )

    def _time_clause(self, words: list[str]) -> frozenset[str]:
        """Returns the words of a time clause leading a question that the goals write.

        虚拟导览上线后网上看展要多少人次: 上线 dates the ask by an event of the form's goal
        (上线虚拟导览); the count asked is what follows. A verb of it says when (活动结束后);
        a noun no goal writes (志愿者到岗后) is still judged.
        """
        ends = [at for at, word in enumerate(words) if word in TIME_CLAUSE_ENDS]
        if not ends:
            return frozenset()
        return frozenset(
            word
            for word in words[: ends[-1]]
            if word in self._setting or not self._classes.nominal(word)
        )

    def after_dated_clause(self, remainder: str, goal: str) -> str | None:
        """Returns what a question asks after a time clause leading it that dates the ask by
        an event ``goal`` writes (虚拟导览上线后网上要有多少人看: 网上要有多少人看), None when
        it has no such clause: every content word of the clause, verbs too, is written there."""
        words = self._words(remainder)
        ends = [at for at, word in enumerate(words) if word in TIME_CLAUSE_ENDS]
        if not ends or not ends[-1]:
            return None
        clause = words[: ends[-1]]
        said = [word for word in clause if _CJK_WORD.match(word) and word not in self._phrasing]
        if not said or not all(word in goal for word in said):
            return None
        return "".join(words[ends[-1] + 1 :]) or None

    def writes(self, word: str, text: str) -> bool:
        """Tells whether ``text`` writes ``word`` or another word of its synonym group."""
        return word in text or self._synonym_written(word, text)

    def _synonym_written(self, word: str, texts: str) -> bool:
        """Tells whether the texts write another word of the synonym group of ``word``
        (合格 and 达标: 质量达标率 explains 质量合格), not only its canonical form."""
        return any(
            other in texts
            for other in self._synonyms.get(word, ())
            if len(other) >= MIN_CONTENT_CHARS  # 开 of 召开 is written in 开展
        )

    def _part_of_modifier(self, token: str, after: list[str], texts: str) -> bool:
        """Tells whether a word names a part of what the texts write before the next word:
        路面通行 is the 通行 of the 路 of 道路通行 (路面 begins with the head 路 of 道路).

        Only a word beginning with the other modifier's last character: 外籍学生 is no
        港澳台籍学生, though both say 籍.
        """
        if not after or len(after[0]) < MODIFIER_CHARS:
            return False
        word = self._lexicon.vocabulary.canonical.get(after[0], after[0])
        for written in (after[0], *self._synonyms.get(word, ())):
            at = texts.find(written, MODIFIER_CHARS) if len(written) >= MODIFIER_CHARS else -1
            while at >= 0:
                modifier = texts[at - MODIFIER_CHARS : at]
                if modifier != token and modifier[-1] == token[0] and _CJK_WORD.match(modifier):
                    return True
                at = texts.find(written, at + 1)
        return False

    def _head_apart(self, token: str, texts: str) -> bool:
        """Tells whether a word is a modifier the texts write and a one-character noun they
        write a little after it, words between: 上海队 of 上海高校辩论队."""
        modifier, head = token[:-1], token[-1]
        if len(modifier) < MIN_CONTENT_CHARS or not _CJK_WORD.match(token):
            return False
        tag = self._classes.tag(head)
        if tag is None or not tag.startswith(SINGLE_NOUN_TAG):
            return False
        at = texts.find(modifier)
        while at >= 0:
            after = texts[at + len(modifier) : at + len(modifier) + HEAD_REACH]
            if head in after and _CJK_WORD.match(after[: after.index(head)] or head):
                return True
            at = texts.find(modifier, at + 1)
        return False

    def _suffixed_noun(self, token: str, texts: str) -> bool:
        """Tells whether a spoken noun is a one-character noun the texts write plus its
        ending (车子 of 巡检车辆数: 车 and 子)."""
        if len(token) != SUFFIXED_CHARS or token[-1] not in cue_words()["noun_suffix"]:
            return False
        stem = token[0]
        canonical = self._lexicon.vocabulary.canonical.get(stem, stem)
        return stem in texts or self._synonym_written(canonical, texts)

    def _verb_on_explained(self, token: str, texts: str) -> bool:
        """Tells whether a word the tokenizer fused of a one-character verb and a noun is
        explained as the two would be apart: the verb (出, 办) names nothing, the noun is
        written or its synonym is (毛病 by 故障), or it is the head of a light noun (事 of 事务:
        办事 says only that work is done)."""
        if len(token) < SUFFIXED_CHARS or not _CJK_WORD.match(token):
            return False
        verb, rest = token[0], token[1:]
        if not (self._classes.tag(verb) or "").startswith(VERB_TAG):
            return False
        if len(rest) == 1:
            return any(word.startswith(rest) for word in cue_words()["light_noun"])
        canonical = self._lexicon.vocabulary.canonical.get(rest, rest)
        return rest in texts or self._synonym_written(canonical, texts)

    def _agent_of_written(self, token: str, texts: str) -> bool:
        """Tells whether a word names those who do what the texts write of people or bodies:
        参与者 is the 参与人员 of the row (its stem written before a word for people), 参加方
        its 合作单位's kind; a stem written of no one (管理者 of 长效管理机制) explains nothing."""
        cues = cue_words()
        for suffix in cues["agent_suffix"]:
            stem = token[: -len(suffix)]
            if not token.endswith(suffix) or len(stem) < MIN_CONTENT_CHARS:
                continue
            head = self._lexicon.vocabulary.canonical.get(stem, stem)
            forms = {stem, head, *self._synonyms.get(head, ())}
            return any(
                form + people in texts
                for form in forms
                if len(form) >= MIN_CONTENT_CHARS
                for people in cues["agent_written"]
            )
        return False

    def _phrasing_run_on(self, token: str) -> bool:
        """Tells whether a token no dictionary knows is a phrasing word run on by one character
        (最担心出 of 最担心 + 出, 干完活 of 干完 + 活), as the tokenizer may leave it."""
        return (
            len(token) > 2
            and not self._lexicon.frequency(token)
            and (token[:-1] in self._phrasing or token[1:] in self._phrasing)
        )

    def implies(self, word: str, text: str) -> bool:
        """Tells whether ``text`` writes a word that implies ``word`` (参观 by 观众, 评价 by
        满意度), as said or as its synonym group's word."""
        return _implied({word, self._lexicon.vocabulary.canonical.get(word, word)}, text)

    def _phrasing_parts(self, token: str) -> bool:
        """Tells whether a word the tokenizer kept whole is phrasing and function words only
        (一年计划 of 直通车一年计划服务几家: 一年 and 计划), every character of it covered."""
        found = self._phrasing_parts_of.get(token)
        if found is None:
            parts = self._lexicon.cut_parts(token)
            found = (
                len(parts) > 1
                and "".join(parts) == token
                and all(
                    part in self._phrasing or self._classes.function_word(part) for part in parts
                )
            )
            if len(self._phrasing_parts_of) >= MAX_HELD_TOKENS:
                self._phrasing_parts_of.clear()
            self._phrasing_parts_of[token] = found
        return found

    def content_tokens(self, remainder: str) -> tuple[str, ...]:
        """Returns every token that is no phrasing, asking word or unit, verbs included (印)."""
        units = self._lexicon.vocabulary.units
        return tuple(
            dict.fromkeys(
                token
                for token in self._lexicon.cut(strip_punctuation(remainder))
                if _CJK_WORD.match(token)
                and token not in self._phrasing
                and token not in units
                and not self._lexicon.is_asking(token)
                and not self._classes.function_word(token)
            )
        )

    def written_in(
        self, remainder: str, *, texts: str, cues: Mapping[str, frozenset[str]]
    ) -> tuple[str, ...]:
        """Returns the content words of ``remainder`` that ``texts`` write, whatever their tag.

        港澳台 is tagged a numeral and 暑期 a time word, yet both pick rows by their names.
        """
        keywords = [word for words in cues.values() for word in words]
        found = [
            token
            for token in self._lexicon.cut(strip_punctuation(remainder))
            if len(token) >= MIN_CONTENT_CHARS
            and token in texts
            and token not in self._phrasing
            and not self._lexicon.is_asking(token)
            and not any(token in word or word in token for word in keywords)
        ]
        return tuple(dict.fromkeys(found))

    def _words(self, remainder: str) -> list[str]:
        """Returns the words of a question; a domain term the dictionary lacks in its parts.

        培训数量 is kept whole by the tokenizer but judged as 培训 and 数量; a phrasing word
        it cuts apart (场数 as 场 and 数) is judged whole. One question asks for the words of
        its remainders a dozen times (each candidate row, each part): they are cut once.
        """
        cut = self._words_of.get(remainder)
        if cut is None:
            if len(self._words_of) >= WORDS_KEPT:
                self._words_of.clear()
            cut = self._words_of[remainder] = tuple(self._cut_words(remainder))
        return list(cut)

    def _cut_words(self, remainder: str) -> list[str]:
        """Returns the words of ``remainder`` as :meth:`_words` describes, cut now."""
        words = []
        synonyms = self._lexicon.vocabulary.canonical  # a synonym is judged whole (能正常用)
        for token in self._phrasing_joined(self._lexicon.cut(strip_punctuation(remainder))):
            whole = token not in self._lexicon.terms or token in synonyms
            if not whole and self._classes.tag(token) is None:
                parts = [p for p in self._lexicon.cut_parts(token) if self._classes.tag(p)]
                words += parts or [token]
            else:
                words.append(token)
        return words

    def _phrasing_joined(self, tokens: list[str]) -> list[str]:
        """Joins two neighbouring tokens that together are a phrasing word (场 + 数)."""
        joined: list[str] = []
        for token in tokens:
            if joined and joined[-1] + token in self._phrasing:
                joined[-1] += token
            else:
                joined.append(token)
        return joined

    def function_word(self, word: str) -> bool:
        """Tells whether ``word`` is a pronoun, adverb, preposition or other function word."""
        return self._classes.function_word(word)

    def place_name(self, word: str) -> bool:
        """Tells whether the dictionary tags ``word`` as a place name (上海, 北京)."""
        return self._classes.tag(word) == PLACE_TAG

    def plain_noun(self, word: str) -> bool:
        """Tells whether the dictionary tags ``word`` as a noun (志愿者), not a verbal noun."""
        tag = self._classes.tag(word)
        return tag is not None and tag.startswith(SINGLE_NOUN_TAG)

    def describes_rows(self, word: str) -> bool:
        """Tells whether a word can pick rows by their names: a noun or an adjective (安全)."""
        tag = self._classes.tag(word)
        return tag is None or tag.startswith((*NOMINAL_TAGS, ADJECTIVE_TAG))

    def _long_or_noun(self, token: str) -> bool:
        """Tells whether a token may name a thing: two characters, or a lone noun (奖, 车)."""
        if len(token) >= MIN_CONTENT_CHARS:
            return True
        tag = self._classes.tag(token)
        return (
            tag is not None
            and tag.startswith(SINGLE_NOUN_TAG)
            and token not in self._lexicon.vocabulary.units
        )

    def _partly_explained(self, token: str, texts: str) -> bool:
        """Tells whether every character of a word is inside a part the texts hold (科技社团).

        A preposition or other function word fused to an explained part (按 of 按计划) adds
        nothing to explain.
        """
        covered = [False] * len(token)
        canonical = self._lexicon.vocabulary.canonical
        for part in self._lexicon.cut_parts(token):
            word = canonical.get(part, part)
            if part in texts or _implied({part}, texts) or self._synonym_written(word, texts):
                start = token.find(part)  # 车辆通行: 车辆 by 通行; 巡逻 of 巡逻车 by 巡检
                covered[start : start + len(part)] = [True] * len(part)
        if not any(covered):
            return False
        return all(
            done
            or self._joins(token[at])
            or self._synonym_written(canonical.get(token[at], token[at]), texts)
            for at, done in enumerate(covered)
        )  # 车 of 巡逻车: a noun of one character whose synonym group the texts write (车辆)

    def _joins(self, char: str) -> bool:
        """Tells whether a character is a preposition or particle (按, 的), never 不 or 没."""
        tag = self._classes.tag(char)
        return tag is not None and tag.startswith(JOINING_TAGS)


def _synonym_groups(canonical: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Returns every word of each synonym group, keyed by the group's canonical word."""
    groups: dict[str, list[str]] = {}
    for word, head in canonical.items():
        groups.setdefault(head, [head]).append(word)
    return {head: tuple(words) for head, words in groups.items()}


def _alternatives(words: list[str], texts: str) -> frozenset[str]:
    """Returns the alternatives of an either-or ask (主会场还是分会场) the texts settle.

    When the texts write one of the two, the other is what they rule out, not a thing
    they lack: 启动仪式上海分会场 answers 上海办的是主会场还是分会场.
    """
    settled: set[str] = set()
    for at, word in enumerate(words[1:-1], start=1):
        if word not in CHOICE_WORDS:
            continue
        pair = (words[at - 1], words[at + 1])
        if any(len(side) >= MIN_CONTENT_CHARS and side in texts for side in pair):
            settled.update(pair)
    return frozenset(settled)


def _a_not_a(before: str, token: str) -> bool:
    """Tells whether a token is the 不A of an A不A ask (顺 不顺, 平 不平, 够 不够)."""
    return len(token) > 1 and token.startswith(NOT_MARK) and before.endswith(token[1:])


def _yes_no_ask(token: str) -> bool:
    """Tells whether a token is an A不A or A没A ask cut whole (有没有, 合不合格, 达没达到)."""
    return any(
        token[at] in YES_NO_MARKS and token[at + 1 :].startswith(token[:at])
        for at in range(1, len(token) - 1)
    )


def _opinion(word: str) -> bool:
    """Tells whether a word is the form's own word of being satisfied (满意), said as a verb:
    来参观的人满意不满意 names what a satisfaction row rates. 打分 and 评价 may rate other
    things (给科技成果做评价打分) and stay phrasing."""
    return word in cue_words()["satisfied_verb"]


def _classifier(before: str, token: str, after: list[str]) -> bool:
    """Tells whether a lone character is the measure word between a pointing or counting word
    and the noun it counts (那支高校队伍, 这位专家, 每所学校): it names nothing itself.

    Only before a word of two characters or more: 那狗几只 still names 狗.
    """
    return (
        len(token) == 1
        and before in cue_words()["classifier_before"]
        and bool(after)
        and len(after[0]) >= MIN_CONTENT_CHARS
        and bool(_CJK_WORD.match(after[0]))
    )


def _asker_place(before: str, token: str, after: list[str]) -> bool:
    """Tells whether a word says where the asker works: 区 of 我区里的, 单位 of 咱们单位里的.

    Only right after 我, 我们 … and closed by 里 or 的: 我们志愿者有几个 still names 志愿者.
    """
    cues = cue_words()
    if before not in cues["asker"]:
        return False
    ends = cues["asker_place_end"]
    return token.endswith(ends) or bool(after and after[0] in ends)


def _abbreviates(token: str, texts: str) -> bool:
    """Tells whether a two-character word shortens a longer one of the texts.

    科普 is said for 科学普及 and 科协 for 科学技术协会: the first character of its first
    word and of its last, with one to three characters left out between them, all Chinese.
    """
    if len(token) != ABBREVIATION_CHARS or not _CJK_WORD.match(token):
        return False
    first, second = token[0], token[1]
    start = texts.find(first)
    while 0 <= start < len(texts) - 3:  # no pattern per word: compiling one costs ~1 ms
        for gap in range(MIN_ABBREVIATED_GAP, MAX_ABBREVIATED_GAP + 1):
            at = start + gap + 1  # where the second character must be, a word going on after
            if (
                at + 1 < len(texts)
                and texts[at] == second
                and _CJK_WORD.match(texts[start : at + 2])
            ):
                return True
        start = texts.find(first, start + 1)
    return False


# Sections of cues.txt: a word of the first is implied by texts writing one of the second.
IMPLIED_BY = (
    ("fault", "repair"),
    ("repair", "repair"),  # 维修速度 of 设施修复及时性: one work of repair, said otherwise
    ("error", "accurate"),  # 不能出错 of 基本信息采集准确性
    ("draw", "visit"),
    ("visit", "visitor"),
    ("exhibition", "visitor"),  # 看展览的观众 of 观众满意度
    ("exhibition", "visit"),  # 线上展厅的访问量 of 线上参观人次
    ("vehicle", "traffic"),
    ("event_noun", "join"),
    ("establish", "establish"),
    ("inspect", "passed"),
    ("survey", "satisfied"),
    ("opinion", "satisfied"),
    ("recruit", "brought_in"),
    ("people_verb", "join"),
    ("deadline_word", "timely_row"),
    ("accompanying", "related"),
    ("saving", "energy"),  # 用电省不省 of 设施能耗
    ("mended", "upkeep"),  # 修好的路 of 养护合格率
    ("meeting", "at_meeting"),  # 派几个代表去开会 of 上海代表参会人数
)


def _implied(words: set[str], texts: str) -> bool:
    """Tells whether a word is implied by another the texts write (故障 by 修复, 吸引 by 参观,
    看展 by 观众, 车辆 by 通行, 活动 by 参与, 发展 by 培育, 验收 by 合格, 评价 by 满意度)."""
    return any(
        not words.isdisjoint(implied) and any(word in texts for word in by)
        for implied, by in _implied_pairs()
    )


@built_once
def _implied_pairs() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Returns IMPLIED_BY as the words implied and the words implying them, read once."""
    cues = cue_words()
    return tuple((frozenset(cues[implied]), cues[by]) for implied, by in IMPLIED_BY)


def _derived(before: str, token: str, texts: str) -> bool:
    """Tells whether a word is an ending that makes a noun or quality of a word the texts
    write, said before it or as its start: 长效化 and 长效 化 of 长效管理机制."""
    for suffix in cue_words()["derivation_suffix"]:
        if token == suffix and len(before) >= MIN_CONTENT_CHARS and before in texts:
            return True
        stem = token[: -len(suffix)]
        if token.endswith(suffix) and len(stem) >= MIN_CONTENT_CHARS and stem in texts:
            return True
    return False


SWAPPED_MIN_CHARS = 3  # 城市交通: a word long enough that its rest names one thing


def _modifier_swapped(token: str, texts: str) -> bool:
    """Tells whether a word is one the texts write with another first character: 城市交通 is
    the 都市交通 of 海峡两岸都市交通学术研讨会 (the head kept, its modifier said otherwise).

    Never a word whose last character differs (发生率 is no 发生数): that is another thing.
    """
    if len(token) < SWAPPED_MIN_CHARS or not _CJK_WORD.match(token):
        return False
    rest = token[1:]
    at = texts.find(rest, 1)
    while at >= 1:
        if texts[at - 1] != token[0] and _CJK_WORD.match(texts[at - 1]):
            return True
        at = texts.find(rest, at + 1)
    return False


def _kind_headed(token: str, question: str, texts: str) -> bool:
    """Tells whether a general noun (队伍) heads a word the texts write with the modifier
    the question gives it: 辩论赛的队伍 is the 辩论队 of 上海一所高校辩论队, a 队 of 辩论."""
    if token not in cue_words()["kind_noun"]:
        return False
    head = token[0]
    at = texts.find(head, MODIFIER_CHARS)
    while at >= 0:
        modifier = texts[at - MODIFIER_CHARS : at]
        if _CJK_WORD.match(modifier) and modifier in question:
            return True
        at = texts.find(head, at + 1)
    return False


def _served(words: set[str], texts: str) -> bool:
    """Tells whether people a service is for are implied by a row under the served's heading.

    老百姓对设施环境的评价: 设施环境评价 is filed under 服务对象满意度指标. A satisfaction row
    names whose satisfaction it is (参与企业、专家的满意度), so 观众满意度 is not it.
    """
    cues = cue_words()
    if not words & set(cues["served_people"]):
        return False
    if not any(heading in texts for heading in cues["served_heading"]):
        return False
    return SATISFACTION not in texts.replace(SATISFACTION_LEVEL, "")


def _holds_events(words: set[str], texts: str) -> bool:
    """Tells whether a verb of holding events is implied by a target counted in events.

    组织多少场机构资格申报培训: 机构资格申报培训会数量 ≥1.00(场) is held, so 组织 is said.
    """
    cues = cue_words()
    if not words & set(cues["event_verb"]):
        return False
    return re.search(rf"\d(?:{'|'.join(cues['event_unit'])})", texts) is not None


# Sections of cues.txt: a word of the first is what a target counted in one of the second counts.
COUNTED_BY_UNIT = (("piece", "piece_unit"), ("person", "person_unit"))


def _counted_by_unit(words: set[str], texts: str) -> bool:
    """Tells whether a noun is what a target's unit counts (稿件 of ≥15.00(篇))."""
    cues = cue_words()
    return any(
        words & set(cues[nouns])
        and re.search(rf"\d(?:{'|'.join(map(re.escape, cues[units]))})", texts) is not None
        for nouns, units in COUNTED_BY_UNIT
    )


def written_beside(words: Iterable[str], *, by: Iterable[str], question: str, text: str) -> bool:
    """Tells whether ``text`` writes every one of ``words`` joined to one of ``by`` just as
    ``question`` does.

    A goal that says 建成线上展馆 names the hall whose 线上参观人次 a row counts: 线上展馆
    is written in the question and in the goal, and 线上 is a word of the row.
    """
    anchors = [word for word in by if len(word) >= MIN_CONTENT_CHARS and word in question]
    words = list(words)
    return bool(anchors and words) and all(
        any(
            joined in question and joined in text
            for anchor in anchors
            for joined in (anchor + word, word + anchor)
        )
        for word in words
    )


def _contracted(before: str, token: str, texts: str) -> bool:
    """Tells whether a word and the one before it are a longer way of writing a word of the texts.

    辩论比赛 is written 辩论赛 (the first word and the last character of the second) and
    巡逻检查 巡检 (the first character of each).
    """
    if len(before) < ABBREVIATION_CHARS or not _CJK_WORD.match(before + token):
        return False
    return before + token[-1] in texts or before[0] + token[0] in texts


SPELLED_OUT_REACH = 2  # 巡着检查: how far before a word the first half of its short form may be


def _spelled_out(said: str, token: str, texts: str) -> bool:
    """Tells whether a word and a character said just before it spell out a two-character
    word of the texts: 巡着检查 is 巡检 (巡 and the 检 of 检查), as 巡逻检查 is."""
    if len(token) < ABBREVIATION_CHARS or not _CJK_WORD.match(token):
        return False
    # Never the character right before: 事故发生率 is no 故发 of 事故发生数.
    return any(
        _CJK_WORD.match(char) and char + token[0] in texts for char in said[-SPELLED_OUT_REACH:-1]
    )


# Long texts (every row name of a catalog, joined) are stripped once, not at every check: at
# 10,000 indicators that took a question 2–3 ms each time.
LONG_TEXT_CHARS = 2000
MAX_LONG_TEXTS = 8
_STRIPPED_LONG: dict[str, str] = {}


# Short texts are kept too: a question about every project of a big catalog has each of its
# header texts stripped at every check (30,000 strippings at 10,000 indicators).
MAX_SHORT_TEXTS = 65536
_STRIPPED_SHORT: dict[str, str] = {}


def stripped(text: str) -> str:
    """Returns ``text`` without punctuation, remembering it (a long text a catalog joins is
    stripped when the engine is built, not at its first question)."""
    if len(text) < LONG_TEXT_CHARS:
        short = _STRIPPED_SHORT.get(text)
        if short is None:
            if len(_STRIPPED_SHORT) >= MAX_SHORT_TEXTS:
                _STRIPPED_SHORT.clear()
            short = _STRIPPED_SHORT[text] = strip_punctuation(text)
        return short
    found = _STRIPPED_LONG.get(text)
    if found is None:
        if len(_STRIPPED_LONG) >= MAX_LONG_TEXTS:
            _STRIPPED_LONG.clear()
        found = _STRIPPED_LONG[text] = strip_punctuation(text)
    return found
