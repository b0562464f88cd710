"""Set-up that `make test` runs before the suite: the Chromium the browser tests drive."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "ensure-chromium.sh"


def _run(chromium: str, tmp_path: Path, uid: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "RELGRAPH_CHROMIUM": chromium}
    if uid is not None:  # pretend to be another user: a fake `id` first on PATH
        fake = tmp_path / "bin"
        fake.mkdir()
        (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
        (fake / "id").chmod(0o755)
        env["PATH"] = f"{fake}:{env['PATH']}"
    return subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)


def test_setup_chromium_present_is_silent(tmp_path):
    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(0o755)
    result = _run(str(browser), tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_setup_chromium_missing_without_root_says_what_to_run(tmp_path):
    result = _run("/nonexistent/chromium", tmp_path, uid="1000")
    assert result.returncode == 1
    assert result.stderr == ("relgraph: Chromium is missing at /nonexistent/chromium; install it as root with "
                             "'apt-get install -y chromium' (or set RELGRAPH_CHROMIUM to its path)\n")
