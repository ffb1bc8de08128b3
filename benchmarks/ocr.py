"""Benchmark: OCR time per phone-photo receipt, and another user's turn latency while OCR runs.

    ADVISOR_MODEL=/work/models/baseline.tar.gz .venv/bin/python -m benchmarks.ocr

1. In process: Tesseract on drawn phone-photo receipts (4032 x 3024 JPEG,
   tests/language/drawn_documents.py), seconds each, as bot/web/uploads.py runs it.
2. On the running stack: a claimant in the claim intake uploads receipts one after another
   (POST /uploads) while another user talks to the advisor over REST; that user's turn
   latency (p50/p95) is compared with the same turns with no upload running.
Targets on the 2-core machine: under 3 s a receipt; the other user's p95 under 300 ms.
Results go to var/reports/ocr.json. Measured, not asserted: the exit code is 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import time
from datetime import datetime, timezone
from typing import Any

import aiohttp

from benchmarks.advisor_latency import CONVERSATIONS, percentile
from benchmarks.load import CLAIM_CONVERSATION
from scripts.paths import REPO
from scripts.stack import running_stack
from scripts.train import train
from tests.language.drawn_documents import draw, make_document

# The claim intake up to (and including) the proof question: uploads are allowed from here.
CLAIM_OPENING = CLAIM_CONVERSATION[:4]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def ocr_in_process(count: int) -> dict[str, Any]:
    from bot.web.uploads import clean_file, ocr_text

    seconds = []
    for seed in range(count):
        photo = draw(make_document("receipt", 500 + seed), 500 + seed)
        clean = clean_file(photo, "receipt.jpg")  # what is stored, and read
        start = time.perf_counter()
        ocr_text(clean.data)
        seconds.append(time.perf_counter() - start)
    return {"receipts": count, "mean_s": round(statistics.mean(seconds), 2), "max_s": round(max(seconds), 2)}


async def say(http: aiohttp.ClientSession, rasa_url: str, sender: str, text: str) -> float:
    start = time.perf_counter()
    async with http.post(
        f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
    ) as answer:
        await answer.read()
        answer.raise_for_status()
    return time.perf_counter() - start


async def advisor_turns(http: aiohttp.ClientSession, stack: Any, turns: int) -> list[float]:
    latencies: list[float] = []
    while len(latencies) < turns:
        for script in CONVERSATIONS:
            sender = await asyncio.to_thread(stack.new_conversation)
            for text in script:
                latencies.append(await say(http, stack.rasa_url, sender, text))
                if len(latencies) >= turns:
                    return latencies
    return latencies


async def keep_uploading(http: aiohttp.ClientSession, stack: Any, sender: str, photos: list[bytes],
                         stop: asyncio.Event, results: list[tuple[int, float]]) -> None:  # fmt: skip
    i = 0
    while not stop.is_set():
        form = aiohttp.FormData()
        form.add_field("sender_id", sender)
        form.add_field(
            "file", photos[i % len(photos)], filename=f"receipt-{i}.jpg", content_type="image/jpeg"
        )
        start = time.perf_counter()
        async with http.post(f"{stack.web_url}/uploads", data=form) as answer:
            await answer.read()
            results.append((answer.status, time.perf_counter() - start))
        i += 1


async def on_stack(stack: Any, turns: int) -> dict[str, Any]:
    photos = [draw(make_document("receipt", 700 + s), 700 + s) for s in range(3)]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        claimant = await asyncio.to_thread(stack.new_conversation)
        for text in CLAIM_OPENING:
            await say(http, stack.rasa_url, claimant, text)
        await advisor_turns(http, stack, 10)  # warm-up
        quiet = await advisor_turns(http, stack, turns)
        stop = asyncio.Event()
        uploads: list[tuple[int, float]] = []
        uploader = asyncio.create_task(keep_uploading(http, stack, claimant, photos, stop, uploads))
        await asyncio.sleep(1.0)  # the first OCR is running
        busy = await advisor_turns(http, stack, turns)
        stop.set()
        await uploader
    statuses = sorted({status for status, _ in uploads})
    done = [seconds for status, seconds in uploads if status == 201]
    return {
        "other_user_quiet": summary(quiet),
        "other_user_while_ocr": summary(busy),
        "uploads": {"count": len(uploads), "statuses": statuses, **(summary(done) if done else {})},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--receipts", type=int, default=5)
    parser.add_argument("--turns", type=int, default=60)
    args = parser.parse_args()
    report: dict[str, Any] = {
        "when": datetime.now(timezone.utc).isoformat(timespec="minutes"),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "ocr_in_process": ocr_in_process(args.receipts),
    }
    model = train()
    with running_stack(model=model) as stack:
        report.update(asyncio.run(on_stack(stack, args.turns)))
    out = REPO / "var" / "reports" / "ocr.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
