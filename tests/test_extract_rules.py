"""The phenomena the extractor must read, one sentence each: what comes out, and what must not."""

from __future__ import annotations

import pytest

from relgraph.pipeline import extract_text


def claims(text: str) -> set[tuple]:
    return {(c.subject.label, c.relation, c.object.label, c.polarity, c.modality)
            for c in extract_text(text)}


# (sentence, claims that must be among the output)
EXPECTED = [
    # verbs, light verbs and noun phrases
    ("Russia praised China.", {("Russia", "praises", "China", "positive", "asserted")}),
    ("China expressed support for Russia.", {("China", "supports", "Russia", "positive", "asserted")}),
    ("The European Union imposed sanctions on Iran.",
     {("European Union", "sanctions", "Iran", "positive", "asserted")}),
    ("Western sanctions on Russia have tightened.", {("the West", "sanctions", "Russia", "positive", "asserted")}),
    ("India held talks with Japan.", {("India", "meetsWith", "Japan", "positive", "asserted")}),
    # coordination
    ("Russia and China vowed to oppose the sanctions.",
     {("Russia", "opposes", "sanctions", "positive", "intended"),
      ("China", "opposes", "sanctions", "positive", "intended")}),
    # negation and negative verbs
    ("India did not condemn Russia.", {("India", "criticizes", "Russia", "negative", "asserted")}),
    ("Beijing has refused to support Western sanctions on Russia.",
     {("China", "rejects", "sanctions", "positive", "asserted")}),
    ("Neither Saudi Arabia nor Egypt criticised Israel.",
     {("Saudi Arabia", "criticizes", "Israel", "negative", "asserted"),
      ("Egypt", "criticizes", "Israel", "negative", "asserted")}),
    # modality
    ("Germany pledged to deliver air defence systems to Ukraine.",
     {("Germany", "providesAidTo", "Ukraine", "positive", "intended")}),
    ("Turkey may recognise Kosovo.", {("Turkey", "recognizes", "Kosovo", "positive", "possible")}),
    ("If Iran attacks Israel, the United States could strike Iran.",
     {("Iran", "attacks", "Israel", "positive", "possible"),
      ("United States", "attacks", "Iran", "positive", "possible")}),
    # passive voice: the agent is the subject
    ("Sanctions were imposed on Syria by the United Kingdom.",
     {("United Kingdom", "sanctions", "Syria", "positive", "asserted")}),
    ("The plan was condemned by Japan.", {("Japan", "criticizes", "plan", "positive", "asserted")}),
    # metonymy
    ("Beijing criticised Tokyo.", {("China", "criticizes", "Japan", "positive", "asserted")}),
    ("The Kremlin accused Washington of escalation.",
     {("Russia", "accuses", "United States", "positive", "asserted")}),
    # roles
    ("Russian Prime Minister Mikhail Mishustin met Li Qiang.",
     {("Mikhail Mishustin", "headOfGovernmentOf", "Russia", "positive", "asserted"),
      ("Mikhail Mishustin", "meetsWith", "Li Qiang", "positive", "asserted")}),
    ("Sergey Lavrov, Russia's foreign minister, visited Pyongyang.",
     {("Sergey Lavrov", "officialOf", "Russia", "positive", "asserted"),
      ("Sergey Lavrov", "visits", "North Korea", "positive", "asserted")}),
    # reported speech: the speaker is kept, the act is reported
    ("Ukraine said Russia attacked Poland.", {("Russia", "attacks", "Poland", "positive", "reported")}),
    # threats keep the threatened act as a qualifier
    ("The United States threatened to impose sanctions on Venezuela.",
     {("United States", "threatens", "Venezuela", "positive", "asserted")}),
    # anaphora
    ("Russia and China met in Moscow. Both sides pledged to deepen cooperation.",
     {("Russia", "cooperatesWith", "China", "positive", "intended")}),
]

# (sentence, claims that must not come out)
FORBIDDEN = [
    ("Russia recognised Taiwan as an integral part of China.", ("Russia", "recognizes", "Taiwan")),
    ("The United States threatened to impose sanctions on Venezuela.",
     ("United States", "sanctions", "Venezuela")),
    ("Talks were held in Beijing.", ("China", "meetsWith", "China")),
    ("Niger expelled French troops.", ("Nigeria", "reducesRelationsWith", "France")),
    ("Typhoon Kalmaegi struck the Philippines.", ("Typhoon Kalmaegi", "attacks", "Philippines")),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED, ids=[t[:40] for t, _ in EXPECTED])
def test_extract_rules_reads_phenomenon(text, expected):
    found = claims(text)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "triple"), FORBIDDEN, ids=[t[:40] for t, _ in FORBIDDEN])
def test_extract_rules_does_not_invent(text, triple):
    assert triple not in {(s, r, o) for s, r, o, _p, _m in claims(text)}


@pytest.mark.parametrize("text", [
    "READ MORE: As the US and China collide, other civilizations prepare their own course",
    "Comments are closed.",
    "Related: Russia attacks Ukraine",
    "By John Smith",
])
def test_extract_rules_boilerplate_yields_nothing(text):
    assert claims(f"Russia praised China.\n\n{text}\n") == {("Russia", "praises", "China", "positive", "asserted")}


def test_extract_rules_reported_claim_keeps_speaker():
    (claim,) = [c for c in extract_text("Ukraine said Russia attacked Poland.") if c.relation == "attacks"]
    assert claim.speaker is not None and claim.speaker.label == "Ukraine"


def test_extract_rules_threat_keeps_threatened_act():
    (claim,) = [c for c in extract_text("The United States threatened to impose sanctions on Venezuela.")
                if c.relation == "threatens"]
    assert claim.qualifier and "sanctions" in claim.qualifier


def test_extract_rules_demand_is_finer_cameo():
    (claim,) = [c for c in extract_text("China demanded that Japan retract the remarks.")
                if c.relation == "appealsTo"]
    assert claim.cameo == "10" and claim.object.label == "Japan"
