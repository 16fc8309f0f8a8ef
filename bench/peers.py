"""Peers crawling the same replica: the trafilatura command line and news-please.

Each lives in its own venv under ``bench/.venvs/`` (created here with ``python -m venv`` and pip
from the package registry). Their output is normalised to the article URLs of the replica's truth;
their requests are counted from the replica's log like ours.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.harness import VENVS, ChildResult, ReplicaHandle, active_rate, log_print, run_child

#: venv name -> pip requirements (first choice, then fall-backs tried in order).
SPECS: dict[str, list[list[str]]] = {
    # trafilatura 2.x imports lxml.html.clean, split out of lxml 5.2+
    "trafilatura": [["trafilatura", "lxml_html_clean"]],
    "newsplease": [["news-please"], ["news-please==1.6.13"], ["news-please==1.5.44"]],
}
PROBE = {"trafilatura": "import trafilatura", "newsplease": "import newsplease"}


def ensure_venv(name: str, log: Path) -> dict[str, Any]:
    """Create ``bench/.venvs/NAME`` and install the peer; returns status and any pip error."""
    venv = VENVS / name
    py = venv / "bin" / "python"
    if py.exists() and _ok(py, PROBE[name]):
        return {"ok": True, "python": str(py), "installed": "already"}
    VENVS.mkdir(parents=True, exist_ok=True)
    errors = []
    for spec in SPECS[name]:
        if not py.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", *spec],
                           capture_output=True, text=True, timeout=1200)
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a") as f:
            f.write(f"$ pip install {' '.join(spec)}\n{r.stdout}\n{r.stderr}\n")
        if r.returncode == 0 and _ok(py, PROBE[name]):
            return {"ok": True, "python": str(py), "installed": " ".join(spec),
                    "errors": errors}
        tail = (r.stderr or r.stdout).strip().splitlines()[-5:]
        errors.append({"spec": " ".join(spec), "error": "\n".join(tail)})
        log_print(f"pip install {' '.join(spec)} failed: {tail[-1] if tail else r.returncode}")
    return {"ok": False, "python": str(py), "errors": errors}


def _ok(py: Path, probe: str) -> bool:
    r = subprocess.run([str(py), "-c", probe], capture_output=True, timeout=300)
    return r.returncode == 0


# -- trafilatura -----------------------------------------------------------------------------------
TRAFILATURA_CFG = """[DEFAULT]
DOWNLOAD_TIMEOUT = 10
MAX_FILE_SIZE = 20000000
MIN_FILE_SIZE = 10
# no sleep between requests to a host: politeness off, as for our crawl in the bench
SLEEP_TIME = 0
USER_AGENTS =
COOKIE =
MAX_REDIRECTS = 2
# the replica is on 127.0.1.N
SSRF_PROTECTION = off
INSECURE_SSL_FALLBACK = on
MIN_EXTRACTED_SIZE = 250
MIN_OUTPUT_SIZE = 1
MIN_OUTPUT_COMM_SIZE = 1
MAX_TREE_SIZE =
EXTRACTION_TIMEOUT = 30
MIN_DUPLCHECK_SIZE = 100
MAX_REPETITIONS = 2
EXTENSIVE_DATE_SEARCH = on
EXTERNAL_URLS = off
"""


def run_trafilatura(rep: ReplicaHandle, workdir: Path, name: str,
                    timeout: float = 600) -> dict[str, Any]:
    """``trafilatura -i URLS -o DIR --json --with-metadata``: download and extract every article.

    Its own discovery (``--sitemap``, ``--feed``, ``--crawl``) refuses hosts that are IP
    addresses ("invalid URL"), so it is handed the replica's article URLs: the best case for it
    (no discovery requests, no listings), which the table says.
    """
    bin_ = VENVS / "trafilatura" / "bin" / "trafilatura"
    work = workdir / name
    shutil.rmtree(work, ignore_errors=True)
    out = work / "out"
    out.mkdir(parents=True)
    cfg = work / "settings.cfg"
    cfg.write_text(TRAFILATURA_CFG)
    urls = work / "urls.txt"
    urls.write_text("".join(u + "\n" for u in rep.published_urls()))
    rep.clear()
    res = run_child([str(bin_), "-i", str(urls), "-o", str(out), "--json", "--with-metadata",
                     "--config-file", str(cfg), "--parallel", "4"], cwd=work,
                    log=work / "trafilatura.log", timeout=timeout)
    return peer_result(res, rep, _outputs(out), {"input": "article URL list"})


def _outputs(out: Path) -> list[str]:
    urls = []
    for f in out.rglob("*.json"):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        urls.append(doc.get("source") or doc.get("url") or "")
    return urls


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


# -- news-please -----------------------------------------------------------------------------------
#: news-please puts ``host:port`` into ``allowed_domains``; Scrapy's offsite filter then drops
#: every link of a site with a port (all replica sites). The shim strips the port there only.
NEWSPLEASE_SHIM = """
import re

def _patch():
    try:
        from scrapy.downloadermiddlewares import offsite
    except Exception:
        return
    orig = offsite.OffsiteMiddleware.get_host_regex

    def get_host_regex(self, spider):
        doms = getattr(spider, "allowed_domains", None)
        if doms:
            spider.allowed_domains = [re.sub(r":\\d+$", "", d) for d in doms]
        return orig(self, spider)

    offsite.OffsiteMiddleware.get_host_regex = get_host_regex

_patch()
"""


def run_newsplease(rep: ReplicaHandle, workdir: Path, name: str,
                   timeout: float = 900) -> dict[str, Any]:
    """``news-please -c DIR``: default crawler per site (SitemapCrawler, falling back to
    RecursiveCrawler), articles as JSON files (HTML copies off). Its article heuristics
    (``og_type and (linked_headlines or self_linked_headlines)``) accept none of the replica's
    pages, so every same-host page is passed to its extractors; output is then matched to the
    truth's article URLs."""
    venv = VENVS / "newsplease"
    work = workdir / name
    shutil.rmtree(work, ignore_errors=True)
    cfgdir = work / "config"
    cfgdir.mkdir(parents=True)
    data = work / "data"
    src = _newsplease_default_cfg(venv)
    cfg = []
    for line in src.splitlines():
        if line.startswith("working_path"):
            line = f"working_path = {work}"
        elif line.startswith("enabled_heuristics"):
            line = 'enabled_heuristics = {"is_not_from_subdomain": True}'
        elif line.startswith("pass_heuristics_condition"):
            line = ('pass_heuristics_condition = "is_not_from_subdomain or not '
                    'is_not_from_subdomain"')  # always true
        elif line.startswith("ITEM_PIPELINES"):
            line = ("ITEM_PIPELINES = {'newsplease.pipeline.pipelines.ArticleMasterExtractor':100,"
                    "\n                  'newsplease.pipeline.pipelines.JsonFileStorage':300")
        elif "HtmlFileStorage" in line or "pipelines.JsonFileStorage':300" in line:
            continue
        cfg.append(line)
    (cfgdir / "config.cfg").write_text("\n".join(cfg) + "\n")
    sites = [{"url": f"{s.base_url}/"} for s in rep.sites.values()]
    (cfgdir / "sitelist.hjson").write_text(json.dumps({"base_urls": sites}, indent=1))
    shim = work / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(NEWSPLEASE_SHIM)
    env = {**os.environ, "PYTHONPATH": str(shim)}
    rep.clear()
    res = run_child([str(venv / "bin" / "news-please"), "-c", str(cfgdir)], cwd=work, env=env,
                    log=work / "news-please.log", timeout=timeout)
    urls = []
    for f in data.rglob("*.json") if data.exists() else []:
        try:
            urls.append(json.loads(f.read_text(encoding="utf-8")).get("url") or "")
        except (OSError, ValueError):
            continue
    return peer_result(res, rep, urls, {})


def _newsplease_default_cfg(venv: Path) -> str:
    found = list((venv / "lib").glob("python*/site-packages/newsplease/config/config.cfg"))
    return found[0].read_text(encoding="utf-8")


# -- common ----------------------------------------------------------------------------------------
def peer_result(res: ChildResult, rep: ReplicaHandle, urls: list[str],
                extra: dict[str, Any]) -> dict[str, Any]:
    """Normalise a peer's output to distinct article URLs of the replica's truth."""
    counts = rep.counts()
    truth = {u.rstrip("/") for u in rep.published_urls()}
    outputs = {u.rstrip("/") for u in urls if u}
    articles = len(outputs & truth)
    pages = counts["article_200"]
    active_s, _ = active_rate(res, counts, pages)
    return {
        "rc": res.rc, "wall_s": res.wall_s, "cpu_s": res.cpu_s, "peak_rss_mb": res.maxrss_mb,
        "peak_pss_mb": res.extra.get("peak_pss_mb"), "outputs": len(urls), "articles": articles,
        "article_pages": pages,
        "articles_per_s": articles / res.wall_s if res.wall_s else None,
        "pages_per_s": pages / res.wall_s if res.wall_s else None,
        "active_s": active_s,
        "articles_per_s_active": articles / active_s if active_s else None,
        "cpu_ms_per_article": 1000 * res.cpu_s / articles if articles else None,
        "timed_out": res.extra.get("timed_out", False),
        "requests": counts, "argv": " ".join(res.argv), **extra,
    }
