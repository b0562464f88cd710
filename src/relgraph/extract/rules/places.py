"""locatedIn claims from how news places a location: "Tianjin, a port city in northern China",
"Anchorage, Alaska", "Pahalgam in Indian-administered Kashmir", "the Ukrainian city of Sumy".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...resources.gazetteer import entity_key
from ...records import Claim, Entity
from ..context import DocContext
from ..emit import make_claim
from ..resolve.mentions import world_place

CONTAINERS = frozenset({"Country", "Place"})


def places(ctx: DocContext) -> Iterator[Claim]:
    """Every locatedIn claim of the document (the ``places`` extractor)."""
    for sent in ctx.sentences:
        seen: set[tuple[str, str]] = set()
        for token in sent:
            if token.idx < ctx.story:
                continue  # "VIENNA, Austria -": a dateline says where the story was filed, nothing more
            found = _place_of(ctx, token)
            if found is None:
                continue
            place, container = found
            place = _namesake_in(ctx, place, container)
            if place is None or place.key == container.key or (place.key, container.key) in seen:
                continue
            seen.add((place.key, container.key))
            yield make_claim(ctx, sent, place, "locatedIn", container, "place", trigger=token.text)


def _place_of(ctx: DocContext, token: Token) -> tuple[Entity, Entity] | None:
    place = _as_place(ctx, token)
    if place is not None:
        # "Pahalgam in Kashmir"; "Tianjin, a port city in northern China"; "Anchorage, Alaska"
        for child in token.children:
            # "found Perkins-Ferreira in Petit Valley": a name no index knows, outside a place phrase
            # ("near Pahalgam in Kashmir"), may be anyone
            if child.dep_ == "prep" and child.lower_ == "in" and (place.country or token.dep_ == "pobj"):
                container = _container(ctx, child)
                if container is not None:
                    return place, container
            if child.dep_ in ("appos", "npadvmod", "conj") and child.left_edge.i == token.i + 2 \
                    and ctx.doc[token.i + 1].text == ",":
                direct = _as_container(ctx, child) if child.i == token.i + 2 else None
                if direct is not None and (child.dep_ != "conj" or _address(token, child)):
                    return place, direct
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "in":
                        container = _container(ctx, grand)
                        if container is not None:
                            return place, container
        return None
    # "the Ukrainian city of Sumy", "the North Korean resort town of Wonsan"
    if token.lemma_.lower() in ctx.words["settlements"]:
        owners = [e for e in ctx.modifier_actor(token) if e.type == "Country"]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and owners:
                for obj in child.children:
                    named = _named_place(ctx, obj) if obj.dep_ == "pobj" else None
                    if named is not None:
                        return named, owners[0]
    return None


def _namesake_in(ctx: DocContext, place: Entity, container: Entity) -> Entity | None:
    """The place as the text locates it: "Tripoli, Lebanon" is Lebanon's Tripoli, not Libya's capital;
    a place that lies in another state and has no namesake in this one ("Atlanta, Georgia", the US
    state, not the country) is located nowhere."""
    if container.type != "Country" or not place.country or place.country == container.country:
        return place
    return world_place(ctx.resources.world, place.label, {container.country}) if any(
        p.country == container.country for p in ctx.resources.world.candidates(place.label)) else None


def _address(place: Token, container: Token) -> bool:
    """"Anchorage, Alaska," read as a coordination: an address only when no list goes on (no "and",
    no further item) and a comma or the sentence end closes it ("Paris, London and Berlin" is a list)."""
    if any(c.dep_ in ("cc", "conj") for t in (place, container) for c in t.children if c.i != container.i):
        return False
    after = container.i + 1
    return after >= len(container.doc) or container.doc[after].is_punct or container.doc[after].is_sent_start


def _as_place(ctx: DocContext, token: Token) -> Entity | None:
    m = ctx.mention(token)
    if m is None or token.i != m.end - 1:
        return None
    if m.entity.type == "Place":
        return m.entity
    if m.kind == "metonym":
        place = ctx.gazetteer.place(ctx.doc[m.start:m.end].text)
        return place.entity if place is not None else None
    return None


def _named_place(ctx: DocContext, token: Token) -> Entity | None:
    """After "the city of", any proper name is a place, whatever the model took it for."""
    place = _as_place(ctx, token)
    if place is not None or token.pos_ != "PROPN":
        return place
    m = ctx.mention(token)
    start, end = (m.start, m.end) if m is not None else (token.left_edge.i, token.i + 1)
    label = ctx.doc[start:end].text
    return Entity(key=entity_key("place", label), label=label, type="Place")


def _as_container(ctx: DocContext, token: Token) -> Entity | None:
    m = ctx.mention(token)
    if m is None or m.kind in ("demonym", "metonym"):
        return None
    return m.entity if m.entity.type in CONTAINERS else None


def _container(ctx: DocContext, prep: Token) -> Entity | None:
    for obj in prep.children:
        if obj.dep_ == "pobj":
            return _as_container(ctx, obj) or next(
                (e for e in ctx.modifier_actor(obj) if e.type == "Country"), None)
    return None
