"""The scripted demo candidate that ``make run`` puts through a real interview, end to end."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from wendu.cli.client import AnswerOutcome, LiveInterview, WenduClient, await_outcome
from wendu.v1 import common_pb2, feedback_pb2, profile_pb2, question_gen_pb2, training_pb2

RESUME = {
    "en": (
        "Li Wei — Product lead\n"
        "2019-2023 Co-founder & CEO, Brightpath Learning (edtech startup, 12 people)\n"
        "Founded the company and led a team of 8 engineers; raised a seed round.\n"
        "Project: Lighthouse — an adaptive tutoring app used by 40,000 students.\n"
        "2016-2019 Data analyst, Meituan. SQL, A/B tests, Python.\n"
        "Skills: product management, SQL, Python, user research\n"
    ),
    "zh": (
        "李伟 — 产品负责人\n"
        "2019-2023 联合创始人兼CEO，明途教育（教育科技初创公司，12人）\n"
        "创办公司并带领8名工程师的团队，完成种子轮融资。\n"
        "项目：灯塔 — 自适应辅导应用，4万名学生使用。\n"
        "2016-2019 美团 数据分析师。SQL、A/B测试、Python。\n"
        "技能：产品管理、SQL、Python、用户研究\n"
    ),
}

# What the demo candidate says, by topic. The first answer makes a decision and leaves out the result
# on purpose: the follow-up probes the decision, and the hint decided with it asks for the result
# (never the same thing twice), which the candidate supplements once.
ANSWERS = {
    "en": {
        "cash_flow": (
            "In 2021 our cash runway fell to 3 months. As CEO my task was to extend it, so I decided to renegotiate "
            "our cloud contract and to move our school customers to annual plans."
        ),
        "supplement": (
            "As a result our monthly burn fell by 40% and the runway grew to 9 months, which let us close the seed "
            "round."
        ),
        "follow_up": (
            "I compared two options with my co-founder: let two engineers go or cut marketing. I decided to cut "
            "marketing because 70% of our users came from referrals; the trade-off was slower growth for two "
            "quarters, which we accepted."
        ),
        "follow_up_result": (
            "I measured it with the numbers we already tracked every week: the key metric improved by 40% within "
            "two months, and I shared the before-and-after figures with the team and our stakeholders."
        ),
        "follow_up_steps": (
            "First I listed every cost and contract. Then I called our three largest suppliers myself to "
            "renegotiate, and I presented the new offer to our top 20 customers in person. Finally I reviewed the "
            "forecast with my co-founder every Monday until we were safe."
        ),
        "project": (
            "On Lighthouse I worked with 8 engineers and 3 partner schools. I ran a 15-minute demo for the partners "
            "every week and wrote a one-page update every Friday. When a partner asked for a feature we could not "
            "build, I showed them the usage data and explained the trade-off. As a result no partner left that year "
            "and two renewed early."
        ),
        "data": (
            "At Meituan I analysed why new merchants left in their first month. The data showed that 60% of them "
            "never finished onboarding. I proposed a shorter onboarding flow and ran an A/B test; completion rose "
            "from 40% to 65% and first-month churn fell by 18%."
        ),
        "default": (
            "I led a team of 8 engineers through an urgent launch when our main customer moved the deadline two "
            "weeks earlier. I split the work into two streams, took the payment integration myself and held a "
            "10-minute check-in every morning. We shipped 3 days early and the customer signed a second contract."
        ),
    },
    "zh": {
        "cash_flow": "2021年公司现金只够撑3个月。作为CEO，我的任务是延长现金跑道，于是我决定重新谈判云服务合同，并把学校客户转为年付。",
        "supplement": "结果月度支出降低了40%，现金跑道延长到9个月，我们也因此完成了种子轮融资。",
        "follow_up": (
            "我和联合创始人比较了两个方案：裁掉两名工程师，或者削减市场预算。因为70%的用户来自口碑推荐，"
            "我决定削减市场预算；代价是接下来两个季度增长放缓，我们接受了这个代价。"
        ),
        "follow_up_result": "我用每周都在跟踪的数据来衡量：两个月内关键指标提升了40%，我把前后对比的数据同步给了团队和相关方。",
        "follow_up_steps": (
            "首先我列出了所有成本和合同。然后我亲自给三家最大的供应商打电话重新谈判，并当面向前20大客户介绍新方案。"
            "最后我每周一和联合创始人一起复盘现金预测，直到风险解除。"
        ),
        "project": (
            "在灯塔项目中，我和8名工程师以及3所合作学校一起工作。我每周给学校做15分钟的演示，每周五写一页进展简报。"
            "有学校提出我们做不了的功能时，我用使用数据解释了取舍。结果那一年没有一所学校流失，还有两所提前续约。"
        ),
        "data": (
            "在美团时，我分析了新商家在第一个月流失的原因。数据显示60%的商家没有完成入驻流程。"
            "我提出了更短的入驻流程并做了A/B测试，完成率从40%提升到65%，首月流失率下降了18%。"
        ),
        "default": (
            "主要客户把截止日期提前了两周，我带领8名工程师完成了这次紧急上线。我把工作拆成两条线，"
            "亲自负责支付对接，每天早上开10分钟的站会。最终我们提前3天上线，客户还签了第二份合同。"
        ),
    },
}


def _answer_for(question: question_gen_pb2.Question, script: dict[str, str]) -> str:
    """Pick the scripted answer that fits the question, from why it was asked and what it probes."""
    reason = question.reason.lower()
    if question.follows_up_question_id:
        if "missing result" in reason:
            return script["follow_up_result"]
        if "missing action" in reason:
            return script["follow_up_steps"]
        return script["follow_up"]
    for topic, cue in (("cash_flow", "founder"), ("data", "data_work"), ("project", "project")):
        if cue in reason:
            return script[topic]
    if "data_driven" in question.competency_ids:
        return script["data"]
    return script["default"]


@dataclass
class DemoResult:
    interview_id: str = ""
    questions: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    # The follow-up questions the server asked (each digs into the answer before it).
    follow_ups: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    hint_latencies: list[float] = field(default_factory=list)
    report: feedback_pb2.Report | None = None


async def run_demo(api_key: str, language: str = "en", console: Console | None = None) -> DemoResult:
    """Create a candidate, a position and an interview, answer it as a candidate would, show the report."""
    console = console or Console()
    lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
    result = DemoResult()
    run_id = uuid.uuid4().hex[:8]
    async with WenduClient(api_key) as staff:
        candidate = await staff.profile.CreateCandidate(
            profile_pb2.CreateCandidateRequest(
                display_name="李伟" if language == "zh" else "Li Wei",
                email=f"li.wei+{run_id}@example.com",
                preferred_language=lang,
                resume_text=RESUME[language],
                consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
            )
        )
        position = await staff.positions.CreatePosition(
            question_gen_pb2.CreatePositionRequest(
                title="产品经理" if language == "zh" else "Product Manager",
                competencies=[
                    common_pb2.CompetencyWeight(competency_id="communication", weight_percent=30),
                    common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=40),
                    common_pb2.CompetencyWeight(competency_id="leadership", weight_percent=30),
                ],
            )
        )
        created = await staff.interviews.CreateInterview(
            question_gen_pb2.CreateInterviewRequest(
                candidate_id=candidate.candidate_id,
                position_id=position.position_id,
                language=lang,
                kind=common_pb2.INTERVIEW_KIND_SELECTION,
            )
        )
        result.interview_id = interview_id = created.interview.interview_id
        console.rule(f"[bold]Interview {interview_id}[/] — {position.title}")
        await _take_interview(created.candidate_token, interview_id, language, console, result)

        console.rule("[bold]Report")
        result.report = await _wait_for_report(created.candidate_token, interview_id)
        if result.report is None:
            console.print("[red]No report within 20 s[/]")
            return result
        _print_report(console, result.report)
        plan = await _wait_for_plan(staff, candidate.candidate_id)
        if plan is not None:
            console.print(
                f"Learning plan: {', '.join(c.title.zh if language == 'zh' else c.title.en for c in plan.courses)}"
            )
        history = await staff.profile.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=candidate.candidate_id)
        )
        console.print(f"Interview history entries for the candidate: {len(history.entries)}")
    return result


async def _take_interview(token: str, interview_id: str, language: str, console: Console, result: DemoResult) -> None:
    script = ANSWERS[language]
    async with WenduClient(token) as candidate:
        async with LiveInterview(candidate, interview_id) as live:
            await candidate.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
            question = await _first_question(live)
            answered = 0
            while question is not None:
                result.questions.append(question.text)
                if question.follows_up_question_id:
                    result.follow_ups.append(question.text)
                console.print(f"\n[bold cyan]Q{answered + 1}[/] {question.text}")
                text = _answer_for(question, script)
                console.print(f"[dim]A:[/] {text}")
                result.answers.append(text)
                outcome = await _submit(candidate, live, interview_id, question.question_id, text)
                if outcome.hint is not None:
                    result.hints.append(outcome.hint.text)
                    result.hint_latencies.append(outcome.hint_latency_seconds or 0.0)
                    console.print(
                        f"[yellow]💡 {outcome.hint.text}[/] [dim]({(outcome.hint_latency_seconds or 0) * 1000:.0f} ms)[/]"
                    )
                    if answered == 0 and outcome.hint.kind != common_pb2.HINT_KIND_ENCOURAGE:
                        console.print(f"[dim]A (supplement):[/] {script['supplement']}")
                        await candidate.interviews.SubmitAnswer(
                            question_gen_pb2.SubmitAnswerRequest(
                                interview_id=interview_id,
                                question_id=question.question_id,
                                text=script["supplement"],
                                supplement=True,
                                idempotency_key=uuid.uuid4().hex,
                            )
                        )
                answered += 1
                question = outcome.next_question
                if outcome.all_answered:
                    break
            await candidate.interviews.CompleteInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
            console.print("\n[green]Interview completed.[/]")


async def _first_question(live: LiveInterview) -> question_gen_pb2.Question | None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        update = await live.next(timeout=0.5)
        if update is not None and update.WhichOneof("item") == "question":
            return update.question
    return None


async def _submit(
    candidate: WenduClient, live: LiveInterview, interview_id: str, question_id: str, text: str
) -> AnswerOutcome:
    submitted_at = time.monotonic()
    response = await candidate.interviews.SubmitAnswer(
        question_gen_pb2.SubmitAnswerRequest(
            interview_id=interview_id, question_id=question_id, text=text, idempotency_key=uuid.uuid4().hex
        )
    )
    return await await_outcome(live, response.answer.answer_id, submitted_at)


async def _wait_for_report(token: str, interview_id: str, timeout: float = 20.0) -> feedback_pb2.Report | None:
    import grpc

    deadline = time.monotonic() + timeout
    async with WenduClient(token) as candidate:
        while time.monotonic() < deadline:
            try:
                report = await candidate.feedback.GetReport(
                    feedback_pb2.GetReportRequest(interview_id=interview_id, view=feedback_pb2.REPORT_VIEW_CANDIDATE)
                )
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    raise
            else:
                # A completed interview's report exists at once; it is ready when its last score is in.
                if report.status != feedback_pb2.REPORT_STATUS_GENERATING:
                    return report
            await asyncio.sleep(0.2)
    return None


async def _wait_for_plan(
    staff: WenduClient, candidate_id: str, timeout: float = 10.0
) -> training_pb2.LearningPlan | None:
    import grpc

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return await staff.training.GetLearningPlan(training_pb2.GetLearningPlanRequest(candidate_id=candidate_id))
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
            await asyncio.sleep(0.2)
    return None


def _print_report(console: Console, report: feedback_pb2.Report) -> None:
    zh = report.language == common_pb2.LANGUAGE_ZH
    title = f"{'总分' if zh else 'Overall'}: {report.overall_score:.1f} / 10"
    if report.assessed_competencies < report.total_competencies:
        covered, total, percent = (
            report.assessed_competencies,
            report.total_competencies,
            report.assessed_weight_percent,
        )
        title += (
            f"（涵盖{total}项能力中的{covered}项，占权重的{percent}%）"
            if zh
            else f", covering {covered} of {total} competencies ({percent}% of the weight)"
        )
    table = Table(title=title)
    table.add_column("能力" if zh else "Competency")
    table.add_column("权重" if zh else "Weight", justify="right")
    table.add_column("得分" if zh else "Score", justify="right")
    not_assessed = "未评估" if zh else "not assessed"
    for item in report.competencies:
        score = not_assessed if item.not_assessed else f"{item.score:.1f}"
        table.add_row(item.name.zh if zh else item.name.en, f"{item.weight_percent}%", score)
    console.print(table)
    for title, items in (
        ("优势" if zh else "Strengths", report.strengths),
        ("改进" if zh else "Improvements", report.improvements),
    ):
        console.print(f"[bold]{title}[/]")
        for item in items:
            quote = f' — "{item.evidence_quote}"' if item.evidence_quote else ""
            console.print(f"  • {item.text}{quote}")
    if report.course_suggestions:
        console.print(f"[bold]{'推荐课程' if zh else 'Suggested courses'}[/]")
        for course in report.course_suggestions:
            console.print(f"  • {course.title.zh if zh else course.title.en} ({course.competency_id})")
