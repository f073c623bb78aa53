"""Which text encoding a file is in, for the articles strikewatch reads (French, English, and their
Western European neighbours).

charset-normalizer alone reads short Latin-1 and cp1252 texts as cp1250 ("grève à" → "grčve ŕ") and
reads a UTF-8 file with a few broken bytes whole as another charset. So, in order:
  1. a byte-order mark says it (UTF-16, UTF-8);
  2. valid UTF-8 is UTF-8;
  3. *mostly* UTF-8 (its multi-byte sequences outnumber its bad bytes) is UTF-8, bad bytes replaced;
  4. text whose cp1252 reading looks like Western European text is cp1252 (Latin-1 when it holds
     bytes cp1252 leaves undefined): a few accented letters among ASCII ones;
  5. anything else is charset-normalizer's guess, else cp1252 as a last resort (every byte means
     something in it: no file is refused for one bad byte).
Every step but the first two is reported, naming the encoding used."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Non-ASCII characters of Western European text: letters of French, Spanish, German, Portuguese,
# Italian, Catalan, Dutch, Nordic; typographic punctuation; currency and common signs.
WESTERN = frozenset("àâäáãåæçéèêëíìîïñóòôöõøœúùûüýÿßÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜÝŸ"
                    "“”„‘’‚«»‹›–—…€£¥°·•×§©®™¡¿ºª²³½¼¾\u00a0\u00ad")
MAX_ACCENTED_SHARE = 0.3  # Western European prose: most letters are ASCII (Russian in cp1252: none)
MIN_WESTERN_SHARE = 0.9
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # said to the user: how the text was read, when it was not plain UTF-8


def bad_and_good(data: bytes) -> tuple[int, int]:
    """(invalid UTF-8 sequences, valid multi-byte characters) of `data`."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return bad, good


def looks_western(text: str) -> bool:
    """Whether a decoded text reads like Western European prose: few non-ASCII letters, nearly all
    of them the accented letters and punctuation of those languages."""
    letters = sum(1 for ch in text if ch.isalpha())
    foreign = [ch for ch in text if ord(ch) > 127]
    if not foreign:
        return True
    western = sum(1 for ch in foreign if ch in WESTERN)
    accented_letters = sum(1 for ch in foreign if ch.isalpha())
    return (western >= MIN_WESTERN_SHARE * len(foreign)
            and accented_letters <= MAX_ACCENTED_SHARE * max(letters, 1))


def _western(data: bytes) -> Decoded | None:
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined; Latin-1 defines them all
        if looks_western(text):
            return Decoded(text, encoding)
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 4 kB, if Python knows it."""
    import codecs

    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """The text of `data` (not empty, not binary) and how it was read; see the module docstring.
    `declared` is a charset the file states (an HTML <meta>), tried right after valid UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared and declared not in ("utf-8", "utf-16"):
        try:
            return Decoded(data.decode(declared), declared, f"decoded as {declared}, as the page declares")
        except (UnicodeDecodeError, LookupError):
            pass
    bad, good = bad_and_good(data)
    if good >= bad:
        return Decoded(data.decode("utf-8-sig", errors="replace"), "utf-8",
                       f"mostly UTF-8: {bad} invalid byte sequence{'s' if bad > 1 else ''} replaced by \ufffd "
                       f"(first at byte {first_bad})")
    western = _western(data)
    if western is not None:
        return Decoded(western.text, western.encoding,
                       f"not valid UTF-8 (bad byte at offset {first_bad}); decoded as {western.encoding}")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return Decoded(str(best), best.encoding,
                       f"not valid UTF-8 (bad byte at offset {first_bad}); decoded as {best.encoding} (a guess)")
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252",
                   f"not valid UTF-8 (bad byte at offset {first_bad}) and no encoding fits well; "
                   "decoded as cp1252, unknown bytes replaced")
