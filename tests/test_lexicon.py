"""The relation lexicon is data: it loads, covers the vocabulary, and bad rows are one clear error."""

from __future__ import annotations

import pytest

from relgraph.errors import InputError
from relgraph.resources.lexicon import load_lexicon
from relgraph.vocab import relation_names


def test_lexicon_every_relation_has_a_trigger():
    lex = load_lexicon()
    triggered = {e.relation for e in lex.verbs.values()} | {e.relation for es in lex.nouns.values() for e in es}
    structural = {"memberOf", "officialOf", "headOfStateOf", "headOfGovernmentOf", "locatedIn"}
    assert set(relation_names()) - structural <= triggered


@pytest.mark.parametrize(("row", "message"), [
    ("VERB\tvisit\tvisits\tdobj\t-", "lexicon.tsv:1: expected 6 tab-separated columns, found 5"),
    ("VRB\tvisit\tvisits\tdobj\t-\t-", "lexicon.tsv:1: unknown kind 'VRB'; choose one of: VERB, ADJ, NOUN, LIGHT, "
                                        "CONTROL, SPEECH, CONCEPT, GENERIC, AGENT, QUANTITY, "
                                        "EVALUATIVE"),
    ("VERB\tvisit\tvisitz\tdobj\t-\t-", "lexicon.tsv:1: unknown relation 'visitz'; see ontology/relgraph.ttl"),
    ("CONTROL\tvow\tmaybe\t-\t-\t-", "lexicon.tsv:1: unknown control value 'maybe'; choose one of: intended, "
                                      "possible, sought, reported, negative, denied, asserted, rejects, threatens, appealsTo"),
    ("EVALUATIVE\tillegal\tcriticises\t-\t-\t-", "lexicon.tsv:1: unknown relation 'criticises'; "
                                                "see ontology/relgraph.ttl"),
    # a misspelt flag would silently change nothing
    ("VERB\tclash\tattacks\tprep:with\t-\tmutual,armd", "lexicon.tsv:1: unknown flag 'armd'; choose from: "
     "concept, mutual, joint, actor, self, cut, restore, light, armed, negated, doer, held, infinitive, excludes, promised, "
     "unless-<prep>"),
    # a second row for a verb would silently replace the first reading
    ("VERB\tseize\tcoerces\tdobj\t-\tactor\nVERB\tseize\tattacks\tprep:from\t-\tactor",
     "lexicon.tsv:2: the verb 'seize' is listed twice; give it one row, or a phrasal row such as 'seize from'"),
])
def test_lexicon_bad_row_is_one_clear_error(tmp_path, row, message):
    path = tmp_path / "lexicon.tsv"
    path.write_text(row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_lexicon(path)
    assert str(err.value) == message


def test_lexicon_flags_parse():
    lex = load_lexicon()
    assert lex.verb("recognize").blocking_preps == {"as"}
    assert lex.verb("demand").ccomp and lex.verb("demand").cameo == "10"
    assert any(e.itself for e in lex.noun("proposal"))


@pytest.mark.parametrize(("word", "expected"), [
    ("illegal", ("criticizes", False)),
    ("courageous", ("praises", False)),
    ("violate", ("criticizes", False)),
    ("basis", ("criticizes", True)),  # judges only when denied: "had no legal basis"
])
def test_lexicon_evaluative_words_carry_relation_and_negation(word, expected):
    assert load_lexicon().evaluative[word] == expected


def test_lexicon_cameo_codes_are_in_the_cameo_table():
    """A finer CAMEO code on a lexicon row must be one the CAMEO codebook (ontology/cameo.tsv) defines."""
    from relgraph.vocab import cameo_codebook

    lex = load_lexicon()
    used = {e.cameo for e in lex.verbs.values() if e.cameo} | {e.cameo for es in lex.nouns.values()
                                                              for e in es if e.cameo}
    assert used and used <= set(cameo_codebook())
