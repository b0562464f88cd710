"""Actors as the claims-JSONL contract writes them, shared by the HTML page's tests."""

from __future__ import annotations

NS = "https://w3id.org/relgraph/id/"


def actor(key: str, label: str, type_: str, country: str | None = None, qid: str | None = None) -> dict:
    return {"iri": NS + key, "label": label, "type": type_, "country": country, "wikidata": qid}


RUS = actor("country/RUS", "Russia", "Country", "RUS", "Q159")
CHN = actor("country/CHN", "China", "Country", "CHN", "Q148")
USA = actor("country/USA", "United States", "Country", "USA", "Q30")
UKR = actor("country/UKR", "Ukraine", "Country", "UKR", "Q212")
EU = actor("org/EU", "European Union", "Organization", None, "Q458")
NATO = actor("org/NATO", "NATO", "Organization", None, "Q7184")
PUTIN = actor("person/putin", "Vladimir Putin", "Person", "RUS", "Q7747")
XI = actor("person/xi", "Xi Jinping", "Person", "CHN", "Q15031")
OCP = actor("policy/one-china", "One-China policy", "Policy")
WEST = actor("group/west", "the West", "Group")
KYIV = actor("place/kyiv", "Kyiv", "Place", "UKR", "Q1899")
RUS_MIL = dict(actor("actor/RUS/military", "Russian military", "Group", "RUS"), sector="military")
