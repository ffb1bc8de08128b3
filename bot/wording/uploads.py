"""What the chat page (and whoever calls the upload endpoint) is told when a file is refused.

Each says what was wrong and what works instead; bot/web/uploads.py decides when.
"""

from __future__ import annotations

MB = 1024 * 1024

TOO_MANY_PIXELS = (
    "That image has too many pixels to be a photo of a document. "
    "Send a normal phone photo (for example 4032 x 3024)."
)
NOT_AN_IMAGE = "That file is not a JPEG, PNG or HEIC image, whatever its name says."
IMAGE_UNREADABLE = "That image could not be read: it may be damaged. Try taking the photo again."
PDF_PASSWORD = "That PDF is password protected: send a copy without a password."
PDF_ACTIVE_CONTENT = (
    "That PDF contains scripts or automatic actions, which we do not accept. "
    "Print it to a new PDF and send that."
)
PDF_UNREADABLE = "That PDF could not be opened: it may be damaged. Try saving it again."
NOT_FLAT_FORM = "Send a flat multipart form: sender_id, then one or more file fields."
UNEXPECTED_FIELD = "Unexpected field: send sender_id first, then one or more file fields."
SENDER_FIRST = "Send sender_id before the files, for example sender_id=<your conversation id>."
CLAIM_ROOM_FULL = "These files would pass the limit for one claim. Send only the documents that matter."
ORIGIN_NOT_ALLOWED = "This page's origin is not one of the site origins (SITE_ORIGINS)."
NOT_MULTIPART = "Send the files as multipart/form-data: sender_id, then file fields."
SENDER_TOO_LONG = "sender_id is too long: send the conversation id the chat was given."
SENDER_MISSING = "sender_id is missing: send the conversation id the chat was given."
NO_CLAIM = "This conversation has no claim in progress or stored, so it cannot add documents."
NO_FILE = "No file was sent: add one or more file fields, for example a receipt photo."
CUT_OFF = "The upload was cut off or malformed: try sending it again."
NOT_JSON = 'Send JSON, for example {"sender_id": "...", "kind": "receipt"}.'
CANNOT_CHANGE = "This conversation cannot change that document."
CANNOT_REMOVE = "This conversation cannot remove that document."
NO_SUCH_DOCUMENT = "No such document in this conversation."


def pdf_pages(most: int) -> str:
    return f"That PDF has no pages or more than {most}: send the pages that matter."


def file_too_large(name: str, limit_bytes: int) -> str:
    return f"{name} is larger than {limit_bytes // MB} MB: send a smaller photo or scan."


def claim_total_too_large(limit_bytes: int) -> str:
    return f"A claim can have at most {limit_bytes // MB} MB of documents; these would pass it."


def unknown_kind(kinds: tuple[str, ...]) -> str:
    return f"kind must be one of {', '.join(kinds)}, for example receipt."
