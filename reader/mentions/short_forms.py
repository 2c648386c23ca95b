"""Which named things are a shorter way of writing another one present beside them.

- A lone surname: "Biden" is "Joe Biden".
- A nationality's plural: "Americans" is "American".
- A firm without its company form: "Baicells" is "Baicells Technologies", "Tencent" is
  "Tencent Holdings".

A short form joins its owner only when that owner is the one candidate among the things
present: two full names ending in "Biden", or "Acme Group" beside "Acme Inc", leave it alone.
The article's grouping, the library's list and the finding of a thing in an article all ask
this one module, so the panel, `E` in the library and Enter on one of its articles agree.
Pure data over ``(label, key)`` pairs, keys as :func:`~reader.mentions.grouping.mention_key`
folds them.
"""

from __future__ import annotations

from collections.abc import Collection

#: ``(label, key)`` of a named thing.
Thing = tuple[str, str]

#: Words at the end of a firm's name that news drops after the first mention ("Tencent
#: Holdings" then "Tencent"), folded as keys are.
_FIRM_FORMS = """
inc inc. corp corp. corporation co co. company ltd ltd. limited llc llp plc gmbh ag sa se nv
group holdings technologies technology tech international industries systems enterprises
bhd berhad
"""
FIRM_FORMS = frozenset(_FIRM_FORMS.split())


def owners(things: Collection[Thing]) -> dict[Thing, Thing]:
    """Each of ``things`` that is a short form of exactly one other of them, and that other.

    One pass over ``things`` (a set or a dict's keys: it is asked whether a short form is
    among them), since every article an index build reads is grouped with it."""
    full_names: dict[str, list[str]] = {}  # a surname -> the full names ending with it
    firms: dict[str, list[str]] = {}  # a firm's name without its forms -> the names with them
    plurals = []
    for label, key in things:
        if label == "PERSON":
            space = key.rfind(" ")
            if space > 0:
                full_names.setdefault(key[space + 1 :], []).append(key)
        elif label == "ORG":
            if key[key.rfind(" ") + 1 :] in FIRM_FORMS and " " in key:
                firms.setdefault(without_firm_forms(key), []).append(key)
        elif label == "NORP" and key.endswith("s"):
            plurals.append(key)
    found: dict[Thing, Thing] = {}
    for label, by_short in (("PERSON", full_names), ("ORG", firms)):
        for short, fuller in by_short.items():
            if len(fuller) == 1 and (label, short) in things:
                found[label, short] = (label, fuller[0])
    for key in plurals:  # only where both are written: "Swiss" stays whole
        if ("NORP", key[:-1]) in things:
            found["NORP", key] = ("NORP", key[:-1])
    for thing, owner in found.items():  # "xss" -> "xs" -> "x": to the thing that is shown
        while owner in found:
            owner = found[owner]
        found[thing] = owner
    return found


def without_firm_forms(key: str) -> str:
    """``"acme holdings ltd"`` -> ``"acme"``: the name with its trailing company forms off
    (never its first word)."""
    words = key.split(" ")
    end = len(words)
    while end > 1 and words[end - 1] in FIRM_FORMS:
        end -= 1
    return " ".join(words[:end])
