"""JSON Schemas of relgraph's file contracts, shipped inside the package.

>>> schema = claims_schema()
>>> schema["$schema"], schema["additionalProperties"]
('https://json-schema.org/draft/2020-12/schema', False)
>>> "supports" in schema["properties"]["relation"]["enum"]
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

CLAIMS_SCHEMA = "claims.schema.json"


@cache
def _load(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


def claims_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one claims-JSONL line (DESIGN.md §6); a fresh copy each call."""
    return json.loads(_load(CLAIMS_SCHEMA))


def claims_validator():
    """A ``jsonschema`` validator of claims-JSONL lines (``iter_errors``, ``validate``)."""
    from jsonschema import Draft202012Validator

    schema = claims_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)
