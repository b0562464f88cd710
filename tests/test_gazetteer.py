"""Tests of the curated actor gazetteer: its data (ontology/actors/*.tsv, ontology/roles.tsv) and loader."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from relgraph.resources.gazetteer import (
    NAME_KINDS,
    RELATIONS,
    default_directory,
    load_gazetteer,
)
from relgraph.errors import InputError, RelgraphError

ONTOLOGY = default_directory()
COUNTRIES = ONTOLOGY / "actors" / "countries.tsv"
G20_STATES = (
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
    "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
)
P5 = ("CHN", "FRA", "RUS", "GBR", "USA")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _country_rows() -> list[dict[str, str]]:
    lines = [line for line in COUNTRIES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# --- the data ---------------------------------------------------------------------------------


def test_gazetteer_has_all_193_un_members_and_two_observers(gaz):
    rows = _country_rows()
    members = [row["iso3"] for row in rows if row["un_member"] == "yes"]
    observers = sorted(row["iso3"] for row in rows if row["un_member"] == "observer")
    assert len(members) == 193
    assert observers == ["PSE", "VAT"]
    assert all(gaz.by_key(f"country/{iso3}").entity.type == "Country" for iso3 in members)


@pytest.mark.parametrize("iso3", ["TWN", "XKX", "ESH", "XNC", "XAB", "XSO", "XTR", "XSL", "HKG", "MAC"])
def test_gazetteer_lists_disputed_territories_as_non_members(gaz, iso3):
    rows = {row["iso3"]: row for row in _country_rows()}
    assert rows[iso3]["un_member"] == "no"
    assert gaz.by_key(f"country/{iso3}").entity.country == iso3


def test_gazetteer_iso3_codes_are_three_capitals_and_unique():
    codes = [row["iso3"] for row in _country_rows()]
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert len(codes) == len(set(codes))


def test_gazetteer_qids_are_wellformed_and_every_country_has_one(gaz):
    qids = [entry.entity.wikidata for entry in gaz.entries if entry.entity.wikidata]
    assert qids and all(re.fullmatch(r"Q[1-9][0-9]*", qid) for qid in qids)
    countries = [entry for entry in gaz.entries if entry.entity.type == "Country"]
    assert all(entry.entity.wikidata for entry in countries)
    country_qids = [entry.entity.wikidata for entry in countries]
    assert len(country_qids) == len(set(country_qids))


@pytest.mark.parametrize("key, prefix", [
    ("Country", "country/"), ("Person", "person/"), ("Organization", ("org/", "group/")),
    ("Group", ("org/", "group/", "actor/")),  # actor/: a state body of bodies.tsv ("actor/ISR/legislature")
    ("Place", "place/"), ("Policy", "policy/"), ("Agreement", "agreement/"), ("Event", "event/"),
])
def test_gazetteer_keys_follow_the_scheme_per_type(gaz, key, prefix):
    typed = [entry for entry in gaz.entries if entry.entity.type == key]
    assert typed
    assert all(entry.key.startswith(prefix) for entry in typed)


@pytest.mark.parametrize("iso3", G20_STATES)
def test_gazetteer_g20_states_have_a_current_leader(gaz, iso3):
    heads = [role for entry in gaz.entries for role in entry.roles
             if role.of_key == f"country/{iso3}" and role.relation in RELATIONS[:2] and role.current]
    assert heads
    assert all(role.as_of == "2025-11" for role in heads)


@pytest.mark.parametrize("iso3", P5)
def test_gazetteer_p5_states_have_a_foreign_minister(gaz, iso3):
    titles = {role.title for entry in gaz.entries for role in entry.roles
              if role.of_key == f"country/{iso3}" and role.relation == "officialOf"}
    assert titles & {"Foreign Minister", "Foreign Secretary", "Secretary of State"}


# --- never-merge pairs ------------------------------------------------------------------------


@pytest.mark.parametrize("first, second", [
    ("Niger", "Nigeria"), ("Austria", "Australia"), ("Iran", "Iraq"),
    ("North Korea", "South Korea"), ("DPRK", "ROK"), ("Dominica", "Dominican Republic"),
    ("Guinea", "Guinea-Bissau"), ("Guinea", "Equatorial Guinea"), ("Guinea-Bissau", "Equatorial Guinea"),
    ("Sudan", "South Sudan"), ("Republic of the Congo", "DR Congo"), ("Congo-Brazzaville", "DRC"),
    ("Slovakia", "Slovenia"), ("Cyprus", "Northern Cyprus"), ("China", "Taiwan"),
])
def test_gazetteer_never_merges_confusable_countries(gaz, first, second):
    a, b = gaz.lookup(first), gaz.lookup(second)
    assert a is not None and b is not None
    assert a.key != b.key


@pytest.mark.parametrize("first, second", [
    ("Nigerien", "Nigerian"), ("Austrian", "Australian"), ("Iranian", "Iraqi"),
    ("North Korean", "South Korean"), ("Sudanese", "South Sudanese"), ("Guinean", "Bissau-Guinean"),
])
def test_gazetteer_never_merges_confusable_demonyms(gaz, first, second):
    assert gaz.demonym(first).key != gaz.demonym(second).key


def test_gazetteer_georgia_is_the_country_q230(gaz):
    georgia = gaz.lookup("Georgia")
    assert (georgia.key, georgia.entity.wikidata) == ("country/GEO", "Q230")
    assert gaz.demonym("Georgian").key == "country/GEO"


@pytest.mark.parametrize("name", ["Congo", "Korea"])
def test_gazetteer_shared_names_are_ambiguous_not_merged(gaz, name):
    assert gaz.lookup(name) is None
    assert len(gaz.candidates(name)) == 2


# --- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name, key", [
    ("China", "country/CHN"), ("People's Republic of China", "country/CHN"), ("PRC", "country/CHN"),
    ("Russian Federation", "country/RUS"), ("US", "country/USA"), ("U.S.", "country/USA"),
    ("United States of America", "country/USA"), ("Britain", "country/GBR"), ("UK", "country/GBR"),
    ("Czechia", "country/CZE"), ("Türkiye", "country/TUR"), ("The Gambia", "country/GMB"),
    ("Gambia", "country/GMB"), ("the West", "org/the-west"), ("West", "org/the-west"),
    ("Western countries", "org/the-west"), ("SCO", "org/sco"), ("NATO", "org/nato"),
    ("E.U.", "org/eu"), ("One China principle", "policy/one-china-policy"),
    ("multipolar world order", "policy/multipolarity"), ("JCPOA", "agreement/jcpoa"),
    ("war in Ukraine", "event/ukraine-conflict"), ("BRI", "policy/belt-and-road-initiative"),
    ("Donbass", "place/donbas"), ("Odessa", "place/odesa"), ("Gaza Strip", "place/gaza"),
    ("RUSSIA", "country/RUS"), ("russian federation", "country/RUS"),
    ("UN watchdog", "org/iaea"), ("UN nuclear watchdog", "org/iaea"), ("U.N. nuclear watchdog", "org/iaea"),
    ("UN's nuclear watchdog", "org/iaea"), ("Baltic states", "org/baltic-states"),
    ("the Baltics", "org/baltic-states"),
])
def test_gazetteer_lookup_resolves_names(gaz, name, key):
    assert gaz.lookup(name).key == key


@pytest.mark.parametrize("name", ["us", "west", "turkey", "chad", "Atlantis", "", "the"])
def test_gazetteer_lookup_rejects_short_lowercase_and_unknown(gaz, name):
    assert gaz.lookup(name) is None


@pytest.mark.parametrize("name, key", [
    ("Beijing", "country/CHN"), ("Zhongnanhai", "country/CHN"), ("the Kremlin", "country/RUS"),
    ("Kremlin", "country/RUS"), ("Moscow", "country/RUS"), ("the White House", "country/USA"),
    ("White House", "country/USA"), ("the Pentagon", "country/USA"), ("Washington", "country/USA"),
    ("Downing Street", "country/GBR"), ("Whitehall", "country/GBR"), ("Élysée", "country/FRA"),
    ("Kyiv", "country/UKR"), ("Kiev", "country/UKR"), ("New Delhi", "country/IND"),
    ("Delhi", "country/IND"), ("Taipei", "country/TWN"), ("Pyongyang", "country/PRK"),
    ("Seoul", "country/KOR"), ("The Hague", "country/NLD"), ("Brussels", "org/eu"),
    ("Sanaa", "org/houthis"),
])
def test_gazetteer_metonyms_stand_for_their_actor(gaz, name, key):
    assert gaz.metonym(name).key == key


@pytest.mark.parametrize("name", ["Tel Aviv", "Kingston", "Georgetown", "Shanghai"])
def test_gazetteer_non_seats_are_not_metonyms(gaz, name):
    assert gaz.metonym(name) is None


@pytest.mark.parametrize("word, key", [
    ("Chinese", "country/CHN"), ("Nigerien", "country/NER"), ("Nigerian", "country/NGA"),
    ("American", "country/USA"), ("British", "country/GBR"), ("Russian", "country/RUS"),
    ("Western", "org/the-west"), ("Houthi", "org/houthis"), ("Dominican", "country/DOM"),
])
def test_gazetteer_demonyms_attach_their_actor(gaz, word, key):
    assert gaz.demonym(word).key == key


@pytest.mark.parametrize("word", ["European", "Congolese", "Korean", "Martian"])
def test_gazetteer_ambiguous_or_unknown_demonyms_resolve_to_nothing(gaz, word):
    assert gaz.demonym(word) is None


@pytest.mark.parametrize("name, key, country", [
    ("Beijing", "place/beijing", "CHN"), ("Kiev", "place/kyiv", "UKR"), ("Shanghai", "place/shanghai", "CHN"),
    ("Crimea", "place/crimea", "UKR"), ("Golan Heights", "place/golan-heights", "SYR"),
    ("Washington", "place/washington-d-c", "USA"), ("Brussels", "place/brussels", "BEL"),
    ("The Hague", "place/the-hague", "NLD"), ("Arctic", "place/arctic", None),
    ("Singapore", "country/SGP", "SGP"), ("Russia", "country/RUS", "RUS"),
    ("Al Udeid air base", "place/al-udeid-air-base", "QAT"), ("Fordow", "place/fordow", "IRN"),
    ("Natanz", "place/natanz", "IRN"), ("Isfahan", "place/isfahan", "IRN"),
])
def test_gazetteer_place_finds_cities_regions_and_countries(gaz, name, key, country):
    entry = gaz.place(name)
    assert (entry.key, entry.entity.country) == (key, country)


@pytest.mark.parametrize("name", ["the Kremlin", "NATO", "Putin"])
def test_gazetteer_place_ignores_non_places(gaz, name):
    assert gaz.place(name) is None


@pytest.mark.parametrize("title, expected", [
    ("Prime Minister", ("headOfGovernmentOf", "prime minister")),
    ("premier", ("headOfGovernmentOf", "premier")),
    ("Chancellor", ("headOfGovernmentOf", "chancellor")),
    ("President", ("headOfStateOf", "president")),
    ("Supreme Leader", ("headOfStateOf", "supreme leader")),
    ("Russian Deputy Prime Minister", ("officialOf", "deputy prime minister")),
    ("Vice-President", ("officialOf", "vice-president")),
    ("Vice  Premier", ("officialOf", "vice premier")),
    ("Chinese Foreign Ministry Spokesperson", ("officialOf", "foreign ministry spokesperson")),
    ("UN Secretary-General", ("officialOf", "secretary-general")),
    ("Chancellor of the Exchequer", ("officialOf", "chancellor of the exchequer")),
    ("Minister of Foreign Affairs", ("officialOf", "minister of foreign affairs")),
    ("Presidential", None), ("weather report", None),
])
def test_gazetteer_role_takes_the_longest_phrase(gaz, title, expected):
    assert gaz.role(title) == expected


@pytest.mark.parametrize("title, of, relation", [
    ("President", "country/IRN", "headOfGovernmentOf"),
    ("President", "country/FRA", "headOfStateOf"),
    ("President", "org/european-commission", "officialOf"),
    ("Chancellor", "country/DEU", "headOfGovernmentOf"),
    ("Chancellor", "country/GBR", "officialOf"),
    # a party's or a state sector's leader is an official of it, never its head of state
    ("leader", "group/democratic-unionist-party", "officialOf"),
    ("leader", "actor/SYR/opposition", "officialOf"),
])
def test_gazetteer_role_exceptions_depend_on_the_actor(gaz, title, of, relation):
    assert gaz.role(title, of=of)[0] == relation


@pytest.mark.parametrize("name, key, relation, of_key", [
    ("Putin", "person/vladimir-putin", "headOfStateOf", "country/RUS"),
    ("Mishustin", "person/mikhail-mishustin", "headOfGovernmentOf", "country/RUS"),
    ("Lavrov", "person/sergey-lavrov", "officialOf", "country/RUS"),
    ("Siluanov", "person/anton-siluanov", "officialOf", "country/RUS"),
    ("Zakharova", "person/maria-zakharova", "officialOf", "country/RUS"),
    ("Xi", "person/xi-jinping", "headOfStateOf", "country/CHN"),
    ("Li Qiang", "person/li-qiang", "headOfGovernmentOf", "country/CHN"),
    ("Mao Ning", "person/mao-ning", "officialOf", "country/CHN"),
    ("Trump", "person/donald-trump", "headOfGovernmentOf", "country/USA"),
    ("Rubio", "person/marco-rubio", "officialOf", "country/USA"),
    ("Takaichi", "person/sanae-takaichi", "headOfGovernmentOf", "country/JPN"),
    ("Merz", "person/friedrich-merz", "headOfGovernmentOf", "country/DEU"),
    ("Erdogan", "person/recep-tayyip-erdogan", "headOfStateOf", "country/TUR"),
    ("Guterres", "person/antonio-guterres", "officialOf", "org/un"),
    ("Kihara", "person/minoru-kihara", "officialOf", "country/JPN"),
    ("Mohammed Shia al-Sudani", "person/mohammed-shia-al-sudani", "headOfGovernmentOf", "country/IRQ"),
    ("Abdul-Malik al-Houthi", "person/abdul-malik-al-houthi", "officialOf", "org/houthis"),
    ("Mazloum Abdi", "person/mazloum-abdi", "officialOf", "group/sdf"),  # a leader of a groups.tsv entry
])
def test_gazetteer_officials_carry_their_roles(gaz, name, key, relation, of_key):
    entry = gaz.lookup(name)
    assert entry.key == key and entry.entity.type == "Person"
    assert (relation, of_key) in {(role.relation, role.of_key) for role in entry.roles}


@pytest.mark.parametrize("name, country", [("Putin", "RUS"), ("Wang Yi", "CHN"), ("Guterres", None)])
def test_gazetteer_person_country_is_the_state_served(gaz, name, country):
    assert gaz.lookup(name).entity.country == country


def test_gazetteer_putin_is_head_of_state_only_now(gaz):
    """Putin headed the government in 1999-2000 and 2008-2012; today he is head of state only."""
    roles = gaz.by_key("person/vladimir-putin").roles
    assert [role.relation for role in roles if role.current] == ["headOfStateOf"]
    assert [role.relation for role in roles if role.held_on("2010-01-01")] == ["headOfGovernmentOf"]


def test_gazetteer_entity_aliases_are_the_names_after_the_label(gaz):
    china = gaz.by_key("country/CHN")
    assert china.names[0] == china.entity.label == "China"
    assert china.entity.aliases == china.names[1:]
    assert china.entity.iri == "https://w3id.org/relgraph/id/country/CHN"


@pytest.mark.parametrize("form, kind, key", [
    ("the Kremlin", "metonym", "country/RUS"), ("Beijing", "place", "place/beijing"),
    ("Chinese", "demonym", "country/CHN"), ("Putin", "name", "person/vladimir-putin"),
])
def test_gazetteer_all_names_lists_every_form_with_its_kind(gaz, form, kind, key):
    names = set(gaz.all_names())
    assert (form, kind, key) in names
    assert {kind for _, kind, _ in names} == set(NAME_KINDS)


def test_gazetteer_by_key_error_names_the_key(gaz):
    with pytest.raises(KeyError) as caught:
        gaz.by_key("country/XXX")
    assert caught.value.args[0] == "no gazetteer entry with key 'country/XXX'"


def test_gazetteer_default_load_is_cached():
    assert load_gazetteer() is load_gazetteer()


# --- bad data ---------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY / "actors", target / "actors")
    shutil.copy(ONTOLOGY / "roles.tsv", target / "roles.tsv")
    return target


def _append(path: Path, *lines: str) -> int:
    """Append lines; return the line number of the last one."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + "".join(line + "\n" for line in lines), encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


def _line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(start))


BAD_ROWS = [
    ("actors/countries.tsv", "ZZZ\tQ1\tZedland",
     "expected 9 tab-separated columns (iso3, qid, label, un_member, aliases, demonyms, capital, "
     "capital_qid, metonyms), got 3"),
    ("actors/countries.tsv", "ZZZ\tQ1\tZedland\tmaybe\t\t\t\t\t",
     "unknown un_member 'maybe'; choose one of: no, observer, yes"),
    ("actors/countries.tsv", "zz1\tQ1\tZedland\tno\t\t\t\t\t",
     "bad ISO 3166 alpha-3 code 'zz1' in column iso3; use three capital letters"),
    ("actors/countries.tsv", "ZZZ\tq17\tZedland\tno\t\t\t\t\t",
     "bad Wikidata id 'q17' in column qid; write it as Q followed by digits"),
    ("actors/organizations.tsv", "club\t\tThe Club\tClub\t\t\t\t",
     "unknown type 'Club'; choose one of: Group, Organization"),
    ("actors/organizations.tsv", "Big Club\t\tThe Club\tGroup\t\t\t\t",
     "bad key 'Big Club'; use lowercase letters, digits and single hyphens"),
    ("actors/concepts.tsv", "idea\t\tAn idea\tNotion\t",
     "unknown type 'Notion'; choose one of: Agreement, Event, Policy"),
    ("actors/officials.tsv", "Jane Roe\t\t\trules\tRUS\tPresident\t2025-11\t\t",
     "unknown relation 'rules'; choose one of: headOfGovernmentOf, headOfStateOf, officialOf"),
    ("actors/officials.tsv", "Jane Roe\t\t\tofficialOf\tnowhere\tEnvoy\t2025-11\t\t",
     "unknown actor 'nowhere' in column of; use an ISO3 code from countries.tsv or a key from "
     "organizations.tsv or groups.tsv"),
    ("actors/officials.tsv", "Jane Roe\t\t\tofficialOf\tRUS\tEnvoy\tNov 2025\t\t",
     "bad as_of 'Nov 2025'; write the month the fact was checked as YYYY-MM"),
    ("actors/officials.tsv", "Jane Roe\t\t\tofficialOf\tRUS\tEnvoy\t2025-11\t3 May 2022\t",
     "bad start '3 May 2022'; write the date as YYYY-MM-DD (or YYYY-MM, YYYY)"),
    ("actors/officials.tsv", "Jane Roe\t\t\tofficialOf\tRUS\tEnvoy\t2025-11\t2024-05-01\t2023-01-01",
     "end '2023-01-01' is before start '2024-05-01'; swap or correct them"),
    ("actors/bodies.tsv", "Althing\tISL\tparliament\t\t",
     "unknown sector 'parliament'; choose one of: diplomats, government, intelligence, judiciary, legislature, "
     "military, police"),
    ("actors/bodies.tsv", "Althing\tZZZ\tlegislature\t\t",
     "unknown country 'ZZZ'; use an ISO3 code from countries.tsv"),
    ("roles.tsv", "tsar\truler\t\t", "unknown relation 'ruler'; choose one of: headOfGovernmentOf, "
     "headOfStateOf, officialOf"),
    ("roles.tsv", "king\tofficialOf\t\t", "duplicate role title 'king'"),
    ("roles.tsv", "doge\theadOfStateOf\tVenice=officialOf\t",
     "bad exception 'Venice=officialOf'; write ISO3=relation or org=relation"),
    ("roles.tsv", "doge\theadOfStateOf\t\tVenice", "bad ISO 3166 alpha-3 code 'Venice' in column state; use three capital letters"),
]


@pytest.mark.parametrize("name, row, problem", BAD_ROWS)
def test_gazetteer_bad_row_error_names_file_line_and_problem(tmp_path, name, row, problem):
    directory = _copy(tmp_path)
    line = _append(directory / name, row)
    with pytest.raises(InputError) as caught:
        load_gazetteer(directory)
    assert str(caught.value) == f"{directory / name}:{line}: {problem}"


def test_gazetteer_duplicate_key_names_both_lines(tmp_path):
    directory = _copy(tmp_path)
    path = directory / "actors" / "countries.tsv"
    first = _line_of(path, "CHN\t")
    line = _append(path, "CHN\tQ148\tCathay\tno\t\t\t\t\t")
    with pytest.raises(RelgraphError) as caught:
        load_gazetteer(directory)
    assert str(caught.value) == f"{path}:{line}: duplicate key 'country/CHN' (first at {path}:{first})"


def test_gazetteer_name_claimed_by_two_actors_is_an_error(tmp_path):
    directory = _copy(tmp_path)
    countries, orgs = directory / "actors" / "countries.tsv", directory / "actors" / "organizations.tsv"
    line = _append(orgs, "rus-club\t\tRussia Club\tGroup\tRussia\t\t\t")
    with pytest.raises(InputError) as caught:
        load_gazetteer(directory)
    assert str(caught.value) == (
        f"{orgs}:{line}: name 'Russia' of org/rus-club is already a name of country/RUS "
        f"({countries}:{_line_of(countries, 'RUS')}); remove one, or list it on a '# shared:' line"
    )


def test_gazetteer_shared_comment_allows_a_deliberate_double_claim(tmp_path):
    directory = _copy(tmp_path)
    _append(directory / "actors" / "organizations.tsv",
            "# shared: Russia", "rus-club\t\tRussia Club\tGroup\tRussia\t\t\t")
    gaz = load_gazetteer(directory)
    assert gaz.lookup("Russia") is None
    assert {entry.key for entry in gaz.candidates("Russia")} == {"country/RUS", "org/rus-club"}


def test_gazetteer_wrong_header_is_an_error(tmp_path):
    directory = _copy(tmp_path)
    path = directory / "actors" / "places.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(number for number, line in enumerate(lines) if not line.startswith("#"))
    lines[header] = "key\tlabel\tcountry"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gazetteer(directory)
    assert str(caught.value) == (
        f"{path}:{header + 1}: header must be key qid label country aliases (tab-separated), "
        "got key label country"
    )


def test_gazetteer_missing_table_is_an_error(tmp_path):
    directory = _copy(tmp_path)
    (directory / "roles.tsv").unlink()
    with pytest.raises(InputError) as caught:
        load_gazetteer(directory)
    missing = directory / "roles.tsv"
    assert str(caught.value) == f"{missing}: gazetteer table missing; restore it from the repository"


# --- dated terms ----------------------------------------------------------------------------

TERMS = [
    ("person/joe-biden", "country/USA", "2023-08-18", True),
    ("person/joe-biden", "country/USA", "2025-03-01", False),
    ("person/joe-biden", "country/USA", None, False),
    ("person/fumio-kishida", "country/JPN", "2024-09", True),
    ("person/fumio-kishida", "country/JPN", "2024-11-02", False),
    ("person/donald-trump", "country/USA", "2025-06-01", True),
    ("person/donald-trump", "country/USA", None, True),
    ("person/yoon-suk-yeol", "country/KOR", "2025-04-04", True),
    ("person/yoon-suk-yeol", "country/KOR", "2025-04-05", False),
]


@pytest.mark.parametrize("key, of_key, date, held", TERMS)
def test_gazetteer_role_held_on_date(gaz, key, of_key, date, held):
    roles = [role for role in gaz.by_key(key).roles if role.of_key == of_key]
    assert roles
    assert any(role.held_on(date) for role in roles) is held


@pytest.mark.parametrize("name, key", [("Biden", "person/joe-biden"), ("Yoon Suk Yeol", "person/yoon-suk-yeol"),
                                       ("Sunak", "person/rishi-sunak"), ("Scholz", "person/olaf-scholz")])
def test_gazetteer_former_holder_is_still_the_person(gaz, name, key):
    entry = gaz.lookup(name)
    assert entry is not None and entry.key == key and entry.entity.type == "Person"
    assert not any(role.current for role in entry.roles)


def test_gazetteer_foreign_secretaries_follow_each_other(gaz):
    terms = sorted((role.start, role.end, entry.entity.label) for entry in gaz.entries for role in entry.roles
                   if role.of_key == "country/GBR" and role.title == "Foreign Secretary")
    terms = [t for t in terms if t[0] >= "2021"]
    labels = [label for _, _, label in terms]
    assert labels[:4] == ["Liz Truss", "James Cleverly", "David Cameron", "David Lammy"]
    assert all(earlier[1] == later[0] for earlier, later in zip(terms, terms[1:]))


def test_gazetteer_heads_of_every_un_member_in_2024_25():
    """Every UN member has a head of state and a head of government on file for 2024-2025."""
    gaz = load_gazetteer()
    held = {(role.relation, role.of_key) for e in gaz.entries for role in e.roles
            if role.held_on("2024-06-30") or role.held_on("2025-06-30")}
    rows = [line.split("\t") for line in gaz.files[0].read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "iso3\t"))]
    members = [row[0] for row in rows if row[3] == "yes"]
    assert len(members) == 193
    for relation in ("headOfStateOf", "headOfGovernmentOf"):
        assert not [iso3 for iso3 in members if (relation, f"country/{iso3}") not in held], relation


@pytest.mark.parametrize(("title", "state"), [("home secretary", "GBR"), ("taoiseach", "IRL"), ("foreign minister", None)])
def test_gazetteer_title_state_only_for_titles_one_state_uses(gaz, title, state):
    """A title only one state uses ("home secretary") names that state; a common one names none."""
    found = gaz.title_state(title)
    assert (found.country if found else None) == state


@pytest.mark.parametrize("name, key", [
    ("Knesset", "actor/ISR/legislature"), ("State Duma", "actor/RUS/legislature"),
    ("Mossad", "actor/ISR/intelligence"), ("Shin Bet", "actor/ISR/intelligence"),  # one entity per state and sector
    ("Home Office", "actor/GBR/government"),
])
def test_gazetteer_named_state_bodies_are_their_states_sector(gaz, name, key):
    """A state body news names without its state (the Knesset, Mossad) is that state's actor of its sector."""
    entity = gaz.lookup(name).entity
    assert (entity.key, entity.sector, entity.country) == (key, key.split("/")[2], key.split("/")[1])


@pytest.mark.parametrize("word, key", [
    ("Thais", "country/THA"), ("Cambodians", "country/KHM"), ("Kenyans", "country/KEN"), ("Poles", "country/POL"),
])
def test_gazetteer_plural_demonyms_name_the_state(gaz, word, key):
    """A state's people in the plural ("Thais", "Cambodians") are a demonym of that state, as "Palestinians" is."""
    assert gaz.demonym(word).entity.key == key


@pytest.mark.parametrize("name, key", [("Laos", "country/LAO"), ("Philippines", "country/PHL")])
def test_gazetteer_a_country_named_like_a_plural_stays_the_country(gaz, name, key):
    assert gaz.demonym(name) is None and gaz.lookup(name).entity.key == key


@pytest.mark.parametrize(("name", "key"), [
    ("Syrian Negotiations Commission", "group/syrian-negotiation-commission"), ("HNC", "group/high-negotiations-committee"),
])
def test_gazetteer_syrian_opposition_bodies_are_named_groups(gaz, name, key):
    assert gaz.lookup(name).entity.key == key


@pytest.mark.parametrize("name", ["Syrian Defence Forces", "Syrian Defense Forces", "Syrian Defence Force"])
def test_gazetteer_a_groups_common_misnomers_are_its_aliases(gaz, name):
    """The SDF is often misnamed "Syrian Defence Forces" in the press; the name is the group, never Syria."""
    assert gaz.lookup(name).entity.key == "group/sdf"
