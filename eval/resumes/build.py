"""Build the PDF and DOCX copies of the labelled résumés from their plain-text sources.

    .work/bin/uv run --frozen --no-sync python eval/resumes/build.py

``texts/<id>.txt`` are the sources. Each becomes a DOCX and a PDF with the very tooling of the
résumé fixtures (``tests/fixtures/resumes/generate.py``): python-docx for the DOCX (headings as
Heading styles, "- " lines as List Bullet paragraphs, Chinese dated lines as table rows) and
headless Chromium printing an HTML rendering for the PDF (needs ``make browser``).

The files are not committed (a Chinese PDF embeds its CJK font and weighs ~400 kB): they go to
``.work/eval/resumes/files/<id>-<hash>.{pdf,docx}``, where the hash is of the source and of the
generating code, so an edited résumé is rebuilt and an unchanged one is not.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
FIXTURE_GENERATOR = ROOT / "tests" / "fixtures" / "resumes" / "generate.py"
OUT_DIR = ROOT / ".work" / "eval" / "resumes" / "files"
FORMATS = ("pdf", "docx")

# The section headings the sources use: the generator lays them out as headings (a DOCX Heading
# style, an HTML <h2>), as a résumé template would.
HEADINGS = frozenset(
    {
        "个人简介",
        "自我评价",
        "工作经历",
        "实习经历",
        "职业间隔",
        "项目经历",
        "项目经验",
        "教育背景",
        "专业技能",
        "证书",
        "资格证书",
        "培训经历",
        "获奖情况",
        "【教育背景】",
        "【实习经历】",
        "【项目经历】",
        "【技能证书】",
        "OBJECTIVE",
        "SUMMARY",
        "EXPERIENCE",
        "PROJECTS",
        "SELECTED PROJECTS",
        "CERTIFICATIONS",
        "EDUCATION",
        "EDUCATION & TRAINING",
        "Summary",
        "Experience",
        "Internships",
        "Projects",
        "Selected projects",
        "Personal Projects",
        "Certifications",
        "Certificates",
        "Courses and certificates",
        "Education",
    }
)


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("wendu_resume_fixture_generator", FIXTURE_GENERATOR)
    assert spec is not None and spec.loader is not None
    module: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The generator knows the fixtures' headings only; these résumés use more.
    module.HEADINGS = module.HEADINGS | HEADINGS
    return module


def resume_ids() -> list[str]:
    return sorted(path.stem for path in TEXTS.glob("*.txt"))


def built_file(resume_id: str, suffix: str) -> Path:
    """Where the ``suffix`` ("pdf" or "docx") copy of ``resume_id`` is, once built."""
    digest = hashlib.sha256()
    for source in (TEXTS / f"{resume_id}.txt", FIXTURE_GENERATOR, Path(__file__)):
        digest.update(source.read_bytes())
    return OUT_DIR / f"{resume_id}-{digest.hexdigest()[:12]}.{suffix}"


def missing(ids: list[str]) -> list[tuple[str, str]]:
    return [(i, suffix) for i in ids for suffix in FORMATS if not built_file(i, suffix).exists()]


def build(todo: list[tuple[str, str]]) -> None:
    if not todo:
        return
    generator = _generator()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for resume_id, suffix in todo:
        lines = (TEXTS / f"{resume_id}.txt").read_text(encoding="utf-8").splitlines()
        language = resume_id.split("-", 1)[0]
        target = built_file(resume_id, suffix)
        # Write beside the target and rename, so an interrupted run never leaves a half file behind.
        partial = target.with_name(f"partial-{target.name}")
        if suffix == "docx":
            generator.write_docx(lines, partial)
        else:
            generator.write_pdf(lines, language, partial)
        partial.replace(target)
        for stale in OUT_DIR.glob(f"{resume_id}-*.{suffix}"):
            if stale != target:
                stale.unlink()
        print(f"built {target.relative_to(ROOT)}")


def main() -> int:
    build(missing(resume_ids()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
