from knowledge.goals import split_goal_items, split_sentences


def test_split_numbered_goals_without_separators() -> None:
    text = (
        "一产学研服务。推进合作，举办“一站式”活动二企业科协建设。"
        "坚持“四个服务”定位三人才服务。服务企业100家"
    )
    items = split_goal_items(text)
    assert [(i.number, i.title) for i in items] == [
        (1, "产学研服务"),
        (2, "企业科协建设"),
        (3, "人才服务"),
    ]
    assert items[1].text.startswith("坚持“四个服务”定位")
    assert items[2].text == "服务企业100家"


def test_split_goals_with_enumeration_commas() -> None:
    items = split_goal_items("一、调研走访。走访企业。二、培训交流。举办培训。")
    assert [i.title for i in items] == ["调研走访", "培训交流"]


def test_unnumbered_goal_text_has_no_items() -> None:
    assert split_goal_items("发挥科协优势，联动海智基地。组织实施活动。") == []


def test_split_sentences_at_chinese_full_stops() -> None:
    assert split_sentences("第一句。第二句；第三句") == ["第一句。", "第二句；", "第三句"]
