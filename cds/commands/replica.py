"""``cds replica serve|truth|registry``: the offline replica of the CĐS news sites."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("replica", help="serve the offline replica of the sites")
    sub = parser.add_subparsers(dest="replica_command", metavar="ACTION", required=True)

    serve = sub.add_parser("serve", help="serve the six sites until SIGINT/SIGTERM")
    _common(serve)
    serve.add_argument("--registry-out", metavar="FILE", help="write a sources.yaml for the sites")
    serve.add_argument("--hostile", action="store_true",
                       help="serve the hostile site instead (bad inputs on 127.0.1.20-22)")
    serve.set_defaults(func=_serve)

    truth = sub.add_parser("truth", help="print the truth file (every article) as JSON")
    _common(truth)
    truth.add_argument("--advance", type=int, default=0, metavar="K",
                       help="publish K pending articles first")
    truth.set_defaults(func=_truth)

    reg = sub.add_parser("registry", help="print a sources.yaml for a replica (ports vary)")
    _common(reg)
    reg.set_defaults(func=_registry)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scale", type=int, default=0, metavar="N", help="N more generated articles")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated articles")
    p.add_argument("--host-prefix", default="127.0.1.", help="loopback prefix (default 127.0.1.)")
    p.add_argument("--port-base", type=int, default=None, metavar="P",
                   help="site N listens on port P+N-1 (default: free ports)")
    p.add_argument("--discovery-sites", action="store_true",
                   help="three more sites on 127.0.1.7-9 for discovery from a home page "
                   "(menu-only section, RSS index page, moved section)")


def _make(args: argparse.Namespace):
    from cds.replica import Replica

    return Replica(scale=args.scale, host_prefix=args.host_prefix, base_port=args.port_base,
                   seed=args.seed, discovery_sites=args.discovery_sites)


def _serve_hostile(args: argparse.Namespace) -> int:
    from cds.replica.hostile import HostileSite

    site = HostileSite().start()
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    try:
        if args.registry_out:
            site.write_registry(args.registry_out)
            print(f"registry: {args.registry_out}", flush=True)
        print(f"hostile site {site.base}/tin/ ({len(site.bad)} bad inputs)", flush=True)
        while not done.wait(0.5):
            pass
    finally:
        site.stop()
    return 0


def _serve(args: argparse.Namespace) -> int:
    if args.hostile:
        return _serve_hostile(args)
    rep = _make(args).start()
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    try:
        if args.registry_out:
            rep.write_registry(args.registry_out)
            print(f"registry: {args.registry_out}", flush=True)
        for info in rep.sites.values():
            print(f"{info.id:15} {info.cms:13} {info.base_url}", flush=True)
        print("control: GET /_replica/log, POST /_replica/advance?k=N, POST /_replica/log/clear",
              flush=True)
        while not done.wait(0.5):
            pass
    finally:
        rep.stop()
    return 0


def _truth(args: argparse.Namespace) -> int:
    rep = _make(args)
    with rep:
        if args.advance:
            rep.advance(args.advance)
        json.dump({"sites": rep.sites_json(), "articles": rep.truth(), "faults": rep.faults()},
                  sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _registry(args: argparse.Namespace) -> int:
    import yaml

    with _make(args) as rep:
        sys.stdout.write(yaml.safe_dump({"sources": rep.registry()}, allow_unicode=True,
                                        sort_keys=False))
    return 0
