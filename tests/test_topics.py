"""The topic table (ontology/cameo_topics.tsv): cue phrases give a claim its finer CAMEO code."""

from __future__ import annotations

import pytest

from relgraph.errors import InputError
from relgraph.pipeline import extract_text
from relgraph.resources.topics import load_topics


@pytest.mark.parametrize(("row", "message"), [
    ("release\tfree\t9999", "unknown CAMEO code '9999'; use a code of ontology/cameo.tsv"),
    ("statement\tsay\t010", "CAMEO code '010' has no relgraph relation, so no claim can carry it"),
    ("release\t\t0253", "a topic needs at least one cue and one code"),
])
def test_topics_bad_row_is_one_clear_error(tmp_path, row, message):
    path = tmp_path / "topics.tsv"
    path.write_text("topic\tcues\tcodes\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_topics(path)
    assert str(caught.value) == f"{path}:2: {message}"


@pytest.mark.parametrize(("words", "code"), [
    (["urge", "iran", "to", "lift", "the", "sanction"], "0254"),  # two words may stand between a cue's words
    (["urge", "iran", "to", "lift", "all", "of", "the", "sanction"], None),  # three may not
    (["urge", "iran", "to", "release", "the", "sailor", "and", "lift", "sanction"], None),  # two topics disagree
    (["urge", "russia", "to", "end", "its", "military", "cooperation"], None),  # the end of a topic is no appeal for it
    (["urge", "iran", "to", "end", "the", "crackdown"], "0252"),  # unless the cue says the end itself
])
def test_topics_cue_phrases_match_in_order_with_small_gaps(words, code):
    assert load_topics().refine("02", "appealsTo", words) == code


def test_topics_a_claim_takes_the_code_its_words_name():
    """"Urged Iran to release the sailors" is an appeal for a release (0253), not a bare appeal (02)."""
    assert [c.cameo for c in extract_text("Britain urged Iran to release the British sailors.")
            if c.relation == "appealsTo"] == ["0253"]


def test_topics_every_topic_named_narrows_the_code():
    """A hunger strike (142) for rights (14x3) is 1423; a hunger strike alone stays 142."""
    topics = load_topics()
    assert topics.refine("14", "protestsAgainst", ["begin", "a", "hunger", "strike", "for", "their", "rights"]) == "1423"
    assert topics.refine("14", "protestsAgainst", ["begin", "a", "hunger", "strike"]) == "142"


def test_topics_a_code_of_another_relation_is_never_taken():
    """Withdrawing from a food aid deal is no concession of humanitarian access (0863 is concedesTo's)."""
    assert load_topics().refine(None, "withdrawsFrom", ["withdraw", "from", "its", "humanitarian", "aid", "deal"]) is None
