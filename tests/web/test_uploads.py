"""POST /uploads: who may upload, what is accepted, what is stored, and what staff see."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from aiohttp import FormData, web
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image

from bot.config import WebSettings
from bot.conversation_ids import issue_conversation_id
from bot.store.claims import ClaimStore
from bot.store.documents import DocumentStore
from bot.web.app import make_app
from tests.web.conftest import RASA_TOKEN, STAFF_TOKEN, FakeClock, draft

SECRET = "conversation-secret-for-upload-tests"
IN_PROGRESS: dict[str, dict[str, Any]] = {}


def text_pdf(lines: list[str], extra_catalog: str = "") -> bytes:
    """A one-page PDF whose text is `lines` (Helvetica), written by hand."""
    stream = "BT /F1 14 Tf 72 720 Td 18 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {extra_catalog}>>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def js_pdf(name: str = "JavaScript") -> bytes:
    """A receipt that runs a script when opened (the name may be #-escaped to hide it)."""
    return text_pdf(["RECEIPT", "TOTAL $10.00"], f"/OpenAction << /S /{name} /JS (app.alert(1)) >> ")


def photo_with_gps() -> bytes:
    image = Image.new("RGB", (640, 480), (200, 180, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "S", 2: (36.0, 50.0, 0.0)}  # GPS: where the claimant lives
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def huge_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a huge image (a decompression bomb)."""
    out = io.BytesIO()
    Image.new("L", (1, 1)).save(out, format="PNG")
    data = bytearray(out.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


@pytest.fixture
async def rasa(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> TestServer:
    """Rasa's tracker endpoint: IN_PROGRESS senders are inside the claim intake form."""

    async def tracker(request: web.Request) -> web.Response:
        if request.query.get("token") != RASA_TOKEN:
            return web.json_response({"message": "unauthorized"}, status=401)
        sender = request.match_info["sender_id"]
        slots = IN_PROGRESS.get(sender)
        loop = {"name": "claim_intake_form"} if slots is not None else {}
        return web.json_response(
            {"sender_id": sender, "events": [], "active_loop": loop, "slots": slots or {}}
        )

    app = web.Application()
    app.router.add_get("/conversations/{sender_id}/tracker", tracker)
    return await aiohttp_server(app)


@pytest.fixture
def upload_settings(settings: WebSettings, rasa: TestServer, tmp_path: Path) -> WebSettings:
    return replace(
        settings,
        rasa_url=str(rasa.make_url("")).rstrip("/"),
        conversation_secret=SECRET,
        uploads_dir=tmp_path / "uploads",
        upload_max_file_bytes=2 * 1024 * 1024,
        upload_max_claim_bytes=3 * 1024 * 1024,
    )


@pytest.fixture
async def client(
    aiohttp_client: Callable[..., Awaitable[TestClient]], upload_settings: WebSettings, clock: FakeClock
) -> TestClient:
    return await aiohttp_client(make_app(upload_settings, clock=clock))


@pytest.fixture
def claimant() -> str:
    sender = issue_conversation_id(SECRET)
    IN_PROGRESS[sender] = {"item_type": "engagement_ring", "item_value": 9000.0, "currency": "USD"}
    return sender


def form(sender_id: str, *files: tuple[str, bytes]) -> FormData:
    data = FormData()
    data.add_field("sender_id", sender_id)
    for name, content in files:
        data.add_field("file", content, filename=name, content_type="application/octet-stream")
    return data


def stored(settings: WebSettings) -> list[Path]:
    return sorted(settings.uploads_dir.glob("*")) if settings.uploads_dir.exists() else []


async def test_a_photo_is_stored_without_its_exif_and_gps(
    client: TestClient, claimant: str, upload_settings: WebSettings, store: ClaimStore
) -> None:
    response = await client.post("/uploads", data=form(claimant, ("ring.jpg", photo_with_gps())))
    assert response.status == 201, await response.text()
    (document,) = (await response.json())["documents"]
    assert document["content_type"] == "image/jpeg" and document["filename"] == "ring.jpg"
    assert set(document) >= {"id", "filename", "kind", "content_type", "size", "sha256", "read"}
    assert set(document["read"]) >= {"text", "amounts", "dates"}
    (path,) = stored(upload_settings)
    with Image.open(path) as image:
        assert not image.getexif(), "EXIF (and its GPS) must not survive"
    assert b"PhoneMaker" not in path.read_bytes()
    assert document["size"] == path.stat().st_size


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("receipt.jpg", b"MZ\x90\x00" + b"\x00" * 200, 415),  # a renamed Windows executable
        ("receipt.png", huge_png(), 413),
        ("receipt.png", huge_png(10_000, 7_000), 413),  # under Pillow's bomb limit, over ours
        ("valuation.pdf", js_pdf(), 415),
        ("valuation.pdf", js_pdf("J#61vaScript"), 415),
        ("receipt.jpg", b"", 400),
        ("receipt.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", 415),
        ("valuation.pdf", b"%PDF-1.4\n garbage", 415),
        ("big.jpg", b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024 + 10), 413),
    ],
)
async def test_a_bad_file_gets_a_reason_and_nothing_is_stored(
    client: TestClient, claimant: str, upload_settings: WebSettings, store: ClaimStore, name: str, content: bytes,
    status: int,
) -> None:  # fmt: skip
    good = ("ring.jpg", photo_with_gps())
    response = await client.post("/uploads", data=form(claimant, good, (name, content)))
    assert response.status == status, await response.text()
    assert (await response.json())["error"]
    assert stored(upload_settings) == []
    assert DocumentStore(store.engine).for_sender(claimant) == []


async def test_a_name_with_path_characters_is_only_a_label(
    client: TestClient, claimant: str, upload_settings: WebSettings, tmp_path: Path
) -> None:
    response = await client.post(
        "/uploads", data=form(claimant, ("../../etc/\x00passwd.jpg", photo_with_gps()))
    )
    assert response.status == 201, await response.text()
    (document,) = (await response.json())["documents"]
    assert document["filename"] == "passwd.jpg"
    (path,) = stored(upload_settings)
    assert path.parent == upload_settings.uploads_dir and "passwd" not in path.name
    assert not (tmp_path / "etc").exists()


async def test_the_claim_limit_counts_earlier_uploads(client: TestClient, claimant: str) -> None:
    noisy = Image.effect_noise((900, 900), 60).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, format="PNG")
    big = out.getvalue()
    assert 1024 * 1024 < len(big) < 2 * 1024 * 1024
    statuses = [
        (await client.post("/uploads", data=form(claimant, (f"p{i}.png", big)))).status for i in range(3)
    ]
    assert statuses[0] == 201 and statuses[-1] == 413


@pytest.mark.parametrize("who", ["issued_without_claim", "made_up", "other_conversation_secret"])
async def test_a_conversation_without_a_claim_is_refused(
    client: TestClient, upload_settings: WebSettings, who: str
) -> None:
    sender = {
        "issued_without_claim": issue_conversation_id(SECRET),
        "made_up": "0" * 32 + "-" + "0" * 32,
        "other_conversation_secret": issue_conversation_id("another-secret-0123456789"),
    }[who]
    if who == "other_conversation_secret":
        IN_PROGRESS[sender] = {}  # even inside a claim, an id the app did not issue is refused
    response = await client.post("/uploads", data=form(sender, ("ring.jpg", photo_with_gps())))
    assert response.status == 403
    assert stored(upload_settings) == []


async def test_a_stored_claim_gets_its_documents_and_its_lists_follow(
    client: TestClient, store: ClaimStore, upload_settings: WebSettings
) -> None:
    sender = issue_conversation_id(SECRET)
    reference = store.save_claim(draft(sender_id=sender, proof_documents=("photo",), missing_documents=("receipt", "valuation"), claim_flags=("proof_of_ownership",)))  # fmt: skip
    receipt = text_pdf(
        ["Aurora Jewelers Ltd", "RECEIPT", "Date: 14 March 2024", "Engagement ring", "TOTAL $7,000.00"]
    )
    response = await client.post("/uploads", data=form(sender, ("receipt.pdf", receipt)))
    assert response.status == 201, await response.text()
    body = await response.json()
    assert body["documents"][0]["kind"] == "receipt"
    assert body["documents"][0]["read"]["amounts"] == [7000.0]
    assert any(c["code"] == "value_mismatch" and "$7,000" in c["says"] for c in body["checks"])
    claim = store.get_claim(reference)
    assert claim is not None
    assert claim.missing_documents == ("valuation",)
    assert "proof_of_ownership" not in claim.claim_flags and "value_mismatch" in claim.claim_flags

    staff = {"Authorization": f"Bearer {STAFF_TOKEN}"}
    api = await (await client.get(f"/staff/api/claims/{reference}", headers=staff)).json()
    assert [d["filename"] for d in api["documents"]] == ["receipt.pdf"]
    download = await client.get(f"/staff/documents/{api['documents'][0]['id']}", headers=staff)
    assert download.status == 200
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert await download.read() == receipt
    page = await (await client.get(f"/staff/claims/{reference}", headers=staff)).text()
    assert "receipt.pdf" in page and "7,000.00" in page
    assert (await client.get(f"/staff/documents/{api['documents'][0]['id']}")).status == 401


async def test_the_kind_is_confirmed_only_by_its_conversation(client: TestClient, claimant: str) -> None:
    response = await client.post("/uploads", data=form(claimant, ("ring.jpg", photo_with_gps())))
    document = (await response.json())["documents"][0]
    other = issue_conversation_id(SECRET)
    refused = await client.post(
        f"/uploads/{document['id']}/kind", json={"sender_id": other, "kind": "valuation"}
    )
    assert refused.status == 404
    bad = await client.post(f"/uploads/{document['id']}/kind", json={"sender_id": claimant, "kind": "x"})
    assert bad.status == 400
    confirmed = await client.post(
        f"/uploads/{document['id']}/kind", json={"sender_id": claimant, "kind": "photo"}
    )
    assert confirmed.status == 200
    assert (await confirmed.json())["document"]["kind_confirmed"] is True


async def test_a_file_is_removed_only_by_its_conversation(
    client: TestClient, claimant: str, upload_settings: WebSettings
) -> None:
    response = await client.post("/uploads", data=form(claimant, ("ring.jpg", photo_with_gps())))
    document = (await response.json())["documents"][0]
    other = issue_conversation_id(SECRET)
    assert (await client.post(f"/uploads/{document['id']}/remove", json={"sender_id": other})).status == 404
    assert len(stored(upload_settings)) == 1
    assert (
        await client.post(f"/uploads/{document['id']}/remove", json={"sender_id": claimant})
    ).status == 200
    assert stored(upload_settings) == []


async def test_an_iphone_heic_photo_is_kept_as_a_jpeg_without_exif(
    client: TestClient, claimant: str, upload_settings: WebSettings
) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (10, 120, 200)).save(out, format="HEIF", exif=exif.tobytes())
    response = await client.post("/uploads", data=form(claimant, ("IMG_0001.HEIC", out.getvalue())))
    assert response.status == 201, await response.text()
    assert (await response.json())["documents"][0]["content_type"] == "image/jpeg"
    (path,) = stored(upload_settings)
    with Image.open(path) as image:
        assert image.format == "JPEG" and not image.getexif()


async def test_staff_get_a_small_thumbnail_of_a_photo_and_nobody_else(
    client: TestClient, store: ClaimStore
) -> None:
    sender = issue_conversation_id(SECRET)
    store.save_claim(draft(sender_id=sender))
    response = await client.post("/uploads", data=form(sender, ("ring.jpg", photo_with_gps())))
    document = (await response.json())["documents"][0]
    path = f"/staff/documents/{document['id']}/thumbnail"
    assert (await client.get(path)).status == 401
    thumbnail = await client.get(path, headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert thumbnail.status == 200 and thumbnail.headers["Content-Type"] == "image/jpeg"
    with Image.open(io.BytesIO(await thumbnail.read())) as image:
        assert max(image.size) <= 192


async def test_another_site_cannot_upload_through_a_visitors_browser(
    client: TestClient, claimant: str, upload_settings: WebSettings
) -> None:
    data = form(claimant, ("ring.jpg", photo_with_gps()))
    response = await client.post("/uploads", data=data, headers={"Origin": "https://evil.example"})
    assert response.status == 403
    assert stored(upload_settings) == []
