"""Safe SPARQL bindings: Python values become pyoxigraph terms, never query text.

A binding names a variable of the query and a value for it; the value is turned into an RDF term
(``str`` → plain literal, ``int``/``float``/``bool``/``date`` → typed literal, pyoxigraph or rdflib
terms as they are) and handed to Oxigraph's ``substitutions=``. Nothing a user types is ever pasted
into the query string, so quotes, braces or ``} ; DROP ALL ; {`` stay inside a literal.

>>> substitutions({"target": 'x" } ; DROP ALL ; {'})
{<Variable value=target>: <Literal value=x" } ; DROP ALL ; { datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>}
>>> to_term(3).datatype.value
'http://www.w3.org/2001/XMLSchema#integer'
>>> iri("http://example.org/a> } DROP ALL {")
Traceback (most recent call last):
...
relgraph.errors.UsageError: 'http://example.org/a> } DROP ALL {' is not a valid IRI; give an absolute IRI such as https://w3id.org/relgraph/id/country/RUS
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal

import pyoxigraph as ox

from .errors import UsageError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
XSD = "http://www.w3.org/2001/XMLSchema#"
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def iri(value: str) -> ox.NamedNode:
    """An IRI term; a value that is not a valid absolute IRI is a usage error."""
    try:
        node = ox.NamedNode(value)
    except (ValueError, TypeError):
        node = None
    if node is None or ":" not in value:
        raise UsageError(f"{value!r} is not a valid IRI; give an absolute IRI such as "
                         "https://w3id.org/relgraph/id/country/RUS")
    return node


def to_term(value: object) -> Term:
    """The RDF term for a Python value (see the module docstring)."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if type(value).__module__.startswith("rdflib"):  # URIRef and Literal are str subclasses
        return _from_rdflib(value)
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise _unbindable(value)


def _from_rdflib(value: object) -> Term:
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef):
        return iri(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=iri(str(value.datatype)))
        return ox.Literal(str(value))
    raise _unbindable(value)


def _unbindable(value: object) -> UsageError:
    return UsageError(f"cannot bind a value of type {type(value).__name__}; give a str, number, date, "
                      "or an RDF term")


def variable(name: str) -> ox.Variable:
    """A SPARQL variable named ``name`` (without ``?``)."""
    bare = name[1:] if name[:1] in "?$" else name
    if not _VARIABLE.fullmatch(bare):
        raise UsageError(f"{name!r} is not a SPARQL variable name; use letters, digits and _")
    return ox.Variable(bare)


def substitutions(bindings: Mapping[str, object]) -> dict[ox.Variable, Term]:
    """Oxigraph's ``substitutions=`` argument for ``{variable name: value}``."""
    return {variable(name): to_term(value) for name, value in bindings.items()}
