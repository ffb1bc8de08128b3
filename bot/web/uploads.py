"""`POST /uploads`: proof of ownership sent from the chat, checked, cleaned, read and kept.

The contract is in ../shared/DESIGN.md ("Uploads"). In order:

1. who: `sender_id` (the first field) must be a conversation id the web app issued, and
   that conversation must have a claim in progress (its tracker's active form is the
   claim intake, read from the Rasa HTTP API with the token) or stored (a claim row with
   that sender id). Anything else: 403.
2. what: each `file` is read in chunks up to the per-file limit, and all of a claim's
   files up to the per-claim limit (413). Its type comes from its first bytes, never its
   name or the browser's Content-Type: JPEG, PNG or PDF (415 otherwise). Images are
   decoded with Pillow (refusing huge dimensions) and re-encoded, which drops EXIF, GPS
   and any bytes hidden after the image; PDFs must open with pypdf, must not be
   encrypted and must carry no JavaScript or automatic actions.
3. all or nothing: only when every file of the request passed are they written, under
   random names in UPLOADS_DIR (DATA_DIR/uploads, outside the web root); the name the
   person gave is kept as text to show, never used as a path.
4. read: Tesseract OCR (images) or the PDF's text, in a worker thread so the event loop
   keeps serving other conversations; bot/language/documents.py pulls the facts.
5. checked: bot/rules/documents.py compares them with the claim; a stored claim's
   missing documents and flags follow what was uploaded.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import multiprocessing
import os
import re
import secrets
import unicodedata
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import aiohttp
from aiohttp import web
from PIL import Image, ImageOps

from bot.config import WebSettings, shop_today
from bot.conversation_ids import is_issued
from bot.rules.documents import (
    OWNERSHIP_KINDS,
    DocumentFinding,
    UploadedProof,
    check_documents,
    load_document_checks,
)
from bot.rules.regions import DEFAULT_CURRENCY
from bot.store.claims import ClaimRecord, ClaimStore
from bot.store.documents import DocumentDraft, DocumentRecord, DocumentStore
from bot.web.auth import StaffSession
from bot.web.conversations import allowed_origin, cors_headers, preflight
from bot.web.keys import HTTP, SETTINGS, STORE
from bot.web.staff import staff_only
from bot.wording import uploads as wording
from bot.wording.documents import finding_text

log = logging.getLogger(__name__)

PATH = "/uploads"
CLAIM_FORM = "claim_intake_form"
CHUNK = 64 * 1024
# Past this many pixels an image is a decompression bomb, not a phone photo (a 200 MP
# camera is the largest sold): refused before its pixels are decoded.
MAX_PIXELS = 60_000_000
# A phone photo is read at this longest side: enough for receipt print (measured: as
# many drawn documents read right as at 2400), and twice as fast.
OCR_LONGEST_SIDE = 1600
PDF_MAX_PAGES = 50
THUMBNAIL_SIDE = 192
IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/heic": "HEIF"}
# ISO media brands of HEIC/HEIF still images (the `ftyp` box at byte 4).
HEIC_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
# A page that takes longer than this is not a receipt photo; it is kept unread.
OCR_TIMEOUT_S = 30
PDF_TEXT_PAGES = 10
FETCH_TIMEOUT_S = 5.0
KINDS = ("receipt", "bank_statement", "valuation", "photo", "video", "grading_report",
         "serial_number", "care_plan_brochure")  # fmt: skip
# Anything that runs when a PDF opens or is clicked. Names may be written with #xx
# escapes (/J#61vaScript), so those are decoded before looking.
PDF_ACTIVE = re.compile(rb"/(?:JavaScript|JS|AA|Launch|EmbeddedFiles?|RichMedia|XFA)(?![A-Za-z])")
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _reader_started() -> None:
    """In the reading process: one core for Tesseract (its OpenMP threads would take
    every core from the other conversations, and on a busy machine run no faster), and
    the language readers (spaCy) loaded once, before the first document."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from bot.language.without_tensorflow import keep_tensorflow_out

    keep_tensorflow_out()  # spaCy's thinc would load it: 400 MB for nothing here
    import bot.language.documents  # noqa: F401


def _ready() -> bool:
    return True


class ReadingPool:
    """One reading process per web app process, started on first use (or with the app,
    see below), shared by the apps a process makes (tests make many).

    A process, not a thread: OCR and the spaCy readers then take neither the event loop's
    GIL nor the web app's memory (spaCy's import pulls in TensorFlow)."""

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_reader_started
            )
        return self.executor

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None


READERS = web.AppKey("readers", ReadingPool)
# The process's pool; concurrent.futures stops its worker when the interpreter exits.
READING_POOL = ReadingPool()


async def reading_process(app: web.Application) -> AsyncIterator[None]:
    if app[SETTINGS].warm_readers:
        app[READERS].get().submit(_ready)  # start it now: the first upload does not wait for spaCy
    yield


class UploadRefused(Exception):
    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


@dataclass(frozen=True)
class CleanFile:
    filename: str
    content_type: str
    extension: str
    data: bytes  # what is stored: re-encoded image or the checked PDF
    pdf_text: str = ""


def refused(status: int, error: str, request: web.Request | None = None) -> web.Response:
    headers = {"Cache-Control": "no-store", **(cors_headers(request) if request is not None else {})}
    return web.json_response({"error": error}, status=status, headers=headers)


# --- who may upload ----------------------------------------------------------------------


async def claim_in_progress(
    http: aiohttp.ClientSession, settings: WebSettings, sender_id: str
) -> dict[str, Any] | None:
    """The slots of a conversation whose claim intake form is active (per the Rasa
    tracker), or None when it has none in progress."""
    url = f"{settings.rasa_url}/conversations/{quote(sender_id, safe='')}/tracker"
    try:
        async with http.get(
            url,
            params={"token": settings.rasa_auth_token},
            timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT_S),
        ) as response:
            if response.status != 200:
                log.warning("upload: tracker fetch answered %s", response.status)
                return None
            tracker = await response.json()
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
        log.warning("upload: tracker fetch failed: %s", type(error).__name__)
        return None
    active = tracker.get("active_loop") or {}
    if not (isinstance(active, dict) and active.get("name") == CLAIM_FORM):
        return None
    slots = tracker.get("slots")
    return slots if isinstance(slots, dict) else {}


@dataclass(frozen=True)
class ClaimAccess:
    allowed: bool
    reference: str | None = None  # the stored claim, if there is one
    slots: dict[str, Any] | None = None  # the claim in progress, if that is what there is


async def claim_of(request: web.Request, sender_id: str) -> ClaimAccess:
    settings = request.app[SETTINGS]
    if not is_issued(sender_id, settings.conversation_secret):
        return ClaimAccess(False)
    reference = await asyncio.to_thread(request.app[STORE].latest_claim_reference, sender_id)
    if reference:
        return ClaimAccess(True, reference=reference)
    slots = await claim_in_progress(request.app[HTTP], settings, sender_id)
    return ClaimAccess(slots is not None, slots=slots)


# --- what was sent -------------------------------------------------------------------------


def shown_name(raw: str | None) -> str:
    """The name to show staff: the last path part, printable characters only, short."""
    # Some clients percent-encode the name (RFC 5987): decode, then keep the last part.
    name = unquote(raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    name = name.strip().lstrip(".") or "document"
    return name[:120]


def heif_supported() -> bool:
    """HEIC (iPhone photos) through pillow-heif, if it is installed (requirements/rasa.txt)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


HEIF_READY = heif_supported()


def sniff(head: bytes) -> str | None:
    if HEIF_READY and head[4:8] == b"ftyp" and head[8:12] in HEIC_BRANDS:
        return "image/heic"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def clean_image(data: bytes, content_type: str, filename: str) -> CleanFile:
    """Decoded and re-encoded: nothing of the original file but its pixels survives."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != IMAGE_FORMATS[content_type]:
                raise UploadRefused(415, wording.NOT_AN_IMAGE)
            width, height = image.size
            if width * height > MAX_PIXELS or width < 1 or height < 1:
                raise UploadRefused(413, wording.TOO_MANY_PIXELS)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except UploadRefused:
        raise
    except Image.DecompressionBombError as error:
        raise UploadRefused(413, wording.TOO_MANY_PIXELS) from error
    except Exception as error:  # decoding untrusted bytes: any failure means unreadable
        raise UploadRefused(415, wording.IMAGE_UNREADABLE) from error
    out = io.BytesIO()
    if content_type in {"image/jpeg", "image/heic"}:
        # A HEIC photo is kept as a JPEG: every staff browser opens it.
        upright.convert("RGB").save(out, format="JPEG", quality=90, optimize=True)
        return CleanFile(filename, "image/jpeg", "jpg", out.getvalue())
    keep = upright if upright.mode in {"RGB", "RGBA", "L", "LA"} else upright.convert("RGBA")
    keep.save(out, format="PNG", optimize=False)
    return CleanFile(filename, content_type, "png", out.getvalue())


def _action_runs_code(action: Any) -> bool:
    action = action.get_object() if hasattr(action, "get_object") else action
    return isinstance(action, dict) and action.get("/S") in {"/JavaScript", "/Launch"}


def pdf_has_active_content(data: bytes, reader: Any) -> bool:
    """Scripts, launch actions, embedded files or XFA forms, anywhere we can see."""
    if PDF_ACTIVE.search(PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)):
        return True
    # Object streams hide names from the byte scan: look at the parsed catalog and pages too.
    root = reader.trailer["/Root"]
    names = root.get("/Names") or {}
    if "/JavaScript" in names or "/EmbeddedFiles" in names or "/AA" in root:
        return True
    if _action_runs_code(root.get("/OpenAction") or {}) or "/XFA" in (root.get("/AcroForm") or {}):
        return True
    for page in reader.pages:
        if "/AA" in page:
            return True
        for annotation in page.get("/Annots") or []:
            if _action_runs_code(annotation.get_object().get("/A") or {}):
                return True
    return False


def clean_pdf(data: bytes, filename: str) -> CleanFile:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise UploadRefused(415, wording.PDF_PASSWORD)
        if not 0 < len(reader.pages) <= PDF_MAX_PAGES:
            raise UploadRefused(415, wording.pdf_pages(PDF_MAX_PAGES))
        if pdf_has_active_content(data, reader):
            raise UploadRefused(415, wording.PDF_ACTIVE_CONTENT)
        text = "\n".join((page.extract_text() or "") for page in list(reader.pages)[:PDF_TEXT_PAGES])
    except UploadRefused:
        raise
    except Exception as error:  # parsing an untrusted PDF: any failure means unreadable
        raise UploadRefused(415, wording.PDF_UNREADABLE) from error
    return CleanFile(filename, "application/pdf", "pdf", data, pdf_text=text)


def clean_file(data: bytes, filename: str) -> CleanFile:
    if not data:
        raise UploadRefused(
            400, f"{filename} is empty. Choose the file again, for example a photo of the receipt."
        )
    content_type = sniff(data[:16])
    if content_type is None:
        raise UploadRefused(
            415,
            f"{filename} is not a JPEG or PNG image or a PDF. Send a photo or a scan, for example receipt.jpg.",
        )
    if content_type == "application/pdf":
        return clean_pdf(data, filename)
    return clean_image(data, content_type, filename)


async def small_field(part: aiohttp.BodyPartReader, limit: int = 512) -> bytes:
    """A text field, read only up to `limit` bytes: a conversation id is 65."""
    data = b""
    while chunk := await part.read_chunk(limit):
        data += chunk
        if len(data) > limit:
            raise UploadRefused(400, wording.SENDER_TOO_LONG)
    return data


async def read_parts(
    request: web.Request, limit_file: int, room_left: int
) -> tuple[str | None, list[tuple[str, bytes]]]:
    """sender_id and the files, each read up to its limit; the sender must come first."""
    reader = await request.multipart()
    sender_id: str | None = None
    files: list[tuple[str, bytes]] = []
    total = 0
    while (part := await reader.next()) is not None:
        if not isinstance(part, aiohttp.BodyPartReader):
            raise UploadRefused(400, wording.NOT_FLAT_FORM)
        if part.name == "sender_id" and sender_id is None and not files:
            sender_id = (await small_field(part)).decode("utf-8", "replace").strip()
            continue
        if part.name != "file":
            raise UploadRefused(400, wording.UNEXPECTED_FIELD)
        if sender_id is None:
            raise UploadRefused(400, wording.SENDER_FIRST)
        name = shown_name(part.filename)
        chunks: list[bytes] = []
        size = 0
        while chunk := await part.read_chunk(CHUNK):
            size += len(chunk)
            if size > limit_file:
                raise UploadRefused(413, wording.file_too_large(name, limit_file))
            if total + size > room_left:
                raise UploadRefused(413, wording.CLAIM_ROOM_FULL)
            chunks.append(chunk)
        total += size
        files.append((name, b"".join(chunks)))
    return sender_id, files


# --- reading ---------------------------------------------------------------------------------


def ocr_text(data: bytes) -> str:
    """Tesseract on the image, grey and at most OCR_LONGEST_SIDE pixels long.

    A missing or failing Tesseract leaves the text empty: the file is still kept for
    staff, it is only not read."""
    import pytesseract

    with Image.open(io.BytesIO(data)) as image:
        image.draft("L", (OCR_LONGEST_SIDE, OCR_LONGEST_SIDE))  # a JPEG decodes at 1/2 or 1/4 size
        grey = image.convert("L")
        grey.thumbnail((OCR_LONGEST_SIDE, OCR_LONGEST_SIDE))
        try:
            return str(pytesseract.image_to_string(grey, lang="eng", config="--psm 3", timeout=OCR_TIMEOUT_S))
        except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, RuntimeError) as error:
            log.warning("upload: OCR failed: %s", type(error).__name__)
            return ""


def read_file(clean: CleanFile, today: date) -> dict[str, Any]:
    """Text and facts of one file (blocking: run in the OCR pool)."""
    from bot.language.documents import read_document

    text = clean.pdf_text if clean.content_type == "application/pdf" else ocr_text(clean.data)
    reading = read_document(text[:20000], today)
    kind = reading.kind
    if kind is None and clean.content_type != "application/pdf":
        kind = "photo"  # an image that reads as no document is a photo of the piece
    return {
        "text": reading.text.strip(),
        "kind": kind,
        "amounts": reading.amounts,
        "dates": tuple(d.isoformat() for d in reading.dates),
        "facts": {
            "main_amount": reading.main_amount,
            "seller": reading.seller,
            "carat": reading.carat,
            "colour": reading.colour,
            "clarity": reading.clarity,
            "serial_number": reading.serial_number,
            "report_number": reading.report_number,
        },
    }


def write_file(settings: WebSettings, stored_name: str, data: bytes) -> None:
    settings.uploads_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = settings.uploads_dir / stored_name
    with open(target, "xb") as handle:  # never overwrite
        handle.write(data)


# --- checking the claim -------------------------------------------------------------------


def _proof(record: DocumentRecord) -> UploadedProof:
    main_date = record.read_dates[0] if record.read_dates else None
    amount = record.read_facts.get("main_amount")
    return UploadedProof(
        filename=record.filename,
        kind=record.kind,
        text=record.read_text,
        main_amount=float(amount) if isinstance(amount, int | float) else None,
        main_date=date.fromisoformat(main_date) if main_date else None,
    )


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def updated_lists(claim: ClaimRecord, kinds: set[str], findings: tuple[DocumentFinding, ...]
                  ) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:  # fmt: skip
    """A stored claim's missing documents and flags once these kinds were uploaded."""
    purchase = {"receipt", "bank_statement"}
    missing = tuple(
        code
        for code in claim.missing_documents
        if code not in kinds and not (code == "receipt" and kinds & purchase)
    )
    flags = [f for f in claim.claim_flags if not (f == "proof_of_ownership" and kinds & set(OWNERSHIP_KINDS))]
    facts = {k: v for k, v in claim.flag_facts.items() if k in flags}
    for finding in findings:
        if finding.code not in flags:
            flags.append(finding.code)
        facts[finding.code] = finding_text(finding)
    return missing, tuple(flags), facts


def recheck_claim(store: ClaimStore, sender_id: str, access: ClaimAccess) -> list[dict[str, str]]:
    """The claim checked against all its documents, in plain words; a stored claim's
    missing documents and flags follow what was uploaded."""
    documents = DocumentStore(store.engine)
    records = documents.for_sender(sender_id)
    proofs = tuple(_proof(r) for r in records)
    claim = store.get_claim(access.reference) if access.reference else None
    slots = access.slots or {}
    knowledge = load_document_checks()
    findings = check_documents(
        proofs,
        item_type=claim.item_type if claim else str(slots.get("item_type") or "other"),
        item_value=claim.item_value if claim else _float(slots.get("item_value")),
        currency=claim.currency if claim else str(slots.get("currency") or DEFAULT_CURRENCY),
        loss_date=claim.loss_date if claim else _date(slots.get("loss_date")),
        today=shop_today(),
        knowledge=knowledge,
    )
    if claim is not None:
        kinds = {r.kind for r in records if r.kind}
        documents.update_claim_lists(claim.reference, *updated_lists(claim, kinds, findings))
    return [{"code": f.code, "filename": f.filename, "says": finding_text(f)} for f in findings]


# --- the endpoint ------------------------------------------------------------------------------


async def upload(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if "Origin" in request.headers and not allowed_origin(request, settings):
        return refused(403, wording.ORIGIN_NOT_ALLOWED)
    if not request.content_type.startswith("multipart/form-data"):
        return refused(400, wording.NOT_MULTIPART, request)
    documents = DocumentStore(request.app[STORE].engine)
    try:
        # The per-claim room is known only once the sender is: read with the file limit,
        # then check the claim's total below.
        sender_id, files = await read_parts(
            request, settings.upload_max_file_bytes, settings.upload_max_claim_bytes
        )
        if not sender_id:
            raise UploadRefused(400, wording.SENDER_MISSING)
        access = await claim_of(request, sender_id)
        if not access.allowed:
            raise UploadRefused(403, wording.NO_CLAIM)
        if not files:
            raise UploadRefused(400, wording.NO_FILE)
        already = await asyncio.to_thread(documents.bytes_for, sender_id)
        if already + sum(len(data) for _, data in files) > settings.upload_max_claim_bytes:
            raise UploadRefused(413, wording.claim_total_too_large(settings.upload_max_claim_bytes))
        cleaned = [await asyncio.to_thread(clean_file, data, name) for name, data in files]
    except UploadRefused as refusal:
        return refused(refusal.status, refusal.error, request)
    except (aiohttp.ClientPayloadError, ValueError) as error:
        log.info("upload: unreadable body: %s", type(error).__name__)
        return refused(400, wording.CUT_OFF, request)

    loop = asyncio.get_running_loop()
    today = shop_today()
    saved: list[DocumentRecord] = []
    for clean in cleaned:
        read = await loop.run_in_executor(request.app[READERS].get(), read_file, clean, today)
        stored_name = f"{secrets.token_hex(16)}.{clean.extension}"
        await asyncio.to_thread(write_file, settings, stored_name, clean.data)
        draft = DocumentDraft(
            sender_id=sender_id,
            filename=clean.filename,
            stored_name=stored_name,
            public_id=secrets.token_hex(12),
            kind=read["kind"],
            content_type=clean.content_type,
            size=len(clean.data),
            sha256=hashlib.sha256(clean.data).hexdigest(),
            read_text=read["text"],
            read_amounts=read["amounts"],
            read_dates=read["dates"],
            read_facts={k: v for k, v in read["facts"].items() if v is not None},
        )
        saved.append(await asyncio.to_thread(documents.save, draft, access.reference))
    log.info("upload: %d document(s) stored", len(saved))
    checks = await asyncio.to_thread(recheck_claim, request.app[STORE], sender_id, access)
    return web.json_response(
        {"documents": [d.as_json() for d in saved], "checks": checks},
        status=201,
        headers={"Cache-Control": "no-store", **cors_headers(request)},
    )


async def confirm_kind(request: web.Request) -> web.Response:
    """POST /uploads/<id>/kind, JSON {"sender_id", "kind"}: the person says what it is."""
    try:
        body = await request.json()
    except ValueError:
        return refused(400, wording.NOT_JSON, request)
    sender_id, kind = body.get("sender_id"), body.get("kind")
    if kind not in KINDS:
        return refused(400, wording.unknown_kind(KINDS), request)
    if not is_issued(sender_id, request.app[SETTINGS].conversation_secret):
        return refused(403, wording.CANNOT_CHANGE, request)
    documents = DocumentStore(request.app[STORE].engine)
    if not await asyncio.to_thread(documents.confirm_kind, request.match_info["id"], sender_id, kind):
        return refused(404, wording.NO_SUCH_DOCUMENT, request)
    record = await asyncio.to_thread(documents.get, request.match_info["id"])
    access = await claim_of(request, sender_id)
    checks = (
        await asyncio.to_thread(recheck_claim, request.app[STORE], sender_id, access)
        if access.allowed
        else []
    )
    return web.json_response(
        {"document": record.as_json() if record else None, "checks": checks}, headers=cors_headers(request)
    )


async def sender_and_kind(request: web.Request) -> tuple[str | None, object]:
    try:
        body = await request.json()
    except ValueError:
        return None, None
    return (body.get("sender_id"), body.get("kind")) if isinstance(body, dict) else (None, None)


async def remove_document(request: web.Request) -> web.Response:
    """POST /uploads/<id>/remove, JSON {"sender_id"}: the person takes a file back."""
    settings = request.app[SETTINGS]
    sender_id, _ = await sender_and_kind(request)
    if not is_issued(sender_id, settings.conversation_secret):
        return refused(403, wording.CANNOT_REMOVE, request)
    documents = DocumentStore(request.app[STORE].engine)
    stored_name = await asyncio.to_thread(documents.remove, request.match_info["id"], str(sender_id))
    if stored_name is None:
        return refused(404, wording.NO_SUCH_DOCUMENT, request)
    (settings.uploads_dir / stored_name).unlink(missing_ok=True)
    access = await claim_of(request, str(sender_id))
    checks = (
        await asyncio.to_thread(recheck_claim, request.app[STORE], str(sender_id), access)
        if access.allowed
        else []
    )
    return web.json_response(
        {"removed": request.match_info["id"], "checks": checks}, headers=cors_headers(request)
    )


def attachment_headers(record: DocumentRecord) -> dict[str, str]:
    """Served as a download only, under its own type: never rendered, never sniffed."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", record.filename) or "document"
    return {
        "Content-Type": record.content_type,
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(record.filename)}",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }


@staff_only
async def staff_download(request: web.Request, session: StaffSession) -> web.StreamResponse:
    record = await asyncio.to_thread(DocumentStore(request.app[STORE].engine).get, request.match_info["id"])
    if record is None:
        raise web.HTTPNotFound(text="No such document.")
    path = request.app[SETTINGS].uploads_dir / record.stored_name
    return web.FileResponse(path, headers=attachment_headers(record))


def thumbnail_bytes(path: Path) -> bytes:
    with Image.open(path) as image:
        image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        out = io.BytesIO()
        image.convert("RGB").save(out, format="JPEG", quality=80)
        return out.getvalue()


@staff_only
async def staff_thumbnail(request: web.Request, session: StaffSession) -> web.StreamResponse:
    """A small JPEG made here from the stored (already re-encoded) image."""
    record = await asyncio.to_thread(DocumentStore(request.app[STORE].engine).get, request.match_info["id"])
    if record is None or not record.content_type.startswith("image/"):
        raise web.HTTPNotFound(text="No such image.")
    data = await asyncio.to_thread(thumbnail_bytes, request.app[SETTINGS].uploads_dir / record.stored_name)
    return web.Response(body=data, content_type="image/jpeg", headers={"Cache-Control": "no-store"})


def add_routes(app: web.Application) -> None:
    app[READERS] = READING_POOL
    app.cleanup_ctx.append(reading_process)
    # Bodies here are read part by part against the upload limits, not client_max_size.
    app.router.add_post(PATH, upload)
    app.router.add_route("OPTIONS", PATH, preflight)
    app.router.add_post(PATH + "/{id}/kind", confirm_kind)
    app.router.add_route("OPTIONS", PATH + "/{id}/kind", preflight)
    app.router.add_post(PATH + "/{id}/remove", remove_document)
    app.router.add_route("OPTIONS", PATH + "/{id}/remove", preflight)
    app.router.add_get("/staff/documents/{id}", staff_download)
    app.router.add_get("/staff/documents/{id}/thumbnail", staff_thumbnail)
