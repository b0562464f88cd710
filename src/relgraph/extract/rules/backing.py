"""Support named by a compound modifier: "the Iranian-backed Houthis", "US-backed forces",
"Russian-sponsored separatists in eastern Ukraine" → the backer supports the backed, who stays
who they are (never a force of the backer); a "US-sponsored resolution" is the US's proposal. And
by a backer noun set beside an actor: "Russia, Assad's main backer," / "Assad's backer Russia" /
"Russia is the main sponsor of Hamas" → Russia supports the one backed. And by loyalty: "militiamen
loyal to Moqtada al-Sadr" support him."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...records import Claim
from ..clause import read_clause
from ..context import DocContext
from ..emit import make_claim
from ..resolve.mentions import ACTOR_TYPES
from ..resolve.sides import own_side, same_state
from ..syntax import has_child_word, prep_objects

TRADING = frozenset({"trading", "trade", "commercial"})  # "a trading partner" trades


def backing_claims(ctx: DocContext, sent: Span, token: Token) -> Iterator[Claim]:
    """The claims of one "X-backed" participle modifying a noun."""
    if token.dep_ not in ("amod", "compound"):
        return
    participle = token.lower_
    if participle in ctx.words["backing"] and any(c.text == "-" for c in token.children):
        backers = [e for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                   for e in _named(ctx, c)]
    else:  # one token, "U.S.-backed": the name before the hyphen
        name, _, participle = token.lower_.rpartition("-")
        if not name or participle not in ctx.words["backing"]:
            return
        found = ctx.gazetteer.lookup(token.text[:len(name)]) or ctx.gazetteer.demonym(token.text[:len(name)])
        if found is None or found.entity.type not in ACTOR_TYPES:
            return
        backers = [found.entity]
    backed = ctx.head_actors(token.head)  # "Russian jets and Iranian-backed forces": the forces only
    if not backed and token.head.dep_ == "compound":  # "US-backed president Hamid Karzai": the title's bearer
        backed = ctx.head_actors(token.head.head)
    for backer in backers:
        for group in backed:
            if not same_state(backer, group):
                yield make_claim(ctx, sent, backer, "supports", group, "backed", trigger=token.text)
    if not backed and (idea := ctx.concept(token.head)) is not None:
        # "a US-sponsored draft resolution": the US put it forward; "a UN-backed plan": the UN supports it
        relation = "proposes" if participle in ("sponsored", "drafted") else "supports"
        for backer in backers:
            yield make_claim(ctx, sent, backer, relation, idea, "backed", trigger=token.text)


def loyalty_claims(ctx: DocContext, sent: Span, token: Token) -> Iterator[Claim]:
    """"Militiamen loyal to Moqtada al-Sadr": the group supports the one it is loyal to (a state's own
    forces loyal to its leader say nothing new)."""
    if token.lemma_.lower() != "loyal" or token.dep_ not in ("amod", "acl", "acomp"):
        return
    leaders = [e for o in prep_objects(token, {"to"}) for e in ctx.actor_entities(o)]
    groups, fields = ctx.head_actors(token.head), {}
    if token.dep_ == "acomp":  # "Hezbollah remains loyal to Iran": the copula's subject, as its clause says
        groups = [e for s in token.head.children if s.dep_ == "nsubj" for e in ctx.head_actors(s)]
        reading = read_clause(token.head, ctx.lexicon, ctx.words)
        fields = {"polarity": reading.polarity, "modality": reading.modality}
    for group in groups:
        for leader in leaders:
            if group.key != leader.key and not same_state(group, leader) and not own_side(group, leader) \
                    and not (leader.key.startswith("group/") and group.sector):  # "militia loyal to the TPLF": its own
                yield make_claim(ctx, sent, group, "supports", leader, "loyal", trigger=token.text, **fields)


def _named(ctx: DocContext, token: Token) -> list:
    """The actor a word names, a demonym included ("Iranian" → Iran)."""
    m = ctx.mention(token)
    if m is None or not m.is_actor:
        return []
    return [m.entity]


def backer_claims(ctx: DocContext, sent: Span, token: Token) -> Iterator[Claim]:
    """The claims of one backer noun ("backer", "sponsor", "patron") whose named owner is the one backed
    ("its chief backer, Turkey" leaves "its" to nobody: too often a third party); a client noun
    ("proxy", "client") the other way round: "the SDF, Washington's proxy" is backed by Washington; an
    ally noun ("Iran, Assad's main ally,") is a tie both ways: cooperation."""
    lemma = token.lemma_.lower()
    client = lemma in ctx.words["client_nouns"]
    ally = lemma in ctx.words["ally_nouns"]
    critic = lemma in ctx.words["critic_nouns"]  # "Khashoggi, a critic of the Saudi regime,": his criticism
    if token.pos_ != "NOUN" or not (client or ally or critic or lemma in ctx.words["backer_nouns"]):
        return
    backed = [e for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for e in ctx.head_actors(c)] + \
        [e for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
         for o in c.children if o.dep_ == "pobj" for e in ctx.head_actors(o)] + \
        [m.entity for c in token.children if c.dep_ == "compound" and (m := ctx.mention(c)) is not None
         and m.entity.type == "Country" and m.kind != "demonym"]
    # ("a long-standing US ally"; a "Nato ally" is a member, "Syrian rebel proxies" are Syrian)
    if not backed:
        return
    polarity = "positive"
    if token.dep_ in ("appos", "compound"):
        # "Russia, Assad's main backer," / "Assad's backer Russia"; a singular one describes its head alone:
        # in "A, backed by X, and B, an ally of Y" only B is Y's ally ("A and B, Assad's backers": both)
        backers = ctx.actor_entities(token.head) if token.tag_ == "NNS" else ctx.head_actors(token.head)
    elif token.dep_ == "attr" and token.head.lemma_ in ctx.words["copulas"]:
        # "Iran is the main sponsor of Hezbollah"; a cleft's "it is the backers of X, A and B, who…" is no subject
        backers = [e for s in token.head.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                   for e in ctx.actor_entities(s)]
        if any(c.dep_ == "neg" for c in token.head.children):
            polarity = "negative"
    else:  # "Turkey's Syrian rebel allies", "Iran's Shia proxies": the noun names them itself
        backers = [e for c in token.children if c.dep_ == "appos" for e in ctx.actor_entities(c)] \
            or ctx.partners_named(token)
    if client:
        backers, backed = backed, backers
    for backer in backers:
        for one in backed:
            if backer.key != one.key and not same_state(backer, one):
                relation = "cooperatesWith" if ally else "criticizes" if critic else "supports"
                if ally and has_child_word(token, TRADING):
                    relation = "tradesWith"  # "Germany, Russia's largest trading partner,": trade, no alliance
                yield make_claim(ctx, sent, backer, relation, one, "backer",
                                 polarity=polarity, trigger=token.text)
