"""Project titles under project headings, and employer names cut at the right place (issue 12)."""

from __future__ import annotations

import pytest
from wendu.profile.domain.model import Signal
from wendu.profile.domain.resume import extract_resume


def employers(text: str) -> list[str]:
    return [job.employer for job in extract_resume(text).experience]


class TestProjectHeadings:
    def test_projects_under_xiangmu_jingli_heading_are_extracted(self):
        text = """项目经历
云音乐实时推荐引擎
  - 基于Flink与Redis搭建实时特征管道，获得一项发明专利。
视频接入网关重构
  - 负责将网关从单体拆分为微服务。
"""
        facts = extract_resume(text)
        assert facts.project_names == ("云音乐实时推荐引擎", "视频接入网关重构")
        assert facts.notable_project_names == ("云音乐实时推荐引擎",)

    @pytest.mark.parametrize(
        "heading",
        [
            "项目经验",
            "【项目经历】",
            "三、项目经验",
            "■ 项目经历：",
            "项目经历 Projects",
            "项目经验 / PROJECT EXPERIENCE",
        ],
    )
    def test_decorated_and_bilingual_chinese_project_headings_are_recognised(self, heading):
        text = f"{heading}\n智能客服系统\n- 负责意图识别模块\n\n教育背景\n2015.09 - 2019.06  浙江大学  软件工程  本科\n"
        assert extract_resume(text).project_names == ("智能客服系统",)

    @pytest.mark.parametrize(
        "heading", ["Projects", "PROJECTS", "Selected projects", "Personal Projects", "## Key Projects"]
    )
    def test_projects_under_english_project_headings_are_extracted(self, heading):
        text = f"""{heading}
Ledger v2 — double-entry ledger handling 5 million transactions a day
Order sharding (2020) — split the order database into 64 shards
"""
        facts = extract_resume(text)
        assert facts.project_names == ("Ledger v2", "Order sharding")
        assert facts.notable_project_names == ("Ledger v2",)

    def test_a_project_list_of_bullets_names_one_project_per_bullet(self):
        text = "Selected projects\n- Churn Radar: churn model for subscriptions\n- Price Lens — elasticity study\n"
        assert extract_resume(text).project_names == ("Churn Radar", "Price Lens")

    def test_description_lines_under_a_project_are_not_titles(self):
        text = """项目经验
智能客服系统
项目描述：基于BERT的客服机器人
负责意图识别与对话管理模块
技术栈：Python、PyTorch
Projects
Kite Tracker
Role: backend lead
Built the ingestion service in Go.
"""
        assert extract_resume(text).project_names == ("智能客服系统", "Kite Tracker")

    def test_the_kind_of_a_project_before_its_name_is_not_its_name(self):
        text = "Projects\nOpen-source: kafka-replay, a replay tool for Kafka topics\n项目经历\n课程设计：分布式KV存储\n"
        assert extract_resume(text).project_names == ("kafka-replay", "分布式KV存储")

    def test_the_number_of_a_project_is_not_part_of_its_name(self):
        text = "项目经历\n一、云台增稳算法移植\n- 获两项实用新型专利。\n二、产线自动化测试工具\n"
        assert extract_resume(text).project_names == ("云台增稳算法移植", "产线自动化测试工具")

    @pytest.mark.parametrize("heading", ["Portfolio", "作品集", "开源项目"])
    def test_a_portfolio_names_projects_too(self, heading):
        assert extract_resume(f"{heading}\ngo-ratelimit\n- 令牌桶限流库\n").project_names == ("go-ratelimit",)

    def test_the_wrapped_tail_of_a_pdf_line_is_not_a_title(self):
        text = "PROJECTS\nSentinel — fraud scoring | Winner of Stripe's 2022\ninternal hackathon\nTutor Match\n"
        assert extract_resume(text).project_names == ("Sentinel", "Tutor Match")

    def test_a_certificates_heading_ends_the_projects_section(self):
        text = "项目经历\n智能客服系统\n\n证书\nCDA数据分析师认证\n"
        assert extract_resume(text).project_names == ("智能客服系统",)


class TestNotableProjects:
    @pytest.mark.parametrize(
        "line",
        [
            "- 上线首月下载量超过100万。",
            "- 日处理交易流水2亿笔。",
            "- used by 3 million customers a year",
            "- runs 1 billion actions a month",
        ],
    )
    def test_a_launch_at_scale_is_notable(self, line):
        assert Signal.NOTABLE_PROJECT in extract_resume(f"项目经历\n星海关卡系统\n{line}\n").signals

    @pytest.mark.parametrize(
        "line",
        ["- 模型获行内年度科技创新奖。", "- won a 2022 Red Dot Award", "- 研究论文发表于《中华内分泌代谢杂志》。"],
    )
    def test_an_award_or_a_publication_of_any_name_is_notable(self, line):
        assert Signal.NOTABLE_PROJECT in extract_resume(f"项目经历\n小微企业信用评分模型\n{line}\n").signals

    @pytest.mark.parametrize(
        "line", ["- 模型支撑年度千万级营销预算分配。", "- 注册用户5万。", "- 2,000 users on campus", "- 获得年终奖金。"]
    )
    def test_money_or_a_modest_user_count_is_not_notable(self, line):
        assert Signal.NOTABLE_PROJECT not in extract_resume(f"项目经历\n用户生命周期价值模型\n{line}\n").signals


class TestEmployerNames:
    def test_employer_name_keeps_its_parenthesis(self):
        assert employers("工作经历\n2014.07 - 2018.12  宝洁（中国）有限公司  品牌经理\n") == ["宝洁(中国)有限公司"]
        assert employers("Experience\nBackend Engineer, Zhiqing Tech (Beijing) Co., Ltd., 2019 – 2021\n") == [
            "Zhiqing Tech (Beijing) Co., Ltd."
        ]
        assert employers("工作经历\n2017.07 - 2019.06  德勤华永会计师事务所（特殊普通合伙）南京分所  审计助理\n") == [
            "德勤华永会计师事务所(特殊普通合伙)南京分所"
        ]

    @pytest.mark.parametrize(
        "line",
        [
            "Backend Engineer | Zhiqing Tech (fintech, Series B) | 2019 – 2021",
            "Backend Engineer at Zhiqing Tech (fintech) | 2019 – 2021",
            "Backend Engineer, Zhiqing Tech (fintech; payments), 2019 – 2021",
        ],
    )
    def test_a_note_in_brackets_after_the_employer_is_dropped_never_cut_in_half(self, line):
        assert employers(f"Experience\n{line}\n") == ["Zhiqing Tech"]

    def test_a_chinese_note_in_brackets_after_the_employer_is_dropped(self):
        text = "工作经历\n2019.07 - 至今  上海智擎科技有限公司（金融科技，B轮）  后端开发工程师\n"
        assert employers(text) == ["上海智擎科技有限公司"]

    @pytest.mark.parametrize(
        "text",
        [
            "Experience\nSoftware Engineer at Alibaba. Java, Spring and MySQL | 2018 – 2021\n",
            "Experience\nAlibaba. Java developer on Taobao, 2018 – 2021\n",
            "工作经历\n2016.07 - 2019.06  阿里巴巴。Java开发  工程师\n",
        ],
    )
    def test_employer_name_stops_at_the_end_of_its_sentence(self, text):
        assert employers(text) == ["Alibaba" if "Alibaba" in text else "阿里巴巴"]

    def test_a_period_of_an_abbreviation_does_not_end_the_name(self):
        text = """Experience
Teacher, Shanghai No. 2 High School, 2014 - 2020
Software Engineering Intern, Brightpath Inc., Jan 2021 – Jun 2021
"""
        assert employers(text) == ["Shanghai No. 2 High School", "Brightpath Inc."]

    def test_a_comma_before_a_legal_suffix_is_part_of_the_name(self):
        assert employers("Experience\nRegional Sales Manager, HubSpot, Inc. | 2021 – Present\n") == ["HubSpot, Inc."]

    def test_a_location_after_the_employer_is_not_part_of_its_name(self):
        text = "Experience\nEngineering Manager — Amazon Web Services, Seattle (Jan 2021 – Present)\n"
        assert employers(text) == ["Amazon Web Services"]


@pytest.mark.parametrize(
    "text",
    [
        "Summary\nI started my own bakery in 2012 and ran it for seven years.",
        "Experience\nOwner, Panadería Álvarez | 2012 – 2019\n- Started and ran a bakery with 8 employees.\n",
        "个人简介\n2018年自己开了一家私教工作室。",
    ],
)
def test_starting_a_business_of_ones_own_is_founding(text):
    assert Signal.FOUNDER in extract_resume(text).signals


def test_opening_a_store_for_an_employer_is_not_founding():
    text = "Experience\nRegional Manager, Asda | 2015 – 2020\n- Opened a new store in Leeds and hired 40 staff.\n"
    assert Signal.FOUNDER not in extract_resume(text).signals


@pytest.mark.parametrize(
    ("line", "is_data_work"),
    [
        ("- Built weekly Power BI dashboards of store labour for 40 stores.", True),
        ("- Built a credit scorecard in Python; default rate down 1.2 points.", True),
        ("- 搭建司机供给看板，分析城市运力缺口。", True),
        ("- Own the merchant dashboard and its roadmap.", False),
    ],
)
def test_dashboards_and_models_built_are_data_work_a_products_dashboard_is_not(line, is_data_work):
    facts = extract_resume(f"Experience\nAnalyst, Kite Labs, 2019 – 2021\n{line}\n")
    assert (Signal.DATA_WORK in facts.signals) is is_data_work


@pytest.mark.parametrize(
    "line",
    ["- Lead a staff of 40 teachers and assistants.", "- Manage 4 pharmacists and 9 technicians."],
)
def test_leading_a_staff_or_a_profession_is_leading_people(line):
    assert Signal.LED_PEOPLE in extract_resume(f"Experience\nManager, Kite | 2019 – Present\n{line}\n").signals


def test_a_gap_year_is_a_career_break_and_not_a_job():
    text = "工作经历\n2020.04 - 至今  数联铭品  后端开发工程师\n2019.07 - 2020.03  间隔年，骑行川藏线\n"
    facts = extract_resume(text)
    assert Signal.CAREER_GAP in facts.signals
    assert [job.employer for job in facts.experience] == ["数联铭品"]
