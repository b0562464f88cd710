"""Curated actors: the gazetteer of countries, organisations, officials, concepts and places."""

from relgraph.actors.gazetteer import (
    ActorEntry,
    Gazetteer,
    Role,
    RoleTitle,
    build_gazetteer,
    load_gazetteer,
)

__all__ = ["ActorEntry", "Gazetteer", "Role", "RoleTitle", "build_gazetteer", "load_gazetteer"]
