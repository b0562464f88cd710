"""Who an attack harmed when the sentence tells a death rather than its attacker: "died in a Hamas ambush",
"were killed when jets struck their convoy"."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import DocContext

def killed_when(ctx: DocContext, verb: Token) -> list[Token]:
    """Those an attack verb killed or hurt, when its clause dates their death: "two soldiers were killed when
    Syrian jets struck their convoy"."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children):
        return []
    return harmed(ctx, verb.head)


def harmed(ctx: DocContext, verb: Token) -> list[Token]:
    """Who died ("died"), or was harmed by a passive of attack that names no attacker of its own."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.words["dying"]:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    harm = ctx.lexicon.verb(lemma)
    if harm is not None and harm.relation == "attacks" and not any(c.dep_ == "agent" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return []
