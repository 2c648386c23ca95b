"""What the labelling stages remember within one article, and the labelled spans so far.

Document consistency starts here (class 3 and 4): a person's first and last name parts
("Musk" after "Elon Musk"), the feature name after "Mount" ("Agung"), and the label a
surface got where its capitals were informative (reused in headlines: "SASOL").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.entities import lexicon
from reader.entities.names.article import Article
from reader.entities.names.tokens import Tok
from reader.entities.names.words import lookup

Span = tuple[int, int, str]


@dataclass(slots=True)
class Memory:
    """The article, its labelled spans (``out``) and the article-level memories."""

    art: Article
    out: list[Span] = field(default_factory=list)
    person_parts: set[str] = field(default_factory=set)
    loc_parts: set[str] = field(default_factory=set)
    known: dict[str, str] = field(default_factory=dict)  # casefolded surface -> label
    weak: set[int] = field(default_factory=set)  # starts of spans labelled on weak evidence
    #: Parts of people's names that are big places ("Jordan" of "Michael Jordan"): the person
    #: only where the context says so ("Jordan said"), unlike ``person_parts``.
    person_places: set[str] = field(default_factory=set)
    #: A person's name from its particle on, folded ("ten hag" of "Erik ten Hag"): the
    #: person where a sentence or headline writes it alone ("Ten Hag won the FA Cup").
    person_tails: set[str] = field(default_factory=set)
    #: Names a firm's noun was set off after ("Tim Ho Wan, the Hong Kong dim sum chain").
    firms: set[str] = field(default_factory=set)
    #: Every folded ORG name in ``known`` cut before each of its spaces ("adani green" of
    #: "adani green energy"): a later run that is one of them is that body's short form.
    org_prefixes: set[str] = field(default_factory=set)

    def emit(self, toks: list[Tok], label: str) -> None:
        """Label the span of ``toks`` and remember what it teaches about the article."""
        start, end = toks[0].start, toks[-1].end
        self.out.append((start, end, label))
        if len(toks) == 1:
            if toks[0].reliable:
                self.known.setdefault(toks[0].word.casefold(), label)
            else:
                self.weak.add(start)  # a headline or sentence start: outvoted by the body
            return
        if all(t.reliable for t in toks):
            folded = self.art.text[start:end].casefold()
            if folded not in self.known:
                self._remember(folded, label)
        else:
            self.weak.add(start)
        if toks[-1].connector:
            return
        names = self.art.gaz.names
        if label == "PERSON":
            particle = next((k for k, t in enumerate(toks) if t.connector and k), 0)
            if particle:
                self.person_tails.add(self.art.text[toks[particle].start : end].casefold())
            # A later lone "Musk" (or "Zhao", surname first) is this person; a part that is
            # also a country or big city is left out ("Paris Hilton" must not make every
            # "Paris" a person; class 3: one-word person names).
            big = self.art.gaz.big_places
            for t in (toks[0], toks[-1]):
                place = lookup(names, t.word)
                if not t.connector and (place is None or (place == "GPE" and t.word not in big)):
                    self.person_parts.add(t.word)  # "Fernley", a town, after "Jessie Fernley"
                elif place == "GPE" and t is toks[-1]:
                    self.person_places.add(t.word)  # "Jordan", a country, after "Michael Jordan"
        elif label == "LOC" and toks[0].word.title() in lexicon.LOC_HEAD:
            last = toks[-1].word  # "Mount Agung" ... "Agung erupted"
            if lookup(names, last) is None:
                self.loc_parts.add(last)

    def _remember(self, folded: str, label: str) -> None:
        """A multi-word surface's first label (``known``) and, for an ORG, its prefixes."""
        self.known[folded] = label
        if label == "ORG":
            cut = folded.find(" ")
            while cut >= 0:
                self.org_prefixes.add(folded[:cut])
                cut = folded.find(" ", cut + 1)
