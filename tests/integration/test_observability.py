"""Alerts, dashboard and /metrics, checked with promtool (Debian's, installed by ``infra/promtool.sh``).

- the rule file passes ``promtool check rules`` and its unit tests (``promtool test rules``);
- the PrometheusRule is the rule file rendered by ``render_rules.py`` (one source, never two);
- every service's real ``/metrics`` output, served in-process by ``wendu.core.runtime.serve`` after
  one RPC, passes ``promtool check metrics`` with no problem reported;
- the dashboard's and the rules' queries parse, and name only metrics the code exports.

A missing promtool fails these tests (it never skips them).
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import grpc
import pytest
from cryptography.fernet import Fernet
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from support.auth import api_key_metadata
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import TokenSigner
from wendu.core.bus import ensure_topics
from wendu.core.config import CoreSettings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
OBSERVABILITY = ROOT / "deploy" / "observability"
RULES = OBSERVABILITY / "rules" / "wendu.rules.yml"
RULES_TEST = OBSERVABILITY / "rules" / "wendu.rules.test.yml"
DASHBOARD = OBSERVABILITY / "grafana-dashboard.json"

# Modules that declare metrics: wendu.core.metrics and each service's domain measures.
METRIC_MODULES = (
    "wendu.core.metrics",
    "wendu.feedback.metrics",
    "wendu.question_gen.metrics",
    "wendu.scoring.handlers.metrics",
)

# service name -> (bootstrap module, topics its consumer group reads, one RPC to make)
SERVICES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "profile": ("wendu.profile.bootstrap", (topics.REPORT_GENERATED,), "/wendu.v1.ProfileService/GetCandidate"),
    "question-gen": (
        "wendu.question_gen.bootstrap",
        (topics.INTERVIEW_COMMANDS, topics.SCORE_READY),
        "/wendu.v1.PositionService/GetPosition",
    ),
    "scoring": ("wendu.scoring.bootstrap", (topics.ANSWER_SUBMITTED,), "/wendu.v1.ScoringService/ListScores"),
    "feedback": (
        "wendu.feedback.bootstrap",
        (topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED),
        "/wendu.v1.FeedbackService/GetReport",
    ),
    "training": ("wendu.training.bootstrap", (topics.REPORT_GENERATED,), "/wendu.v1.TrainingService/ListCourses"),
}


# --- promtool -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def promtool() -> Path:
    work_dir = Path(os.environ.get("WENDU_WORK_DIR", ROOT / ".work"))
    for candidate in (work_dir / "bin" / "promtool", shutil.which("promtool")):
        if candidate and os.access(candidate, os.X_OK):
            return Path(candidate)
    pytest.fail("promtool is missing: run 'bash infra/promtool.sh' (it installs <repo>/.work/bin/promtool)")


def run_promtool(promtool: Path, *args: str, stdin: str | None = None, cwd: Path | None = None) -> str:
    """Run promtool; fail with its output unless it exits 0. Returns stdout and stderr together."""
    done = subprocess.run(
        [str(promtool), *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"promtool {' '.join(args)} exited {done.returncode}:\n{output}"
    return output


# --- rules ----------------------------------------------------------------------------------------


def test_rules_pass_promtool_check(promtool: Path) -> None:
    output = run_promtool(promtool, "check", "rules", str(RULES))
    assert "SUCCESS" in output, output


def test_rules_unit_tests_pass(promtool: Path) -> None:
    """DLQ, hint latency, lag, LLM fallback and RPC error alerts fire on synthetic series, and only then."""
    output = run_promtool(promtool, "test", "rules", RULES_TEST.name, cwd=RULES_TEST.parent)
    assert "SUCCESS" in output, output


def _render_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wendu_render_rules", OBSERVABILITY / "render_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prometheus_rule_is_rendered_from_the_rule_file(promtool: Path, tmp_path: Path) -> None:
    render = _render_rules()
    committed = render.OUTPUT.read_text(encoding="utf-8")
    assert committed == render.render(RULES.read_text(encoding="utf-8")), (
        "deploy/observability/prometheus-rules.yaml is stale: run "
        "'uv run --frozen python deploy/observability/render_rules.py'"
    )
    assert "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n" in committed
    # The groups embedded in the PrometheusRule are themselves a valid rule file.
    embedded = tmp_path / "embedded.rules.yml"
    embedded.write_text(render.extract_groups(committed), encoding="utf-8")
    run_promtool(promtool, "check", "rules", str(embedded))


# --- /metrics of each service ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


@pytest.mark.parametrize("service_name", list(SERVICES))
async def test_service_metrics_pass_promtool_check(
    service_name: str, make_settings: Callable[..., CoreSettings], promtool: Path
) -> None:
    module, consumed, method = SERVICES[service_name]
    bootstrap = importlib.import_module(module).bootstrap
    metrics_port = _free_port()
    settings = make_settings(service_name, metrics_port=metrics_port, encryption_key=Fernet.generate_key().decode())
    await ensure_topics(settings.kafka_bootstrap, topics.ALL_TOPICS)
    async with running_service(settings, bootstrap, consumed=consumed) as address:
        async with grpc.aio.insecure_channel(address) as channel:
            call = channel.unary_unary(method, request_serializer=None, response_deserializer=None)
            metadata = api_key_metadata(TokenSigner(settings.auth_secret), "t-observability")
            try:
                await call(b"", metadata=metadata, timeout=10)
            except grpc.aio.AioRpcError as error:  # an empty request may well be refused; it is still counted
                assert error.code() != grpc.StatusCode.UNIMPLEMENTED, f"{method} is not served"
        exposition = await asyncio.to_thread(_fetch, f"http://{settings.grpc_host}:{metrics_port}/metrics")

    requests = [
        sample
        for family in text_string_to_metric_families(exposition)
        if family.name == "wendu_rpc_requests"
        for sample in family.samples
        if sample.name == "wendu_rpc_requests_total"
    ]
    assert any(s.labels.get("service") == service_name and s.labels.get("method") == method for s in requests), (
        f"/metrics shows no wendu_rpc_requests_total for {service_name} {method}"
    )
    # promtool's lint findings (naming, units, counters without _total, ...) are printed but may not
    # change the exit code, so any output at all counts as a failure.
    output = run_promtool(promtool, "check", "metrics", stdin=exposition)
    assert output.strip() == "", f"promtool check metrics reported problems for {service_name}:\n{output}"


# --- dashboard and rules name only exported metrics -----------------------------------------------


def exported_metric_names() -> set[str]:
    """Every series name the processes can expose: counters' _total, histograms' _bucket/_sum/_count, ..."""
    for module in METRIC_MODULES:
        importlib.import_module(module)
    names: set[str] = set()
    for family in text_string_to_metric_families(generate_latest(REGISTRY).decode("utf-8")):
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
        # A labelled metric shows no samples until its first observation; name them from its type.
        suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created")}
        names.update(family.name + suffix for suffix in suffixes.get(family.type, ()))
    return names


WENDU_NAME = re.compile(r"\bwendu_[a-zA-Z0-9_:]*")


def dashboard_queries() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    queries: list[str] = []

    def walk(panels: list[dict]) -> None:
        for panel in panels:
            queries.extend(target["expr"] for target in panel.get("targets", []) if target.get("expr"))
            walk(panel.get("panels", []))

    walk(dashboard["panels"])
    for variable in dashboard["templating"]["list"]:
        if variable["type"] == "query":
            queries.append(variable["definition"])
    return queries


def test_dashboard_is_importable_grafana_json() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert dashboard["schemaVersion"] == 39
    assert [i["name"] for i in dashboard["__inputs"]] == ["DS_PROMETHEUS"]
    assert any(v["name"] == "DS_PROMETHEUS" and v["type"] == "datasource" for v in dashboard["templating"]["list"])
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"]), "panel ids must be unique"
    for panel in panels:
        assert panel["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]


def test_dashboard_and_rules_name_only_exported_metrics() -> None:
    exported = exported_metric_names()
    queries = dashboard_queries()
    assert queries
    for query in queries:
        used = set(WENDU_NAME.findall(query))
        assert used, f"a dashboard query names no wendu_ metric: {query}"
        assert used <= exported, f"{sorted(used - exported)} are not exported (query: {query})"
    for name in set(WENDU_NAME.findall(RULES.read_text(encoding="utf-8"))):
        assert name in exported, f"the rules name {name}, which is not exported"


def test_dashboard_queries_parse_as_promql(promtool: Path, tmp_path: Path) -> None:
    """Each query, with Grafana's variables filled in, is a valid recording-rule expression."""
    filled = [
        query.replace("$__rate_interval", "5m").replace("$__range", "1h").replace("$service", ".*")
        for query in dashboard_queries()
        if not query.startswith("label_values(")
    ]
    lines = ["groups:", "  - name: dashboard", "    rules:"]
    for index, query in enumerate(filled):
        lines += [f"      - record: wendu:dashboard_query_{index}", f"        expr: {json.dumps(query)}"]
    rule_file = tmp_path / "dashboard.rules.yml"
    rule_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_promtool(promtool, "check", "rules", str(rule_file))
