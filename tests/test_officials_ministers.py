"""Tests of the ministers and other office holders since 2000 in ontology/actors/officials.tsv:
foreign and defence ministers, US and British cabinet offices, EU and UN posts."""

from __future__ import annotations

import calendar
import itertools
from datetime import date

import pytest

from relgraph.resources.gazetteer import load_gazetteer

# The offices whose holders since 2000 are on file: consecutive holders of one of them (same
# actor, same title) must not overlap by more than a month.
OFFICES = (
    "Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister",
    "Minister of International Relations and Cooperation", "Defence Minister", "Defence Secretary",
    "Secretary of Defense", "Vice President", "Attorney General", "Treasury Secretary",
    "National Security Adviser", "Ambassador to the UN", "Home Secretary", "Chancellor of the Exchequer",
    "Kremlin Spokesman", "Secretary-General", "Secretary General", "Special Envoy for Syria",
    "Special Envoy for Yemen", "High Representative for Foreign Affairs and Security Policy",
)
SLACK_DAYS = 31
CHECKED = date(2025, 11, 30)  # open terms run to the month the file was checked


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _latest(value: str) -> date:
    """The last day a start date of any precision may mean ("2003" -> 2003-12-31)."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def _earliest(value: str) -> date:
    """The first day an end date of any precision may mean ("2003-05" -> 2003-05-01)."""
    parts = [int(part) for part in value.split("-")] if value else []
    if not parts:
        return CHECKED
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def _terms(gaz, of_key: str, title: str) -> list[tuple[str, str, str]]:
    return sorted((role.start, role.end, entry.entity.label) for entry in gaz.entries for role in entry.roles
                  if role.relation == "officialOf" and role.of_key == of_key and role.title == title
                  and role.start)


def _office_groups() -> list[tuple[str, str]]:
    gaz = load_gazetteer()
    return sorted({(role.of_key, role.title) for entry in gaz.entries for role in entry.roles
                   if role.relation == "officialOf" and role.title in OFFICES})


HOLDERS = [
    ("Rumsfeld", "person/donald-rumsfeld", "country/USA", "Secretary of Defense", "2003-03-20"),
    ("Mattis", "person/jim-mattis", "country/USA", "Secretary of Defense", "2018-06"),
    ("Dick Cheney", "person/dick-cheney", "country/USA", "Vice President", "2005-01-01"),
    ("Geithner", "person/timothy-geithner", "country/USA", "Treasury Secretary", "2010-05-01"),
    ("Mukasey", "person/michael-mukasey", "country/USA", "Attorney General", "2008-06-01"),
    ("McMaster", "person/h-r-mcmaster", "country/USA", "National Security Adviser", "2017-10-01"),
    ("Negroponte", "person/john-negroponte", "country/USA", "Ambassador to the UN", "2003-02-05"),
    ("Blunkett", "person/david-blunkett", "country/GBR", "Home Secretary", "2003-01-01"),
    ("Kwarteng", "person/kwasi-kwarteng", "country/GBR", "Chancellor of the Exchequer", "2022-09-23"),
    ("Hoon", "person/geoff-hoon", "country/GBR", "Defence Secretary", "2003-03-20"),
    ("Westerwelle", "person/guido-westerwelle", "country/DEU", "Foreign Minister", "2011-03-17"),
    ("Zarif", "person/mohammad-javad-zarif", "country/IRN", "Foreign Minister", "2015-07-14"),
    ("Cavusoglu", "person/mevlut-cavusoglu", "country/TUR", "Foreign Minister", "2015-01-01"),
    ("Amorim", "person/celso-amorim", "country/BRA", "Foreign Minister", "2010-05-17"),
    ("Klimkin", "person/pavlo-klimkin", "country/UKR", "Foreign Minister", "2015-02-12"),
    ("Reznikov", "person/oleksii-reznikov", "country/UKR", "Defence Minister", "2022-03-01"),
    ("Serdyukov", "person/anatoly-serdyukov", "country/RUS", "Defence Minister", "2008-08-08"),
    ("Jaitley", "person/arun-jaitley", "country/IND", "Defence Minister", "2017-06-01"),
    ("Gantz", "person/benny-gantz", "country/ISR", "Defence Minister", "2021-05-10"),
    ("Muallem", "person/walid-al-muallem", "country/SYR", "Foreign Minister", "2013-09-14"),
    ("Shoukry", "person/sameh-shoukry", "country/EGY", "Foreign Minister", "2020-01-01"),
    ("Muttaqi", "person/amir-khan-muttaqi", "country/AFG", "Foreign Minister", "2025-10-09"),
    ("Solana", "person/javier-solana", "org/eu",
     "High Representative for the Common Foreign and Security Policy", "2003-03"),
    ("Mogherini", "person/federica-mogherini", "org/eu",
     "High Representative for Foreign Affairs and Security Policy", "2015-07-14"),
    ("de Mistura", "person/staffan-de-mistura", "org/un", "Special Envoy for Syria", "2016-02-01"),
    ("Grundberg", "person/hans-grundberg", "org/un", "Special Envoy for Yemen", "2024-01-01"),
]


@pytest.mark.parametrize("name, key, of_key, title, day", HOLDERS)
def test_officials_holder_resolves_with_office_and_state_inside_term(gaz, name, key, of_key, title, day):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity.type == "Person" and entry.key == key
    held = [role for role in entry.roles if role.held_on(day)]
    assert ("officialOf", of_key, title) in {(role.relation, role.of_key, role.title) for role in held}
    if of_key.startswith("country/"):
        assert entry.entity.country == of_key.removeprefix("country/")


@pytest.mark.parametrize("key, of_key, title, day", [
    ("person/donald-rumsfeld", "country/USA", "Secretary of Defense", "2007-06-01"),
    ("person/mohammad-javad-zarif", "country/IRN", "Foreign Minister", "2022-01-01"),
    ("person/philip-hammond", "country/GBR", "Chancellor of the Exchequer", "2015-01-01"),
    ("person/kofi-annan", "org/un", "Special Envoy for Syria", "2013-01-01"),
])
def test_officials_office_is_not_held_outside_the_term(gaz, key, of_key, title, day):
    roles = [role for role in gaz.by_key(key).roles if (role.of_key, role.title) == (of_key, title)]
    assert roles
    assert not any(role.held_on(day) for role in roles)


@pytest.mark.parametrize("key, offices", [
    ("person/condoleezza-rice", {("country/USA", "National Security Adviser"), ("country/USA", "Secretary of State")}),
    ("person/philip-hammond", {("country/GBR", "Foreign Secretary"), ("country/GBR", "Defence Secretary"),
                               ("country/GBR", "Chancellor of the Exchequer")}),
    ("person/frank-walter-steinmeier", {("country/DEU", "President"), ("country/DEU", "Foreign Minister")}),
    ("person/kofi-annan", {("org/un", "Secretary-General"), ("org/un", "Special Envoy for Syria")}),
])
def test_officials_person_with_several_offices_is_one_entry(gaz, key, offices):
    assert offices <= {(role.of_key, role.title) for role in gaz.by_key(key).roles}


@pytest.mark.parametrize("of_key, title, holders", [
    ("country/USA", "Secretary of Defense",
     ["Donald Rumsfeld", "Robert Gates", "Leon Panetta", "Chuck Hagel", "Ash Carter", "Jim Mattis",
      "Mark Esper", "Lloyd Austin", "Pete Hegseth"]),
    ("country/GBR", "Chancellor of the Exchequer",
     ["Gordon Brown", "Alistair Darling", "George Osborne", "Philip Hammond", "Sajid Javid", "Rishi Sunak",
      "Nadhim Zahawi", "Kwasi Kwarteng", "Jeremy Hunt", "Rachel Reeves"]),
    ("org/un", "Special Envoy for Syria", ["Kofi Annan", "Lakhdar Brahimi", "Staffan de Mistura", "Geir Pedersen"]),
])
def test_officials_holders_of_an_office_follow_each_other(gaz, of_key, title, holders):
    terms = [term for term in _terms(gaz, of_key, title) if not term[1] or term[1] >= "2001-06"]
    assert [label for _, _, label in terms] == holders


@pytest.mark.parametrize("of_key, title", _office_groups())
def test_officials_terms_of_one_office_do_not_overlap(gaz, of_key, title):
    terms = _terms(gaz, of_key, title)
    clashes = []
    for (start_a, end_a, who_a), (start_b, end_b, who_b) in itertools.combinations(terms, 2):
        days = (min(_earliest(end_a), _earliest(end_b)) - max(_latest(start_a), _latest(start_b))).days
        if days > SLACK_DAYS:
            clashes.append(f"{who_a} {start_a}..{end_a or 'now'} / {who_b} {start_b}..{end_b or 'now'}")
    assert not clashes


@pytest.mark.parametrize("name", ["Rice", "Gates", "Cohen", "Singh", "Kim", "Smith", "Brown", "Johnson", "Gore",
                                  "Bolton", "Fox", "Khan", "Wang", "Lee"])
def test_officials_common_surnames_name_no_one(gaz, name):
    entry = gaz.lookup(name)
    assert entry is None or entry.entity.type != "Person"


@pytest.mark.parametrize(("text", "expected"), [
    # heads of state and government of the 2000s that the wire news of the time names
    ("President Pervez Musharraf said the talks would go on.", ("Pervez Musharraf", "headOfStateOf", "Pakistan")),
    ("Libyan leader Muammar Gaddafi met Silvio Berlusconi.", ("Muammar Gaddafi", "headOfStateOf", "Libya")),
    ("Ukrainian Prime Minister Viktor Yanukovich spoke.", ("Viktor Yanukovych", "headOfGovernmentOf", "Ukraine")),
])
def test_officials_heads_of_the_2000s_carry_their_office(text, expected):
    from relgraph.pipeline import extract_text

    assert expected in {(c.subject.label, c.relation, c.object.label) for c in extract_text(text, date="2004-10-01")}
