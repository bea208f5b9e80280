"""When a résumé shows a career switch, and when it does not (issue 12), in Chinese and English.

A switch is a change of line of work: said in so many words, shown by two jobs in unrelated lines
of work, or announced by a target role or a certificate in a field none of the jobs was in. A
promotion in one's own field, a change of industry in the same job, and a student's internships
are not switches.
"""

from __future__ import annotations

import pytest
from wendu.profile.domain.model import Signal
from wendu.profile.domain.resume import extract_resume


def is_switcher(text: str) -> bool:
    return Signal.CAREER_SWITCHER in extract_resume(text).signals


STORE_SUPERVISOR_EN = """Experience
Store Operations Supervisor, Target Corporation | Mar 2018 – Present
- Supervise 14 associates across receiving and replenishment.
Store Supervisor, Walgreens | 2015 – 2018
"""

STORE_SUPERVISOR_ZH = """工作经历
2019.03 - 至今  成都红旗连锁股份有限公司  门店运营主管
  - 负责门店排班、陈列与库存。
2016.07 - 2019.02  永辉超市  店长助理
"""


class TestObjectiveLine:
    def test_objective_line_towards_data_analysis_marks_a_career_switch(self):
        assert not is_switcher(STORE_SUPERVISOR_EN)
        assert is_switcher("Objective: transition into data analysis\n\n" + STORE_SUPERVISOR_EN)

    def test_a_target_role_in_another_field_marks_a_career_switch(self):
        assert is_switcher("Objective: Associate Product Manager role in fintech\n\n" + STORE_SUPERVISOR_EN)
        assert is_switcher("OBJECTIVE\nData Analyst, entry level\n\n" + STORE_SUPERVISOR_EN)

    def test_qiuzhi_yixiang_shujufenxishi_marks_a_career_switch(self):
        assert not is_switcher(STORE_SUPERVISOR_ZH)
        assert is_switcher("求职意向：数据分析师\n\n" + STORE_SUPERVISOR_ZH)
        assert is_switcher("【求职意向】\n数据分析师（全职）\n\n" + STORE_SUPERVISOR_ZH)

    @pytest.mark.parametrize(
        "text",
        [
            "求职意向：高级数据分析师\n工作经历\n2019.07 - 至今  网易严选  数据分析师\n",
            "Objective: Senior Data Analyst\nExperience\nData Analyst, Ctrip Group, 2017.07 - Present\n",
        ],
    )
    def test_a_target_role_in_the_candidates_own_field_is_not_a_switch(self, text):
        assert not is_switcher(text)

    @pytest.mark.parametrize(
        "text",
        [
            "求职意向：数据分析师（应届生）\n实习经历\n2024.06 - 2024.09  腾讯  市场调研实习生\n",
            "Objective: Entry-level software engineer\nInternships\nMarketing Intern, Wayfair | Jun 2024 – Aug 2024\n",
        ],
    )
    def test_a_students_target_role_is_not_a_switch(self, text):
        assert not is_switcher(text)


class TestCertificates:
    def test_a_data_analytics_certificate_marks_a_store_supervisor_as_switching(self):
        text = STORE_SUPERVISOR_EN + "\nCertifications\nGoogle Data Analytics Professional Certificate, 2023\n"
        assert is_switcher(text)

    def test_a_cda_certificate_marks_a_store_supervisor_as_switching(self):
        assert is_switcher(STORE_SUPERVISOR_ZH + "\n证书\nCDA数据分析师认证（Level I）\n")

    def test_a_certificate_is_found_outside_a_certificates_section(self):
        text = "Summary\nCompleted a coding bootcamp in 2023.\n\n" + STORE_SUPERVISOR_EN
        assert is_switcher(text)

    @pytest.mark.parametrize(
        "text",
        [
            "工作经历\n2011.07 - 至今  协和医院  护士\n\n证书\n护士执业证书、主管护师资格证\n",
            "Experience\nBackend Engineer, Lumen Labs, 2019 – Present\n\nCertifications\nAWS Certified Developer\n",
            "Experience\nFourth-Grade Teacher, Miami-Dade County Public Schools | 2014 – Present\n"
            "Certifications\nFlorida Professional Educator Certificate (Elementary Education)\n",
        ],
    )
    def test_a_certificate_in_ones_own_field_is_not_a_switch(self, text):
        assert not is_switcher(text)

    def test_a_certificate_or_target_role_is_not_data_work(self):
        aims = "求职意向：数据分析师\n\n" + STORE_SUPERVISOR_ZH + "\n证书\nCDA数据分析师认证\n"
        assert Signal.DATA_WORK not in extract_resume(aims).signals
        does = aims.replace("陈列与库存。", "陈列与库存；每周用SQL分析会员消费数据。")
        assert Signal.DATA_WORK in extract_resume(does).signals


class TestWorkHistory:
    @pytest.mark.parametrize(
        "text",
        [
            "Experience\nProduct Manager, Squarespace — 2021 – Present\nBrand Marketing Manager, L'Oréal USA — 2014 – 2019\n",
            "工作经历\n2021.05 - 至今  携程  商业数据分析师\n2016.07 - 2021.04  携程  酒店销售经理\n",
            "工作经历\n2020.09 - 至今  猿辅导  产品经理\n2013.09 - 2019.07  北京市第八十中学  数学教师\n",
        ],
    )
    def test_jobs_in_two_unrelated_lines_of_work_are_a_switch(self, text):
        assert is_switcher(text)

    def test_a_change_of_industry_in_the_same_line_of_work_is_not_a_switch(self):
        text = "工作经历\n2019.07 - 至今  字节跳动  数据分析师\n2016.07 - 2019.06  招商银行  数据分析师\n"
        facts = extract_resume(text)
        assert [job.industry for job in facts.experience] == ["internet", "finance"]
        assert Signal.CAREER_SWITCHER not in facts.signals

    def test_engineer_promoted_to_engineering_manager_is_not_a_switcher(self):
        text = """Summary
I transitioned from senior engineer to engineering manager in 2021.

Experience
Engineering Manager — Amazon Web Services (Jan 2021 – Present)
Senior Software Engineer — Amazon Web Services (Jun 2016 – Dec 2020)
"""
        assert not is_switcher(text)

    @pytest.mark.parametrize(
        "summary",
        [
            "2021年由高级工程师晋升为技术经理。",
            "2021年从后端开发转型为技术管理。",
            "2021年从开发工程师转型为研发经理。",
        ],
    )
    def test_engineer_promoted_to_jishu_jingli_is_not_a_switcher(self, summary):
        text = f"""个人简介
{summary}

工作经历
2021.04 - 至今  网易（杭州）网络有限公司  技术经理
2016.07 - 2021.03  网易（杭州）网络有限公司  高级Java开发工程师
"""
        assert not is_switcher(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Experience\nRegional Sales Manager, HubSpot | 2021 – Present\nAccount Executive, HubSpot | 2017 – 2020\n"
            "Sales Development Representative, Wayfair | 2015 – 2017\n",
            "工作经历\n2019.01 - 至今  协和医院  心内科护士长\n2011.07 - 2018.12  协和医院  心内科护士\n",
            "工作经历\n2020.06 - 至今  京东集团  HRBP经理\n2016.07 - 2020.05  京东集团  招聘专员\n",
        ],
    )
    def test_a_promotion_in_the_same_field_is_not_a_switch(self, text):
        assert not is_switcher(text)

    def test_internships_in_other_fields_before_a_first_job_are_not_a_switch(self):
        text = """Experience
Software Engineer, Stripe | 2022 – Present
Marketing Intern, ASOS | Jun 2021 – Aug 2021
Data Analyst Intern, Fidelity Investments | Jun 2020 – Aug 2020
"""
        assert not is_switcher(text)

    def test_founding_a_company_between_two_jobs_in_one_field_is_not_a_switch(self):
        text = """工作经历
2022.03 - 2024.06  美团  高级产品经理
2019.01 - 2022.02  上海鲜邻网络科技有限公司  创始人兼CEO
2015.07 - 2018.12  阿里巴巴  产品经理
"""
        facts = extract_resume(text)
        assert Signal.FOUNDER in facts.signals
        assert Signal.CAREER_SWITCHER not in facts.signals


@pytest.mark.parametrize(
    "text",
    [
        "Mechanical engineer who moved into data science in 2020.",
        "Career changer: switched from corporate law to software engineering.",
        "Journalist who changed careers in 2019.",
        "2019年从法律行业转行做产品经理。",
        "机械工程师，2020年转型为软件开发。",
    ],
)
def test_a_switch_the_candidate_states_is_a_switch(text):
    assert is_switcher(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moved into a new office in Shanghai in 2019.",
        "主导电商渠道转型，线上销售占比提升到27%。",
        "负责公司数字化转型项目",
    ],
)
def test_moves_and_transformations_that_are_not_a_persons_career_are_not_a_switch(text):
    assert not is_switcher(text)


@pytest.mark.parametrize(
    "text",
    [
        # A marketing tool, though its name says "analytics".
        "Experience\nMarketing Manager, Gymshark | 2020 – Present\nCertifications\nGoogle Analytics Certification\n",
        # Neighbouring roles of one career.
        "工作经历\n2021.03 - 至今  小红书  产品经理\n2018.07 - 2021.02  小红书  产品运营\n",
        "Experience\nAccount Executive, Oracle | 2019 – Present\nSales Engineer, Oracle | 2015 – 2019\n",
        "Experience\nData Scientist, Shopify | 2021 – Present\nResearch Scientist, University of Toronto | 2016 – 2021\n",
    ],
)
def test_neighbouring_lines_of_work_are_not_a_switch(text):
    assert not is_switcher(text)


def test_customer_support_to_product_management_is_a_switch_and_support_to_success_is_not():
    assert is_switcher(
        "Experience\nProduct Manager, Paystack | 2021 – Present\nCustomer Support Lead, Paystack | 2018 – 2021\n"
    )
    assert not is_switcher("工作经历\n2020.03 - 至今  有赞  客户成功经理\n2016.07 - 2018.06  有赞  客服专员\n")


@pytest.mark.parametrize(
    "text",
    [
        "工作经历\n2018.12 - 至今  京东物流  仓储主管\n2010.09 - 2018.08  中国人民解放军某部  步兵班长\n",
        "工作经历\n2021.03 - 至今  唯品会  招聘专员\n2014.07 - 2020.12  中国南方航空股份有限公司  空中乘务员\n",
        "工作经历\n2020.09 - 至今  陕西恒达律师事务所  律师\n2013.07 - 2020.06  西安市公安局雁塔分局  民警\n",
        "工作经历\n2019.04 - 至今  阿斯利康  医药代表\n2014.07 - 2019.03  重庆医科大学附属第一医院  药剂师\n",
        "Objective: SOC Analyst (Tier 1)\nExperience\nSecurity Supervisor, Allied Universal | 2017 – Present\n",
    ],
)
def test_moves_between_lines_of_work_outside_offices_are_switches(text):
    assert is_switcher(text)


def test_operations_engineer_to_security_engineer_is_not_a_switch():
    text = "工作经历\n2020.06 - 至今  深信服  网络安全工程师\n2016.07 - 2020.05  腾讯  运维工程师\n"
    assert not is_switcher(text)


def test_army_logistics_to_civilian_supply_chain_is_the_same_line_of_work():
    text = "Experience\nSupply Chain Manager, Abbott | 2019 – Present\nLogistics Officer, U.S. Army | 2011 – 2019\n"
    assert not is_switcher(text)
