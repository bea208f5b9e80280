"""The local résumé extractor on realistic Chinese and English résumés."""

from __future__ import annotations

from dataclasses import replace

import pytest
from wendu.profile.domain.model import ResumeFacts, Signal, WorkExperience
from wendu.profile.domain.resume import extract_resume

ZH_FOUNDER = """张伟
电话：138-0000-0000 | 邮箱：zhangwei@example.com

个人简介
连续创业者，2016年联合创办了一家SaaS公司，带领12人团队完成A轮融资。

工作经历
2016.03 - 2021.08  杭州云帆科技有限公司  联合创始人 & CEO
- 从0到1搭建产品与销售团队，年收入做到 2000 万元
- 经历2019年现金流危机，通过裁员与转型收费模式度过难关
2013.07 - 2016.02  阿里巴巴  产品经理
- 负责淘宝商家后台的需求与迭代

项目经历
项目名称：云帆CRM
项目二：“星火计划”渠道拓展（2018.01-2018.12）

教育背景
2009.09 - 2013.06  浙江大学  计算机科学与技术  本科

专业技能
Python、产品管理、商务谈判
"""

EN_CAREER_SWITCHER = """Maria Chen
maria.chen@example.com · Shanghai

Summary
Former high-school chemistry teacher who transitioned from teaching to software engineering in 2020
after a coding bootcamp. I bring classroom communication skills to engineering teams.

Experience
Backend Engineer at Lumen Labs (Jul 2021 – Present)
- Built REST APIs in Python and Django; deployed with Docker on AWS
- Wrote the on-call runbook adopted by three teams
Software Engineering Intern, Brightpath Inc., Jan 2021 – Jun 2021
Chemistry Teacher | Shanghai No. 2 High School | 2014 - 2020

Education
B.S. in Chemistry, Fudan University, 2010 - 2014
"""

EN_DATA_ANALYST = """Li Na — Data Analyst
Email: lina@example.com

Work Experience
Meituan | Senior Data Analyst | 2019.07 - Present
- Designed and analyzed 40+ A/B tests on the checkout funnel with SQL and Python (pandas)
- Built Tableau dashboards used by 200 operations staff
Data Analyst, Ctrip Group, 2017.07 - 2019.06

Projects
Project: Churn Radar — a churn-prediction model with scikit-learn that cut monthly churn by 8%
Led the "Price Lens" project to measure price elasticity across 30 cities.

Skills
SQL, Python, R, Tableau, Excel, statistics
"""

# Full-width letters and punctuation, as Chinese input methods often produce them.
ZH_DATA_ANALYST = """王芳 ｜ 数据分析师
工作经历
2018年7月 - 至今  字节跳动  高级数据分析师
  负责抖音电商的ＡＢ测试平台，搭建指标体系，推动数据驱动决策；熟练使用ＳＱＬ、Ｐｙｔｈｏｎ和Ｈｉｖｅ
  在导师的带领下完成了第一个实时看板。
2016.07-2018.06 就职于京东 任数据运营专员

项目经历
2020.01-2020.12  用户流失预警系统  项目负责人
主导“灯塔”项目，搭建实时看板

自我评价
曾参与公司数字化转型项目，熟悉电商业务。
"""

ZH_CAREER_SWITCHER = """李强
2012 - 2019 在某律师事务所担任律师
2019年从法律行业转行做产品经理，目前在一家创业公司工作。
2019.10 - 至今  小红书  产品经理
"""


class TestFounderResume:
    facts = extract_resume(ZH_FOUNDER)

    def test_founder_is_recognised_from_lian_he_chuang_ban(self):
        assert Signal.FOUNDER in self.facts.signals

    def test_leading_a_team_of_twelve_counts_as_leading_people(self):
        assert Signal.LED_PEOPLE in self.facts.signals

    def test_a_business_model_transformation_is_not_a_career_switch(self):
        assert Signal.CAREER_SWITCHER not in self.facts.signals

    def test_jobs_keep_employer_role_and_period_and_studies_are_not_jobs(self):
        assert _jobs(self.facts) == (
            WorkExperience(employer="杭州云帆科技有限公司", role="联合创始人 / CEO", period="2016.03 - 2021.08"),
            WorkExperience(employer="阿里巴巴", role="产品经理", period="2013.07 - 2016.02"),
        )

    def test_labelled_and_quoted_project_names_are_found_without_their_dates(self):
        assert self.facts.project_names == ("云帆CRM", "星火计划渠道拓展")

    def test_skills_come_from_the_lexicon_in_order_of_mention(self):
        assert self.facts.skills == ("Python", "product management", "negotiation")


def _jobs(facts: ResumeFacts) -> tuple[WorkExperience, ...]:
    """The jobs as (employer, role, period), without the dates and industry derived from them."""
    return tuple(replace(job, industry="", start="", end="") for job in facts.experience)


class TestCareerSwitcherResume:
    facts = extract_resume(EN_CAREER_SWITCHER)

    def test_transitioned_from_teaching_to_engineering_is_a_career_switch(self):
        assert self.facts.signals == (Signal.CAREER_SWITCHER,)

    def test_role_at_employer_comma_and_pipe_formats_are_all_read(self):
        assert _jobs(self.facts) == (
            WorkExperience(employer="Lumen Labs", role="Backend Engineer", period="Jul 2021 – Present"),
            WorkExperience(
                employer="Brightpath Inc.", role="Software Engineering Intern", period="Jan 2021 – Jun 2021"
            ),
            WorkExperience(employer="Shanghai No. 2 High School", role="Chemistry Teacher", period="2014 - 2020"),
        )

    def test_both_the_old_and_the_new_field_show_in_skills(self):
        assert self.facts.skills == ("teaching", "Python", "Django", "Docker", "AWS")


class TestDataAnalystResume:
    facts = extract_resume(EN_DATA_ANALYST)

    def test_sql_and_ab_tests_are_data_work_and_nothing_else_is_claimed(self):
        assert self.facts.signals == (Signal.DATA_WORK,)

    def test_labelled_and_quoted_project_names_are_found(self):
        assert self.facts.project_names == ("Churn Radar", "Price Lens")

    def test_data_skills_are_found_including_r_in_a_list(self):
        assert set(self.facts.skills) >= {"SQL", "Python", "pandas", "A/B testing", "Tableau", "R", "Excel"}

    def test_pipe_and_comma_separated_jobs_are_read(self):
        assert _jobs(self.facts) == (
            WorkExperience(employer="Meituan", role="Senior Data Analyst", period="2019.07 - Present"),
            WorkExperience(employer="Ctrip Group", role="Data Analyst", period="2017.07 - 2019.06"),
        )


class TestChineseDataAnalystResume:
    facts = extract_resume(ZH_DATA_ANALYST)

    def test_full_width_text_yields_data_work_but_being_led_is_not_leading(self):
        assert self.facts.signals == (Signal.DATA_WORK,)

    def test_full_width_skill_names_are_recognised(self):
        assert set(self.facts.skills) >= {"SQL", "Python", "Hive", "A/B testing", "data analysis"}

    def test_a_dated_line_in_the_projects_section_names_a_project_not_a_job(self):
        assert self.facts.project_names == ("用户流失预警系统", "灯塔")
        assert all(e.employer != "用户流失预警系统" for e in self.facts.experience)

    def test_chinese_date_formats_and_jiu_zhi_yu_lines_are_read(self):
        assert _jobs(self.facts) == (
            WorkExperience(employer="字节跳动", role="高级数据分析师", period="2018年7月 - 至今"),
            WorkExperience(employer="京东", role="数据运营专员", period="2016.07-2018.06"),
        )


def test_zhuan_hang_marks_a_chinese_career_switcher():
    facts = extract_resume(ZH_CAREER_SWITCHER)
    assert facts.signals == (Signal.CAREER_SWITCHER,)
    assert _jobs(facts)[0] == WorkExperience(employer="某律师事务所", role="律师", period="2012 - 2019")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("I co-founded Lantern, a B2B payments startup, in 2015.", Signal.FOUNDER),
        ("Founder & CEO, Kite Robotics", Signal.FOUNDER),
        ("2015年创立了一家精品咖啡馆", Signal.FOUNDER),
        ("switched from finance into product management", Signal.CAREER_SWITCHER),
        ("从教师转型为产品经理", Signal.CAREER_SWITCHER),
        ("Led a cross-functional team of 8 to ship the new checkout", Signal.LED_PEOPLE),
        ("Managed 12 data engineers across two time zones", Signal.LED_PEOPLE),
        ("I led the team through an urgent migration", Signal.LED_PEOPLE),
        ("管理十余人的销售团队", Signal.LED_PEOPLE),
        ("Ran weekly data-driven reviews of the funnel", Signal.DATA_WORK),
        ("负责用户行为数据分析", Signal.DATA_WORK),
    ],
)
def test_signal_is_found(text, signal):
    assert signal in extract_resume(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "Joined Acme, a startup founded in 2015, as its first analyst.",
        "Founding engineer at Kite Robotics",
        "负责公司数字化转型项目",
        "Moved from Beijing to Shanghai in 2019",
        "Managed 3 projects simultaneously",
        "在导师的带领下完成毕业设计",
        "Backend services in Go and MySQL",
    ],
)
def test_no_signal_is_read_into_ordinary_sentences(text):
    assert extract_resume(text).signals == ()


def test_words_that_are_also_skills_count_only_as_skills():
    facts = extract_resume("I excel at explaining JavaScript to people who know MySQL.")
    assert facts.skills == ("JavaScript", "MySQL")


def test_go_is_a_skill_but_go_to_market_is_not():
    assert extract_resume("Go, Python").skills == ("Go", "Python")
    assert extract_resume("Go-to-market strategy for APAC").skills == ()


def test_an_empty_resume_yields_no_facts():
    facts = extract_resume("   \n\n")
    assert (facts.skills, facts.project_names, facts.experience, facts.signals) == ((), (), (), ())


def test_a_gap_of_six_months_or_more_between_jobs_is_a_career_gap_and_a_shorter_one_is_not():
    text = """Experience
Analyst, Acme Bank, Jan 2015 – Dec 2016
Engineer, Kite Software, Mar 2017 – Jun 2018
Engineer, Lumen Labs, Jan 2019 – Present
"""
    facts = extract_resume(text)
    # Jan-Feb 2017 (two months) is a notice period; Jul-Dec 2018 (six months) is a gap.
    assert [(g.start, g.end, g.months) for g in facts.career_gaps] == [("2018-07", "2018-12", 6)]
    assert Signal.CAREER_GAP in facts.signals


def test_overlapping_jobs_leave_no_gap():
    text = """工作经历
2015.01 - 2020.12  某咨询公司  顾问
2016.06 - 2017.06  某大学  兼职讲师
2021.02 - 至今  某银行  分析师
"""
    assert extract_resume(text).career_gaps == ()


def test_a_named_career_break_is_a_gap_even_without_dates():
    assert Signal.CAREER_GAP in extract_resume("I took a career break to care for my father.").signals


def test_industry_comes_from_the_label_under_the_job_before_the_employer_name():
    text = """Experience
Product Manager, Meituan
Jan 2019 – Present
Industry: Retail
"""
    [job] = extract_resume(text).experience
    assert job.industry == "retail"


def test_industry_is_inferred_from_the_employer_when_unlabelled():
    facts = extract_resume("工作经历\n2016.07 - 2019.06  招商银行  客户经理\n2019.07 - 至今  字节跳动  产品经理\n")
    assert [job.industry for job in facts.experience] == ["finance", "internet"]
    # An account manager at a bank became a product manager: a change of line of work (and of
    # industry), though the résumé never says "转行".
    assert Signal.CAREER_SWITCHER in facts.signals


def test_an_unknown_industry_label_is_kept_as_written():
    [job] = extract_resume("Experience\nAnalyst, Acme, 2019 – 2021\nIndustry: Space tourism\n").experience
    assert job.industry == "Space tourism"


def test_a_project_with_an_award_or_patent_is_notable_and_a_plain_one_is_not():
    text = """Projects
Project: Beacon | indoor positioning | granted a patent in 2021
Project: Ledger | internal bookkeeping tool
项目名称：星河推荐系统
- 获得公司年度创新一等奖
"""
    facts = extract_resume(text)
    assert facts.project_names == ("Beacon", "Ledger", "星河推荐系统")
    assert facts.notable_project_names == ("Beacon", "星河推荐系统")
    assert Signal.NOTABLE_PROJECT in facts.signals


def test_education_lines_give_degree_levels():
    text = """教育背景
2015.09 - 2019.06  北京大学  计算机科学  博士
Education
MBA, INSEAD Business School, 2012 - 2013
"""
    facts = extract_resume(text)
    assert [(e.institution, e.degree) for e in facts.education] == [
        ("北京大学", "phd"),
        ("INSEAD Business School", "mba"),
    ]


def test_everyday_words_in_a_job_description_do_not_name_an_industry():
    [job] = extract_resume(
        "Experience\nAnalyst, Kite Labs, 2019 – 2021\n- Ran a meta-analysis of payments data\n"
    ).experience
    assert job.industry == ""
