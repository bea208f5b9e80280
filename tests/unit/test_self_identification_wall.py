"""The self-identification wall: no scoring, question, report or training path can read it.

Checked on the source itself (an AST walk of every module of those services, and of the shared LLM
port that builds prompts): none imports the self-identification types, names its topic or message, or
touches a field called ``self_identification``/``sex``/``race_ethnicity``. Profile keeps it in a module
of its own that only the self-identification use case, its repository, the API and the wiring import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALLED_OFF = [
    ROOT / "services/scoring/src",
    ROOT / "services/question-gen/src",
    ROOT / "services/feedback/src",
    ROOT / "services/training/src",
    ROOT / "libs/core/src/wendu/core/llm.py",
    ROOT / "libs/core/src/wendu/core/semantic.py",
    ROOT / "libs/core/src/wendu/core/text.py",
]
FORBIDDEN_NAMES = {
    "SELF_IDENTIFICATION",
    "SelfIdentificationRecorded",
    "SelfIdentification",
    "Sex",
    "RaceEthnicity",
    "self_identification",
    "sex",
    "race_ethnicity",
}
FORBIDDEN_MODULES = {"wendu.profile.domain.self_identification", "wendu.profile.handlers.self_identification"}
FORBIDDEN_STRINGS = {"self-identification", "self_identification", "race_ethnicity"}


def python_files(where: Path) -> list[Path]:
    return [where] if where.is_file() else sorted(where.rglob("*.py"))


def offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(f"name {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            found.append(f"attribute .{node.attr}")
        elif isinstance(node, ast.alias) and (node.name in FORBIDDEN_NAMES or node.name in FORBIDDEN_MODULES):
            found.append(f"import {node.name}")
        elif isinstance(node, ast.ImportFrom) and node.module in FORBIDDEN_MODULES:
            found.append(f"import from {node.module}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(word in node.value for word in FORBIDDEN_STRINGS):
                found.append(f"string {node.value[:40]!r}")
    return [f"{path.relative_to(ROOT)}:{o}" for o in found]


@pytest.mark.parametrize("where", WALLED_OFF, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_scoring_question_or_report_code_touches_self_identification(where):
    files = python_files(where)
    assert files, f"nothing to check under {where}"
    assert [o for path in files for o in offences(path)] == []


def test_the_check_catches_a_read_of_self_identification(tmp_path):
    leaky = tmp_path / "leaky.py"
    leaky.write_text(
        "from wendu.v1.accountability_pb2 import SelfIdentificationRecorded\n"
        "def prompt(c):\n    return f'{c.sex} {c.race_ethnicity}'\n",
        encoding="utf-8",
    )
    tmp_root_offences = [o.split(":", 1)[1] for o in _offences_outside_root(leaky)]
    assert "import SelfIdentificationRecorded" in tmp_root_offences
    assert "attribute .sex" in tmp_root_offences and "attribute .race_ethnicity" in tmp_root_offences


def _offences_outside_root(path: Path) -> list[str]:
    global ROOT
    saved, ROOT = ROOT, path.parent
    try:
        return offences(path)
    finally:
        ROOT = saved


def test_in_profile_only_the_walled_off_use_case_imports_the_statement():
    importers = set()
    for path in python_files(ROOT / "services/profile/src"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in FORBIDDEN_MODULES:
                importers.add(path.relative_to(ROOT / "services/profile/src/wendu/profile").as_posix())
    assert importers == {
        "adapters/repositories.py",
        "bootstrap.py",
        "entrypoints/grpc_api.py",
        "handlers/candidates.py",
        "handlers/ports.py",
        "handlers/self_identification.py",
    }


def test_no_service_but_insights_consumes_the_self_identification_topic():
    for service in ("profile", "question-gen", "scoring", "feedback", "training"):
        for path in python_files(ROOT / f"services/{service}/src"):
            text = path.read_text(encoding="utf-8")
            if "topics.SELF_IDENTIFICATION" in text:
                # Profile publishes it, and only publishes it.
                assert service == "profile" and "publish(topics.SELF_IDENTIFICATION" in text, path
