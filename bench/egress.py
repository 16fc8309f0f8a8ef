"""``python -m bench.egress``: cost of the egress check (crawler/egress.py) per request.

Runs :class:`crawler.egress.EgressMiddleware` ``process_request`` on N requests of a crawl-like
mix (one opted-in replica host, public IP literals, repeated host names with the run's cache)
and reports microseconds per request, next to the backfill's milliseconds per request
(bench/RESULTS.md) to show the share. Writes bench/out/egress.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from pathlib import Path
from types import SimpleNamespace

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.test import get_crawler

from crawler.egress import EgressMiddleware

OUT = Path(__file__).resolve().parent / "out"
#: Backfill of bench/RESULTS.md (2026-11-23): 6,106 requests in 37.9 s.
BACKFILL_MS_PER_REQUEST = 37.9 / 6106 * 1000


def measure(n: int) -> dict[str, float]:
    crawler = get_crawler(settings_dict={"CDS_EGRESS_CHECK": True})
    source = SimpleNamespace(id="replica", allowed_domains=("127.0.1.20",),
                             start_urls=("http://127.0.1.20:8080/tin/",), feeds=(),
                             sitemaps=(), allow_private=True)
    crawler.spider = SimpleNamespace(sources_by_id={"replica": source})
    mw = EgressMiddleware.from_crawler(crawler)
    mixes = {
        "opted-in replica host": [Request(f"http://127.0.1.20:8080/tin/bai-{i}.html",
                                          meta={"cds_source": "replica"}) for i in range(n)],
        "public IP literals": [Request(f"http://93.184.{i % 250}.{i % 200 + 1}/a-{i}.html",
                                       meta={"cds_source": "replica"}) for i in range(n)],
        "localhost name (cached)": [Request(f"http://localhost:8080/x-{i}") for i in range(n)],
    }
    out = {}
    for name, requests in mixes.items():
        started = time.perf_counter()
        for request in requests:
            with contextlib.suppress(IgnoreRequest):  # refusals are part of the mix
                mw.process_request(request)
        out[name] = (time.perf_counter() - started) / n * 1e6
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.egress", description=__doc__.split("\n")[0])
    p.add_argument("--requests", type=int, default=20000)
    args = p.parse_args(argv)
    results = measure(args.requests)
    OUT.mkdir(exist_ok=True)
    (OUT / "egress.json").write_text(json.dumps(
        {"requests": args.requests, "us_per_request": results,
         "backfill_ms_per_request": BACKFILL_MS_PER_REQUEST}, indent=2), "utf-8")
    print("| requests | µs per request | share of a backfill request "
          f"({BACKFILL_MS_PER_REQUEST:.2f} ms) |")
    print("|---|---|---|")
    for name, us in results.items():
        print(f"| {name} | {us:.1f} | {us / 10 / BACKFILL_MS_PER_REQUEST:.2f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
