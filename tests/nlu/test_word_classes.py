"""Part-of-speech tags: searched in the dictionary text at first, then read from an index."""

from __future__ import annotations

from bot.dictionary import trimmed_dictionary
from nlu.evidence import SEARCHES_BEFORE_INDEX, WordClasses
from nlu.lexicon import new_tokenizer
from tests.nlu.question_sets import FORMS
from tests.nlu.test_question_set import load

WARM_UP = [
    "项目",
    "活动",
    "人数",
    "目标",
    "预算",
    "资金",
    "服务",
    "指标",
    "交流",
    "国际",
    "企业",
    "合作",
    "科普",
    "论坛",
    "数量",
    "质量",
]


def test_the_index_gives_the_tags_the_search_gives() -> None:
    tokenizer = new_tokenizer(trimmed_dictionary())
    questions = load(FORMS.parents[1] / "data" / "questions-heldout.jsonl")
    words = sorted({word for item in questions for word in tokenizer.lcut(str(item["q"]))})
    indexed = WordClasses(tokenizer)
    assert len(WARM_UP) > SEARCHES_BEFORE_INDEX
    for word in WARM_UP:
        indexed.tag(word)
    assert indexed._index is not None  # past the searches, the text is indexed
    tags = {word: WordClasses(tokenizer).tag(word) for word in words}  # each one searched
    assert tags == {word: indexed.tag(word) for word in words}
    assert tags["项目"] is not None and tags["的"] is not None
    assert sum(tag is None for tag in tags.values()) < len(tags)


def test_a_snapshot_of_the_classes_leaves_the_text_and_its_index_out() -> None:
    classes = WordClasses(new_tokenizer(trimmed_dictionary()))
    for word in WARM_UP:
        classes.tag(word)
    assert classes._index is not None
    state = classes.__getstate__()
    assert state["_index"] is None and state["_found"] == {} and state["_text"] is None
    assert classes._index is not None  # the live instance keeps it
