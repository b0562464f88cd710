"""The closed namespace of the relgraph ontology; a test checks it against ``ontology/relgraph.ttl``."""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from .records import ONTOLOGY_NS


class REL(DefinedNamespace):
    """Terms of ``https://w3id.org/relgraph/ontology#``; an unknown term raises AttributeError."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # classes
    Entity: URIRef
    Country: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    Place: URIRef
    Policy: URIRef
    Agreement: URIRef
    Event: URIRef
    Article: URIRef
    Claim: URIRef
    # annotation properties
    ploverEvent: URIRef
    cameoCode: URIRef
    quadClass: URIRef
    goldsteinWeight: URIRef
    objectType: URIRef
    # claim, entity and article properties
    subject: URIRef
    object: URIRef
    relation: URIRef
    speaker: URIRef
    article: URIRef
    polarity: URIRef
    modality: URIRef
    confidence: URIRef
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentence: URIRef
    cameo: URIRef
    qualifier: URIRef
    trigger: URIRef
    rule: URIRef
    sector: URIRef
    dateSource: URIRef
    extractor: URIRef
    iso3: URIRef
    wikidata: URIRef
    contentHash: URIRef
    # relations
    relatesTo: URIRef
    memberOf: URIRef
    officialOf: URIRef
    headOfStateOf: URIRef
    headOfGovernmentOf: URIRef
    locatedIn: URIRef
    agreesWith: URIRef
    meetsWith: URIRef
    visits: URIRef
    supports: URIRef
    praises: URIRef
    recognizes: URIRef
    signsAgreementWith: URIRef
    proposes: URIRef
    concedesTo: URIRef
    cooperatesWith: URIRef
    tradesWith: URIRef
    providesAidTo: URIRef
    withdrawsFrom: URIRef
    appealsTo: URIRef
    criticizes: URIRef
    accuses: URIRef
    rejects: URIRef
    opposes: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    reducesRelationsWith: URIRef
    mobilizesAgainst: URIRef
    coerces: URIRef
    attacks: URIRef
