"""The context every rule reads: the Doc, its article, the resources, the news sentences, the
mentions resolved to entities, and the role phrases read up front.

A context is built once per Doc by :func:`~relgraph.extract.registry.extract_doc` and is read-only
afterwards: rules never write into it (it only remembers the sentence dates it was asked for), so
their order cannot change their output, and nothing of it is kept on the Doc (a Doc stays picklable
for ``nlp.pipe(n_process=…)``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..records import Article, Entity
from ..resources import Resources, load_resources
from .arguments import arguments
from .boilerplate import boilerplate_ranges, dateline_end, in_ranges
from .dates import sentence_date
from .resolve.actors import ActorResolver
from .resolve.anaphora import AnaphoraResolver
from .resolve.concepts import ConceptResolver
from .resolve.mentions import Mention, MentionReader, with_country
from .resolve.roles import RoleReading, read_roles
from .resolve.sectors import SectorResolver


STORY_PLACES = 3  # place mentions of one state that make it the story's home without a dateline


class DocContext(ActorResolver, AnaphoraResolver, ConceptResolver, SectorResolver):
    """A Doc read for the rules (see the module docstring)."""

    def __init__(self, doc: Doc, resources: Resources | None = None, article: Article | None = None,
                 people: tuple[Entity, ...] = ()) -> None:
        self.doc = doc
        self.article = article
        self.date = article.date if article is not None else None
        self.resources = resources or load_resources()
        self.gazetteer = self.resources.gazetteer
        self.lexicon = self.resources.lexicon
        self.words = self.resources.words
        self.sectors = self.resources.sectors
        # participles that make a modifier no owner: "Iranian-backed", "Saudi-led", "London-based"
        self.not_owning = self.words["backing"] | self.words["leading"] | self.words["placing"] | self.words["linking"]
        self.sent_starts = [s.start for s in doc.sents]
        parsed = doc.text
        # the text as written: the parsed one differs by a character here and there (apostrophes, a dateline's
        # dash), one for one
        self.written = written = article.text if article is not None and len(article.text) == len(parsed) else parsed
        boilerplate = boilerplate_ranges(written)
        self.sentences: tuple[Span, ...] = tuple(s for s in doc.sents if _is_news(s, boilerplate))
        self.story = story = dateline_end(written)  # "KABUL (Reuters) - ": no actor of the story
        mentions = MentionReader(self.gazetteer, self.resources.world, self.date, people).read(doc)
        self.mentions: list[Mention] = [m for m in mentions if doc[m.start].idx >= story]
        # where the story is told from: the dateline's state ("NAJAF, Iraq -"); it places groups
        # the text names without a state ("insurgents", "police")
        self.home: Entity | None = self._home([m for m in mentions if doc[m.start].idx < story])
        # the state whose towns the story names; it places only groups named by a noun of their own ("the
        # rebels"), not a modifier ("a guerrilla war", "rebel-held"), and wins over a dateline that names where
        # the story was told ("SOCHI, Russia - … rebels in Idlib"), which then places no modifier either
        self.towns_home: Entity | None = self._story_home()
        self.story_home: Entity | None = self.towns_home or self.home
        self.modifier_home: Entity | None = self.home if self.towns_home in (None, self.home) else None
        self._index()
        self.roles: tuple[RoleReading, ...] = tuple(read_roles(self))
        self._news_starts = {s.start for s in self.sentences}
        self._dates: dict[int, tuple[str | None, str | None]] = {}

    def _home(self, mentions: list[Mention]) -> Entity | None:
        # a city where international bodies sit ("GENEVA -", "BRUSSELS -") says where news of elsewhere was told
        states = {m.entity.country for m in mentions if m.entity.country and m.entity.type in ("Country", "Place")
                  and m.kind != "demonym" and m.entity.label.lower() not in self.words["hub_cities"]}
        return self.state(next(iter(states))) if len(states) == 1 else None

    def _story_home(self) -> Entity | None:
        """Without a dateline, the state whose towns and regions the story names: at least three
        place mentions and two in three of them (Raqqa, Idlib, Afrin: Syria)."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.entity.type == "Place" and m.entity.country and m.kind != "demonym":
                counts[m.entity.country] = counts.get(m.entity.country, 0) + 1
        if not counts:
            return None
        top = max(counts, key=counts.__getitem__)
        return self.state(top) if counts[top] >= STORY_PLACES and 3 * counts[top] >= 2 * sum(counts.values()) \
            else None

    def _index(self) -> None:
        self.by_token: dict[int, Mention] = {i: m for m in self.mentions for i in range(m.start, m.end)}

    def serves(self, person: Entity, owner: Entity) -> Entity:
        """While the context is built: record that ``person`` serves state ``owner`` (a role phrase)."""
        self.mentions, updated = with_country(self.mentions, person, owner)
        if updated is not person:
            self._index()
        return updated

    def mention(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def arguments(self, verb: Token) -> tuple[list[Token], list[Token]]:
        """Subjects and passive patients of a verb (``arguments.arguments`` with this context's words)."""
        return arguments(verb, self.words["object_control"], self.words["crediting"], self.words["engaging"],
                         self.words["committing"],
                         (self.words["statement_nouns"], self.words["issuing"]))

    def date_of(self, sent: Span) -> tuple[str | None, str | None]:
        """(date, source) of a news sentence's act (``dates.sentence_date``), read when first asked:
        most sentences give no claim; (None, None) for a sentence that is no news."""
        if sent.start not in self._news_starts:
            return None, None
        if sent.start not in self._dates:
            self._dates[sent.start] = sentence_date(sent, self.date)
        return self._dates[sent.start]

    def sentence_index(self, sent: Span) -> int:
        return bisect_right(self.sent_starts, sent.start) - 1


def _is_news(sent: Span, boilerplate) -> bool:
    """Whether a sentence has words outside the boilerplate ranges (judged where its first word starts)."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and not in_ranges(first.idx, boilerplate)
