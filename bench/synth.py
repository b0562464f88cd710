"""A synthetic news corpus for benchmarks: deterministic JSONL articles over the gazetteer and lexicon.

Each article is 300-700 words: a headline, a dateline, then paragraphs mixing claim sentences
(an actor from the gazetteer, a verb or event noun of ``ontology/lexicon.tsv``, another actor)
with background sentences of the kind news wraps around them. Run as
``python bench/synth.py OUT.jsonl [--articles 2000] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from relgraph.paths import ontology_file  # noqa: E402
from relgraph.resources.gazetteer import load_gazetteer  # noqa: E402

IRREGULAR = {"meet": "met", "hold": "held", "withdraw": "withdrew", "leave": "left", "send": "sent",
             "strike": "struck", "fight": "fought", "hit": "hit", "put": "put", "quit": "quit",
             "shell": "shelled", "ban": "banned", "target": "targeted", "arm": "armed",
             "expel": "expelled", "counter": "countered", "veto": "vetoed", "partner": "partnered",
             "blacklist": "blacklisted", "rebuff": "rebuffed", "ship": "shipped", "slam": "slammed",
             "float": "floated", "pull": "pulled", "call": "called"}
BACKGROUND = (
    "The two governments have traded statements on the issue for months.",
    "Officials familiar with the discussions said the talks ran late into the evening.",
    "Analysts in the region expect the dispute to shape the agenda of the coming session.",
    "The foreign ministry did not give further details in its written statement.",
    "Markets reacted calmly, and the currency held steady through the afternoon.",
    "Diplomats described the atmosphere as businesslike but tense.",
    "The announcement came a day after a round of consultations among senior officials.",
    "Observers noted that the wording of the communique had been negotiated line by line.",
    "The issue has divided opinion in parliament, where the opposition demanded a debate.",
    "Several delegations left the hall before the vote was taken.",
    "Security in the capital was tightened ahead of the arrival of the delegations.",
    "Trade between the two economies has grown steadily over the past decade.",
    "Human rights groups said they would monitor how the commitments are carried out.",
    "The spokesperson told reporters that more meetings were planned for next month.",
    "Energy prices and shipping routes featured prominently in the discussions.",
    "The statement stopped short of naming a timetable for the next steps.",
    "A joint working group will report back to ministers before the end of the year.",
    "Local media carried the news on their front pages the following morning.",
)
DATELINES = ("BRUSSELS", "GENEVA", "NEW YORK", "BEIJING", "MOSCOW", "WASHINGTON", "NEW DELHI", "ANKARA",
             "CAIRO", "JAKARTA", "BRASILIA", "NAIROBI", "TOKYO", "BERLIN", "PARIS", "DOHA")


@dataclass(frozen=True)
class Verb:
    lemma: str
    relation: str
    prep: str | None  # None: a direct object


def past(lemma: str) -> str:
    """The simple past of a lexicon verb (particles kept: 'call on' -> 'called on')."""
    head, _, rest = lemma.partition(" ")
    if head in IRREGULAR:
        word = IRREGULAR[head]
    elif head.endswith("e"):
        word = head + "d"
    elif head.endswith("y") and head[-2] not in "aeiou":
        word = head[:-1] + "ied"
    else:
        word = head + "ed"
    return f"{word} {rest}".strip()


def lexicon_verbs() -> list[Verb]:
    """VERB rows of the lexicon, each with the object slot it reads (dobj or its first preposition)."""
    verbs = []
    for line in ontology_file("lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, lemma, relation, objects, *_ = line.split("\t")
        if kind != "VERB" or objects == "-":
            continue
        first = objects.split(",")[0]
        if first == "dobj":
            verbs.append(Verb(lemma, relation, None))
        elif first.startswith("prep:"):
            verbs.append(Verb(lemma, relation, first[5:]))
    return verbs


class Writer:
    """Sentences over the gazetteer's actors; one instance per seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        gaz = load_gazetteer()
        by_type: dict[str, list] = {}
        for entry in gaz.entries:
            by_type.setdefault(entry.entity.type, []).append(entry)
        self.countries = by_type.get("Country", [])
        self.orgs = by_type.get("Organization", []) + by_type.get("Group", [])
        self.people = [e for e in by_type.get("Person", []) if e.roles]
        self.concepts = by_type.get("Policy", []) + by_type.get("Agreement", [])
        self.verbs = lexicon_verbs()

    def actor(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            entry = self.rng.choice(self.countries)
        elif r < 0.8 and self.people:
            return self.person()
        else:
            entry = self.rng.choice(self.orgs)
        return entry.entity.label

    def person(self) -> str:
        entry = self.rng.choice(self.people)
        role = entry.roles[0]
        return f"{role.title.capitalize()} {entry.entity.label}" if self.rng.random() < 0.5 else entry.entity.label

    def target(self, verb: Verb) -> str:
        if self.concepts and self.rng.random() < 0.15:
            return "the " + self.rng.choice(self.concepts).entity.label
        return self.actor()

    def claim(self) -> str:
        verb = self.rng.choice(self.verbs)
        subject, obj = self.actor(), self.target(verb)
        act = past(verb.lemma) + (f" {verb.prep}" if verb.prep else "")
        shape = self.rng.randrange(6)
        if shape == 0:
            return f"{subject} {act} {obj} on {self.rng.choice(('Monday', 'Tuesday', 'Thursday', 'Friday'))}."
        if shape == 1:
            return f"{subject} {act} {obj}, officials said."
        if shape == 2:
            return f"In a statement, {subject} {act} {obj} over the dispute."
        if shape == 3:
            other = self.actor()
            return f"{subject} {act} {obj}, while {other} called for restraint."
        if shape == 4:
            return f"{subject} vowed to {verb.lemma}{' ' + verb.prep if verb.prep else ''} {obj}."
        return f"{subject} did not {verb.lemma}{' ' + verb.prep if verb.prep else ''} {obj}, the report said."

    def sentence(self) -> str:
        return self.claim() if self.rng.random() < 0.45 else self.rng.choice(BACKGROUND)

    def article(self, n: int) -> dict:
        target = self.rng.randint(300, 680)
        a, b = self.actor(), self.actor()
        lead = f"{self.rng.choice(DATELINES)} — {self.claim()}"
        paragraphs, current = [lead], []
        words, size = len(lead.split()), self.rng.randint(3, 6)
        while words < target:
            sentence = self.sentence()
            current.append(sentence)
            words += len(sentence.split())
            if len(current) == size:
                paragraphs.append(" ".join(current))
                current, size = [], self.rng.randint(3, 6)
        if current:
            paragraphs.append(" ".join(current))
        month, day = 1 + n % 12, 1 + n % 28
        return {"id": f"synth-{n:06d}", "title": f"{a} and {b} at odds as talks continue",
                "text": "\n\n".join(paragraphs), "date": f"2025-{month:02d}-{day:02d}",
                "url": f"https://news.example.org/synth/{n}", "source": "Synthetic Wire"}


def articles(count: int, seed: int = 7) -> Iterator[dict]:
    """``count`` synthetic articles, the same ones for the same seed."""
    writer = Writer(seed)
    for n in range(count):
        yield writer.article(n)


def write_corpus(path: str | Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` articles as JSONL to ``path``; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(write_corpus(args.out, args.articles, args.seed))


if __name__ == "__main__":
    main()
