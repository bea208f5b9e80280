"""Course suggestions: weakest competencies first, each course once, never more than asked for."""

from __future__ import annotations

from wendu.training.domain.catalogue import COMPETENCY_IDS, STARTER_CATALOGUE, CourseCatalogue
from wendu.training.domain.model import CompetencyGap
from wendu.training.domain.recommend import rank_gaps, recommend_courses

CATALOGUE = CourseCatalogue()


def test_gaps_rank_by_size_largest_first():
    ranked = rank_gaps(
        [CompetencyGap("teamwork", 6.0), CompetencyGap("data_driven", 3.5), CompetencyGap("leadership", 5.0)]
    )
    assert [g.competency_id for g in ranked] == ["data_driven", "leadership", "teamwork"]
    assert [g.size for g in ranked] == [6.5, 5.0, 4.0]


def test_a_competency_listed_twice_counts_once_with_its_lowest_score():
    ranked = rank_gaps(
        [CompetencyGap("teamwork", 6.0), CompetencyGap("teamwork", 2.0), CompetencyGap("leadership", 4.0)]
    )
    assert [(g.competency_id, g.score) for g in ranked] == [("teamwork", 2.0), ("leadership", 4.0)]


def test_weakest_competency_gets_the_first_suggestion():
    suggestions = recommend_courses(
        CATALOGUE, [CompetencyGap("communication", 7.0), CompetencyGap("resilience", 2.0)], max_courses=2
    )
    assert [s.competency_id for s in suggestions] == ["resilience", "communication"]
    assert suggestions[0].course_id == "pressure-and-setbacks"


def test_each_weak_competency_gets_a_course_before_any_gets_a_second():
    gaps = [CompetencyGap("data_driven", 3.0), CompetencyGap("leadership", 4.0), CompetencyGap("teamwork", 5.0)]
    suggestions = recommend_courses(CATALOGUE, gaps, max_courses=3)
    assert [s.competency_id for s in suggestions] == ["data_driven", "leadership", "teamwork"]


def test_extra_courses_are_grouped_by_competency_weakest_first():
    gaps = [CompetencyGap("teamwork", 5.0), CompetencyGap("data_driven", 3.0)]
    suggestions = recommend_courses(CATALOGUE, gaps, max_courses=4)
    assert [s.competency_id for s in suggestions] == ["data_driven", "data_driven", "teamwork", "teamwork"]


def test_no_course_is_suggested_twice_even_when_it_trains_several_weak_competencies():
    gaps = [CompetencyGap(c, 1.0) for c in COMPETENCY_IDS]
    suggestions = recommend_courses(CATALOGUE, gaps, max_courses=100)
    ids = [s.course_id for s in suggestions]
    assert len(ids) == len(set(ids)) == len(STARTER_CATALOGUE)


def test_never_more_than_max_courses():
    gaps = [CompetencyGap(c, 2.0) for c in COMPETENCY_IDS]
    assert len(recommend_courses(CATALOGUE, gaps, max_courses=3)) == 3
    assert recommend_courses(CATALOGUE, gaps, max_courses=0) == []


def test_unknown_competency_gets_no_course_but_does_not_block_the_others():
    suggestions = recommend_courses(
        CATALOGUE, [CompetencyGap("juggling", 0.0), CompetencyGap("teamwork", 4.0)], max_courses=3
    )
    assert {s.competency_id for s in suggestions} == {"teamwork"}
