"""Where first messages go: each labelled opening (tests/conversations/routing_<set>.yml)
is sent as a new conversation and its route read from the tracker.

    python -m scripts.routing --set tune
    python -m scripts.routing --set check --url http://127.0.0.1:5005 --token T

The model is models/advisor.tar.gz (trained if its inputs changed) or ADVISOR_MODEL.
Writes var/reports/routing_<set>.json and routing_<set>_failures.txt.
"""

from __future__ import annotations

import argparse
import json
import sys

from scripts.conversations import SETS, assistant
from scripts.paths import REPO
from tests.conversations.routing import load_openings, route_all, routing_summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", default="tune", help="tune or check (file suffix)")
    parser.add_argument("--url")
    parser.add_argument("--token")
    parser.add_argument("--min-share", type=float, default=0.0, help="exit 1 below this share right")
    args = parser.parse_args(argv)
    openings = load_openings(SETS / f"routing_{args.set}.yml")
    reports = REPO / "var" / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    with assistant(args.url, args.token) as (url, token):
        routed = route_all(openings, url, token)
    report = routing_summary(routed)
    (reports / f"routing_{args.set}.json").write_text(json.dumps(report, indent=2))
    failures = [
        f"{r.opening.route} -> {r.route} ({r.opening.region}): {r.opening.say}" for r in routed if not r.right
    ]
    (reports / f"routing_{args.set}_failures.txt").write_text("\n".join(failures) + "\n")
    print(json.dumps(report, indent=2))
    return 0 if report["share_right"] >= args.min_share else 1


if __name__ == "__main__":
    sys.exit(main())
