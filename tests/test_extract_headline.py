"""The headline read as one more sentence: set in sentence case, its claims indexed into the title,
and left to the body when the body states them too."""

from __future__ import annotations

import pytest

from relgraph.extract.headline import HEADLINE, common_words, headline_text
from relgraph.nlp import load_model
from relgraph.nlp.model import known_words
from relgraph.pipeline import extract_articles
from relgraph.records import Article
from relgraph.resources import load_resources


@pytest.mark.parametrize(("title", "expected"), [
    # common words lowered, names the gazetteer knows kept, the agency note blanked
    ("Powell Presses North Korea on Talks (AP)", "Powell presses North Korea on talks     "),
    ("Putin Praises Ukraine's Leader", "Putin praises Ukraine's leader"),
    # adverbs are common words too
    ("Putin Visits Chechnya Ahead of Election", "Putin visits Chechnya ahead of election"),
    # a headline already in sentence case is left as it is
    ("Israel seals off Gaza Strip", "Israel seals off Gaza Strip"),
])
def test_extract_headline_sentence_case(title, expected):
    resources = load_resources()
    text = headline_text(title, resources, common_words(resources, known_words(load_model())))
    assert text == expected and len(text) == len(title)


def claims_of(title: str, text: str = "Nothing happened.", date: str = "2004-09-01"):
    [(_, claims)] = list(extract_articles([Article(id="h", text=text, title=title, date=date)]))
    return claims


def test_extract_headline_claim_indexes_the_title():
    """A claim read in the headline has sentence -1 and its evidence is the title's own slice."""
    [claim] = [c for c in claims_of("Powell Presses North Korea on Talks (AP)") if c.relation == "appealsTo"]
    assert (claim.sentence, claim.subject.label, claim.object.label) == (HEADLINE, "Colin Powell", "North Korea")
    assert "Powell Presses North Korea on Talks (AP)"[claim.start:claim.end] == claim.evidence


def test_extract_headline_claim_the_body_states_is_left_to_the_body():
    claims = claims_of("Russia Expels British Diplomats", "Russia expelled two British diplomats on Monday.")
    assert [c.sentence for c in claims if c.relation == "reducesRelationsWith"] == [0]


@pytest.mark.parametrize("title", ["Bush to Visit China Next Month", "British Minister to Visit China in September"])
def test_extract_headline_infinitive_is_still_to_come(title):
    """A headline's "X to visit Y" is an intended visit."""
    assert {(c.relation, c.modality) for c in claims_of(title) if c.relation == "visits"} == {("visits", "intended")}


@pytest.mark.parametrize(("date", "expected"), [("2004-09-01", {"George W. Bush"}), ("2015-06-01", set())])
def test_extract_headline_lone_surname_is_the_listed_person_in_office_then(date, expected):
    """A bare surname names the one listed person of that name in office on the article's date, else nobody."""
    assert {c.subject.label for c in claims_of("Bush Visits China", date=date) if c.relation == "visits"} == expected


def test_extract_headline_surname_of_a_person_the_body_names():
    """A lone surname in the headline is the person the body names in full."""
    claims = claims_of("Ortega Presses Honduras on Border Talks",
                       "Nicaraguan Foreign Minister Luis Ortega met Honduran officials on Sunday.", date=None)
    assert ("Luis Ortega", "appealsTo", "Honduras") in {(c.subject.label, c.relation, c.object.label)
                                                       for c in claims if c.sentence == HEADLINE}


@pytest.mark.parametrize(("text", "state"), [("N. Korea", "PRK"), ("S. Korea", "KOR")])
def test_extract_headline_abbreviated_korea(text, state):
    """Headlines abbreviate the Koreas; "N. Korea" is never the South."""
    assert {c.object.country for c in claims_of(f"Japan Presses {text} on Talks") if c.relation == "appealsTo"} == {state}


def test_extract_headline_office_holder_in_a_place_is_a_visit():
    """A verbless headline "Putin in Brazil for space talks" says Putin is visiting Brazil."""
    from relgraph.pipeline import extract_articles
    from relgraph.records import Article

    article = Article(id="x", text="Nothing here.", title="Putin in Brazil for space talks", date="2004-11-22")
    claims = next(iter(extract_articles([article])))[1]
    assert ("Vladimir Putin", "visits", "Brazil") in {(c.subject.label, c.relation, c.object.label) for c in claims}
