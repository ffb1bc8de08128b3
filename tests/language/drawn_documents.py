"""Receipts, valuations and grading reports drawn with Pillow, with the facts they state.

Several fonts and sizes, a slight rotation, sensor-like noise and a phone-photo size
(4032 x 3024 or 3024 x 4032): what a claimant's camera gives, without a real camera.
Used by tests/language/test_document_reading.py and benchmarks/ocr.py.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "LiberationSans-Regular.ttf",
              "LiberationSerif-Regular.ttf", "LiberationMono-Regular.ttf")  # fmt: skip
PHONE = (3024, 4032)


@dataclass(frozen=True)
class DrawnDocument:
    kind: str
    lines: tuple[str, ...]
    amount: float
    day: date


def fonts() -> list[Path | None]:
    """The system's TrueType fonts, or Pillow's own scalable default (None) without them."""
    found = [d / f for f in FONT_FILES for d in FONT_DIRS if (d / f).exists()]
    return [*found, None]


def font(path: Path | None, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size=size)


def _date_text(day: date, style: int) -> str:
    return (
        f"{day.day} {day.strftime('%B %Y')}",
        day.strftime("%B ") + f"{day.day}, {day.year}",
        day.strftime("%m/%d/%Y"),
        day.isoformat(),
    )[style % 4]


def make_document(kind: str, seed: int) -> DrawnDocument:
    rng = random.Random(seed)
    amount = (
        round(rng.uniform(900, 25000), 2) if rng.random() < 0.7 else float(rng.randrange(1000, 20000, 50))
    )
    day = date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    when = _date_text(day, seed)
    money = f"${amount:,.2f}"
    carat = f"{rng.uniform(0.3, 2.5):.2f}"
    lines: tuple[str, ...]
    if kind == "receipt":
        tax = round(amount * 0.08, 2)
        lines = ("Aurora Jewelers Ltd", "12 Queen Street, Auckland", "TAX INVOICE / RECEIPT", f"Date: {when}",
                 f"18ct white gold solitaire ring {carat} ct", f"Subtotal ${amount - tax:,.2f}", f"Sales tax ${tax:,.2f}",
                 f"TOTAL {money}", "Paid by card. Thank you for your purchase.")  # fmt: skip
    elif kind == "valuation":
        lines = ("VALUATION FOR INSURANCE", "Valued by: Jane Smith, registered valuer", f"Date: {when}",
                 f"Diamond engagement ring, {carat} ct", "colour G, clarity VS2",
                 f"Replacement value: {money}")  # fmt: skip
    else:
        lines = ("GIA DIAMOND GRADING REPORT", f"Report number 21{rng.randint(10000000, 99999999)}", f"Date: {when}",
                 "Round brilliant diamond for a ring", f"Carat weight {carat} ct", "Colour grade F", "Clarity grade VS1",
                 f"Insurance value: {money}")  # fmt: skip
    return DrawnDocument(kind, lines, amount, day)


def draw(doc: DrawnDocument, seed: int, size: tuple[int, int] = PHONE) -> bytes:
    """A JPEG like a phone photo of the printed document."""
    rng = random.Random(seed)
    choices = fonts()
    face = font(choices[seed % len(choices)], rng.choice((56, 64, 72, 84)))
    paper = Image.new("L", (size[0] * 3 // 4, size[1] * 2 // 3), 250)
    pen = ImageDraw.Draw(paper)
    y = 80
    for line in doc.lines:
        pen.text((70, y), line, font=face, fill=rng.randint(0, 40))
        y += int(face.size * 1.6) if hasattr(face, "size") else 90
    page = paper.rotate(rng.uniform(-2.5, 2.5), expand=True, fillcolor=250, resample=Image.Resampling.BICUBIC)
    photo = Image.new("L", size, rng.randint(90, 140))  # the table under the paper
    photo.paste(page, ((size[0] - page.width) // 2, (size[1] - page.height) // 2))
    noise = Image.effect_noise(size, rng.uniform(8, 18))
    photo = Image.blend(photo, noise, 0.12).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.2)))
    out = io.BytesIO()
    photo.convert("RGB").save(out, format="JPEG", quality=rng.randint(80, 92))
    return out.getvalue()


def cases(count: int) -> list[tuple[DrawnDocument, int]]:
    kinds = ("receipt", "valuation", "grading_report")
    return [(make_document(kinds[i % 3], 1000 + i), 1000 + i) for i in range(count)]
