"""spaCy components: paragraph-aware sentence starts, the actor gazetteer, and the claims.

All are registered factories, usable in any English pipeline::

    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner")
    nlp.add_pipe("relgraph_claims")          # optional: doc._.claims, a list of Claim records

``relgraph_actors`` writes ``doc.spans["actors"]``: each span's ``label_`` is how it names the actor
(``name``, ``metonym``, ``demonym``, ``place``, ``person``, ``org``, ``gpe``) and ``kb_id_`` is the
gazetteer key (``country/CHN``) or, for names the gazetteer lacks, a key minted from the text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..actors.gazetteer import Gazetteer, entity_key, load_gazetteer

SPAN_KEY = "actors"
# When one stretch of text is several kinds of name, the earlier kind wins.
KIND_RANK = {"name": 0, "metonym": 1, "demonym": 2, "place": 3, "person": 4, "org": 5, "gpe": 6}
NER_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "gpe", "FAC": "gpe"}
POSSESSIVE = {"'s", "’s", "'", "’"}


@Language.component("relgraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and bylines stand alone."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@Language.factory("relgraph_actors", default_config={"gazetteer_dir": None})
def make_actor_ruler(nlp: Language, name: str, gazetteer_dir: str | None) -> ActorRuler:
    from pathlib import Path

    gaz = load_gazetteer(Path(gazetteer_dir) if gazetteer_dir else None)
    return ActorRuler(nlp, gaz)


class ActorRuler:
    """Marks every gazetteer name, metonym, demonym and place, plus the model's own PERSON/ORG/GPE."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
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
                kind, _, key = doc.vocab.strings[match_id].partition("|")
                spans.append(Span(doc, start, end, label=kind, kb_id=key))
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None:
                continue
            end = ent.end
            while end > ent.start and doc[end - 1].text in POSSESSIVE:
                end -= 1
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            if end <= start:
                continue
            text = doc[start:end].text
            spans.append(Span(doc, start, end, label=kind, kb_id=entity_key(_KIND_PREFIX[kind], text)))
        doc.spans[SPAN_KEY] = _choose(spans)
        return doc


_KIND_PREFIX = {"person": "person", "org": "org", "gpe": "place"}





def _forms(surface: str) -> list[str]:
    """A name and its form without a leading "the"."""
    forms = [surface]
    if surface.lower().startswith("the ") and len(surface) > 4:
        forms.append(surface[4:])
    return forms


GAZETTEER_KINDS = frozenset({"name", "metonym", "demonym", "place"})
TITLE_WORDS = frozenset({"minister", "secretary", "spokesman", "spokesperson", "spokeswoman", "chief",
                         "envoy", "ambassador", "president", "official", "officials", "leader"})


def _choose(spans: list[Span]) -> list[Span]:
    """Gazetteer names first (longest wins, then the better kind); the model's own PERSON/ORG/GPE
    spans only where no gazetteer name stands, so "Mali, Burkina Faso" stays two countries."""
    def best(group: list[Span]) -> list[Span]:
        return filter_spans(sorted(group, key=lambda s: (-(s.end - s.start), KIND_RANK[s.label_], s.start)))

    gazetteer = [s for s in spans if s.label_ in GAZETTEER_KINDS]
    longer = [s for s in spans if s.label_ == "org" and _extends_name(s, gazetteer)]
    gazetteer = [g for g in gazetteer if not any(m.start < g.start and g.end == m.end for m in longer)]
    chosen = best(gazetteer)
    taken = {i for s in chosen for i in range(s.start, s.end)}
    model = [s for s in spans if s.label_ not in GAZETTEER_KINDS
             and not any(i in taken for i in range(s.start, s.end)) and not _title_fragment(s)]
    return sorted(chosen + best(model), key=lambda s: s.start)


def _extends_name(model: Span, gazetteer: list[Span]) -> bool:
    """A model ORG that adds capitalised words before a listed name is another body:
    "Supreme National Security Council" is not the UN Security Council."""
    inner = [g for g in gazetteer if g.label_ == "name" and model.start < g.start and g.end == model.end]
    if not inner:
        return False
    lead = model.doc[model.start:min(g.start for g in inner)]
    covered = {i for g in gazetteer for i in range(g.start, g.end) if g not in inner}
    return all(t.is_title and t.i not in covered for t in lead)


WEATHER = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical"})
# Lowercase particles inside personal names: "Musaed al-Aiban", "Mohammed bin Salman", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "von", "van", "der", "den", "de", "da",
                            "do", "dos", "das", "di", "du", "la", "le", "ben", "ould"})


def _name_word(token) -> bool:
    """A word that may stand in a personal name: capitalised, punctuation, or a particle ("al")."""
    return token.is_title or token.is_upper or not token.is_alpha or token.lower_ in NAME_PARTICLES


def _title_fragment(span: Span) -> bool:
    """Model spans that name no actor: "Defence" in "Defence Minister Boris Pistorius", "State" in
    "Secretary of State", storms named like people."""
    doc = span.doc
    if span.label_ == "person" and (doc[span.start].lower_ in WEATHER
                                    or not all(_name_word(t) for t in span)):
        return True  # "Typhoon Kalmaegi" and "hypersonic missiles" are no persons
    if span.label_ != "org":
        return False
    if span.end < len(doc) and doc[span.end].lower_ in TITLE_WORDS:
        return True
    # "Secretary of State Marco Rubio"
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in TITLE_WORDS


@Language.factory("relgraph_claims", default_config={"extractors": None})
def make_claim_reader(nlp: Language, name: str, extractors: list[str] | None) -> ClaimReader:
    return ClaimReader(extractors)


class ClaimReader:
    """Runs the registered extractors and leaves the claims on ``doc._.claims`` (after
    ``relgraph_actors``). The article a doc belongs to may be set first with
    ``relgraph.extract.doc_for(doc, article)``; otherwise claims carry an empty article id."""

    def __init__(self, extractors: list[str] | None = None) -> None:
        from ..extract import get_extractor

        for extractor in extractors or ():
            get_extractor(extractor)  # an unknown name fails now, listing the valid ones
        self.names = extractors
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)

    def __call__(self, doc: Doc) -> Doc:
        from ..extract import extract_doc

        doc._.claims = extract_doc(doc, self.names)
        return doc
