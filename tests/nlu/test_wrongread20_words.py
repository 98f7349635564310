"""Words read as the form writes them: a year's column, Cantonese measures."""

from __future__ import annotations

from tests.nlu.question_sets import ask


def test_this_years_application_asks_the_annual_column_only() -> None:
    answer = ask("数字化改造今年申报的钱是多少，麻烦核对一下", "multi_year")
    assert "120万元" in answer
    assert "360万元" not in answer


def test_cantonese_measure_for_firms_asks_the_firms_count() -> None:
    answer = ask("直通车今年服務幾多間企業？")
    assert "100家" in answer
    assert "8000" not in answer
