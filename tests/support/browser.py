"""Running a page through headless Chromium (Debian's, driven by playwright-core from npm).

The scripts in ``tests/browser/`` open an HTML file, take a screenshot and print what they measured
as JSON. A missing browser fails the test with the fix; it never skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROWSER_SCRIPTS = ROOT / "tests" / "browser"
WORK_DIR = Path(os.environ.get("WENDU_WORK_DIR", ROOT / ".work"))
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
PLAYWRIGHT_CORE = WORK_DIR / "browser" / "node_modules" / "playwright-core" / "package.json"
SETUP_HINT = "run `bash infra/browser.sh` (Debian chromium + fonts-noto-cjk, playwright-core in .work/browser)"


def render_in_chromium(script: str, html_path: Path, png_path: Path) -> dict[str, Any]:
    """Run ``tests/browser/<script>`` on ``html_path``, screenshot to ``png_path``; its JSON result."""
    if shutil.which("node") is None:
        pytest.fail(f"node is not on PATH: {SETUP_HINT}")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: {SETUP_HINT}")
    if not PLAYWRIGHT_CORE.exists():
        pytest.fail(f"playwright-core is missing from {PLAYWRIGHT_CORE.parent.parent.parent}: {SETUP_HINT}")
    proc = subprocess.run(
        ["node", str(BROWSER_SCRIPTS / script), str(html_path), str(png_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "WENDU_WORK_DIR": str(WORK_DIR), "CHROMIUM": str(CHROMIUM)},
    )
    if proc.returncode == 3:
        pytest.fail(f"{proc.stderr.strip()} ({SETUP_HINT})")
    assert proc.returncode == 0, f"{script} failed ({proc.returncode}):\n{proc.stderr}"
    return json.loads(proc.stdout)
