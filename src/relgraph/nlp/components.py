"""spaCy components: paragraph-aware sentence starts, the actor gazetteer, and the claims.

All are registered factories (declaring what they assign and require, so ``nlp.analyze_pipes()``
catches a misordered pipeline), usable in any English pipeline::

    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner")   # config: {"gazetteer_dir": ..., "lexicon_path": ...}
    nlp.add_pipe("relgraph_claims")                # optional: doc._.claims, a list of Claim records

``relgraph_actors`` owns the pipeline's :class:`~relgraph.resources.Resources` (gazetteer, lexicon,
word lists) and writes ``doc.spans["actors"]``: each span's ``label_`` is how it names the actor
(``name``, ``metonym``, ``demonym``, ``place``, ``person``, ``org``, ``gpe``) and ``kb_id_`` is the
gazetteer key (``country/CHN``) or, for names the gazetteer lacks, a key minted from the text.
``relgraph_claims`` reads with the same resources. A name matched regardless of case must still be
written as a name: "Turkey" and "TURKEY" are the country, "the roast turkey" is not.
"""

from __future__ import annotations

from dataclasses import fields

from spacy.language import Language
from srsly.msgpack import msgpack_decoders, msgpack_encoders
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extract import extract_doc, get_extractor
from ..extract.resolve.mentions import GAZETTEER_KINDS, SPAN_KEY
from ..records import Claim, Entity
from ..resources import Resources, load_resources
from ..resources.gazetteer import entity_key
from .person_names import person_extents

# When one stretch of text is several kinds of name, the earlier kind wins.
KIND_RANK = {"name": 0, "metonym": 1, "demonym": 2, "place": 3, "person": 4, "org": 5, "gpe": 6}
NER_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "gpe", "FAC": "gpe"}
POSSESSIVE = {"'s", "’s", "'", "’"}
LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})  # Portuguese, Spanish… links inside a name
MOTION_PREPS = frozenset({"from", "to", "into", "toward", "towards", "out"})


@Language.component("relgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and bylines stand alone."""
    breaks = False
    for token in doc:
        if breaks:
            token.is_sent_start = True
        breaks = "\n" in token.text_with_ws
    return doc


@Language.factory("relgraph_actors", default_config={"gazetteer_dir": None, "lexicon_path": None},
                  assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.dep"])
def make_actor_ruler(nlp: Language, name: str, gazetteer_dir: str | None, lexicon_path: str | None) -> ActorRuler:
    return ActorRuler(nlp, load_resources(gazetteer_dir, lexicon_path))


class ActorRuler:
    """Marks every gazetteer name, metonym, demonym and place, plus the model's own PERSON/ORG/GPE."""

    def __init__(self, nlp: Language, resources: Resources) -> None:
        self.resources = resources
        self.place_preps = resources.words["locative_preps"] | MOTION_PREPS  # "in Manbij", "from Afrin"
        gazetteer = resources.gazetteer
        words = resources.words  # words never part of a person's name ("President", "Colonel", "Mr")
        self.titles = gazetteer.title_words.union(*(words[kind] for kind in ("name_titles", "title_words", "honorifics",
                                                                           "courtesy_titles")))
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list] = {}
        folded: dict[str, list] = {}
        for surface, kind, key in gazetteer.all_names():
            label = f"{kind}|{key}"
            for form in _forms(surface):
                exact.setdefault(label, []).append(form)
                if len(form) >= 4 or " " in form:
                    folded.setdefault(label, []).append(form)
        tokenizer = nlp.tokenizer
        for label, forms in exact.items():
            self.exact.add(label, [tokenizer(f) for f in dict.fromkeys(forms)])
        for label, forms in folded.items():
            self.folded.add(label, [tokenizer(f.lower()) for f in dict.fromkeys(forms)])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                if matcher is self.folded and (not written_as_name(doc[start:end]) or _hyphen_tail(doc, start)):
                    continue  # "the roast turkey" is no Turkey; "al-Sadr" is no SADR
                kind, _, key = doc.vocab.strings[match_id].partition("|")
                spans.append(Span(doc, start, end, label=kind, kb_id=key))
        extents = person_extents(doc, self._title_word, lambda text: self.resources.gazetteer.lookup(text) is not None)
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            extent = extents.get(ent.start, (ent.start, ent.end)) if kind == "person" else (ent.start, ent.end)
            if kind is None or extent is None:
                continue  # (the second half of a name cut in two is its first half's)
            first, last = extent
            end = last
            while end > first and doc[end - 1].text in POSSESSIVE:
                end -= 1
            start = first + (1 if doc[first].lower_ == "the" else 0)
            if kind == "org":  # "the International Centre … at King's College London": the centre
                end = next((t.i for t in doc[start + 1:end] if t.text == "at"), end)
            if end <= start:
                continue
            text = doc[start:end].text
            if kind == "person" and doc[end - 1].lower_ in self.resources.words["body_heads"]:
                kind = "org"  # the model's "Supreme National Security Council" is no person
            if self.resources.sectors.sector(text.lower()) is not None:
                continue  # "Gunmen", "Police" opening a sentence: a sector noun, not a name
            spans.append(Span(doc, start, end, label=kind, kb_id=entity_key(_KIND_PREFIX[kind], text)))
        spans += self._unmarked_places(doc, spans)
        spans += self._titled_names(doc, spans)
        doc.spans[SPAN_KEY] = _choose(spans, self.resources.words, self.titles, self.resources.sectors.sector)
        return doc

    def _title_word(self, word: str) -> bool:
        return word in self.titles or f"{word}." in self.titles

    def _titled_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Persons the model did not mark after an abbreviated role title: "Sen. John McCain", "Rep.
        Porter Goss" (two or three capitalised names after a title of roles.tsv that ends in a period),
        or after a royal or princely title, where one name is enough: "Queen Sirikit", "Sheikh Tamim"."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        royals, locative = self.resources.words["name_titles"], self.resources.words["locative_preps"]
        for token in doc[:-1]:
            if not token.text[0].isupper():
                continue
            # (not after "in", "at"…: "homes in Sheikh Jarrah" is a neighbourhood)
            royal = token.lower_ in royals and token.i not in taken and not (token.i and doc[token.i - 1].lower_ in locative)
            if not royal and (len(token) < 3 or not token.text.endswith(".") or self.resources.gazetteer.role(token.text) is None):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and end not in taken:
                end += 1
            if end - token.i >= (2 if royal else 3):
                name = doc[token.i + 1:end]
                found.append(Span(doc, name.start, name.end, label="person", kb_id=entity_key("person", name.text)))
        return found

    def _unmarked_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Places the model did not mark, found in the world index: a proper name after a locative or
        motion preposition ("withdrew from Afrin", "fighting in Manbij") or named as a settlement ("the
        town of Manbij"), or an object or subject that is a town of a state the text names ("Syria …
        Turkish troops shelled Manbij")."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        named = {s.kb_id_.partition("/")[2] for s in spans if s.kb_id_.startswith("country/")}
        found = []
        settlements = self.resources.words["settlements"]
        for token in doc:
            if token.pos_ != "PROPN" or token.i in taken:
                continue
            located = token.dep_ == "pobj" and (token.head.lower_ in self.place_preps or (
                token.head.lower_ == "of" and token.head.head.lemma_.lower() in settlements))
            if not (located or token.dep_ in ("dobj", "nsubj", "nsubjpass")):
                continue
            if not located and getattr(self.resources.world.resolve(token.text), "country", None) not in named:
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                    and start - 1 not in taken:
                start -= 1
            name = doc[start:token.i + 1]
            if name[0].is_title and self.resources.world.resolve(name.text) is not None:
                found.append(Span(doc, start, token.i + 1, label="gpe", kb_id=entity_key("place", name.text)))
        return found


def written_as_name(span: Span) -> bool:
    """Whether a span is written as a name: its first word capitalised ("Turkey", "TURKEY", "Chinese
    foreign ministry"), not a common word that happens to spell one ("the roast turkey")."""
    first = next((t for t in span if t.is_alpha), None)
    return first is None or first.is_title or first.is_upper


_KIND_PREFIX = {"person": "person", "org": "org", "gpe": "place"}


def _hyphen_tail(doc: Doc, start: int) -> bool:
    """Whether a match starts right after a hyphen glued to a word: the tail of a name ("al-Sadr")."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha





def _forms(surface: str) -> list[str]:
    """A name and its form without a leading "the", each also with straight apostrophes ("Kurdistan
    Workers’ Party" is matched in text parsed with "'")."""
    forms = [surface]
    if surface.lower().startswith("the ") and len(surface) > 4:
        forms.append(surface[4:])
    return forms + [f.replace("’", "'") for f in forms if "’" in f]


def _choose(spans: list[Span], words, titles: frozenset[str], sector=lambda term: None) -> list[Span]:
    """Gazetteer names first (longest wins, then the better kind); the model's own PERSON/ORG/GPE
    spans only where no gazetteer name stands, so "Mali, Burkina Faso" stays two countries."""
    def best(group: list[Span]) -> list[Span]:
        return filter_spans(sorted(group, key=lambda s: (-(s.end - s.start), KIND_RANK[s.label_], s.start)))

    persons = [s for s in spans if s.label_ == "person"]
    gazetteer = [s for s in spans if s.label_ in GAZETTEER_KINDS and not _inside_name(s, persons)
                 and not _another_person(s, persons, titles)]
    longer = [s for s in spans if s.label_ == "org" and _extends_name(s, gazetteer)]
    gazetteer = [g for g in gazetteer if not any(m.start < g.start and g.end == m.end for m in longer)]
    named = [s for s in spans if s.label_ == "org" and _demonym_led(s, gazetteer, sector)]
    gazetteer = [g for g in gazetteer if not any(m.start == g.start and g.end < m.end for m in named)]
    bodies = [(m, at) for m in spans if m.label_ == "org" and (at := _body_for(m, words["institute_nouns"])) is not None]
    gazetteer = [g for g in gazetteer if not any(at < g.start and g.end <= m.end for m, at in bodies)]
    chosen = best(gazetteer)
    taken = {i for s in chosen for i in range(s.start, s.end)}
    model = [s for s in spans if s.label_ not in GAZETTEER_KINDS
             and not any(i in taken for i in range(s.start, s.end)) and not _title_fragment(s, words)]
    return sorted(chosen + best(model), key=lambda s: s.start)


def _another_person(span: Span, persons: list[Span], titles: frozenset[str]) -> bool:
    """A listed person's surname ending a longer personal name whose first name is none of theirs:
    "Turki al-Maliki" is not Nouri al-Maliki."""
    if not span.kb_id_.startswith("person/"):
        return False
    names = set(span.kb_id_.removeprefix("person/").split("-"))
    for p in persons:
        if p.start < span.start and p.end == span.end:
            given = next((t for t in p.doc[p.start:span.start] if t.is_alpha and t.lower_ not in titles), None)
            # ("Beyond Donald Trump's threats" names no one else; "al" and "bin" are no given names)
            return given is not None and given.pos_ == "PROPN" and given.lower_ not in names \
                and given.lower_ not in ("al", "el", "bin", "ibn", "abu")
    return False


def _inside_name(span: Span, persons: list[Span]) -> bool:
    """A listed name inside a name the model took for a person, between two of its words or after a particle:
    "Fatah" in "Abdel Fatah al-Sisi" is part of the person, "Praia" of the town "Mocímboa da Praia"."""
    return not span.kb_id_.startswith("person/") and any(
        p.start < span.start and p.doc[span.start - 1].is_alpha
        and (span.end < p.end and p.doc[span.end].is_alpha or span.end == p.end and p.doc[span.start - 1].lower_ in LINKS)
        for p in persons)


def _extends_name(model: Span, gazetteer: list[Span]) -> bool:
    """A model ORG that adds capitalised words before a listed name is another body:
    "Supreme National Security Council" is not the UN Security Council."""
    inner = [g for g in gazetteer if g.label_ == "name" and model.start < g.start and g.end == model.end]
    if not inner:
        return False
    lead = model.doc[model.start:min(g.start for g in inner)]
    covered = {i for g in gazetteer for i in range(g.start, g.end) if g not in inner}
    return all(t.is_title and t.i not in covered for t in lead)


def _demonym_led(model: Span, gazetteer: list[Span], sector) -> bool:
    """A model ORG of a demonym and two or more capitalised words no table knows, the last no agent noun, is a
    body of its own: "the Syrian National Commission" (not "the Afghan National Army": Afghanistan's army)."""
    lead = next((g for g in gazetteer if g.label_ == "demonym" and g.start == model.start and g.end < model.end), None)
    rest = model.doc[lead.end:model.end] if lead is not None else []
    return len(rest) >= 2 and all(t.is_title for t in rest) and sector(rest.text.lower()) is None \
        and sector(rest[-1].lower_) is None and not any(g.start < model.end and lead.end <= g.start for g in gazetteer)


def _body_for(model: Span, nouns) -> int | None:
    """Where the "for"/"of"/"on" of a model ORG named as an institute of something stands ("Tahrir
    Institute for Middle East Policy", "Working Group for Syria"): the place after it is part of the
    body's name; ``nouns`` are the body nouns that may stand before it."""
    for t in model[1:-1]:
        if t.lower_ in ("for", "of", "on") and model.doc[t.i - 1].lower_ in nouns:
            return t.i
    return None


def _name_word(token, particles: frozenset[str]) -> bool:
    """A word that may stand in a personal name: capitalised ("McCain" too), punctuation, a particle ("al"), or the
    tail of a hyphenated given name ("Chung Dong-young")."""
    return token.text[:1].isupper() or not token.is_alpha or token.lower_ in particles \
        or (token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).text[:1].isupper())


def _title_fragment(span: Span, words) -> bool:
    """Model spans that name no actor: "Defence" in "Defence Minister Boris Pistorius", "State" in
    "Secretary of State", storms named like people."""
    doc, titles = span.doc, words["title_words"]
    if span.label_ == "person" and (doc[span.start].lower_ in words["weather"]
                                    or not all(_name_word(t, words["name_particles"]) for t in span)):
        return True  # "Typhoon Kalmaegi" and "hypersonic missiles" are no persons
    if span.label_ != "org":
        return False
    if span.end < len(doc) and doc[span.end].lower_ in titles:
        return True
    # "Secretary of State Marco Rubio"
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in titles


@Language.factory("relgraph_claims", default_config={"extractors": None},
                  assigns=["doc._.claims"], requires=["doc.spans"])
def make_claim_reader(nlp: Language, name: str, extractors: list[str] | None) -> ClaimReader:
    return ClaimReader(extractors, resources_of(nlp))


def resources_of(nlp: Language) -> Resources:
    """The resources of a pipeline's ``relgraph_actors`` (the shipped ones if it has none)."""
    if "relgraph_actors" in nlp.pipe_names:
        return nlp.get_pipe("relgraph_actors").resources
    return load_resources()


class ClaimReader:
    """Runs the registered extractors and leaves the claims on ``doc._.claims`` (after
    ``relgraph_actors``, with its resources). The article a doc belongs to may be set first with
    ``relgraph.extract.doc_for(doc, article)``; otherwise claims carry an empty article id."""

    def __init__(self, extractors: list[str] | None = None, resources: Resources | None = None) -> None:
        for extractor in extractors or ():
            get_extractor(extractor)  # an unknown name fails now, listing the valid ones
        self.names = extractors
        self.resources = resources or load_resources()
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_doc(doc, self.names, self.resources)
        return doc


# Docs travel between processes as msgpack (nlp.pipe(n_process=…)): claims on doc._.claims go as
# plain fields and come back as the same frozen records.
def _encode_record(obj, chain=None):
    if isinstance(obj, (Claim, Entity)):
        return {"__relgraph__": type(obj).__name__, **{f.name: getattr(obj, f.name) for f in fields(obj)}}
    return obj if chain is None else chain(obj)


def _decode_record(obj, chain=None):
    kind = obj.get("__relgraph__") if isinstance(obj, dict) else None
    if kind in ("Claim", "Entity"):
        values = {k: v for k, v in obj.items() if k != "__relgraph__"}
        if kind == "Entity":
            return Entity(**{**values, "aliases": tuple(values.get("aliases", ()))})
        return Claim(**values)
    return obj if chain is None else chain(obj)


msgpack_encoders.register("relgraph", func=_encode_record)
msgpack_decoders.register("relgraph", func=_decode_record)
