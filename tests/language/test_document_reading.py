"""Reading proof documents: the facts in plain text, and OCR on documents drawn like
phone photos (receipts, valuations, grading reports) and on a PDF."""

from __future__ import annotations

import shutil
from datetime import date

from bot.language.documents import find_dates, guess_kind, read_document
from tests.conftest import missing_service
from tests.language.drawn_documents import cases, draw

TODAY = date(2026, 11, 29)
# Generated cases read with OCR; each takes one to three seconds on two busy cores.
OCR_CASES = 21
TARGET_SHARE = 0.9


def tesseract_ready() -> None:
    """Tesseract is part of the product: under CI its absence fails, elsewhere it skips."""
    if shutil.which("tesseract") is None:
        missing_service("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)")


VALUATION = """VALUATION FOR INSURANCE
Valued by: Jane Smith, registered valuer
3 March 2024
Diamond solitaire ring, 1.05 ct, colour G, clarity VS2
GIA report no. 2141 438 171
Replacement value: $8,200.00"""


def test_a_valuation_gives_its_figure_date_valuer_and_stone() -> None:
    reading = read_document(VALUATION, TODAY)
    assert reading.kind == "valuation"
    assert reading.main_amount == 8200.0
    assert reading.dates == (date(2024, 3, 3),)
    assert reading.seller == "Jane Smith, registered valuer"
    assert (reading.carat, reading.colour, reading.clarity) == (1.05, "G", "VS2")
    assert reading.report_number == "2141438171"


def test_a_receipt_total_wins_over_its_subtotal_and_tax() -> None:
    text = (
        "Aurora Jewelers Ltd\nRECEIPT\nDate: 03/14/2024\nSubtotal $7,826.09\nGST $1,173.91\nTOTAL $9,000.00"
    )
    reading = read_document(text, TODAY)
    assert reading.kind == "receipt"
    assert reading.main_amount == 9000.0
    assert reading.amounts == (7826.09, 1173.91, 9000.0)
    assert reading.seller == "Aurora Jewelers Ltd"


def test_ocr_confusions_are_undone_before_reading() -> None:
    reading = read_document("Invoice\nTotal S1,2OO.00\nSerial no: 116610LN-7", TODAY)
    assert reading.main_amount == 1200.0
    assert reading.serial_number == "116610LN-7"


def test_dates_need_a_year_and_are_never_in_the_future() -> None:
    assert find_dates("14 March 2024, 03/15/2031, 2025-01-02, March 3", TODAY) == (
        date(2024, 3, 14),
        date(2025, 1, 2),
    )
    assert find_dates("15/03/2024", TODAY, region="NZ") == (date(2024, 3, 15),)
    assert find_dates("31/02/2024", TODAY) == ()


def test_a_text_without_any_cue_has_no_kind() -> None:
    assert guess_kind("a photo of my cat") is None
    assert guess_kind("ACCOUNT STATEMENT  opening balance  closing balance") == "bank_statement"
    assert guess_kind("GIA Diamond Grading Report") == "grading_report"


def test_drawn_phone_photos_are_read_right_in_nine_cases_of_ten() -> None:
    tesseract_ready()
    from bot.web.uploads import ocr_text

    right, wrong = 0, []
    for doc, seed in cases(OCR_CASES):
        reading = read_document(ocr_text(draw(doc, seed)), TODAY)
        if reading.main_amount == doc.amount and reading.main_date == doc.day:
            right += 1
        else:
            wrong.append((doc.kind, seed, reading.main_amount, doc.amount, reading.main_date, doc.day))
    share = right / OCR_CASES
    print(f"\nOCR: amount and date right in {right}/{OCR_CASES} = {share:.0%}")
    assert share >= TARGET_SHARE, wrong


def test_a_pdf_receipt_is_read_from_its_text() -> None:
    from bot.web.uploads import clean_file, read_file
    from tests.web.test_uploads import text_pdf

    clean = clean_file(
        text_pdf(["Aurora Jewelers Ltd", "RECEIPT", "Date: 14 March 2024", "Gold ring", "TOTAL $4,250.00"]),
        "r.pdf",
    )
    read = read_file(clean, TODAY)
    assert read["kind"] == "receipt"
    assert read["amounts"] == (4250.0,)
    assert read["dates"] == ("2024-03-14",)
