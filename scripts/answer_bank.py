"""Read the answer bank's replies with the trained model and the forms' readers.

    python -m scripts.answer_bank                    # the tuning part, on a stack it starts
    python -m scripts.answer_bank --set check        # the part kept aside (report only)
    python -m scripts.answer_bank --url http://127.0.0.1:5005 --token T

The model is models/advisor.tar.gz (trained if its inputs changed) or ADVISOR_MODEL.
Writes var/reports/answer_bank_<set>.json and answer_bank_<set>_failures.txt.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

import requests

from scripts.conversations import assistant
from scripts.paths import REPO
from tests.conversations.answer_bank import check_all, failure_report, load_bank, summary

SETS = REPO / "tests" / "conversations"


def parser_at(url: str, token: str) -> Any:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"

    def parse(text: str) -> dict[str, Any]:
        response = session.post(
            f"{url}/model/parse", params={"token": token}, json={"text": text}, timeout=60
        )
        response.raise_for_status()
        parsed: dict[str, Any] = response.json()
        return parsed

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", default="tune", help="tune or check (file suffix)")
    parser.add_argument("--url")
    parser.add_argument("--token")
    parser.add_argument("--min-share", type=float, default=0.0, help="exit 1 below this share passed")
    args = parser.parse_args(argv)

    replies = load_bank(SETS / f"answer_bank_{args.set}.yml")
    with assistant(args.url, args.token) as (url, token):
        checked = check_all(replies, parser_at(url, token))
    report = summary(checked)
    reports = REPO / "var" / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    results = [{**asdict(item.reply), "intent": item.intent, "problems": item.problems} for item in checked]
    (reports / f"answer_bank_{args.set}.json").write_text(
        json.dumps({"summary": report, "results": results}, indent=2, default=str)
    )
    (reports / f"answer_bank_{args.set}_failures.txt").write_text(failure_report(checked))
    print(json.dumps(report, indent=2))
    return 0 if report["share_passed"] >= args.min_share else 1


if __name__ == "__main__":
    sys.exit(main())
