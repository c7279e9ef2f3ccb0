"""Draft texts from files: UTF-8 as expected, older Windows/Office encodings with a note.

Drafts are often saved by Word or Notepad on Windows as Windows-1252 ("ANSI"), in which
"publicación" is not valid UTF-8. Refusing such a file with a codec error helps nobody;
reading it as Windows-1252 (Latin-1 for the five bytes that code page leaves undefined)
gets every Spanish and Portuguese letter right, and the caller says which encoding it used.
"""

from __future__ import annotations

import codecs

UTF8 = "utf-8"
WINDOWS_1252 = "windows-1252"
LATIN_1 = "latin-1"


def decode_draft(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (a BOM dropped), UTF-16 with a
    BOM, else Windows-1252, else Latin-1 (which never fails)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode(UTF8), UTF8
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(UTF8), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError:
        return data.decode("latin-1"), LATIN_1
