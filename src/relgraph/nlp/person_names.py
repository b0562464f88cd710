"""Whole person names where the model marks part of one: names it cuts in two ("Chaudhry Nisar" +
"Ali Khan", "Abd-Rabbu" + "Mansour Hadi") are joined, and capitalised name words it leaves out
around a name are taken in when the parse ties them to it ("Mahamat [Saleh Annadif]", "[Amadou
Toumani] Toure"), never a title ("Interior Minister", "President") nor a word of another name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token


def person_extents(doc: Doc, title: Callable[[str], bool],
                   known: Callable[[str], bool]) -> dict[int, tuple[int, int] | None]:
    """For each model PERSON entity (by its start), the extent of the whole name it begins, or None
    when it is the second half of a name begun before. ``title(word)`` says a word is a title; a name
    ``known`` to the tables as written is kept as it is."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    others = {i for e in doc.ents if e.label_ != "PERSON" for i in range(e.start, e.end)}

    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.i not in others and not title(t.lower_)

    extents: dict[int, tuple[int, int] | None] = {}
    i = 0
    while i < len(persons):
        j = i
        while j + 1 < len(persons) and persons[j + 1].start == persons[j].end:  # two marked halves of one name
            j += 1
        start, end = persons[i].start, persons[j].end
        if not known(doc[start:end].text):
            while start > 0 and name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
                    and start <= doc[start - 1].head.i <= end:
                start -= 1
            while end < len(doc) and name_word(doc[end]) and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i == end:
                end += 1
        extents[persons[i].start] = (start, end)
        extents.update((p.start, None) for p in persons[i + 1:j + 1])
        i = j + 1
    return extents
