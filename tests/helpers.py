"""Small builders for test inputs that are awkward to keep as files (PDFs)."""
from __future__ import annotations


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A valid PDF whose pages carry `pages` as a real text layer (Helvetica, WinAnsi); an empty
    list of lines gives a page with no text, like a scanned page."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = b"BT /F1 11 Tf 14 TL 50 780 Td " + b" ".join(_pdf_string(l) + b" Tj T*" for l in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_ref)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects)


def make_bomb_pdf(inflated: int = 200_000_000) -> bytes:
    """A small PDF whose one content stream inflates to `inflated` bytes (a decompression bomb)."""
    import zlib

    payload = zlib.compress(b"BT /F1 11 Tf 50 780 Td (Greve) Tj ET\n" + b" " * inflated, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(payload), payload),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"]
    return _assemble(objects)


def make_aes_pdf(lines: list[str]) -> bytes:
    """A PDF encrypted with AES-128 and an empty user password (opens without a prompt in viewers)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([lines]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    sink = io.BytesIO()
    writer.write(sink)
    return sink.getvalue()


def _assemble(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (the first the catalog) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def assert_place(language: str, text: str, name: str, country: str | None, admin1: str | None) -> None:
    """The place named `name` in `text` is read in `country`/`admin1`, or is no place (country None)."""
    from strikewatch.pipeline import locate

    found = [m for m in locate(text, language) if name in m.text or m.text in name and len(m.text) > 3]
    if country is None:
        assert found == [], [(m.text, m.place.name, m.place.country) for m in found]
        return
    assert found, f"{name!r} not found in {text!r}"
    place = found[0].place
    assert (place.country, place.admin1 if place.kind != "country" else None) == (country, admin1)
