"""The staff pages: claims taken in, one claim with its conversation, handoffs.

Every page needs a staff session (from the login form) or the staff token as a bearer
token; without one the answer is 401 with the login form and nothing else. Changes
(a claim's status, sign out) are POSTs that must carry the session's CSRF token.
"""

from __future__ import annotations

import asyncio
import logging
import math
import smtplib
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any

from aiohttp import web

from bot import mail
from bot.claim_references import is_reference
from bot.store.claims import (
    SORTS,
    ClaimPage,
    ClaimQuery,
    ClaimRecord,
    HandoffRecord,
    StatusChange,
    StatusChangeRefused,
)
from bot.store.documents import DocumentRecord, DocumentStore
from bot.store.workflow import AWAITING, CLAIM_STATUSES
from bot.web import rendering, views
from bot.web.accounts import password_matches
from bot.web.auth import SESSION_COOKIE, StaffSession, bearer_token, client_address, token_matches
from bot.web.keys import HTTP, SESSIONS, SETTINGS, STORE, THROTTLE
from bot.web.transcript import Transcript, fetch_transcript

logger = logging.getLogger(__name__)
StaffHandler = Callable[[web.Request, StaffSession], Awaitable[web.StreamResponse]]


async def staff_page(
    request: web.Request, template: str, title: str, session: StaffSession, current: str, **context: Any
) -> web.Response:
    """A page with the navigation (for a signed-in person; a script's token gets none)."""
    nav = None
    if not session.from_bearer:
        waiting = await asyncio.to_thread(request.app[STORE].waiting_count)
        nav = {
            "current": current,
            "waiting": waiting,
            "name": session.name,
            "csrf_token": session.csrf_token,
            # Said on every page: staff must know when nobody is emailed.
            "mail_notice": mail_notice(),
        }
    return rendering.render(request, template, title, nav, **context)


async def current_session(request: web.Request) -> StaffSession | None:
    settings = request.app[SETTINGS]
    token = bearer_token(request.headers.get("Authorization"))
    if token is None:
        return await asyncio.to_thread(request.app[SESSIONS].find, request.cookies.get(SESSION_COOKIE))
    if not settings.staff_open:
        return None
    # A bearer token is a sign-in attempt on every request: the same throttle applies.
    right = await request.app[THROTTLE].attempt(
        client_address(request), lambda: token_matches(token, settings.staff_token)
    )
    return StaffSession(id="", csrf_token="", expires_at=math.inf, from_bearer=True) if right else None


def unauthorized(request: web.Request, message: str | None = None) -> web.Response:
    """401 with the login form (or a JSON error for the API), and no claim data."""
    headers = {"WWW-Authenticate": 'Bearer realm="staff"'}
    if request.path.startswith("/staff/api/"):
        return web.json_response({"error": "unauthorized"}, status=401, headers=headers)
    response = rendering.render(request, "staff_login.html", "Staff sign-in", status=401, message=message)
    response.headers.update(headers)
    return response


def staff_only(handler: StaffHandler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def guarded(request: web.Request) -> web.StreamResponse:
        session = await current_session(request)
        if session is None:
            return unauthorized(request)
        return await handler(request, session)

    return guarded


def chosen(value: str | None, allowed: tuple[str, ...]) -> str | None:
    return value if value in allowed else None


def claim_reference(request: web.Request) -> str:
    reference = request.match_info["reference"].upper()
    if not is_reference(reference):
        raise web.HTTPNotFound(text="No such claim.")
    return reference


async def load_claim(request: web.Request) -> ClaimRecord:
    claim = await asyncio.to_thread(request.app[STORE].get_claim, claim_reference(request))
    if claim is None:
        raise web.HTTPNotFound(text="No such claim.")
    return claim


async def documents_of(request: web.Request, claim: ClaimRecord) -> list[DocumentRecord]:
    documents = DocumentStore(request.app[STORE].engine)
    return await asyncio.to_thread(documents.for_claim, claim.reference, claim.sender_id)


async def transcript_of(request: web.Request, sender_id: str) -> Transcript:
    settings = request.app[SETTINGS]
    return await fetch_transcript(request.app[HTTP], settings.rasa_url, settings.rasa_auth_token, sender_id)


PER_PAGE = 25


def claim_query(request: web.Request) -> ClaimQuery:
    """The list's search, filters, order and page from the query string; anything unknown
    is ignored rather than passed to the database."""
    page = request.query.get("page", "1")
    return ClaimQuery(
        q=request.query.get("q", "").strip()[:200],
        status=chosen(request.query.get("status"), CLAIM_STATUSES),
        claim_type=chosen(request.query.get("claim_type") or request.query.get("type"), views.CLAIM_TYPES),
        sort=chosen(request.query.get("sort"), SORTS) or "newest",
        page=int(page) if page.isdigit() and len(page) < 7 else 1,
        per_page=PER_PAGE,
    )


async def search(request: web.Request) -> tuple[ClaimQuery, ClaimPage]:
    query = claim_query(request)
    return query, await asyncio.to_thread(request.app[STORE].search_claims, query)


# --- pages -----------------------------------------------------------------------------


async def login_page(request: web.Request) -> web.Response:
    if await current_session(request) is not None:
        raise web.HTTPSeeOther("/staff")
    return rendering.render(request, "staff_login.html", "Staff sign-in", message=None)


async def login(request: web.Request) -> web.StreamResponse:
    settings = request.app[SETTINGS]
    form = await request.post()
    name, password = form.get("name"), form.get("password")
    name = name.strip() if isinstance(name, str) else ""
    password = password if isinstance(password, str) else ""
    account = await asyncio.to_thread(request.app[STORE].staff.account, name)
    # Hashed in a worker thread: argon2 takes tens of milliseconds on purpose.
    matches = await asyncio.to_thread(password_matches, account, password)
    # Wrong passwords make the next attempts from this address wait longer; never a lockout.
    right = await request.app[THROTTLE].attempt(client_address(request), lambda: matches)
    if not right or account is None:
        return unauthorized(request, "That name and password do not match.")
    session = await asyncio.to_thread(request.app[SESSIONS].open, account)
    response = web.HTTPSeeOther("/staff")
    secure = settings.cookie_secure if settings.cookie_secure is not None else request.secure
    response.set_cookie(
        SESSION_COOKIE,
        session.id,
        max_age=settings.staff_session_minutes * 60,
        path="/staff",
        httponly=True,
        samesite="Strict",
        secure=secure,
    )
    raise response


async def checked_form(request: web.Request, session: StaffSession) -> None:
    form = await request.post()
    given = form.get("csrf_token")
    if not session.csrf_ok(given if isinstance(given, str) else None):
        raise web.HTTPForbidden(text="This form has expired: reload the page and try again.")


@staff_only
async def logout(request: web.Request, session: StaffSession) -> web.StreamResponse:
    await checked_form(request, session)
    await asyncio.to_thread(request.app[SESSIONS].close, session.id)
    response = web.HTTPSeeOther("/staff/login")
    response.del_cookie(SESSION_COOKIE, path="/staff")
    raise response


@staff_only
async def claims_page(request: web.Request, session: StaffSession) -> web.Response:
    query, found = await search(request)
    return await staff_page(
        request, "staff_claims.html", "Claims", session, "claims", **views.claims_list(query, found)
    )


@staff_only
async def claims_csv(request: web.Request, session: StaffSession) -> web.Response:
    claims = await asyncio.to_thread(request.app[STORE].matching_claims, claim_query(request))
    return web.Response(
        text=views.claims_csv(claims),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="claims.csv"'},
    )


@staff_only
async def claim_page(request: web.Request, session: StaffSession) -> web.Response:
    claim = await load_claim(request)
    transcript = await transcript_of(request, claim.sender_id)
    names = await asyncio.to_thread(request.app[STORE].staff.names)
    context = views.claim_detail(claim, transcript, session.csrf_token or None, names)
    uploaded = await documents_of(request, claim)
    return await staff_page(
        request,
        "staff_claim.html",
        f"Claim {claim.reference}",
        session,
        "claims",
        uploaded=uploaded,
        **context,
    )


def actor_of(session: StaffSession) -> str:
    """Who a change is recorded as."""
    return session.name or "API token"


def form_change(form: Any, session: StaffSession) -> StatusChange:
    status = form.get("status")
    note = form.get("note")
    documents = form.getall("documents", [])
    chosen_status = status if isinstance(status, str) else ""
    return StatusChange(
        status=chosen_status,
        note=note.strip() or None if isinstance(note, str) else None,
        actor=actor_of(session),
        # Ticked boxes mean something only when documents are being asked for.
        documents=tuple(d for d in documents if isinstance(d, str)) if chosen_status == AWAITING else (),
    )


async def apply_change(request: web.Request, reference: str, change: StatusChange) -> ClaimRecord:
    try:
        claim = await asyncio.to_thread(request.app[STORE].change_status, reference, change)
    except StatusChangeRefused as refused:
        raise web.HTTPConflict(text=str(refused)) from refused
    if claim is None:
        raise web.HTTPNotFound(text="No such claim.")
    return claim


@staff_only
async def change_status(request: web.Request, session: StaffSession) -> web.StreamResponse:
    reference = claim_reference(request)
    await checked_form(request, session)
    await apply_change(request, reference, form_change(await request.post(), session))
    raise web.HTTPSeeOther(f"/staff/claims/{reference}")


def mail_notice() -> str | None:
    return mail.MailSettings.from_environment().notice()


async def form_text(request: web.Request, field: str) -> str:
    value = (await request.post()).get(field)
    return value.strip() if isinstance(value, str) else ""


@staff_only
async def add_note(request: web.Request, session: StaffSession) -> web.StreamResponse:
    reference = claim_reference(request)
    await checked_form(request, session)
    text = await form_text(request, "text")
    try:
        found = await asyncio.to_thread(request.app[STORE].add_note, reference, actor_of(session), text)
    except ValueError as problem:
        raise web.HTTPBadRequest(text=f"{problem} Go back, write the note and add it again.") from problem
    if not found:
        raise web.HTTPNotFound(text="No such claim.")
    raise web.HTTPSeeOther(f"/staff/claims/{reference}")


@staff_only
async def assign(request: web.Request, session: StaffSession) -> web.StreamResponse:
    reference = claim_reference(request)
    await checked_form(request, session)
    assignee = await form_text(request, "assignee") or None
    try:
        found = await asyncio.to_thread(request.app[STORE].assign, reference, assignee, actor_of(session))
    except ValueError as problem:
        raise web.HTTPBadRequest(text=f"{problem} Pick a name from the list.") from problem
    if not found:
        raise web.HTTPNotFound(text="No such claim.")
    raise web.HTTPSeeOther(f"/staff/claims/{reference}")


@staff_only
async def remind_documents(request: web.Request, session: StaffSession) -> web.StreamResponse:
    """Email the claimant the documents still needed (awaited ones, else the missing ones)."""
    reference = claim_reference(request)
    await checked_form(request, session)
    claim = await load_claim(request)
    documents = claim.awaited_documents or claim.missing_documents
    if not documents:
        raise web.HTTPConflict(text="Nothing is missing from this claim, so no email was sent.")
    if not claim.claimant_email:
        raise web.HTTPConflict(text="The claimant gave no email: call them on the phone number given.")
    jeweler = request.app[SETTINGS].jeweler_name
    message = mail.documents_still_needed(
        claim.reference, claim.claimant_name, claim.claimant_email, tuple(documents), jeweler
    )
    try:
        delivery = await asyncio.to_thread(mail.send, message)
    except (OSError, smtplib.SMTPException) as error:
        logger.error("documents email failed: %s", type(error).__name__)
        raise web.HTTPBadGateway(text="The mail server did not take the email; try again later.") from error
    how = "by email" if delivery.by_smtp else "to the outbox (no SMTP_URL set: not sent)"
    note = f"'Documents still needed' email ({', '.join(documents)}) {how}."
    await asyncio.to_thread(request.app[STORE].add_note, reference, actor_of(session), note)
    raise web.HTTPSeeOther(f"/staff/claims/{reference}")


# The inbox shows this many last messages of each conversation, for this many handoffs.
LAST_MESSAGES = 3
HANDOFFS_WITH_MESSAGES = 50


async def last_messages(request: web.Request, handoffs: list[HandoffRecord]) -> dict[str, Transcript]:
    senders = list(dict.fromkeys(h.sender_id for h in handoffs))[:HANDOFFS_WITH_MESSAGES]
    transcripts = await asyncio.gather(*(transcript_of(request, sender) for sender in senders))
    return dict(zip(senders, transcripts, strict=True))


@staff_only
async def handoffs_page(request: web.Request, session: StaffSession) -> web.Response:
    handoffs = await asyncio.to_thread(request.app[STORE].open_handoffs)
    messages = await last_messages(request, handoffs)
    context = views.handoffs_list(handoffs, messages, session.csrf_token)
    return await staff_page(request, "staff_handoffs.html", "Handoffs", session, "handoffs", **context)


def handoff_id(request: web.Request) -> int:
    raw = request.match_info["handoff_id"]
    if not raw.isdigit() or len(raw) > 12:
        raise web.HTTPNotFound(text="No such handoff.")
    return int(raw)


@staff_only
async def take_handoff(request: web.Request, session: StaffSession) -> web.StreamResponse:
    handoff = handoff_id(request)
    await checked_form(request, session)
    if not await asyncio.to_thread(request.app[STORE].take_handoff, handoff, actor_of(session)):
        raise web.HTTPConflict(text="Someone has already taken or resolved this handoff. Reload the inbox.")
    raise web.HTTPSeeOther("/staff/handoffs")


@staff_only
async def resolve_handoff(request: web.Request, session: StaffSession) -> web.StreamResponse:
    handoff = handoff_id(request)
    await checked_form(request, session)
    if not await asyncio.to_thread(request.app[STORE].resolve_handoff, handoff, actor_of(session)):
        raise web.HTTPConflict(text="This handoff is already resolved. Reload the inbox.")
    raise web.HTTPSeeOther("/staff/handoffs")


@staff_only
async def conversation_page(request: web.Request, session: StaffSession) -> web.Response:
    sender_id = request.match_info["sender_id"]
    transcript = await transcript_of(request, sender_id)
    title = f"Conversation {sender_id}"
    return await staff_page(
        request, "staff_conversation.html", title, session, "handoffs", conversation=transcript
    )


# --- JSON, for scripts with the bearer token ---------------------------------------------


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def claim_json(claim: ClaimRecord) -> dict[str, Any]:
    fields = {name: plain(getattr(claim, name)) for name in claim.__dataclass_fields__}
    fields["events"] = [
        {name: plain(getattr(e, name)) for name in e.__dataclass_fields__} for e in claim.events
    ]
    return fields


@staff_only
async def claims_api(request: web.Request, session: StaffSession) -> web.Response:
    _, found = await search(request)
    return web.json_response(
        {
            "claims": [claim_json(c) for c in found.claims],
            "page": found.page,
            "pages": found.pages,
            "total": found.total,
        }
    )


@staff_only
async def claim_api(request: web.Request, session: StaffSession) -> web.Response:
    claim = await load_claim(request)
    transcript = await transcript_of(request, claim.sender_id)
    lines = [{"speaker": t.speaker, "text": t.text, "at": plain(t.at)} for t in transcript.lines]
    documents = [d.as_json() for d in await documents_of(request, claim)]
    return web.json_response(
        {
            "claim": claim_json(claim),
            "transcript": lines,
            "problem": transcript.problem,
            "documents": documents,
        }
    )


STATUS_EXAMPLE = '{"status": "in_review", "note": "Checking the receipt"}'


def json_error(message: str, status: int) -> web.Response:
    return web.json_response({"error": message, "example": STATUS_EXAMPLE}, status=status)


def json_change(body: Any, session: StaffSession) -> StatusChange | str:
    """The change a JSON body asks for, or what is wrong with it."""
    if not isinstance(body, dict):
        return "The body must be a JSON object."
    status, note, documents = body.get("status"), body.get("note"), body.get("documents", [])
    if not isinstance(status, str):
        return '"status" is required and must be a string.'
    if note is not None and not isinstance(note, str):
        return '"note" must be a string when given.'
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        return '"documents" must be a list of document codes when given.'
    return StatusChange(status, (note or "").strip() or None, actor_of(session), tuple(documents))


@staff_only
async def status_api(request: web.Request, session: StaffSession) -> web.StreamResponse:
    reference = claim_reference(request)
    # A signed-in browser must prove the request comes from our page; a bearer token cannot
    # be sent by another site, so it needs no CSRF token.
    if not session.csrf_ok(request.headers.get("X-CSRF-Token")):
        return json_error("Missing or wrong X-CSRF-Token header.", 403)
    try:
        body = await request.json()
    except ValueError:
        return json_error("The body is not valid JSON.", 400)
    change = json_change(body, session)
    if isinstance(change, str):
        return json_error(change, 400)
    try:
        claim = await apply_change(request, reference, change)
    except web.HTTPConflict as refused:
        return json_error(refused.text or "refused", 409)
    except web.HTTPNotFound:
        return web.json_response({"error": "No such claim."}, status=404)
    return web.json_response({"claim": claim_json(claim)})


@staff_only
async def handoffs_api(request: web.Request, session: StaffSession) -> web.Response:
    handoffs = await asyncio.to_thread(request.app[STORE].open_handoffs)
    return web.json_response(
        {"handoffs": [{name: plain(getattr(h, name)) for name in h.__dataclass_fields__} for h in handoffs]}
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff", claims_page)
    app.router.add_get("/staff/", claims_page)
    app.router.add_get("/staff/login", login_page)
    app.router.add_post("/staff/login", login)
    app.router.add_post("/staff/logout", logout)
    app.router.add_get("/staff/claims.csv", claims_csv)
    app.router.add_get("/staff/claims/{reference}", claim_page)
    app.router.add_post("/staff/claims/{reference}/status", change_status)
    app.router.add_post("/staff/claims/{reference}/notes", add_note)
    app.router.add_post("/staff/claims/{reference}/assign", assign)
    app.router.add_post("/staff/claims/{reference}/remind", remind_documents)
    app.router.add_get("/staff/handoffs", handoffs_page)
    app.router.add_post("/staff/handoffs/{handoff_id}/take", take_handoff)
    app.router.add_post("/staff/handoffs/{handoff_id}/resolve", resolve_handoff)
    app.router.add_get("/staff/conversations/{sender_id}", conversation_page)
    app.router.add_get("/staff/api/claims", claims_api)
    app.router.add_get("/staff/api/claims/{reference}", claim_api)
    app.router.add_post("/staff/api/claims/{reference}/status", status_api)
    app.router.add_get("/staff/api/handoffs", handoffs_api)
