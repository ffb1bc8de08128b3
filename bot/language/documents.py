"""Reading an uploaded proof of ownership: the text OCR (or a PDF) gave, as facts.

Amounts come from bot/language/money.py, dates from the patterns of bot/language/dates.py;
this module adds what only documents say: who sold or valued the piece, the stone's
carat, colour and clarity, serial and grading-report numbers, and what kind of document
it is. OCR text is noisy, so every pattern tolerates stray spaces and the usual
confusions (O for 0 in numbers), and nothing here guesses a fact the text does not state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.language.dates import DAY_MONTH, ISO, MONTH_DAY, MONTH_NAMES
from bot.language.money import find_amounts

# Document kinds are `proof_documents` codes (../shared/DESIGN.md).
KIND_CUES: dict[str, tuple[str, ...]] = {
    "grading_report": (
        r"\bgrading report\b", r"\bGIA\b", r"\bIGI\b", r"\bdiamond (?:grading|dossier)\b",
        r"\breport (?:no|number|#)", r"\bclarity grade\b", r"\bcolou?r grade\b",
    ),
    "valuation": (
        r"\bvaluation\b", r"\bapprais(?:al|ed|er)\b", r"\breplacement value\b",
        r"\binsurance (?:value|valuation|replacement)\b", r"\bvaluer\b",
    ),
    "bank_statement": (
        r"\bstatement\b", r"\baccount (?:no|number)\b", r"\bopening balance\b",
        r"\bclosing balance\b", r"\bBSB\b", r"\bsort code\b",
    ),
    "care_plan_brochure": (r"\bcare plan\b", r"\bprotection plan\b", r"\bplan terms\b"),
    "receipt": (
        r"\breceipt\b", r"\btax invoice\b", r"\binvoice\b", r"\bsubtotal\b", r"\btotal\b",
        r"\bpaid\b", r"\bGST\b", r"\bsales tax\b", r"\bthank you for your purchase\b",
    ),
}  # fmt: skip
_KIND_PATTERNS = {k: tuple(re.compile(p, re.IGNORECASE) for p in v) for k, v in KIND_CUES.items()}

# The figure a document stands for sits beside one of these words.
_VALUE_WORDS = re.compile(
    r"\b(?:total|amount (?:paid|due)|grand total|replacement value|insurance value|"
    r"valued at|valuation|appraised value|retail (?:replacement )?value|balance due)\b",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d$.,])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})(?!\d)"
)
_CARAT = re.compile(r"(?P<carat>\d{1,2}[.,]\d{1,2})\s*(?:ct|cts|carats?|ctw)\b", re.IGNORECASE)
_COLOUR = re.compile(r"\bcolou?r(?:\s+grade)?\s*[:\-]?\s*(?P<colour>[D-Z])\b", re.IGNORECASE)
_CLARITY = re.compile(r"\b(?P<clarity>FL|IF|VVS ?[12]|VS ?[12]|SI ?[123]|I ?[123])\b")
_REPORT = re.compile(
    r"\b(?:report|certificate|cert)\s*(?:no\.?|number|#)?\s*[:\-]?\s*(?P<number>\d[\d ]{6,12}\d)\b",
    re.IGNORECASE,
)
_SERIAL = re.compile(
    r"\b(?:serial|s/n|model|ref(?:erence)?)\s*(?:no\.?|number|#)?\s*[:\-]?\s*(?P<serial>[A-Z0-9][A-Z0-9\-]{3,20})\b",
    re.IGNORECASE,
)
_SELLER_LABEL = re.compile(
    r"^\s*(?:sold by|seller|store|retailer|jeweller|jeweler|appraiser|valuer|valued by|appraised by)"
    r"\s*[:\-]\s*(?P<name>.{2,80}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIRST_LINE = re.compile(r"^\s*(?P<name>[A-Za-z&'. ]{3,60}?(?:jewel+ers?|jewel+ery|gems?|diamonds?|co\.?|ltd|inc)\b.*)$",
                         re.IGNORECASE | re.MULTILINE)  # fmt: skip
# Receipts and valuations are not much older than a century, nor written after today.
EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class DocumentReading:
    """What one document says, as far as the text states it."""

    text: str
    kind: str | None
    amounts: tuple[float, ...]
    dates: tuple[date, ...]
    # The figure the document stands for (its total or appraised value), if one is marked.
    main_amount: float | None = None
    seller: str | None = None
    carat: float | None = None
    colour: str | None = None
    clarity: str | None = None
    serial_number: str | None = None
    report_number: str | None = None

    @property
    def main_date(self) -> date | None:
        return self.dates[0] if self.dates else None


def clean_ocr(text: str) -> str:
    """Undo OCR's habits that break the readers: curly quotes, 'S' for '$' before digits."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    # "1,2OO.00": a letter O among digits (twice: "OO" needs a digit beside each).
    for _ in range(2):
        text = re.sub(r"(?<=\d)[Oo](?=[\d.,Oo])|(?<=[\d,.])[Oo](?=\d|\b)", "0", text)
    return re.sub(r"(?<![A-Za-z])S(?=\d[\d,]*\.\d{2}\b)", "$", text)


def guess_kind(text: str) -> str | None:
    """The proof_documents code whose cues the text carries most, or None."""
    scores = {kind: sum(1 for p in patterns if p.search(text)) for kind, patterns in _KIND_PATTERNS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else None


def _valid_date(year: int, month: int, day: int, today: date) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if year >= EARLIEST_YEAR and found <= today else None


def find_dates(text: str, today: date, region: str = "US") -> tuple[date, ...]:
    """Every full date (with a year) in the text, in order of appearance, once each."""
    found: list[tuple[int, date]] = []
    low = text.lower()
    for pattern in (DAY_MONTH, MONTH_DAY):
        for m in pattern.finditer(low):
            if m.group("year") and (month := MONTH_NAMES.get(m.group("month").rstrip("."))):
                day = _valid_date(int(m.group("year")), month, int(m.group("day")), today)
                if day:
                    found.append((m.start(), day))
    for m in ISO.finditer(low):
        day = _valid_date(int(m.group("year")), int(m.group("month")), int(m.group("day")), today)
        if day:
            found.append((m.start(), day))
    for m in _NUMERIC_DATE.finditer(low):
        a, b = int(m.group("a")), int(m.group("b"))
        # US documents write month first; elsewhere day first. An impossible reading loses.
        month, day_of = (a, b) if region == "US" and a <= 12 else (b, a)
        if month > 12:
            month, day_of = day_of, month
        day = _valid_date(int(m.group("year")), month, day_of, today)
        if day:
            found.append((m.start(), day))
    return tuple(dict.fromkeys(d for _, d in sorted(found, key=lambda pair: pair[0])))


def _main_amount(text: str, amounts: list[tuple[int, float]]) -> float | None:
    """The amount right after a 'total' or 'valued at' word; the last such one wins
    (a receipt's grand total comes after its subtotal)."""
    best: float | None = None
    for m in _VALUE_WORDS.finditer(text):
        after = [value for start, value in amounts if m.end() <= start <= m.end() + 40]
        if after:
            best = after[0]
    return best


def _seller(text: str) -> str | None:
    labelled = _SELLER_LABEL.search(text)
    if labelled:
        return labelled.group("name").strip()
    first = _FIRST_LINE.search(text[:400])
    return first.group("name").strip() if first else None


def read_document(text: str, today: date, region: str = "US") -> DocumentReading:
    """The facts one document's text states."""
    text = clean_ocr(text)
    positioned = [(a.start, a.value) for a in find_amounts(text) if a.cued and a.value > 0]
    carat = _CARAT.search(text)
    colour = _COLOUR.search(text)
    clarity = _CLARITY.search(text)
    report = _REPORT.search(text)
    serial = _SERIAL.search(text)
    return DocumentReading(
        text=text,
        kind=guess_kind(text),
        amounts=tuple(dict.fromkeys(value for _, value in positioned)),
        dates=find_dates(text, today, region),
        main_amount=_main_amount(text, positioned) or (max(v for _, v in positioned) if positioned else None),
        seller=_seller(text),
        carat=float(carat.group("carat").replace(",", ".")) if carat else None,
        colour=colour.group("colour").upper() if colour else None,
        clarity=clarity.group("clarity").replace(" ", "").upper() if clarity else None,
        serial_number=serial.group("serial") if serial else None,
        report_number=report.group("number").replace(" ", "") if report else None,
    )


def mentions_item(text: str, item_words: tuple[str, ...]) -> bool:
    """Whether the document names the piece (any of its words, as a whole word)."""
    return any(re.search(rf"\b{re.escape(w)}s?\b", text, re.IGNORECASE) for w in item_words)
