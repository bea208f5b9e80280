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

# A first answer per competency that leaves something out (so a hint appears), and its supplement.
ANSWERS = {
    "en": {
        "first": "I led the team to finish an urgent project when our main customer changed the deadline.",
        "supplement": (
            "My role was to re-plan the scope: I cut two features, moved two engineers to the payment flow, "
            "and we shipped 3 days early; churn dropped by 15% that quarter."
        ),
        "default": (
            "In 2021 our cash runway fell to 3 months. As CEO my task was to extend it. I renegotiated our cloud "
            "contract, moved 30% of customers to annual plans and cut burn by 40%. As a result we reached 9 "
            "months of runway and closed the seed round."
        ),
        "follow_up": (
            "I compared two options with the team: delay the launch or cut scope. I chose to cut scope because "
            "the customer valued the date more; the trade-off was two features moving to the next release."
        ),
    },
    "zh": {
        "first": "我带领团队完成了一个紧急项目，当时主要客户突然提前了截止日期。",
        "supplement": "我负责重新规划范围：砍掉两个功能，把两名工程师调去做支付流程，最终提前3天上线，当季流失率下降了15%。",
        "default": (
            "2021年公司现金只够撑3个月。作为CEO，我的任务是延长现金跑道。我重新谈判了云服务合同，"
            "把30%的客户转为年付，并把月度支出降低了40%。结果现金跑道延长到9个月，并完成了种子轮融资。"
        ),
        "follow_up": "我和团队比较了两个方案：推迟上线或者缩减范围。我决定缩减范围，因为客户更看重日期；代价是两个功能推迟到下个版本。",
    },
}


@dataclass
class DemoResult:
    interview_id: str = ""
    questions: list[str] = field(default_factory=list)
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
                console.print(f"\n[bold cyan]Q{answered + 1}[/] {question.text}")
                if question.follows_up_question_id:
                    text = script["follow_up"]
                elif answered == 0:
                    text = script["first"]
                else:
                    text = script["default"]
                console.print(f"[dim]A:[/] {text}")
                outcome = await _submit(candidate, live, interview_id, question.question_id, text)
                if outcome.hint is not None:
                    result.hints.append(outcome.hint.text)
                    result.hint_latencies.append(outcome.hint_latency_seconds or 0.0)
                    console.print(
                        f"[yellow]💡 {outcome.hint.text}[/] [dim]({(outcome.hint_latency_seconds or 0) * 1000:.0f} ms)[/]"
                    )
                    if answered == 0:
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
                return await candidate.feedback.GetReport(
                    feedback_pb2.GetReportRequest(interview_id=interview_id, view=feedback_pb2.REPORT_VIEW_CANDIDATE)
                )
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    raise
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
    table = Table(title=f"{'总分' if zh else 'Overall'}: {report.overall_score:.1f} / 10")
    table.add_column("能力" if zh else "Competency")
    table.add_column("权重" if zh else "Weight", justify="right")
    table.add_column("得分" if zh else "Score", justify="right")
    for item in report.competencies:
        table.add_row(item.name.zh if zh else item.name.en, f"{item.weight_percent}%", f"{item.score:.1f}")
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
