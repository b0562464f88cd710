"""The state an office serves when its phrase names none: a title only states give ("Foreign
Minister", "Senator") serves the one state its sentence names as acting, else the wire dateline's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Entity
from ...resources.words import Words
from ..syntax import acted_upon

VAGUE_TITLES = frozenset({"leader", "chairman"})  # a state's "leader" (or "Chairman Kim") may head the state or the government
SOLE_OFFICES = frozenset({"headOfStateOf", "headOfGovernmentOf"})  # one holder per state at a time
MODIFIER_DEPS = ("amod", "compound", "poss")


def state_title(role: tuple[str, str], words: Words) -> bool:
    """Whether a title is only ever a state's: a head of state or government, a minister, a legislator
    ("senator", "lawmaker"); a "spokesman", "director" or "leader" serves bodies as often."""
    relation, title = role
    return (relation in SOLE_OFFICES and title not in VAGUE_TITLES) or "minister" in title.split() \
        or title in words["legislator_titles"]


def sole_state(ctx, sent: Span, person: Entity | None, *, dateline_only: bool = False, sole: bool = False) -> Entity | None:
    """The one state a sentence names, by name, adjective or an official who serves it ("Sudan needs
    peacekeepers, Foreign Minister X said": Sudan), unless it is acted upon ("Minister X criticised
    Peru" says nothing of X's office, unless it is the dateline's); with two named, no guess; with none,
    the state of a wire dateline ("HANOI, Vietnam - Foreign Minister X said…"), which is all
    ``dateline_only`` takes; places of no known state do not count against it. A ``sole`` office (head of
    state or government) is never guessed for a state whose own holder the sentence names by title."""
    found = [(m.entity.country, ctx.doc[m.end - 1]) for m in ctx.mentions if sent.start <= m.start < sent.end
             and m.entity.type in ("Country", "Person", "Organization", "Group") and m.entity.country
             and (person is None or m.entity.key != person.key) and not _describes_another(ctx, m, person)]
    if not found:  # (not where the sentence is set in another state's place: "In Malaita, Premier X said")
        return ctx.home if ctx.home is not None and ctx.set_at_home(sent, ctx.home) else None
    if dateline_only:
        return None
    if ctx.home is not None and {state for state, _ in found} == {ctx.home.country}:
        state = ctx.home  # "ISLAMABAD - Interior Minister X said … loyal to Pakistani Taliban leader Y": only the dateline's
    else:
        free = {state for state, t in found if not acted_upon(t.head if t.dep_ in MODIFIER_DEPS else t)
                and not _object_title(ctx, t) and not _asked(ctx, t)}
        state = ctx.state(free.pop()) if len({state for state, _ in found}) == 1 and free else None
    if sole and state is not None and _other_holder(ctx, sent, person, state):
        return None  # "Chinese President Xi … President Kikwete": China has its president in view
    return state


def _object_title(ctx, t: Token) -> bool:
    """Whether a state's word sits in the title of a person acted upon ("summoned U.S. Ambassador Jon Huntsman")."""
    head = t
    while head.dep_ in MODIFIER_DEPS and head.head != head:
        head = head.head
    return head is not t and head.dep_ in ("dobj", "dative") and (m := ctx.mention(head)) is not None \
        and m.entity.type == "Person"


def _describes_another(ctx, m, person: Entity | None) -> bool:
    """Whether a demonym only describes another person, in apposition ("Martin Griffiths, the British diplomat")."""
    noun = ctx.doc[m.end - 1].head
    if m.kind != "demonym" or noun.dep_ != "appos":
        return False
    described = ctx.mention(noun.head)
    return described is not None and described.entity.type == "Person" and (person is None or described.entity.key != person.key)


def _other_holder(ctx, sent: Span, person: Entity | None, state: Entity) -> bool:
    """Whether the sentence names another person of ``state`` under a head-of-state or government title."""
    for m in ctx.mentions:
        if sent.start <= m.start < sent.end and m.entity.type == "Person" and m.entity.country == state.country \
                and (person is None or m.entity.key != person.key):
            role = ctx.gazetteer.role(ctx.doc[max(sent.start, m.start - 3):m.start].text)
            if role is not None and role[0] in SOLE_OFFICES:
                return True
    return False


def _asked(ctx, token) -> bool:
    """Whether a name is the subject of what someone demands or urges ("demanded that Cuba hand over…"): the
    one addressed, not the speaker's own state ("Sudan needs peacekeepers, X said" is the speaker's)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return False
    entry = ctx.lexicon.verb(verb.head.lemma_.lower())
    return entry is not None and entry.relation == "appealsTo"
