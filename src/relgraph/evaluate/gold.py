"""Gold files (``relgraph-gold/1``, see shared/eval/README.md and tests/gold/GUIDE.md) and the rule
that decides whether a predicted claim matches a gold claim.

>>> normalise_name("The People's Republic of China's")
'people republic of china'
>>> normalise_name("ISR/military")
'isr military'
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..readers.files import normalise_date
from ..records import Article, Claim, Entity
from ..resources.sectors import acting_state
from ..vocab import is_a, relation as relation_info

GOLD_FORMAT = "relgraph-gold/1"
MODALITIES = ("asserted", "reported", "intended", "possible")
# A claim stated as happening (by the text or by a speaker in it) versus one that is planned or
# merely possible: a gold claim that records its modality is matched only within its class.
FACTUAL = frozenset({"asserted", "reported"})
# The sectors whose actors act for their state (DESIGN.md §5): they also match the state's ISO3.
STRUCTURE_RELATIONS = ("memberOf", "headOfStateOf", "headOfGovernmentOf", "officialOf", "locatedIn")


def normalise_name(name: str) -> str:
    """Case-fold, drop accents, punctuation, "the" and possessive "'s" ("António" is "Antonio"); dotted
    initials are one word ("U.N." is "UN")."""
    text = re.sub(r"\b(?:\w\.){2,}", lambda m: m.group().replace(".", ""), name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(w for w in text.split() if w != "the")


def claim_kind(relation: str) -> str:
    """``structure`` for roles, membership and places; ``event`` for everything else."""
    return "structure" if any(is_a(relation, r) for r in STRUCTURE_RELATIONS) else "event"


@dataclass(frozen=True, slots=True)
class GoldClaim:
    subject: frozenset[str]
    relations: tuple[str, ...]
    object: frozenset[str]
    polarity: str = "positive"
    either_direction: bool = False
    required: bool = True
    why: str = ""
    shown: tuple[str, str] = ("", "")  # the first subject and object names as the gold file writes them
    modality: str | None = None  # the annotator's reading; None: any modality matches

    def describe(self) -> str:
        neg = "" if self.polarity == "positive" else " (negative)"
        mod = f" [{self.modality}]" if self.modality and self.modality != "asserted" else ""
        return f"{self.shown[0]} {'|'.join(self.relations)} {self.shown[1]}{neg}{mod}"

    @property
    def kind(self) -> str:
        return claim_kind(self.relations[0])


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    claims: tuple[GoldClaim, ...]
    must_not: tuple[GoldClaim, ...]
    title: str | None = None
    date: str | None = None

    def article(self) -> Article:
        """The article as relgraph reads it (title and date included where the source gives them)."""
        return Article(id=self.id, text=self.text, title=self.title, date=self.date)


def entity_keys(entity: Entity) -> set[str]:
    """The normalised names a gold list may use for an entity: its label and curated aliases
    ("Sergei Lavrov" for "Sergey Lavrov"), QID, a state's ISO3, a
    sub-state actor's ``ISO3/sector`` code, and for the state's own sectors (its government,
    military, police…) the state's ISO3 and names, since they act for it."""
    keys = {normalise_name(entity.label)} | {normalise_name(alias) for alias in entity.aliases}
    if entity.wikidata:
        keys.add(entity.wikidata.casefold())
    state = acting_state(entity)
    if state is not None:
        keys.add(state.casefold())
        if entity.type != "Country":  # its agents also answer to the state's names
            keys |= _state_names(state)
    if entity.sector:
        keys.add(normalise_name(f"{entity.country or ''}/{entity.sector}"))
    return keys


@lru_cache(maxsize=None)
def _state_names(iso3: str) -> frozenset[str]:
    from ..resources import load_resources

    try:
        entry = load_resources().gazetteer.by_key(f"country/{iso3}")
    except KeyError:
        return frozenset()
    return frozenset(normalise_name(n) for n in entry.names)


def entity_matches(entity: Entity, names: frozenset[str]) -> bool:
    return bool(entity_keys(entity) & names)


def same_class(modality: str, gold: str | None) -> bool:
    return gold is None or (modality in FACTUAL) == (gold in FACTUAL)


def claim_matches(claim: Claim, gold: GoldClaim) -> bool:
    if claim.polarity != gold.polarity or not same_class(claim.modality, gold.modality):
        return False
    if not any(is_a(claim.relation, r) for r in gold.relations):
        return False
    if entity_matches(claim.subject, gold.subject) and entity_matches(claim.object, gold.object):
        return True
    # a symmetric relation (owl:SymmetricProperty: meetings, cooperation, trade, agreements signed) says
    # the same thing either way round, whatever direction the annotator wrote
    return (gold.either_direction or relation_info(claim.relation).symmetric) and \
        entity_matches(claim.subject, gold.object) and entity_matches(claim.object, gold.subject)


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file; an entry with neither ``text`` nor ``file`` is the article of that id in
    the JSONL named by its own ``"source"`` or the file's, read as ``relgraph build`` reads it; an inline
    ``text`` may come with its ``title`` and ``date``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no gold file at '{path}'; give a relgraph-gold/1 JSON file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"gold file '{path}' is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise InputError(f"gold file '{path}' lacks \"format\": \"{GOLD_FORMAT}\"")
    pools: dict[str, dict[str, Article]] = {}
    articles = []
    for n, raw in enumerate(data.get("articles", [])):
        where = f"{path}: article {n}"
        title = date = None
        if "text" in raw:  # (an inline article may give its title and date, read as a JSONL line's are)
            text, title, date = raw["text"], raw.get("title"), normalise_date(raw.get("date"))
        elif "file" in raw:
            source = (path.parent / raw["file"]).resolve()
            try:
                text = source.read_text(encoding="utf-8")
            except OSError:
                raise InputError(f"{where}: cannot read its file '{source}'") from None
        elif "id" in raw and (raw.get("source") or data.get("source")):
            source = raw.get("source") or data["source"]
            if source not in pools:
                pools[source] = source_articles(path, source)
            found = pools[source].get(str(raw["id"]))
            if found is None:
                raise InputError(f"{where}: id '{raw['id']}' is not in its source '{source}'")
            text, title, date = found.text, found.title, found.date
        else:
            raise InputError(f"{where}: needs \"text\", \"file\", or an \"id\" in the file's \"source\"")
        articles.append(GoldArticle(
            id=str(raw.get("id", n)), text=text, title=title, date=date,
            claims=tuple(_gold_claim(c, where) for c in raw.get("claims", [])),
            must_not=tuple(_gold_claim(c, where) for c in raw.get("must_not", [])),
        ))
    return articles


def source_articles(gold_path: Path, source: str) -> dict[str, Article]:
    """The articles of a gold file's JSONL source by id (the reader ``relgraph build`` uses)."""
    from ..readers.jsonl import read_jsonl

    path = (gold_path.parent / source).resolve()
    if not path.is_file():
        raise InputError(f"gold file '{gold_path}': its source '{source}' is missing (looked for {path})")
    return {a.id: a for a in read_jsonl(path) if isinstance(a, Article)}


def _gold_claim(raw: dict, where: str) -> GoldClaim:
    try:
        # A relation name outside the vocabulary is kept: it simply never matches a prediction.
        modality = raw.get("modality")
        if modality is not None and modality not in MODALITIES:
            raise InputError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
        if not raw["relation"] or not isinstance(raw["relation"], list):
            raise InputError(f"{where}: a gold claim's \"relation\" must be a non-empty list")
        return GoldClaim(
            subject=frozenset(normalise_name(n) for n in raw["subject"]),
            relations=tuple(raw["relation"]),
            object=frozenset(normalise_name(n) for n in raw["object"]),
            polarity=raw.get("polarity", "positive"),
            either_direction=bool(raw.get("either_direction", False)),
            required=bool(raw.get("required", True)),
            why=raw.get("why", ""),
            shown=(raw["subject"][0] if raw["subject"] else "", raw["object"][0] if raw["object"] else ""),
            modality=modality,
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise InputError(f"{where}: a gold claim lacks {exc}") from None
