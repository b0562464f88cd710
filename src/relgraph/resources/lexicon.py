"""The relation lexicon (``ontology/lexicon.tsv``): the words that signal relations, kept as data.

Each row is ``kind lemma relation objects cameo flags`` (tab-separated, no header); relations are
checked against the ontology's vocabulary. The rows have no header, so this module keeps its own
small reader instead of :func:`relgraph.resources.tables.read_table`.

>>> lex = load_lexicon()
>>> lex.verb("visit").relation, lex.noun("sanctions")[0].relation
('visits', 'sanctions')
>>> lex.control["refuse"], lex.is_light("express"), "say" in lex.speech
('rejects', True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from relgraph.errors import InputError
from relgraph.paths import ontology_file
from relgraph.vocab import relations

__all__ = ["CONTROL_VALUES", "KINDS", "LexEntry", "Lexicon", "load_lexicon", "read_lexicon"]

KINDS = ("VERB", "ADJ", "NOUN", "LIGHT", "CONTROL", "SPEECH", "CONCEPT", "GENERIC", "AGENT", "QUANTITY",
         "EVALUATIVE")
CONTROL_VALUES = ("intended", "possible", "sought", "reported", "negative", "denied", "asserted", "rejects", "threatens",
                  "appealsTo")


FLAGS = ("concept", "mutual", "joint", "actor", "self", "cut", "restore", "light", "armed", "negated", "doer",
         "held", "infinitive", "excludes", "promised")


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One trigger word: its relation, where its object comes from, a finer CAMEO code, flags."""

    lemma: str
    relation: str
    dobj: bool
    preps: frozenset[str]
    ccomp: bool  # the object is the subject of a that-clause ("demanded that North Korea halt…")
    cameo: str | None
    flags: frozenset[str]

    @property
    def concept(self) -> bool:
        return "concept" in self.flags

    @property
    def actors_only(self) -> bool:
        """Subject and object must both be actors (flag ``actor``): no policy, plan or act as object."""
        return "actor" in self.flags

    @property
    def armed_only(self) -> bool:
        """Only between sides of which one is a force, a group or a crowd (flag ``armed``): states and
        persons "clash" in words too."""
        return "armed" in self.flags

    @property
    def mutual(self) -> bool:
        return "mutual" in self.flags

    @property
    def doer(self) -> bool:
        """The noun names the one who does the act (flag ``doer``): "the kidnappers of two engineers"
        coerce the engineers; a possessive is the one it is done to ("the Americans' killers")."""
        return "doer" in self.flags

    @property
    def held(self) -> bool:
        """The noun is a state one is held in (flag ``held``): in "X was held in Turkish custody" its
        owner acts on the clause's subject."""
        return "held" in self.flags

    @property
    def itself(self) -> bool:
        """The noun is its own object: "the EU's plan" -> the EU proposes the plan."""
        return "self" in self.flags

    @property
    def blocking_preps(self) -> frozenset[str]:
        """Prepositions that cancel the claim (flag ``unless-as``)."""
        return frozenset(f[7:] for f in self.flags if f.startswith("unless-"))


@dataclass(frozen=True)
class Lexicon:
    """Trigger words by kind; ``path`` is the file it was read from (None when built in memory)."""

    verbs: dict[str, LexEntry]  # lemma, or "lemma particle" for phrasal verbs
    adjectives: dict[str, LexEntry]  # predicative adjectives read as verbs: "is critical of X"
    nouns: dict[str, tuple[LexEntry, ...]]
    light: dict[str, frozenset[str]]  # light verb -> flags ("cut", "restore")
    control: dict[str, str]
    speech: frozenset[str]
    infinitive_only: frozenset[str]  # control verbs that govern only a to-infinitive ("is set to strike")
    concept_heads: frozenset[str]
    generic: frozenset[str]
    agents: frozenset[str]
    quantities: frozenset[str]
    evaluative: dict[str, tuple[str, bool]]  # word -> (relation, judges only when denied)
    path: Path | None = field(default=None, compare=False)

    def verb(self, lemma: str) -> LexEntry | None:
        return self.verbs.get(lemma)

    def adjective(self, lemma: str) -> LexEntry | None:
        return self.adjectives.get(lemma)

    def noun(self, lemma: str) -> tuple[LexEntry, ...]:
        return self.nouns.get(lemma, ())

    def is_light(self, lemma: str) -> bool:
        return lemma in self.light


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The lexicon from ``path`` (default: the shipped ``ontology/lexicon.tsv``), read once per path."""
    return read_lexicon(path)


def read_lexicon(path: Path | None = None) -> Lexicon:
    """Read and check the lexicon at ``path`` now, bypassing :func:`load_lexicon`'s cache."""
    path = path or ontology_file("lexicon.tsv")
    verbs: dict[str, LexEntry] = {}
    adjectives: dict[str, LexEntry] = {}
    nouns: dict[str, list[LexEntry]] = {}
    light: dict[str, frozenset[str]] = {}
    control: dict[str, str] = {}
    evaluative: dict[str, tuple[str, bool]] = {}
    sets: dict[str, set[str]] = {"SPEECH": set(), "CONCEPT": set(), "GENERIC": set(), "AGENT": set(),
                               "QUANTITY": set(), "INFINITIVE": set()}
    known = relations()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        where = f"{path.name}:{number}"
        if len(cells) != 6:
            raise InputError(f"{where}: expected 6 tab-separated columns, found {len(cells)}")
        kind, lemma, relation, objects, cameo, flags = (c.strip() for c in cells)
        if kind not in KINDS:
            raise InputError(f"{where}: unknown kind {kind!r}; choose one of: {', '.join(KINDS)}")
        flagset = frozenset() if flags == "-" else frozenset(flags.split(","))
        unknown = sorted(f for f in flagset if f not in FLAGS and not f.startswith("unless-"))
        if unknown:
            raise InputError(f"{where}: unknown flag {unknown[0]!r}; choose from: {', '.join(FLAGS)}, unless-<prep>")
        if kind in ("VERB", "ADJ", "NOUN", "EVALUATIVE"):
            if relation not in known:
                raise InputError(f"{where}: unknown relation {relation!r}; see ontology/relgraph.ttl")
            if kind == "EVALUATIVE":
                evaluative[lemma] = (relation, "negated" in flagset)
                continue
            entry = _entry(lemma, relation, objects, cameo, flagset)
            if kind in ("VERB", "ADJ"):
                table = verbs if kind == "VERB" else adjectives
                if lemma in table:  # one reading per verb; a phrasal verb ("seize from") reads otherwise
                    raise InputError(f"{where}: the {kind.lower()} {lemma!r} is listed twice; give it one row, or a "
                                     f"phrasal row such as '{lemma} from'")
                table[lemma] = entry
            else:
                nouns.setdefault(lemma, []).append(entry)
        elif kind == "LIGHT":
            light[lemma] = flagset
        elif kind == "CONTROL":
            if relation not in CONTROL_VALUES:
                raise InputError(
                    f"{where}: unknown control value {relation!r}; choose one of: {', '.join(CONTROL_VALUES)}"
                )
            control[lemma] = relation
            if "infinitive" in flagset:
                sets["INFINITIVE"].add(lemma)
        else:
            sets[kind].add(lemma)
    return Lexicon(
        verbs=verbs,
        adjectives=adjectives,
        nouns={k: tuple(v) for k, v in nouns.items()},
        light=light,
        control=control,
        speech=frozenset(sets["SPEECH"]),
        infinitive_only=frozenset(sets["INFINITIVE"]),
        concept_heads=frozenset(sets["CONCEPT"]),
        generic=frozenset(sets["GENERIC"]),
        agents=frozenset(sets["AGENT"]),
        quantities=frozenset(sets["QUANTITY"]),
        evaluative=evaluative,
        path=path,
    )


def _entry(lemma: str, relation: str, objects: str, cameo: str, flags: frozenset[str]) -> LexEntry:
    dobj, ccomp, preps = False, False, set()
    for part in objects.split(","):
        part = part.strip()
        if part == "dobj":
            dobj = True
        elif part == "ccomp":
            ccomp = True
        elif part.startswith("prep:"):
            preps.add(part[5:])
        elif part and part != "-":
            preps.add(part)
    return LexEntry(lemma, relation, dobj, frozenset(preps), ccomp, None if cameo == "-" else cameo,
                    flags)
