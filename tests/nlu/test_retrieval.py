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
