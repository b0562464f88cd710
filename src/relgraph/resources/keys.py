"""How names become keys and lookup forms: the single place text is normalised for matching.

Entity keys are ``kind/slug`` with an ASCII slug; lookups ignore a leading "the" and fold case
only for forms long enough not to collide with ordinary words.

>>> entity_key("country", "Côte d'Ivoire")
'country/cote-d-ivoire'
>>> strip_the("the Kremlin"), folds("EU"), folds("NATO")
('Kremlin', False, True)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(text: str) -> str:
    """ASCII slug: ``"São Tomé"`` → ``"sao-tome"``.

    >>> slugify("Vladimir Putin"), slugify("Washington, D.C.")
    ('vladimir-putin', 'washington-d-c')
    >>> slugify("São Tomé"), slugify("Владимир")
    ('sao-tome', '')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


def entity_key(kind: str, name: str) -> str:
    """A stable key for an entity the gazetteer lacks: ``kind/ascii-slug``; names no ASCII slug
    can spell ("Владимир Путин") get a short hash of the name instead.

    >>> entity_key("person", "Li Qiang"), entity_key("person", "Владимир Путин")
    ('person/li-qiang', 'person/x-6434d6ff29')
    """
    slug = slugify(name)
    if not slug:
        slug = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{kind}/{slug}"


def strip_the(name: str) -> str:
    """``name`` without a leading "the " (any case), unless nothing would be left.

    >>> strip_the("The Hague"), strip_the("the Kremlin"), strip_the("the "), strip_the("Thessaloniki")
    ('Hague', 'Kremlin', 'the ', 'Thessaloniki')
    """
    return name[4:] if name[:4].casefold() == "the " and len(name) > 4 else name


def folds(name: str) -> bool:
    """Whether a case-insensitive match is allowed: 4+ characters or several words.

    Short single tokens ("US", "EU", "UN") must match exactly, so "us" or "un" never do.

    >>> folds("US"), folds("EU"), folds("Iran"), folds("Al Q")
    (False, False, True, True)
    """
    return len(name) >= 4 or " " in name
