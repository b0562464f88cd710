"""The body a clause says a person heads: "Wangari Maathai, who heads the Green Belt Movement", "Hezbollah, led by
Hassan Nasrallah", "the RSF, a unit commanded by Mohamed Hamdan Dagalo" (a role reading of ``roles``).
"""

from __future__ import annotations

from ...records import Entity
from ..syntax import appos_host, ended_term
from .mentions import Mention


def heads(ctx, m: Mention) -> tuple[str, Entity] | None:
    """"Wangari Maathai, who heads the Green Belt Movement,", "Hezbollah, led by Hassan Nasrallah": a clause that says
    a person heads, leads or founded a body, not a term over (never a state: who "leads" a country may hold either office)."""
    person = ctx.doc[m.end - 1]
    clauses = [(c, [o for o in c.children if o.dep_ == "dobj"]) for c in person.children if c.dep_ == "relcl"]
    led = person.head.head
    if person.dep_ == "pobj" and person.head.dep_ == "agent" and led.dep_ == "acl" \
            and not any(led.head.i < other.start < led.i for other in ctx.mentions):  # (not "militias loyal to the GNA, led by X")
        clauses.append((led, [appos_host(led.head)]))  # "a unit commanded by X": the unit
    for clause, objects in clauses:
        if clause.lemma_.lower() in ctx.words["heading"] \
                and not any(c.dep_ == "neg" for c in clause.children) and not ended_term(clause):
            for obj in objects:
                bodies = [e for e in ctx.actors(obj) if e.type in ("Organization", "Group") and not e.key.startswith("actor/")]
                if len(bodies) == 1:  # (a named body, not "three Americans led by a former Green Beret")
                    return "officialOf", bodies[0]
    return None
