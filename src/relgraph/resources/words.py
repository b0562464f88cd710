"""The word lists the extraction rules read (``ontology/words.tsv``): data, not code.

Each row is ``set<TAB>word``; the set names are fixed by the rules that read them (``SETS``), so a
misspelt set name or an empty set is an error naming the file and line.

>>> words = load_words()
>>> "urge" in words["object_control"], words.numbers["three"]
(True, 3)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import InputError
from ..paths import ontology_file
from .tables import read_table

SETS = (
    "time_units", "economic_targets", "attempt_nouns", "critic_nouns", "missions", "body_heads", "mocking", "cancelling",
    "partaking_nouns", "issuing", "tenure_words", "honorifics", "claiming", "hub_cities", "committing", "no_act_nouns", "ordering",
    "agreement_heads", "locative_preps", "state_nouns", "personal_pronouns", "singular_it", "plural_pronouns",
    "group_nouns", "member_nouns", "courtesy_titles", "name_titles", "object_control", "crediting", "engaging", "hosting",
    "look_through", "aid_adjectives", "naming", "copulas", "having", "act_heads", "role_stop_words", "former",
    "holding", "dying", "likelihood_adjectives", "hearsay_nouns", "state_modifiers", "attempting",
    "receiving", "relying", "institute_nouns", "participating", "taking_part", "gatherings",
    "settlements", "possible_aux", "intended_aux", "conditional_marks", "negations", "weather",
    "name_particles", "title_words", "numbers", "backing", "leading", "placing", "heading", "request_nouns", "statement_nouns", "backer_nouns", "ally_nouns", "client_nouns", "appointing", "possibility_nouns", "linking", "words_given", "planned_modifiers", "possible_modifiers", "wanting", "requesting", "movement_nouns", "reversing", "protest_modifiers", "verbal_modifiers", "announcing", "weapons", "part_nouns", "carriers", "stationing", "intending_nouns", "led_bodies", "area_adjectives", "group_anaphors", "state_anaphors", "detaining",
    "legislator_titles", "kin_nouns", "staff_nouns", "polity_nouns", "threat_nouns", "dwelling_nouns",
    "hedging_adverbs", "doubting_adverbs", "desiring", "plan_making", "money_nouns", "fighter_nouns", "serving",
    "statehood_nouns", "generic_place_names", "hosted_things", "stopping", "resisting",
)


class Words:
    """Word sets by name (``words["hosting"]``) and the number words with their values."""

    def __init__(self, path: Path, sets: dict[str, frozenset[str]], numbers: dict[str, int]) -> None:
        self.path = path
        self._sets = sets
        self.numbers = numbers

    def __getitem__(self, name: str) -> frozenset[str]:
        return self._sets[name]


@cache
def load_words(path: Path | None = None) -> Words:
    path = path or ontology_file("words.tsv")
    sets: dict[str, set[str]] = {name: set() for name in SETS}
    numbers: dict[str, int] = {}
    for row in read_table(path, ("set", "word"), what="word list"):
        name, word = row.choice("set", SETS), row.cells["word"].lower()
        if not word:
            raise row.fail("empty word; write one word per row")
        if name == "numbers":
            text, _, value = word.partition("=")
            if not value.isdigit():
                raise row.fail(f"number word {word!r} needs its value, as 'three=3'")
            numbers[text] = int(value)
        sets[name].add(word.partition("=")[0])
    empty = [name for name, found in sets.items() if not found]
    if empty:
        raise InputError(f"{path.name}: word set {empty[0]!r} has no rows; every set needs at least one word")
    return Words(path, {k: frozenset(v) for k, v in sets.items()}, numbers)
