from __future__ import annotations

from knowledge.catalog import Catalog
from nlu.engine import QuestionEngine
from nlu.retrieval import PassageSource, project_passages


def test_passages_follow_sub_goals(catalog: Catalog) -> None:
    passages = project_passages(catalog.project(1))
    titles = {p.title for p in passages if p.source is PassageSource.GOAL}
    assert "科技工作者状况调查站点管理服务" in titles


def test_passages_include_indicator_names(catalog: Catalog) -> None:
    passages = project_passages(catalog.project(2))
    assert any(p.source is PassageSource.INDICATOR and "辩论队" in p.text for p in passages)


def test_search_ranks_the_sentence_with_the_fact_first(engine: QuestionEngine) -> None:
    found = engine._retriever.search(engine.read("市级调查站点有多少家"))
    assert "28家" in found[0].passage.text
    assert found[0].coverage > 0.9


def test_of_sentences_covering_the_question_the_one_writing_its_words_together_wins(
    engine: QuestionEngine,
) -> None:
    # Both sentences hold 科协, 创新, 服务, 活动 and 品牌; only one writes 活动品牌 together.
    best, other = engine._retriever.search(engine.read("科协那个创新服务活动品牌叫什么名字"))[:2]
    assert best.coverage == other.coverage
    assert "创新集市" in best.passage.text and best.phrases > other.phrases
