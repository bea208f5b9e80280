"""Throughput of the local scorer on one core, for ~300-character answers in zh, en and mixed text.

Not a test (pytest does not collect it) and it asserts nothing: it prints a table and writes JSON.

    uv run --frozen python benchmarks/bench_local_scorer.py [--answers 3000] [--embedding-answers 60]
        [--skip-embedding] [--json PATH]

Two scorers are measured. The rules alone (``LocalScorer()``, relevance by word overlap), and the
scorer the service runs, ``LocalScorer(EmbeddingTopicJudge())``: relevance by meaning from the
multilingual e5 embedding of :mod:`wendu.core.semantic`, one answer embedding per answer (the
question's embedding is cached per question, so the "new question each" case with the embedding
pays a second embedding per answer: what a question never seen before costs). The embedding costs
~100-250 ms per answer, against about a millisecond for the rules, so its cases use fewer answers.

CPU time (``time.process_time``, all threads of this process; the engine runs one thread) is
measured, so other processes on the machine disturb it less than wall time; each case runs a
warm-up first (jieba dictionary, regex caches, model and reference embeddings) and is repeated,
keeping the best run, as other work on the machine only ever slows a run down. Per case: answers
per CPU second, mean CPU ms per answer and its p50/p95/p99 over the kept run.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from wendu.core import semantic, text
from wendu.scoring.adapters.topic_judge import EmbeddingTopicJudge
from wendu.scoring.domain.local_scorer import LocalScorer
from wendu.scoring.domain.model import AnswerToScore, Language

ZH = (
    "去年我在一家电商公司负责支付系统，当时正赶上双十一大促，系统延迟很高，高峰期经常超时，客户投诉不断。"
    "我的任务是在{n}个月内把支付成功率提升到百分之九十九以上，同时把延迟降低百分之二十。"
    "我先带领3人小组用监控数据排查瓶颈，定位到根因是数据库连接池配置不当和热点账户锁竞争。"
    "随后我决定引入Redis缓存并重构了订单服务，还和运维团队一起做了两轮压测，每天同步进展给业务方。"
    "最终P99延迟从800ms降到{m}ms，支付成功率提升到99.5%，大促当天零故障，客户满意度也明显提高了。"
    "事后我组织了复盘，把排查步骤写成文档分享给其他团队，之后类似问题的定位时间从半天缩短到一小时以内。"
)
EN = (
    "Last year our checkout service kept failing at peak. I was responsible for fixing it within {n} weeks. "
    "I analyzed the logs, found a connection pool bottleneck, then I built a retry queue and I led three "
    "engineers through the rollout. As a result errors dropped by 40% and p99 latency fell to {m}ms."
)
MIXED = (
    "去年我负责一个high traffic的API gateway，当时QPS峰值达到5万，经常timeout，影响了核心客户的体验。"
    "我的任务是{n}周内把错误率降下来。我先用Prometheus和Grafana分析数据定位bottleneck，然后我重构了rate limiter，"
    "并和SRE团队一起做了压测和灰度发布。最终p99 latency降低了60%，错误率从3%降到0.{m}%，没有再出现大面积timeout。"
    "之后我把这套方法写成runbook，在团队里做了一次分享。"
)
QUESTIONS = {
    "zh": "请讲一次你在压力下带领团队解决技术难题的经历。",
    "en": "Tell me about a time you solved a difficult technical problem under a deadline.",
    "mixed": "请讲一次你用数据定位并解决线上性能问题的经历。",
}
TEMPLATES = {"zh": (ZH, Language.ZH), "en": (EN, Language.EN), "mixed": (MIXED, Language.ZH)}
COMPETENCIES = ("problem_solving", "leadership", "data_driven")


def answers(kind: str, count: int, *, unique_questions: bool, run: int = 0) -> list[AnswerToScore]:
    template, language = TEMPLATES[kind]
    question = QUESTIONS[kind]
    return [
        AnswerToScore(
            # A fresh question per answer (and per run) defeats the question caches: jieba's terms
            # and, with the embedding, the question's embedding are computed every time.
            question_text=f"{question}（{run}-{i}）" if unique_questions else question,
            answer_text=template.format(n=2 + i % 5, m=100 + i % 700),
            competency_ids=COMPETENCIES,
            language=language,
            rubric_version="bench",
        )
        for i in range(count)
    ]


def reference_seconds() -> float:
    """CPU seconds for a million integer additions: shared machines change speed, this says by how much."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        total = 0
        for number in range(1_000_000):
            total += number
        best = min(best, time.process_time() - started)
    return best


def timed_run(scorer: LocalScorer, batch: list[AnswerToScore]) -> tuple[float, list[float]]:
    latencies: list[float] = []
    started = time.process_time()
    for answer in batch:
        before = time.process_time()
        scorer.assess(answer)
        latencies.append(time.process_time() - before)
    return time.process_time() - started, sorted(latencies)


def percentile(ordered: list[float], fraction: float) -> float:
    """The nearest-rank percentile of an ascending list (no interpolation: a value that was measured)."""
    return ordered[int(fraction * (len(ordered) - 1))]


def run_case(
    scorer: LocalScorer, kind: str, count: int, repeats: int, *, unique_questions: bool, warm_up: int
) -> dict[str, float]:
    # Run 0 is the warm-up; every timed run gets its own questions, so that with "new question
    # each" no timed run finds its questions cached by an earlier one.
    for answer in answers(kind, warm_up, unique_questions=unique_questions, run=0):
        scorer.assess(answer)
    runs = (
        timed_run(scorer, answers(kind, count, unique_questions=unique_questions, run=run))
        for run in range(1, repeats + 1)
    )
    elapsed, latencies = min(runs, key=lambda run: run[0])
    return {
        "answers": count,
        "mean_chars": statistics.fmean(len(a.answer_text) for a in answers(kind, count, unique_questions=False)),
        "answers_per_second": count / elapsed,
        "mean_ms": 1000 * elapsed / count,
        "p50_ms": 1000 * percentile(latencies, 0.50),
        "p95_ms": 1000 * percentile(latencies, 0.95),
        "p99_ms": 1000 * percentile(latencies, 0.99),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=3000, help="answers per rules-only case (default 3000)")
    parser.add_argument(
        "--embedding-answers", type=int, default=60, help="answers per case with the embedding (default 60)"
    )
    parser.add_argument("--skip-embedding", action="store_true", help="measure the rules only")
    parser.add_argument("--repeats", type=int, default=3, help="runs per case, the best is kept (default 3)")
    parser.add_argument(
        "--json", type=Path, default=Path(".work/bench/local_scorer.json"), help="where to write results"
    )
    args = parser.parse_args()

    text.warm_up()
    reference_before = reference_seconds()
    results: dict[str, dict[str, float]] = {}
    scorers = [("", LocalScorer(), args.answers, 50)]
    if not args.skip_embedding:
        semantic.warm_up()  # loads the model and embeds the reference texts, as the service does at start
        scorers.append((" + embedding", LocalScorer(EmbeddingTopicJudge()), args.embedding_answers, 5))
    for suffix, scorer, count, warm_up in scorers:
        for kind in TEMPLATES:
            for unique in (False, True):
                name = f"{kind}{suffix}{' (new question each)' if unique else ''}"
                results[name] = run_case(scorer, kind, count, args.repeats, unique_questions=unique, warm_up=warm_up)

    reference = min(reference_before, reference_seconds())
    print(f"local scorer, {len(COMPETENCIES)} competencies per answer, one core ({platform.python_version()})")
    print(f"machine reference: 1M integer additions in {reference:.3f} s (best of 10)")
    print(
        f"{'case':<42} {'n':>5} {'chars':>6} {'answers/s':>10} {'mean ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
    )
    for name, row in results.items():
        print(
            f"{name:<42} {row['answers']:>5} {row['mean_chars']:>6.0f} {row['answers_per_second']:>10.1f} "
            f"{row['mean_ms']:>8.2f} {row['p50_ms']:>8.2f} {row['p95_ms']:>8.2f} {row['p99_ms']:>8.2f}"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "competencies_per_answer": len(COMPETENCIES),
        "reference_seconds_per_million_additions": reference,
        "cases": results,
    }
    args.json.write_text(json.dumps(report, indent=2))
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
