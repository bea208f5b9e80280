"""The realistic résumé fixtures (tests/fixtures/resumes), as text, PDF and DOCX: the same facts from each.

The PDFs were printed by headless Chromium and the DOCX files written by python-docx
(``tests/fixtures/resumes/generate.py``); this reads them with the service's own file reader and
runs the local extractor, with no I/O beyond reading the committed files.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from wendu.profile.adapters.resume_files import read_resume_text
from wendu.profile.domain.model import CareerGap, Education, ResumeFacts, ResumeMediaType, Signal
from wendu.profile.domain.resume import extract_resume

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "resumes"
MEDIA_TYPES = {".txt": ResumeMediaType.TEXT, ".pdf": ResumeMediaType.PDF, ".docx": ResumeMediaType.DOCX}
EVERY_SIGNAL_BUT_NONE = (
    Signal.FOUNDER,
    Signal.CAREER_SWITCHER,
    Signal.LED_PEOPLE,
    Signal.DATA_WORK,
    Signal.CAREER_GAP,
    Signal.NOTABLE_PROJECT,
)


@functools.cache
def facts_of(name: str) -> ResumeFacts:
    path = FIXTURES / name
    return extract_resume(read_resume_text(path.read_bytes(), MEDIA_TYPES[path.suffix]))


def jobs(facts: ResumeFacts) -> list[tuple[str, str, str, str, str, str]]:
    return [(e.employer, e.role, e.industry, e.start, e.end, e.period) for e in facts.experience]


@pytest.mark.parametrize("name", ["resume_zh.txt", "resume_zh.pdf", "resume_zh.docx"])
class TestChineseResume:
    def test_work_history_has_employer_role_industry_and_dates(self, name):
        assert jobs(facts_of(name)) == [
            ("美团", "高级产品经理", "internet", "2021-07", "", "2021.07 - 至今"),
            ("上海鲜邻网络科技有限公司", "创始人兼CEO", "e-commerce", "2019-01", "2020-09", "2019.01 - 2020.09"),
            ("宝洁(中国)有限公司", "品牌经理", "consumer goods", "2014-07", "2018-12", "2014.07 - 2018.12"),
        ]

    def test_education_has_institution_degree_and_major(self, name):
        assert facts_of(name).education == (
            Education(institution="上海交通大学", degree="master", major="工商管理", period="2012.09 - 2014.06"),
            Education(institution="复旦大学", degree="bachelor", major="市场营销", period="2008.09 - 2012.06"),
        )

    def test_skills_and_named_projects(self, name):
        facts = facts_of(name)
        assert {"SQL", "Python", "Excel", "Tableau", "A/B testing", "data analysis", "user research"} <= set(
            facts.skills
        )
        assert {"project management", "marketing"} <= set(facts.skills)
        assert facts.project_names == ("闪电仓智能补货系统", "鲜邻社区团购小程序")

    def test_founder_switcher_leader_gap_and_notable_project_are_signalled(self, name):
        facts = facts_of(name)
        assert facts.signals == EVERY_SIGNAL_BUT_NONE
        assert facts.career_gaps == (CareerGap(start="2020-10", end="2021-06", months=9),)
        # The award-winning project is notable; the one with 50,000 users is not "at scale".
        assert facts.notable_project_names == ("闪电仓智能补货系统",)

    def test_the_career_break_is_not_a_job(self, name):
        assert all("照顾家人" not in e.employer for e in facts_of(name).experience)


@pytest.mark.parametrize("name", ["resume_en.txt", "resume_en.pdf", "resume_en.docx"])
class TestEnglishResume:
    def test_work_history_has_employer_role_industry_and_dates(self, name):
        assert jobs(facts_of(name)) == [
            ("Stripe", "Senior Data Scientist", "fintech", "2021-04", "", "Apr 2021 – Present"),
            ("Brightpath Learning", "Co-founder & CEO", "edtech", "2018-01", "2020-06", "Jan 2018 – Jun 2020"),
            ("Lincoln High School", "Mathematics Teacher", "education", "2013-08", "2017-12", "Aug 2013 – Dec 2017"),
        ]

    def test_education_keeps_a_comma_inside_the_institution(self, name):
        assert facts_of(name).education == (
            Education(
                institution="University of California, Berkeley",
                degree="master",
                major="Statistics",
                period="Sep 2011 – May 2013",
            ),
            Education(
                institution="University of Michigan",
                degree="bachelor",
                major="Mathematics",
                period="Sep 2007 – May 2011",
            ),
        )

    def test_skills_and_named_projects(self, name):
        facts = facts_of(name)
        expected = {"Python", "SQL", "R", "pandas", "scikit-learn", "Spark", "Kafka", "Tableau", "A/B testing"}
        assert expected <= set(facts.skills)
        assert {"statistics", "public speaking"} <= set(facts.skills)
        assert facts.project_names == ("Sentinel", "Tutor Match")

    def test_founder_switcher_leader_gap_and_notable_project_are_signalled(self, name):
        facts = facts_of(name)
        assert facts.signals == EVERY_SIGNAL_BUT_NONE
        assert facts.career_gaps == (CareerGap(start="2020-07", end="2021-03", months=9),)
        assert facts.notable_project_names == ("Sentinel",)

    def test_the_career_break_is_not_a_job(self, name):
        assert all(e.employer != "Career break" for e in facts_of(name).experience)


def test_pdf_and_docx_give_exactly_the_plain_text_facts():
    for language in ("zh", "en"):
        source = facts_of(f"resume_{language}.txt")
        assert facts_of(f"resume_{language}.pdf") == source
        assert facts_of(f"resume_{language}.docx") == source
