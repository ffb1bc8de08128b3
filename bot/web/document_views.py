"""The documents section of a staff claim page: each file with its thumbnail, kind,
size, what was read and a download link. Values are escaped by bot/web/templates.py."""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.documents import DocumentRecord
from bot.web.templates import Safe, fill, join

EMPTY_SAFE = Safe("")

ROW = """<li class="document">
$thumbnail<a href="/staff/documents/$id" download>$filename</a>
<span class="document-kind">$kind</span> <span class="document-size">$size</span>
<dl class="document-read"><dt>Amounts</dt><dd>$amounts</dd><dt>Dates</dt><dd>$dates</dd>$facts</dl>
<details><summary>Text read</summary><pre>$text</pre></details>
</li>"""
THUMBNAIL = '<img class="document-thumbnail" src="/staff/documents/$id/thumbnail" alt="" width="96">'
FACT = "<dt>$label</dt><dd>$value</dd>"
FACT_LABELS = {
    "seller": "Seller or appraiser",
    "carat": "Carat",
    "colour": "Colour",
    "clarity": "Clarity",
    "serial_number": "Serial number",
    "report_number": "Report number",
}


def size_words(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def document_row(doc: DocumentRecord) -> Safe:
    facts = join(
        (
            fill(FACT, label=label, value=doc.read_facts[key])
            for key, label in FACT_LABELS.items()
            if doc.read_facts.get(key)
        ),
        "",
    )
    kind = (doc.kind or "not known").replace("_", " ") + ("" if doc.kind_confirmed else " (guessed)")
    return fill(
        ROW,
        thumbnail=fill(THUMBNAIL, id=doc.id) if doc.content_type.startswith("image/") else EMPTY_SAFE,
        id=doc.id,
        filename=doc.filename,
        kind=kind,
        size=size_words(doc.size),
        amounts=", ".join(f"{a:,.2f}" for a in doc.read_amounts) or "none",
        dates=", ".join(doc.read_dates) or "none",
        facts=facts,
        text=doc.read_text[:4000] or "(no text)",
    )


def documents_section(documents: Sequence[DocumentRecord]) -> Safe:
    rows = join(document_row(d) for d in documents) if documents else Safe("<li>None uploaded.</li>")
    return fill(
        '<section aria-labelledby="documents-heading">\n<h2 id="documents-heading">Uploaded documents</h2>\n'
        '<ul class="documents">$rows</ul>\n</section>',
        rows=rows,
    )
