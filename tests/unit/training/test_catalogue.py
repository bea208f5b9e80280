"""The starter catalogue: enough courses, in both languages, covering every competency."""

from __future__ import annotations

import pytest
from wendu.core.errors import InvalidArgument
from wendu.training.domain.catalogue import COMPETENCY_IDS, STARTER_CATALOGUE, CourseCatalogue, new_tenant_course
from wendu.training.domain.model import LocalizedText


def test_catalogue_has_at_least_twelve_courses_with_unique_ids():
    ids = [c.course_id for c in STARTER_CATALOGUE]
    assert len(ids) >= 12
    assert len(ids) == len(set(ids))


def test_every_course_has_chinese_and_english_title_and_summary():
    for course in STARTER_CATALOGUE:
        for text in (course.title, course.summary):
            assert text.zh.strip() and text.en.strip(), course.course_id
            assert text.zh != text.en, course.course_id


def test_every_competency_of_the_library_has_at_least_two_courses():
    catalogue = CourseCatalogue()
    for competency_id in COMPETENCY_IDS:
        assert len(catalogue.for_competency(competency_id)) >= 2, competency_id


def test_courses_only_use_known_competency_ids():
    assert {cid for c in STARTER_CATALOGUE for cid in c.competency_ids} <= set(COMPETENCY_IDS)


def test_courses_mainly_training_a_competency_come_before_those_touching_it():
    courses = CourseCatalogue().for_competency("communication")
    main = [c.competency_ids[0] == "communication" for c in courses]
    assert main == sorted(main, reverse=True)
    assert main[0] and not main[-1]


@pytest.mark.parametrize(
    ("course_id", "title", "competency_ids", "field"),
    [
        ("star-storytelling", LocalizedText("讲故事", "Stories"), ["communication"], "course_id"),
        ("acme-1", LocalizedText("讲故事", " "), ["communication"], "title.en"),
        ("acme-1", LocalizedText("", "Stories"), ["communication"], "title.zh"),
        ("acme-1", LocalizedText("讲故事", "Stories"), [], "competency_ids"),
        ("acme-1", LocalizedText("讲故事", "Stories"), ["charisma"], "competency_ids"),
    ],
)
def test_a_tenant_course_needs_both_titles_known_competencies_and_its_own_id(course_id, title, competency_ids, field):
    with pytest.raises(InvalidArgument) as raised:
        new_tenant_course(course_id, title, LocalizedText("", ""), competency_ids, "")
    assert raised.value.field == field


def test_a_tenant_course_keeps_its_main_competency_first_and_gets_a_default_url():
    course = new_tenant_course(
        " acme-1 ", LocalizedText("讲故事", "Stories"), LocalizedText("", ""), ["teamwork", "communication"], ""
    )
    assert (course.course_id, course.competency_ids, course.url) == (
        "acme-1",
        ("teamwork", "communication"),
        "courses/acme-1",
    )
