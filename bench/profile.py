"""Profile one backfill crawl: pyinstrument (from ``bench/.venvs/profile``) or cProfile.

pyinstrument is installed into its own venv and put on the crawl child's ``PYTHONPATH`` only, so
the project's ``.venv`` stays untouched. Without it the stdlib's cProfile is used.
"""

from __future__ import annotations

import io
import os
import pstats
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.backfill import crawl
from bench.harness import PYTHON, VENVS, ReplicaHandle


def _pyinstrument_path() -> str | None:
    venv = VENVS / "profile"
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=False)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        "pyinstrument"], check=False, capture_output=True, timeout=600)
    found = list((venv / "lib").glob("python*/site-packages/pyinstrument"))
    return str(found[0].parent) if found else None


def profile_backfill(rep: ReplicaHandle, workdir: Path, top: int = 70) -> dict[str, Any]:
    """Run the backfill under a profiler; returns the run and the top of the profile as text."""
    site = _pyinstrument_path()
    if site:
        out = workdir / "profile.txt"
        env = {"PYTHONPATH": os.pathsep.join(filter(None, [site, os.environ.get("PYTHONPATH")]))}
        wrap = [PYTHON, "-m", "pyinstrument", "-r", "text", "-o", str(out), "--no-color", "-m"]
        r = crawl(rep, workdir, "profile", wrap=wrap, env=env)
        text = out.read_text(errors="replace") if out.exists() else ""
        tool = "pyinstrument"
    else:
        out = workdir / "profile.prof"
        wrap = [PYTHON, "-m", "cProfile", "-o", str(out), "-m"]
        r = crawl(rep, workdir, "profile", wrap=wrap)
        text = ""
        if out.exists():
            buf = io.StringIO()
            pstats.Stats(str(out), stream=buf).sort_stats("cumulative").print_stats(top)
            text = buf.getvalue()
        tool = "cProfile"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return {"tool": tool, "run": {k: r[k] for k in ("rc", "wall_s", "cpu_s", "article_pages",
                                                     "articles_per_s", "peak_rss_mb")},
            "top": "\n".join(lines[:top]), "file": str(out)}
